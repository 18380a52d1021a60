"""Step 5 of the ``parley_events`` stage: one event per act, however often the article reports it.

Mentions of one event in one document (same type, status and actors; compatible targets; the same
content for an agreement or demand) are merged into its first report, as are reports of one type
among the same parties in one sentence ("each side released ...") and bare later mentions of an
agreement or meeting. Conditional acts and acts merely negated are not reported.
"""

from __future__ import annotations

from parley.pipeline.event_drafts import EventDraft, coded_type
from parley.pipeline.event_roles import LOCATIVE_PREPS

# Types of events that a later bare mention restates rather than repeats.
RESTATED_TYPES = {"AGREE", "CONSULT", "SUPPORT", "REJECT"}


def reported(d: EventDraft) -> bool:
    """Whether a draft reports an act: conditional or possible acts ("if it takes place") and acts
    merely negated ("have not yet signed substantial agreements") are not events; an act an actor
    denies having done is one, with status denied."""
    if d.modality.status == "hypothetical":
        return False
    if d.modality.status == "denied":
        return d.modality.cue_pattern is not None and d.modality.cue_pattern.status == "denied"
    return True


def _content(d: EventDraft) -> str | None:
    """What an agreement or a demand is about: "agreed to a prisoner exchange" and "agreeing to
    hold a new round of negotiations" are two agreements."""
    if not d.pattern.absorbs:
        return None
    for c in d.trigger.children:
        if c.dep_ in ("xcomp", "ccomp", "dobj"):
            return c.lemma_.lower()
        if c.dep_ == "prep" and c.lower_ not in LOCATIVE_PREPS:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj.lemma_.lower()
    return None


def _compatible(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def merge_mentions(drafts: list[EventDraft]) -> list[EventDraft]:
    """Step 5: later reports of an event already coded fill its gaps instead of repeating it.

    Only nearby reports merge (the same sentence, or the next two with the same mode) and only
    when their places and dates agree: the same parties meet again, elsewhere or later.
    """
    kept: list[EventDraft] = []
    sentence_no = {s.start: n for n, s in enumerate(drafts[0].sentence.doc.sents)} if drafts else {}
    for d in drafts:
        # one sentence reporting one type among the same parties reports one event, seen from
        # either side ("the Russian side released 35 Ukrainian soldiers, and the Ukrainian side
        # released 35 Russian soldiers")
        same = next((k for k in kept if k.sentence.start == d.sentence.start and coded_type(k) == coded_type(d)
                     and k.modality.status == d.modality.status and len(set(k.actors) | set(k.targets)) >= 2
                     and set(d.actors) | set(d.targets) <= set(k.actors) | set(k.targets)), None)
        if same is not None:
            continue
        same = next((k for k in kept if k.type == d.type and k.pattern.type == d.pattern.type and coded_type(k) == coded_type(d)
                     and _content(k) == _content(d)
                     and (k.pattern.mode == d.pattern.mode or k.sentence.start == d.sentence.start)
                     and (0 <= sentence_no[d.sentence.start] - sentence_no[k.sentence.start] <= 2
                          # "during his visit to Kyiv, he held extensive discussions": the same
                          # meeting, told again later without its counterpart
                          or (d.place is not None and d.place == k.place and not d.targets)
                          # "after Hamas accepted the plan": a bare later mention of an agreement or
                          # meeting already reported
                          or (coded_type(d) in RESTATED_TYPES and not d.targets and d.place is None and d.date is None))
                     and _compatible(k.place, d.place)
                     and _compatible(k.date.value if k.date else None, d.date.value if d.date else None)
                     and k.modality.status == d.modality.status and k.modality.background == d.modality.background
                     and set(k.actors) & set(d.actors)
                     and (not k.targets or not d.targets or set(k.targets) & set(d.targets))), None)
        if same is None:
            kept.append(d)
            continue
        same.targets += [t for t in d.targets if t not in same.targets and t not in same.actors]
        if same.place is None:
            same.place, same.coordinates = d.place, d.coordinates
        if same.date is None:
            same.date = d.date
    return kept
