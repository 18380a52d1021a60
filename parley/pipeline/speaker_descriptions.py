"""Bodies a speaker's description refers to across sentences, asked by
:mod:`parley.pipeline.speakers` when nothing else resolved the subject of a cue:

- an apposition that described a named body before ("according to Dave Eubank, a member of the
  Free Burma Rangers, a humanitarian relief agency ... Strikes ... sent about 2,500 people into
  Thailand, the agency said"): the definite noun is that body;
- a body named by its description first and by its name in the sentences that follow ("3,240
  families have fled Al Fasher ..., a local coordination body said. ... the General Coordination for
  Displaced Persons and Refugees said"): the indefinite description is the body whose name holds
  its noun or one of its modifiers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from parley.pipeline.speaker_references import WINDOW

if TYPE_CHECKING:
    from parley.pipeline.speakers import SpeakerResolver

# Actor types a body description may stand for.
BODY_TYPES = {"organization", "group"}
# How many sentences after the description its name may come.
NAMED_WITHIN = 3


def described_elsewhere(r: SpeakerResolver, head: Token) -> str | None:
    """The body a common-noun subject describes, named before with that noun in apposition or named
    after it with a name that holds its words."""
    if head.pos_ != "NOUN" or head.tag_.endswith("S") or head.i in r.quoted:
        return None
    lemma = head.lemma_.lower()
    if lemma not in r.cues.body_nouns and lemma not in r.cues.body_heads:
        return None
    dets = {c.lower_ for c in head.children if c.dep_ == "det"}
    if dets & {"the", "this"}:
        return _apposition_before(r, head, lemma)
    if dets & {"a", "an"}:
        return _named_after(r, head, lemma)
    return None


def _apposition_before(r: SpeakerResolver, head: Token, lemma: str) -> str | None:
    """'X, a humanitarian relief agency that ...' before 'the agency said': X."""
    for t in reversed(r.doc[max(0, head.i - WINDOW):head.i]):
        if t.lemma_.lower() != lemma or t.dep_ != "appos" or t.i in r.quoted:
            continue
        m = r.speaking_mention(t.head)
        actor = r.table.get(m.actor_id) if m else None
        if actor is not None and actor.type in BODY_TYPES:
            return actor.id
    return None


def _named_after(r: SpeakerResolver, head: Token, lemma: str) -> str | None:
    """'a local coordination body said. ... the General Coordination for ... said': the body named in
    the next sentences whose name holds the description's noun or a modifier of it."""
    words = {c.lower_ for c in head.children if c.dep_ in ("compound", "amod") and c.pos_ == "NOUN"} | {lemma}
    end = head.sent.end
    for _ in range(NAMED_WITHIN):
        if end < len(r.doc):
            end = r.doc[end].sent.end
    for m in sorted(r.table.mentions, key=lambda m: m.start):
        if m.start <= head.i or m.start >= end or m.kind != "name":
            continue
        actor = r.table.get(m.actor_id)
        if actor is None or actor.type not in BODY_TYPES:
            continue
        if words & {w.lower().strip(",.()") for n in (actor.name, *actor.aliases) for w in n.split()}:
            return actor.id
    return None
