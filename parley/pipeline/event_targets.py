"""Step 4 of the ``parley_events`` stage, continued: targets for events whose own words name none.

1. A reference to an act reported before names the party of that act: "Guterres has condemned the
   decision" (Russia's withdrawal), "She denounced the raids" (the M23's), "rejected this
   precondition" (Azerbaijan's), "asked Cuba to extradite them, which Havana refused" (Colombia's
   request), "condemned the attack on Qatar" (Israel's, not Qatar). The act is the nearest earlier event of another party within three paragraphs,
   preferring one reported with the same word ("the raids" after "raided"); else the party of the
   clause where an earlier sentence uses that word ("snatching patients ... in coordinated raids",
   "referred to Russia's decision as blackmail"); else the nearest event of another party; else,
   guessed, the other main party of the conflict ("The TPLF rebels dismissed the committee's call").
2. After the mentions of an event are merged, an act whose type implies a counterpart (a threat, a
   rejection, an attack, talks ...) and that names no party to the conflict as its target (none at
   all, or only "Banyamulenge villages") is also aimed at the actor's counterpart in the document:
   the party its side acts on, or is acted on by, most often in the document's other events, a main
   party of the conflict counting once more; with no such event, the other main party when the
   actor is one of the two main parties. A party the sentence names "with", "against" or "between"
   comes first ("agreed to a ceasefire after ... fighting with rebels"). A backer named only as such
   ("Iran-backed") is never guessed, nor, for a hostile act, a UN office or an aid group, nor, for
   aid or support, a party the side fights. A ceasefire, withdrawal or release
   by both main parties together ("Both nations have issued directives to implement the ceasefire")
   is each one's towards the other: each side is an actor and a target, nothing is guessed;
   so is a hostile act of both ("Baku and Yerevan have now both accused the other"). An appeal to a
   named non-party ("appealed to world leaders") is not guessed; see :mod:`.event_guesses` for the
   side's armed forces, the attacker an armed act answers, and the states never guessed.

Guessed targets are marked: the event's ``inferred_targets`` is true.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from parley.pipeline.event_addressees import names_addressee
from parley.pipeline.event_drafts import EventDraft, coded_type
from parley.pipeline.event_guesses import (
    FRIENDLY_TYPES,
    conjoined_subject,
    foes,
    forces_of,
    last_attackers,
    only_a_place,
    own_state,
    sentence_counterparts,
)
from parley.pipeline.event_patterns import PatternBook
from parley.pipeline.event_roles import STATE_SECTORS, RoleReader
from parley.pipeline.event_sides import backer
from parley.pipeline.event_words import ARMED_TYPES, NOUN_POS, VERB_POS

# Modes of the events of a host or mediator of others' talks.
HOSTING_MODES = {"host", "mediate"}

# Types of events that answer an act named before ("condemned the decision", "accepted the offer").
REACTION_TYPES = {"ACCUSE", "SUPPORT", "REJECT", "PROTEST", "AGREE", "CONCEDE"}
# Types of reactions that are not themselves the act another reaction refers to.
ECHO_TYPES = {"ACCUSE", "SUPPORT"}
DEMONSTRATIVES = {"this", "these", "that", "those", "such"}
# Nouns that, with "the", refer to an act or a stance reported before ("condemned the decision").
ACT_NOUNS = {"decision", "move", "step", "action", "actions", "measure", "measures", "proposal", "offer", "plan",
             "demand", "demands", "precondition", "preconditions", "condition", "conditions", "ultimatum", "request",
             "call", "threat", "threats", "accusation", "accusations", "allegation", "allegations", "claim", "claims",
             "statement", "remarks", "comments", "announcement", "initiative", "raid", "raids", "attack", "attacks",
             "strike", "strikes", "killing", "killings", "violation", "violations", "withdrawal", "suspension"}
# The same nouns as lemmas: the singular of each plural ("remarks", "comments" lemmatize to "remark", "comment").
ACT_LEMMAS = ACT_NOUNS | {n.rstrip("s") for n in ACT_NOUNS}
RELATIVE_OBJECTS = {"which", "that"}
# Prepositions after an act noun that name whom the act hit ("the attack on Qatar").
VICTIM_PREPS = {"on", "against", "in", "at", "targeting"}
# How many paragraphs back the act referred to is looked for ("Russia's decision" ... "condemned the decision").
WINDOW = 3
# Types whose act has a counterpart even when the report names none (PLOVER's dyadic types).
COUNTERPART_TYPES = {"REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT", "REQUEST", "CONSULT",
                     "AGREE", "CONCEDE", "RETREAT", "SUPPORT", "AID", "COOPERATE"}
PARTY_TYPES = {"state", "group", "organization"}
# Types of hostile acts: their counterpart is a party to the conflict (a state, an armed group or their forces).
HOSTILE_TYPES = {"THREATEN", "ASSAULT", "COERCE", "ACCUSE", "SANCTION", "PROTEST"}
# The counterpart of an armed act (``ARMED_TYPES``) is whom the side fights, not a state that sanctions or
# accuses it.
# Types of acts aimed at the adversary: hostile acts, and what is conceded to or refused it.
ADVERSARIAL_TYPES = HOSTILE_TYPES | {"RETREAT", "CONCEDE", "REJECT"}
# Types of acts the two main parties do together only towards each other ("Both nations have issued
# directives to implement the ceasefire"); allies also aid or strike together ("Syria and Russia will
# establish humanitarian corridors").
MUTUAL_TYPES = {"RETREAT", "CONCEDE"}
# Types of acts the two main parties do with each other when both act ("The two parties are looking to
# reach agreement"): the one is the other's counterpart.
JOINT_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
# Types of acts by which a third party urges, backs or aids a side ("the US urge both parties").
THIRD_PARTY_TYPES = {"REQUEST", "SUPPORT", "AID"}


def referred_targets(drafts: list[EventDraft], reader: RoleReader, book: PatternBook) -> set[int]:
    """Step 1: a reaction to an act named before takes the party of that act as its target; returns
    the ids of the drafts whose act was not found and whose target was guessed."""
    text = reader.doc.text
    guessed: set[int] = set()
    for n, d in enumerate(drafts):
        if not d.actors or coded_type(d) not in REACTION_TYPES or d.trigger.pos_ not in VERB_POS:
            continue
        ref = _reference(d.trigger, reader)
        if ref is None or (d.targets and not set(d.targets) <= set(reader.with_states(_victims(ref, reader)))):
            continue
        if d.targets and any(c.dep_ == "prep" and c.lower_ in d.pattern.targets for c in ref.children):
            continue  # "blamed the attack on National Towheed Jamaar": the pattern's own preposition names the target
        # "Saudi Arabia condemned the attack on Qatar": who was hit is not whom the reaction is aimed at
        d.targets = []
        # the paragraph of the reaction and the ones before it
        start = d.sentence.start_char
        for _ in range(WINDOW + 1):
            start = text.rfind("\n", 0, max(start - 1, 0)) + 1
        before = [k for k in drafts[:n] if start <= k.trigger.idx and k.trigger.i < d.trigger.i
                  and k.actors and not _same_side(k.actors, d.actors, reader) and coded_type(k) not in ECHO_TYPES]
        if ref.lower_ in RELATIVE_OBJECTS:
            # "asked Cuba to extradite them, which Havana refused": the act of the clause it continues
            before = [k for k in before if k.sentence.start == d.sentence.start]
        named = [k for k in before if _reported_as(k, ref, book)]
        if named:
            d.targets = [a for a in named[-1].actors if a not in d.actors]
            continue
        if ref.lower_ not in RELATIVE_OBJECTS:
            # "M23 is snatching patients from hospital beds in coordinated raids ... She denounced the raids"
            d.targets = _word_party(ref, reader.doc.char_span(start, ref.idx, alignment_mode="expand"), d.actors, reader)
        if not d.targets and before:
            d.targets = [a for a in before[-1].actors if a not in d.actors]
        if not d.targets and ref.lower_ not in RELATIVE_OBJECTS:
            # "The TPLF rebels dismissed the committee's call": an act of the other party of the conflict
            hit = set(reader.with_states(_victims(ref, reader)))
            d.targets = [p for p in reader.main_parties(exclude=d.actors)
                         if p not in hit and not _same_side([p], d.actors, reader)][:1]
            if d.targets:
                guessed.add(id(d))
    return guessed


def _reference(verb: Token, reader: RoleReader) -> Token | None:
    """The object of a verb that refers back to an act: "this precondition", "the decision", "which"."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "to", "with", "over")
                for g in c.children if g.dep_ == "pobj"]
    for obj in objects:
        if obj.tag_ == "WDT" and obj.lower_ in RELATIVE_OBJECTS:
            return obj
        if obj.pos_ not in NOUN_POS:
            continue
        victims = set(_victims(obj, reader))
        if any(a not in victims for a in reader.actors_in(reader.phrase_tokens(obj), places_as_states=True)):
            continue
        dets = {c.lower_ for c in obj.children if c.dep_ in ("det", "predet")}
        if dets & DEMONSTRATIVES:
            return obj
        # "the decision", "the opposition's announcement", "the committee's call"
        definite = "the" in dets or any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in obj.children)
        if definite and obj.lemma_.lower() in ACT_LEMMAS:
            return obj
    return None


