"""Helpers of the counterpart guess of :mod:`.event_targets` (step 2): who else stands for the side
guessed, who answered an attack, which guess is the actor's own state or only a place, and whom the
sentence itself names as the counterpart.

- The side guessed for an adversarial act is also its armed forces the report names: "the M23
  threatened to hunt soldiers from the Central African nation's army" is aimed at Congo and at the
  "DR Congo army" the report names (not at a defence ministry).
- An armed act that the document's other acts give no counterpart answers the attack just before:
  "The White Army, an armed group loyal to Machar, overran an army base ... The government responded
  with airstrikes" strikes the White Army. Only attacks in the same or the two sentences before count,
  and only by a party that is neither on the actor's side nor one of its allies.
- A state is never guessed as the counterpart of a body or official of its own country that the report
  gives no sector of its own ("Sri Lanka's military ... was trying to capture more territory" is no act
  against Sri Lanka); a rebel group or opposition of the country may act against its state.
- Aid and backing are given to friends: the counterpart guessed for an act of aid or support is never
  a party the actor's side fights in the document's armed acts ("Ukraine has already sent 563,317 tons
  of food products" sends none to Russia); such an act keeps no target rather than a wrong one.
- Before the document is asked, the act's own clause: a party it names as whom the actor's side deals
  or fights "with", acts "against", or stands "between" with another is the counterpart ("the
  group's first major release of prisoners since signing a ceasefire in September with the Sudanese
  government in Abeche, a town in neighbouring Chad" releases them to Sudan, not Chad, whichever party
  the document names most); a clause of its own under it is another subject's dealings ("accused the
  Kiev government ..., saying it has intensified its military offensive against rebels").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from parley.pipeline.event_drafts import EventDraft, coded_type
from parley.pipeline.event_party_words import home_of_named
from parley.pipeline.event_roles import RoleReader
from parley.pipeline.event_words import ARMED_TYPES

# Words of the name of a government office, not a fighting force ("Russian Ministry of Defense").
OFFICE_WORDS = {"ministry", "department", "minister", "office", "council"}
# Types of the attacks that armed acts (``ARMED_TYPES``) answer.
ATTACK_TYPES = {"ASSAULT", "COERCE"}
# How many sentences back the attack answered is looked for.
WINDOW = 2
# Prepositions whose object, in the act's clause, is the other party of the actor's dealings
# ("fighting with rebels", "the war against the M23", "talks between Kinshasa and the M23").
COUNTERPART_PREPS = {"with", "against", "between"}
# What hangs on such an object without naming the counterpart ("with the Sudanese government in Abeche,
# a town in neighbouring Chad").
OBJECT_STOP = frozenset({"prep", "appos", "relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"})
# Clauses of their own under the act's clause: their "with" and "against" are another subject's dealings.
OWN_CLAUSE_STOP = frozenset({"advcl", "ccomp", "xcomp", "relcl", "acl", "parataxis", "csubj"})
# Prepositions of where people go or are ("flee to neighboring Thailand", "into northern Thailand's province").
PLACE_PHRASE_PREPS = {"to", "into", "in", "inside", "across", "from", "near", "toward", "towards", "at", "within"}
# Verbs of people fleeing, and of driving people somewhere: a state named as where they go is a refuge,
# not a party ("more villagers might flee to neighboring Thailand"); aid, troops or envoys sent to a
# state, or a withdrawal from it, name a party ("military aid to Mozambique", "withdrawal from Panama").
FLEEING_VERBS = {"flee", "escape", "cross", "seek", "evacuate", "displace"}
DRIVING_VERBS = {"send", "drive", "push", "force"}
PEOPLE_NOUNS = {"people", "villager", "resident", "civilian", "family", "refugee", "person", "inhabitant"}
# Types of acts of aid and backing, never aimed at whom the actor fights.
FRIENDLY_TYPES = {"AID", "SUPPORT"}
# Sectors of actors that stand against the state of their own country.
AGAINST_STATE_SECTORS = {"REB", "OPP", "PTY", "CVL", "NGO", "MED", "IGO", "REF"}


def forces_of(states: list[str], reader: RoleReader, used: set[str]) -> list[str]:
    """The armed forces the document names of the states among ``states`` ("Sudanese Armed Forces" for
    Sudan), not their defence ministries."""
    countries = {a.country for s in states if (a := reader.table.get(s)) is not None and a.type == "state" and a.country}
    # the bodies a report names only by a noun ("the DR Congo army") are provisional actors as yet: those
    # that are parties to the document's other acts (``used``) count
    named = reader.table.of_type("organization", "group") + [a for a in reader.collectives.pending.values() if a.id in used]
    return list(dict.fromkeys(a.id for a in named if a.type in ("organization", "group") and a.sector == "MIL"
                              and a.country in countries and not OFFICE_WORDS & set(a.name.lower().split())))


def last_attackers(d: EventDraft, drafts: list[EventDraft], reader: RoleReader, side_of: Callable[[str], str],
                   is_party: Callable[[str], bool], allies: frozenset[str]) -> list[str]:
    """The parties of the nearest attack before ``d`` by another side, or none."""
    if coded_type(d) not in ARMED_TYPES:
        return []
    index = reader.sentence_index
    here = index.get(d.sentence.start, 0)
    side = {side_of(a) for a in d.actors}
    earlier = [k for k in drafts if k is not d and k.trigger.i < d.trigger.i and coded_type(k) in ATTACK_TYPES
               and 0 <= here - index.get(k.sentence.start, 0) <= WINDOW and not k.modality.background]
    for k in reversed(earlier):
        found = [a for a in k.actors if is_party(a) and side_of(a) not in side and side_of(a) not in allies]
        if found:
            return list(dict.fromkeys(found))
    return []


def own_state(candidate: str, actors: list[str], reader: RoleReader) -> bool:
    """Whether a guessed state is the country of one of the actors that does not stand against it."""
    state = reader.table.get(candidate)
    if state is None or state.type != "state" or not state.country:
        return False
    return any(a is not None and a.id != candidate and a.country == state.country and a.sector not in AGAINST_STATE_SECTORS
               for a in (reader.table.get(x) or reader.collectives.pending.get(x) for x in actors))


def conjoined_subject(trigger: Token) -> bool:
    """Whether a verb's subject joins parties with "and" ("Baku and Yerevan have now both accused the
    other"), not two words the parser read as two subjects ("The Sudanese paramilitary Rapid Support
    Forces attacked"); a noun's parties are its own phrase ("Armenian-Azerbaijani clashes")."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return True
    return any(c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in trigger.children)


