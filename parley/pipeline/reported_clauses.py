"""Pieces of reported speech shared by :mod:`parley.pipeline.reported`: the report record, and where
a reported clause starts and ends (without "that", a date right after the cue or the punctuation at
its edges; a clause after an aside set off by commas)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from parley.pipeline.cues import holds_clause
from parley.pipeline.quote_marks import MARKS

# At least this many words make a report ("he said so" reports nothing).
MIN_WORDS = 3
EDGE_WORDS = {"that"}


@dataclass(frozen=True)
class Report:
    """One reported statement: its content (character offsets), cue and speaker phrase."""

    start: int
    end: int
    cue: str
    cue_token: int
    subject: Token | None
    medium: str | None
    text: str | None = None  # when the content is not the whole span: a cue clause cut out


def trimmed(span: Span, cue: Token, paras: list[tuple[int, int]]) -> Span | None:
    """The span within the cue's paragraph, without "that", punctuation and marks at its edges."""
    doc = span.doc
    lo_char, hi_char = next(((s, e) for s, e in paras if s <= cue.idx < e), (0, doc[-1].idx + len(doc[-1].text_with_ws)))
    lo, hi = span.start, span.end
    while lo < hi and (doc[lo].idx < lo_char or doc[lo].is_punct or doc[lo].is_space
                       or doc[lo].text in MARKS or doc[lo].lower_ in EDGE_WORDS):
        lo += 1
    while hi > lo and (doc[hi - 1].idx >= hi_char or doc[hi - 1].is_punct or doc[hi - 1].is_space
                       or doc[hi - 1].text in MARKS):
        hi -= 1
    out = doc[lo:hi]
    if sum(1 for t in out if t.is_alpha) < MIN_WORDS:
        return None
    return out


def closes_phrase(doc: Doc, i: int) -> bool:
    """Whether token ``i`` ends a phrase set off by commas: a comma, a sentence's end or its point."""
    return i >= len(doc) or doc[i].text in (",", ".", ";") or doc[i].is_sent_start or doc[i].is_space


def after_time_word(doc: Doc, lo: int, hi: int, verb: Token) -> int:
    """'Psaki said Thursday two U.S. envoys will attend ...': a bare date right after the cue
    tells when it was said; the parser may hang it on the reported clause, which starts after it."""
    if lo != verb.i + 1 or doc[lo].ent_type_ != "DATE" or doc[lo].ent_iob_ != "B":
        return lo
    end = lo + 1
    while end < hi and doc[end].ent_iob_ == "I":
        end += 1
    if doc[lo:end].root.dep_ != "npadvmod" or end >= hi or doc[end].is_punct:
        return lo
    return end


def clause_after_aside(verb: Token) -> Token | None:
    """'Ezzi argued, despite continuous bombardment ..., the fighters ... would win the battle': a
    clause after the cue and an aside set off by commas, which the parser hangs on the cue as an
    adverbial clause; with a subject of its own and no conjunction opening it, it is what was said."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    for c in verb.rights:
        if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX") and not any(m.dep_ == "mark" for m in c.children) \
                and any(x.dep_ in ("nsubj", "nsubjpass") and x.i < c.i for x in c.children) and c.tag_ != "VBG":
            return c
    return None


def clause_before_subject(verb: Token, subject: Token, paras: list[tuple[int, int]]) -> Span | None:
    """'The radical Palestinian movement Hamas has in fact rejected the proposal ..., while Israel
    agreed to it, Israeli Prime Minister Benjamin Netanyahu's office said': the parser gave the cue a
    second subject, before the speaker and set off by a comma, which holds the reported clause; the
    content runs from the sentence's start to that comma."""
    doc = verb.doc
    other = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < subject.i
                  and c.right_edge.i < subject.left_edge.i), None)
    if other is None or verb.i < subject.i or doc[subject.left_edge.i - 1].text != ",":
        return None
    if not holds_clause(other):
        return None
    return trimmed(doc[verb.sent.start:subject.left_edge.i - 1], verb, paras)