def _victims(noun: Token, reader: RoleReader) -> list[str]:
    """The parties an act noun names as hit by it, not as its author: "the attack on Qatar"."""
    if noun.lemma_.lower() not in ACT_LEMMAS:
        return []
    return reader.actors_in((t for c in noun.children if c.dep_ == "prep" and c.lower_ in VICTIM_PREPS
                             for t in c.subtree), places_as_states=True)


def _reported_as(k: EventDraft, noun: Token, book: PatternBook) -> bool:
    """Whether an event was reported with the word a later reference uses ("raided" ... "the raids")."""
    lemma = noun.lemma_.lower()
    return k.trigger.lemma_.lower() == lemma or any(p is k.pattern for p in book.by_noun.get(lemma, []))


def _same_side(a: list[str], b: list[str], reader: RoleReader) -> bool:
    """Whether two lists of actors share a party (a rebel group is not its country's side)."""
    return bool({_side(x, reader) for x in a} & {_side(y, reader) for y in b})


def _word_party(ref: Token, span: Span | None, actors: list[str], reader: RoleReader) -> list[str]:
    """The party of the act an earlier sentence names with the word a reference repeats: the
    subject of the clause the word stands in ("M23 is snatching patients ... in coordinated raids")."""
    lemma = ref.lemma_.lower()
    earlier = [t for t in span or () if t.i < ref.i and t.lemma_.lower() == lemma and t.pos_ in NOUN_POS]
    for word in reversed(earlier):
        if word.head.pos_ in VERB_POS and getattr(_reference(word.head, reader), "i", None) == word.i:
            continue  # "Qatar condemned the attack": an earlier reference to the same act
        hit = set(_victims(word, reader))
        # "killed in the attack on its Doha headquarters": whom the act hit is not its author
        own = [a for a in reader.actors_in(reader.phrase_tokens(word)) if a not in hit] or reader.subject_actors(word)
        found = [a for a in own if reader.actor_type(a) in PARTY_TYPES and a not in hit
                 and not _same_side([a], actors, reader)]
        if found:
            return found
    return []


