"""Step 4 of the ``parley_events`` stage: what an event takes from the reports just before it.

An act whose sentence has no date takes the date of the sentence before when that sentence names
one of its actors; an act with no place the place of an act of its party just before. What a
reaction to "the decision" targets is read by :mod:`.event_targets`.
"""

from __future__ import annotations

from parley.pipeline.event_drafts import EventDraft
from parley.pipeline.event_roles import RoleReader


def inherit_dates(drafts: list[EventDraft], reader: RoleReader) -> None:
    """An act whose sentence names no date took place on the date of the sentence before, when
    that sentence names one of its actors."""
    sents, index = reader.sentences, reader.sentence_index
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
    index = reader.sentence_index
    for n, d in enumerate(drafts):
        if d.place is not None or d.modality.status != "occurred" or d.modality.background:
            continue
        here = index.get(d.sentence.start, 0)
        placed = [k for k in drafts[:n] if k.place is not None and 0 <= here - index.get(k.sentence.start, 0) <= 1
                  and set(k.actors) & set(d.actors) and not k.modality.background]
        if placed:
            d.place, d.coordinates = placed[-1].place, placed[-1].coordinates
