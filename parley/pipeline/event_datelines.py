"""Datelines: where a report was filed, never a party to what it reports.

"PUTRAJAYA, Malaysia, July 28 (TNA) – Thailand and Cambodia have agreed", "BANGKOK: A Myanmar
military airstrike", "SAGAING (Myanmar): Myanmar's junta announced": the parser often takes the
place for the subject and hangs the real one on it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# A dateline: an upper-case place opening a line, up to a dash or colon within this many words.
DATELINE_TOKENS = 14
DATELINE_MARKS = {":", "-", "—", "–"}


def dateline_end(doc: Doc, token: Token, cache: dict[int, int]) -> int:
    """Where the dateline that opens the line of ``token``'s sentence ends (the index of the first word
    after its dash or colon), or -1; ``cache`` keeps the answer of every token, read in one pass over
    the document the first time it is asked."""
    if not cache:
        _read_datelines(doc, cache)
    return cache.get(token.i, -1)


def _read_datelines(doc: Doc, cache: dict[int, int]) -> None:
    """Fill ``cache`` with the dateline end of every token: that of the line its sentence starts on."""
    line_of: list[int] = []  # token index -> the first token of its line
    line = 0
    for t in doc:
        line_of.append(line)
        if "\n" in t.text or "\n" in t.whitespace_:
            line = t.i + 1
    ends: dict[int, int] = {}
    for sent in doc.sents:
        line = line_of[sent.start]
        if line not in ends:
            ends[line] = _line_dateline(doc, line)
        for i in range(sent.start, sent.end):
            cache[i] = ends[line]


def _line_dateline(doc: Doc, line: int) -> int:
    """Where the dateline opening the line that starts at token ``line`` ends, or -1."""
    first = doc[line]
    if first.is_alpha and first.is_upper and len(first) >= 3:
        for t in doc[line:min(line + DATELINE_TOKENS, len(doc))]:
            if "\n" in t.text or "\n" in t.whitespace_:
                break
            if t.i > line and t.is_punct and t.text[-1] in DATELINE_MARKS:  # ":", "):", "–"
                return t.i + 1
            if t.text[-1:] == "-" and t.text[:-1].isupper() and t.text[:-1].isalpha():  # "MAE SAKOEP- A series"
                return t.i + 1
    return -1