def counterpart_targets(kept: list[EventDraft], drafts: list[EventDraft], reader: RoleReader) -> set[int]:
    """Step 2: a dyadic act with no target named is aimed at the actor's counterpart in the
    document; returns the ids of the drafts whose targets were guessed so."""
    inferred: set[int] = set()
    doc = reader.doc
    backers = frozenset(reader.actors_in(t for t in doc if backer(t))) - frozenset(
        reader.actors_in(t for t in doc if not backer(t)))
    # the parties the reports name, before any is guessed
    named = [(coded_type(k), list(k.actors), list(k.targets)) for k in drafts]
    used = {a for k in drafts for a in (*k.actors, *k.targets)}
    # "The SPLM-N and the RSF launched intensive artillery and drone strikes": parties that strike
    # together (not "clashes between" them) are allies, never each other's adversary
    together = [list(k.actors) for k in drafts if coded_type(k) in HOSTILE_TYPES and not k.pattern.symmetric
                and not set(k.actors) & set(k.targets) and _joint_subject(k.trigger)]

    def side_of(a: str) -> str:
        return _side(a, reader)

    def is_party(a: str) -> bool:
        return _is_party(a, reader)

    for d in kept:
        # "accusing them of ...", "attacking Banyamulenge villages": a target that is no party to the
        # conflict (a person of no side, a community, a UN office) leaves the counterpart unnamed
        if any(_is_party(t, reader) for t in d.targets) or not d.actors or coded_type(d) not in COUNTERPART_TYPES \
                or d.modality.background:
            continue
        if d.targets and d.trigger.pos_ in VERB_POS and _reference(d.trigger, reader) is not None:
            continue  # the act referred to named the target (step 1)
        if not d.targets and (coded_type(d) in MUTUAL_TYPES | JOINT_TYPES or d.pattern.symmetric
                              or (coded_type(d) in ADVERSARIAL_TYPES and conjoined_subject(d.trigger))) \
                and _joint(d.actors, reader):
            # "Both nations have issued directives to implement the ceasefire", "The two parties are
            # looking to reach agreement", "Baku and Yerevan have now both accused the other": each side
            # acts on the other, not on a mediator nor on a third state
            d.actors, d.targets = reader.split_sides(d.actors)
            d.mutual = tuple(d.actors + d.targets) if d.targets else ()
            continue
        if coded_type(d) == "REQUEST" and d.trigger.pos_ in VERB_POS and names_addressee(d.trigger, d.pattern.targets):
            continue  # "Armenia appealed to world leaders for help": asked of whom it names, no party
        hostile = coded_type(d) in ADVERSARIAL_TYPES
        allies = _allies(d.actors, together, reader) if hostile else frozenset()
        # "agreed to an immediate ceasefire after ... fighting with rebels": the counterpart the sentence names
        hosts = _hosts(d, kept, reader)
        found = sentence_counterparts(d, reader, side_of, is_party, set(backers | allies | reader.mediator_ids() | hosts)) \
            or counterparts(d.actors, named, reader, backers, hostile=hostile, allies=allies, armed=coded_type(d) in ARMED_TYPES)
        found = [f for f in found if f not in d.targets and f not in hosts]
        if not found and hostile:
            # "The government responded with airstrikes" after the White Army's attack
            found = last_attackers(d, drafts, reader, side_of, is_party, allies)
        if hostile:
            # "the M23 threatened to hunt soldiers": the side guessed is also its armed forces the report names
            found += [f for f in forces_of(found, reader, used) if f not in found and f not in d.targets]
        found = [f for f in found if not own_state(f, d.actors, reader)]
        if coded_type(d) in FRIENDLY_TYPES:  # "Ukraine has already sent 563,317 tons of food products": not to a foe
            enemies = foes(d.actors, named, side_of)
            found = [f for f in found if side_of(f) not in enemies]
        if found:
            # "media outlets reported that the authorities ... and the rebels had held secret talks": a
            # pair with a non-party is no mutual act of the sides
            d.targets, d.mutual = d.targets + found, ()
            inferred.add(id(d))
    return inferred


