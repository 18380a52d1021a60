"""Quotes: the same words quoted by several outlets are one quote, despite small differences.

Outlets retype quotes: punctuation and quote marks change, a word is added or dropped, or only
part of a statement is quoted. Two quotes are one when their normalized texts are nearly equal
(RapidFuzz ratio), or when a long enough one is found almost verbatim inside the other.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from parley.merge.actors import fold

#: Similarity (0-100) of whole quotes at or above which they are one quote.
MIN_RATIO = 88.0
#: Similarity of the shorter quote to the best-matching part of the longer one.
MIN_PARTIAL = 95.0
#: Words the shorter quote needs before a partial match counts: "we will" is in everything.
MIN_PARTIAL_WORDS = 8

_PUNCT = re.compile(r"[^\w\s]")


def normalize(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces."""
    return " ".join(_PUNCT.sub(" ", fold(text)).split())


def same_quote(a: str, b: str) -> bool:
    """Whether two quote texts are the same quote."""
    na, nb = normalize(a), normalize(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    if fuzz.ratio(na, nb) >= MIN_RATIO:
        return True
    shorter = na if len(na) <= len(nb) else nb
    return len(shorter.split()) >= MIN_PARTIAL_WORDS and fuzz.partial_ratio(na, nb) >= MIN_PARTIAL
