"""Finds the stretches of a text that stand in double quote marks, paragraph by paragraph.

Works on characters, not tokens, so that a parser's sentence splits cannot cut a quote. Handles
straight and curly double quotes, guillemets and low-9 marks; a quote that runs over several
paragraphs by the news convention (no closing mark at a paragraph end, a new opening mark on the
next); quotes nested in quotes; and inch marks (``a 12" gun``). Single marks are left alone (in
English news they are apostrophes or nested quotes) except around a whole paragraph. Recovery is
bounded: an unclosed quote ends at its paragraph's end (or, in an over-long paragraph, at its first
sentence's end) and is flagged ``closed=False``, and a quote never runs over more than
``MAX_PARAGRAPHS`` paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

OPENERS = "“«„"
CLOSERS = "”»"
STRAIGHT = '"'
MARKS = OPENERS + CLOSERS + STRAIGHT
# Characters after which a straight mark opens a quote ("(", a dash, a slash).
OPEN_BEFORE = "([{—–-/"
MAX_PARAGRAPHS = 6
SINGLE_OPENERS = "'‘"
SINGLE_CLOSERS = "'’"
# A paragraph in single marks holds at least this many words ("'Shame.'" is a scare quote).
MIN_SINGLE_WORDS = 5
# An unclosed quote longer than this (in characters) is cut at its first sentence end.
MAX_UNCLOSED = 600
SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z“\"«]|\s*$)")


@dataclass(frozen=True)
class QuotedStretch:
    """The content of one quotation, one part per paragraph, without its marks."""

    parts: tuple[tuple[int, int], ...]
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when recovered at a paragraph end
    paragraph: int  # index of the paragraph the quote opens in

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    @property
    def closed(self) -> bool:
        return self.close_at is not None

    def text(self, source: str) -> str:
        """The content, paragraphs joined by a line break."""
        return "\n".join(source[s:e] for s, e in self.parts)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The non-empty lines of a text as (start, end) offsets."""
    out, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append((pos, end))
        pos = end + 1
    return out


def _direction(text: str, i: int, lo: int, hi: int, is_open: bool) -> str | None:
    """Whether the mark at ``i`` opens, closes, or is no quote mark at all (None)."""
    c = text[i]
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    open_ctx = (before.isspace() or before in OPEN_BEFORE or before in MARKS) and not after.isspace()
    close_ctx = not before.isspace() and (after.isspace() or not after.isalnum())
    if c in OPENERS:
        # "”" and "“" are swapped by some outlets' typesetting; context tells them apart.
        return "close" if is_open and close_ctx and not open_ctx else "open"
    if c in CLOSERS:
        return "open" if not is_open and open_ctx and not close_ctx else "close"
    if before.isdigit() and not is_open and not after.isalnum():
        return None  # an inch mark: 12" gun
    if open_ctx and not close_ctx:
        return "open"
    if close_ctx and not open_ctx:
        return "close"
    if before.isspace() and after.isspace():
        return None  # a lone mark between spaces is typographic noise
    return "close" if is_open else "open"


def _sentence_cut(text: str, start: int, end: int) -> int:
    m = SENTENCE_END.search(text, start, end)
    return m.end() if m else end


def find_quotes(text: str) -> list[QuotedStretch]:
    """Every double-quoted stretch of ``text``, and every paragraph quoted in single marks, in text order."""
    return sorted([*_scan(text), *_single_quoted_paragraphs(text)], key=lambda q: q.start)


def _single_quoted_paragraphs(text: str) -> Iterator[QuotedStretch]:
    """A whole paragraph in single marks, as some outlets print a statement (112.ua: "'The joint
    statement speaks of a temporary ceasefire ... conflict,'" then "— he explained."). Only a
    paragraph with no double mark that opens with a single mark and ends with one after a word or
    punctuation, and holds several words: single marks inside a sentence are apostrophes."""
    for n, (lo, hi) in enumerate(paragraphs(text)):
        line = text[lo:hi]
        body = line.strip()
        if len(body) < 3 or body[0] not in SINGLE_OPENERS or body[-1] not in SINGLE_CLOSERS or any(c in line for c in MARKS):
            continue
        start = lo + line.index(body[0])
        end = start + len(body) - 1
        if not (text[end - 1].isalnum() or text[end - 1] in ".,!?") or len(text[start + 1:end].split()) < MIN_SINGLE_WORDS:
            continue
        yield QuotedStretch(((start + 1, end),), start, end, n)


def _scan(text: str) -> Iterator[QuotedStretch]:
    paras = paragraphs(text)
    parts: list[tuple[int, int]] = []  # parts of a quote carried over from earlier paragraphs
    open_at = -1
    first_para = -1
    for n, (lo, hi) in enumerate(paras):
        i = lo
        content_start: int | None = None
        if parts:
            lead = len(text[lo:hi]) - len(text[lo:hi].lstrip())
            j = lo + lead
            if text[j] in MARKS and _direction(text, j, lo, hi, False) == "open" and n - first_para < MAX_PARAGRAPHS:
                content_start, i = j + 1, j + 1  # the quote goes on in this paragraph
            elif _wrapped(text, parts[-1][1], j) and n - first_para < MAX_PARAGRAPHS:
                content_start = parts.pop()[0]  # a hard-wrapped line: the quote's sentence runs on
            else:
                yield from _stretch(text, parts, open_at, None, first_para)
                parts = []
        depth = 0
        while i < hi:
            c = text[i]
            if c in MARKS:
                d = _direction(text, i, lo, hi, content_start is not None)
                if d == "open":
                    if content_start is None:
                        content_start, depth = i + 1, 0
                        if not parts:
                            open_at, first_para = i, n
                    else:
                        depth += 1  # a quote inside the quote
                elif d == "close" and content_start is not None:
                    if depth:
                        depth -= 1
                    else:
                        parts.append((content_start, i))
                        yield from _stretch(text, parts, open_at, i, first_para)
                        parts, content_start = [], None
            i += 1
        if content_start is None:
            continue
        if depth:
            # A mark inside the quote was never closed: the quote cannot run on past this paragraph.
            parts.append((content_start, hi))
            yield from _stretch(text, parts, open_at, None, first_para)
            parts = []
            continue
        end = hi
        if hi - content_start > MAX_UNCLOSED:
            end = _sentence_cut(text, content_start, hi)
            parts.append((content_start, end))
            yield from _stretch(text, parts, open_at, None, first_para)
            parts = []
            continue
        parts.append((content_start, end))
        parts = _trim(text, parts)
    yield from _stretch(text, parts, open_at, None, first_para)


def _wrapped(text: str, end: int, nxt: int) -> bool:
    """Whether a line ending at ``end`` is hard-wrapped into the line at ``nxt`` ('“The two parties
    will meet this week in Barbados to move forward in the' / 'search for a negotiated ...,” the
    statement said'): it stops mid-sentence and the next line goes on in lower case."""
    last = text[:end].rstrip()[-1:]
    return bool(last) and last not in ".!?:;" and text[nxt:nxt + 1].islower()


def _stretch(text: str, parts: list[tuple[int, int]], open_at: int, close_at: int | None,
             paragraph: int) -> Iterator[QuotedStretch]:
    trimmed = _trim(text, parts)
    if trimmed and any(ch.isalnum() for s, e in trimmed for ch in text[s:e]):
        yield QuotedStretch(tuple(trimmed), open_at, close_at, paragraph)


def _trim(text: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop the white space at the edges of each part, and empty parts."""
    out = []
    for s, e in parts:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out