def _hosts(d: EventDraft, kept: list[EventDraft], reader: RoleReader) -> set[str]:
    """Who hosts or mediates the meeting ``d`` between others in its sentence: "Qatar hosted a meeting
    between Congo's president Felix Tshisekedi and ..." (a host of talks is no party to them; a host of
    one visitor is: "Saudi Arabia hosted Zelensky")."""
    return {a for k in kept if k is not d and k.sentence.start == d.sentence.start
            and k.pattern.mode in HOSTING_MODES and set(d.actors) <= set(k.targets)
            and not all(reader.same_side(k.targets[0], t) for t in k.targets) for a in k.actors}


def counterparts(actors: list[str], named: list[tuple[str, list[str], list[str]]], reader: RoleReader,
                 backers: frozenset[str] = frozenset(), hostile: bool = False,
                 allies: frozenset[str] = frozenset(), armed: bool = False) -> list[str]:
    """The party the actors' side acts on, or is acted on by, most often among the ``named`` types,
    actors and targets of the document's events; for a ``hostile`` (adversarial) act, in the hostile events, else
    in any but from a third party that urged, backed or aided the side (a mediator is no
    adversary), and never one of the side's ``allies``; with none, a main party of the conflict
    that commits hostile acts of its own in the document, else the other main party when the
    actors are one of its two main parties. For an ``armed`` act, a party that sanctions the side but
    fights it in no armed act of the document is no counterpart (a state that sanctions a warring
    government is no party to its war)."""
    side = {_side(a, reader) for a in actors}
    counts: Counter[str] = Counter()
    hostile_counts: Counter[str] = Counter()
    third: set[str] = set()
    fought: set[str] = set()
    critics: set[str] = set()
    bystanders: set[str] = set()
    for k_type, k_actors, k_targets in named:
        # lists in the order of mention, so that a tie goes to the party named first, whatever the hash seed
        acting = list(dict.fromkeys(_side(a, reader) for a in k_actors))
        acted = list(dict.fromkeys(_side(t, reader) for t in k_targets))
        found = list(dict.fromkeys((acted if side & set(acting) else []) + (acting if side & set(acted) else [])))
        found = [a for a in found if a not in side]
        counts.update(found)
        if k_type in ADVERSARIAL_TYPES:
            hostile_counts.update(found)
        if k_type in ARMED_TYPES:
            fought.update(found)
        elif k_type == "SANCTION" and side & set(acted):
            critics.update(set(acting) - side)
        elif k_type in THIRD_PARTY_TYPES and side & set(acted):
            third |= set(acting) - side
    mediators = reader.mediator_ids()
    if armed:
        # nor is a state that sanctions the side but fights it in no armed act
        bystanders = critics - fought
        third |= bystanders
        hostile_counts = Counter({a: n for a, n in hostile_counts.items() if a not in third})
    if hostile:
        # a mediator is no adversary ("extending a previous truce brokered under US-Saudi mediation")
        third |= mediators
        counts = hostile_counts or Counter({a: n for a, n in counts.items() if a not in third})
    else:
        # nor the counterpart guessed for an act of the sides ("they agreed on peace talks mediated by
        # the African Union"): the sides agree with each other
        counts = Counter({a: n for a, n in counts.items() if a not in mediators})
    # the main parties of the conflict are the likelier counterparts ("the junta" faces the armed
    # groups it fights rather than the neighbour that sent aid); a backer named only as such
    # ("Iran-backed") is none
    parties = reader.main_parties(exclude=[], n=4)
    mains = [p for p in parties if _side(p, reader) not in side and p not in backers and _is_party(p, reader)
             and _side(p, reader) not in bystanders
             and not only_a_place(p, reader) and _side(p, reader) not in allies]
    for party in mains[:2]:
        if party in counts:
            counts[party] += 1
    # a threat or an attack is aimed at a party to the conflict, not at the UN office reporting it
    ranked = [a for a, _ in counts.most_common() if (reader.actor_type(a) in PARTY_TYPES or _is_party(a, reader))
              and (_is_party(a, reader) or not hostile) and not only_a_place(a, reader) and a not in allies]
    if not ranked and hostile:
        # "the United States has led strikes in response to more than two dozen Houthi attacks":
        # the party that attacks is the likelier adversary than a state named as where it happens
        attackers = {_side(a, reader) for k_type, k_actors, _ in named if k_type in HOSTILE_TYPES for a in k_actors}
        ranked = [p for p in mains if _side(p, reader) in attackers]
    if not ranked and side & {_side(p, reader) for p in parties[:2]}:
        ranked = mains[:1]
    return ranked[:1]