def sentence_counterparts(d: EventDraft, reader: RoleReader, side_of: Callable[[str], str],
                          is_party: Callable[[str], bool], excluded: set[str]) -> list[str]:
    """The parties that ``d``'s clause names as the object of "with" or "against", or as the other
    party of a "between" that names the actors' side too, other than the actors' side and
    ``excluded`` (mediators, hosts, allies, backers), each with the state it acts for."""
    side = {side_of(a) for a in d.actors}
    found: list[str] = []
    for prep in _clause(d.trigger):
        if prep.dep_ != "prep" or prep.lower_ not in COUNTERPART_PREPS:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            # the noun phrase itself and its conjuncts, not the places and clauses hanging on it
            named = reader.actors_in(_object_phrase(obj))
            if set(named) & set(d.targets):
                continue  # "talks by phone ... with Lavrov and Guterres": the act's own counterpart, read already
            if prep.lower_ == "between" and not side & {side_of(a) for a in named}:
                continue  # "a ceasefire between Israel and Hamas" is others' affair when the actor is neither
            for a in reader.with_states([a for a in named if is_party(a)]):
                if side_of(a) not in side and a not in excluded and side_of(a) not in excluded and a not in found:
                    found.append(a)
    return found


def _object_phrase(head: Token) -> Iterator[Token]:
    """The words of a counterpart's noun phrase with its conjuncts and "of" phrases ("with the
    ambassadors of Egypt, Tunisia and France"), not the places and clauses hanging on it."""
    yield head
    for child in head.children:
        if child.dep_ not in OBJECT_STOP or (child.dep_ == "prep" and child.lower_ == "of"):
            yield from _object_phrase(child)


def _clause(trigger: Token) -> Iterator[Token]:
    """The words of the trigger's own clause, or of the clause a noun trigger is an argument of
    ("agreed to an immediate ceasefire after ... fighting with rebels"), not of the clauses hanging
    on it ("accused the Kiev government ..., saying it has intensified its military offensive against
    rebels")."""
    head = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ in ("VERB", "AUX") else trigger
    return _own_words(head)


def _own_words(token: Token) -> Iterator[Token]:
    yield token
    for child in token.children:
        if child.dep_ in OWN_CLAUSE_STOP or (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")):
            continue
        yield from _own_words(child)


def foes(actors: list[str], named: list[tuple[str, list[str], list[str]]], side_of: Callable[[str], str]) -> set[str]:
    """The sides that the actors' side fights, or is attacked by, in the ``named`` (type, actors,
    targets) armed acts of the document."""
    side = {side_of(a) for a in actors}
    found: set[str] = set()
    for k_type, k_actors, k_targets in named:
        if k_type not in ARMED_TYPES:
            continue
        acting, acted = {side_of(a) for a in k_actors}, {side_of(t) for t in k_targets}
        if acting & acted:
            continue  # "clashes between" both: no side is told from the other
        if side & acting:
            found |= acted
        if side & acted:
            found |= acting
    return found - side


def only_a_place(actor_id: str, reader: RoleReader) -> bool:
    """Whether the report names a state only as where people go or are ("villagers might flee to
    neighboring Thailand", "sent 2,500 people into northern Thailand's Mae Hong Son province"): no
    counterpart to guess."""
    mentions = [m for m in reader.table.mentions if m.actor_id == actor_id]
    # "Yemen's Iran-backed Huthi rebels": the home of a group named beside it is no more than a place
    return bool(mentions) and all(_in_place_phrase(reader.doc[m.end - 1]) or home_of_named(reader, reader.doc[m.end - 1])
                                  for m in mentions)


def _in_place_phrase(token: Token) -> bool:
    cur = token
    for _ in range(4):
        if cur.dep_ in ("pobj", "pcomp") and cur.head.lower_ in PLACE_PHRASE_PREPS:
            # "flee to neighboring Thailand": the parser may read "neighboring" as a verb
            return _people_moving(cur.head.head)
        if cur.dep_ not in ("poss", "compound", "amod", "pobj", "appos") and not (cur.dep_ == "dobj" and cur.head.dep_ == "pcomp") \
                or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _people_moving(head: Token) -> bool:
    """Whether the word a place phrase hangs from moves people: "flee", or "sent 2,500 people"."""
    lemma = head.lemma_.lower()
    if lemma in FLEEING_VERBS:
        return True
    return lemma in DRIVING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in PEOPLE_NOUNS for c in head.children)
