"""Reading amounts as written in news copy: "2,899", "5.4 million", "1.2m", "two dozen", "hundreds of thousands"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALES: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000,
}
# Plural scale words alone are vague amounts; their value is the least the words can mean
# ("hundreds" is at least two hundred).
VAGUE: dict[str, int] = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
                         "billions": 2_000_000_000}
ARTICLES = {"a", "an"}
# "2,899", "5.4", and the lakh grouping of South Asian copy ("6,55,000")
_NUMERIC = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\d{1,2}(?:,\d{2})+,\d{3}$")
_RANGE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)[-–—](\d{1,3}(?:,\d{3})+|\d+)$")
_SUFFIXED = re.compile(r"^(\d+(?:\.\d+)?)(m|mn|bn|k)$", re.IGNORECASE)


@dataclass(frozen=True)
class Amount:
    """An amount read from a run of tokens."""

    start: int  # token index
    end: int  # token index, exclusive
    value: float
    vague: bool = False


def _word_value(token: Token) -> float | None:
    text = token.text.lower().replace("\u2009", "").replace("\u202f", "")
    if _NUMERIC.match(text):
        return float(text.replace(",", ""))
    if m := _SUFFIXED.match(text):
        return float(m.group(1)) * SCALES[m.group(2).lower()]
    if text in UNITS:
        return float(UNITS[text])
    if "-" in text:  # "twenty-five"
        parts = text.split("-")
        if len(parts) == 2 and parts[0] in UNITS and parts[1] in UNITS and UNITS[parts[1]] < 10:
            return float(UNITS[parts[0]] + UNITS[parts[1]])
    return None


def is_number_start(token: Token) -> bool:
    """Whether an amount can begin at this token."""
    low = token.lower_
    return _word_value(token) is not None or low in VAGUE or (
        low in ARTICLES and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in ("dozen", "million",
                                                                                           "thousand", "hundred"))


def read_amount(doc: Doc, i: int) -> Amount | None:
    """The amount that begins at token ``i``, or None."""
    tok = doc[i]
    low = tok.lower_
    if low in VAGUE:
        return _vague(doc, i)
    if low in ARTICLES:
        value, j = 1.0, i + 1
    else:
        first = _word_value(tok)
        if first is None:
            return None
        value, j = first, i + 1
    total = 0.0
    j, value = _split_forms(doc, j, value)
    # "five hundred thousand", "5.4 million", "two dozen"; "half a million" is read by the caller
    while j < len(doc):
        low = doc[j].lower_
        # "two hundred and seven": units after "and" belong to the hundred before it
        if low == "and" and doc[j - 1].lower_ == "hundred" and j + 1 < len(doc) and doc[j + 1].lower_ in UNITS:
            j, value = _split_forms(doc, j + 2, value + UNITS[doc[j + 1].lower_])
            continue
        if low in UNITS and doc[j - 1].lower_ == "hundred" and UNITS[low] < 100:  # "two hundred seven"
            j, value = _split_forms(doc, j + 1, value + UNITS[low])
            continue
        if low in SCALES and low not in ("m", "k", "mn", "bn") or (low in ("m", "mn", "bn") and doc[j - 1].like_num):
            scale = SCALES[low]
            if scale >= 1000:
                total += value * scale
                value = 0.0
            else:
                value *= scale
            j += 1
            continue
        if low == "-" and j + 1 < len(doc) and doc[j + 1].lower_ in SCALES:  # "26-thousand-strong"
            j += 1
            continue
        break
    if j == i + 1 and tok.lower_ in ARTICLES:
        return None
    if j == i + 1 and total == 0.0:
        value = _range_scale(doc, i, j, value)
    return Amount(i, j, total + value)


def _range_scale(doc: Doc, i: int, j: int, value: float) -> float:
    """The low end of a range that writes its scale once: "6-7 million people", "between 2 and 3 million"."""
    if j + 2 >= len(doc) or not doc[j + 1].like_num or doc[j + 2].lower_ not in SCALES \
            or doc[j + 2].lower_ in ("m", "k", "mn", "bn"):
        return value
    link = doc[j].lower_
    if not (link in ("-", "\u2013", "to", "or") or (link == "and" and i > 0 and doc[i - 1].lower_ == "between")):
        return value
    high = _word_value(doc[j + 1])
    if high is None or not value < high < 1000:
        return value
    return value * SCALES[doc[j + 2].lower_]


def _split_forms(doc: Doc, j: int, value: float) -> tuple[int, float]:
    """Continue an amount the tokenizer split: "Thirty - one" and "200 000" (thin-space thousands)."""
    if j + 1 < len(doc) and doc[j].text == "-" and doc[j - 1].lower_ in UNITS and UNITS[doc[j - 1].lower_] >= 20 \
            and doc[j + 1].lower_ in UNITS and UNITS[doc[j + 1].lower_] < 10:
        return j + 2, value + UNITS[doc[j + 1].lower_]
    # "200 000 people": groups of three digits after a number of one to three digits, with no space lost
    while j < len(doc) and re.fullmatch(r"\d{3}", doc[j].text) and re.fullmatch(r"\d{1,3}", doc[j - 1].text) \
            and doc[j - 1].whitespace_ and value < 1e12:
        value = value * 1000 + float(doc[j].text)
        j += 1
    return j, value


def _vague(doc: Doc, i: int) -> Amount:
    """ "hundreds", "tens of thousands", "hundreds of thousands" """
    low = doc[i].lower_
    if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in VAGUE:
        return Amount(i, i + 3, VAGUE[low] * VAGUE[doc[i + 2].lower_] / 2, vague=True)
    return Amount(i, i + 1, VAGUE[low], vague=True)


def tens_of(doc: Doc, i: int) -> Amount | None:
    """ "tens of thousands": "tens" is no amount on its own."""
    if doc[i].lower_ == "tens" and i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in VAGUE:
        return Amount(i, i + 3, 10 * VAGUE[doc[i + 2].lower_], vague=True)
    return None


def range_bounds(token: Token) -> tuple[float, float] | None:
    """The bounds of a range the tokenizer kept as one word ("150–200"), or None; a span of years ("2019–2020") and
    a score or ratio whose second number is the smaller ("3-1") are no range of a count."""
    m = _RANGE.match(token.text)
    if m is None:
        return None
    low, high = (float(g.replace(",", "")) for g in m.groups())
    if low >= high or all(len(g) == 4 and 1900 <= int(g) <= 2100 for g in m.groups()):
        return None
    return low, high