def _joint_subject(verb: Token) -> bool:
    """Whether a verb's subject or agent joins several words ("The SPLM-N and the RSF launched"), not
    one word naming a pair ("The conflict between the army and the RSF has killed thousands")."""
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    heads += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    # the parser may give the verb two subjects instead of one with a conjunct
    return len(heads) > 1 or any(c.dep_ == "conj" for h in heads for c in h.children)


def _allies(actors: list[str], together: list[list[str]], reader: RoleReader) -> frozenset[str]:
    """The sides that strike, threaten or accuse together with the actors' side in some event."""
    side = {_side(a, reader) for a in actors}
    return frozenset(_side(a, reader) for group in together if side & {_side(g, reader) for g in group}
                     for a in group) - side


def _joint(actors: list[str], reader: RoleReader) -> bool:
    """Whether the actors of an act are the two main parties of the conflict, not one side or allies
    ("the US and the UK struck ..." leaves the counterpart unnamed)."""
    sides = {_side(a, reader) for a in actors if _is_party(a, reader)}
    mains = {_side(p, reader) for p in reader.main_parties(exclude=[])}
    return len(mains) == 2 and mains <= sides


def _is_party(actor_id: str, reader: RoleReader) -> bool:
    """Whether an actor is, or acts for, a state or an armed group ("experts" and "media outlets"
    are no party)."""
    side = reader.table.get(_side(actor_id, reader))
    # a country the document names only as a place stands for its state
    return side is not None and (side.type == "state" or side.sector in STATE_SECTORS | {"REB"}
                                 or (side.type == "location" and reader.stateless_country(side.id)))


def _side(actor_id: str, reader: RoleReader) -> str:
    """The state a government official or body acts for, or the actor itself ("the TPLF" is
    Ethiopia's adversary, not its side)."""
    actor = reader.table.get(actor_id)
    if actor is None or (actor.type != "state" and actor.sector not in STATE_SECTORS):
        return actor_id
    # "Abiy Ahmed" acts for Ethiopia, named in the document only as a place
    return reader.table.state_of(actor_id) or next(
        (a.id for a in reader.table.of_type("location") if a.country == actor.country
         and reader.stateless_country(a.id)), actor_id)
