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
    """Where the dateline that opens the line of ``token`` ends (the index of the first word after
    its dash or colon), or -1; ``cache`` keeps the answer per token and per line, since finding
    the sentence and the line's start means walking back over them."""
    if token.i in cache:
        return cache[token.i]
    line = token.sent.start
    while line > 0 and "\n" not in doc[line - 1].whitespace_ + doc[line - 1].text:
        line -= 1
    if -1 - line in cache:
        cache[token.i] = cache[-1 - line]
        return cache[token.i]
    end = -1
    first = doc[line]
    if first.is_alpha and first.is_upper and len(first) >= 3:
        for t in doc[line:min(line + DATELINE_TOKENS, len(doc))]:
            if "\n" in t.text or "\n" in t.whitespace_:
                break
            if t.i > line and t.is_punct and t.text[-1] in DATELINE_MARKS:  # ":", "):", "–"
                end = t.i + 1
                break
    cache[-1 - line] = cache[token.i] = end
    return end
