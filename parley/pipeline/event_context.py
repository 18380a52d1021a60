"""Step 4 of the ``parley_events`` stage: what an event takes from the reports just before it.

An act whose sentence has no date takes the date of the sentence before when that sentence names
one of its actors; an act with no place the place of an act of its party just before; a reaction to
"the decision" or "the raids" targets the party of the act reported just before.
"""

from __future__ import annotations

from parley.pipeline.event_drafts import EventDraft, coded_type
from parley.pipeline.event_references import VERB_POS
from parley.pipeline.event_roles import RoleReader

# Types of events that react to an act named before ("condemned the decision").
REACTION_TYPES = {"ACCUSE", "SUPPORT", "REJECT"}
ANAPHORIC_DETS = {"the", "this", "these", "that", "those"}


def inherit_dates(drafts: list[EventDraft], reader: RoleReader) -> None:
    """An act whose sentence names no date took place on the date of the sentence before, when
    that sentence names one of its actors."""
    sents = list(reader.doc.sents)
    index = {s.start: n for n, s in enumerate(sents)}
    for d in drafts:
        if d.date is not None or d.modality.status != "occurred" or d.modality.background:
            continue
        if any(d.sentence.start <= m.start < d.sentence.end for m in reader.doc._.dates or []):
            continue  # "fighting ... since 2015": the sentence dates itself
        n = index.get(d.sentence.start, 0)
        if n == 0:
            continue
        prev = sents[n - 1]
        if not set(reader.actors_in(prev)) & set(d.actors):
            continue
        d.date = reader.date(prev.root, list(prev), prev, False)


def inherit_places(drafts: list[EventDraft], reader: RoleReader) -> None:
    """An act that names no place happened where the report placed an act of the same party just
    before ("The RSF stormed the hospital" after "an RSF attack on El Fasher's South Hospital")."""
    sents = list(reader.doc.sents)
    index = {s.start: n for n, s in enumerate(sents)}
    for n, d in enumerate(drafts):
        if d.place is not None or d.modality.status != "occurred" or d.modality.background:
            continue
        here = index.get(d.sentence.start, 0)
        placed = [k for k in drafts[:n] if k.place is not None and 0 <= here - index.get(k.sentence.start, 0) <= 1
                  and set(k.actors) & set(d.actors) and not k.modality.background]
        if placed:
            d.place, d.coordinates = placed[-1].place, placed[-1].coordinates


def targets_of_reactions(drafts: list[EventDraft], reader: RoleReader) -> None:
    """A reaction to an act named before takes its actor as target: "Russia pulled out from the
    agreement ... Guterres has condemned the decision", "She denounced the raids"."""
    sents = list(reader.doc.sents)
    index = {s.start: n for n, s in enumerate(sents)}
    for n, d in enumerate(drafts):
        if d.targets or coded_type(d) not in REACTION_TYPES or d.trigger.pos_ not in VERB_POS:
            continue
        obj = next((c for c in d.trigger.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ANAPHORIC_DETS
                                                        for c in obj.children):
            continue
        if reader.actors_in(reader.phrase_tokens(obj)):
            continue
        here = index.get(d.sentence.start, 0)
        before = [k for k in drafts[:n] if 0 <= here - index.get(k.sentence.start, 0) <= 2
                  and k.actors and not set(k.actors) & set(d.actors) and coded_type(k) not in ("ACCUSE", "SUPPORT")]
        if before:
            d.targets = [a for a in before[-1].actors if a not in d.actors]
