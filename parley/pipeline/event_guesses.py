"""Helpers of the counterpart guess of :mod:`.event_targets` (step 2): who else stands for the side
guessed, who answered an attack, and which guess is the actor's own state.

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
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from parley.pipeline.event_drafts import EventDraft, coded_type
from parley.pipeline.event_roles import RoleReader

# Words of the name of a government office, not a fighting force ("Russian Ministry of Defense").
OFFICE_WORDS = {"ministry", "department", "minister", "office", "council"}
# Types of armed acts that answer the attack before them, and of the attacks they answer.
ANSWERING_TYPES = {"ASSAULT", "COERCE", "THREATEN"}
ATTACK_TYPES = {"ASSAULT", "COERCE"}
# How many sentences back the attack answered is looked for.
WINDOW = 2
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
    if coded_type(d) not in ANSWERING_TYPES:
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
