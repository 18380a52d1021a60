"""A plural possessive written with a curly apostrophe ("Hamas’ demand", "the authorities’ readiness").

spaCy's tokenizer and parser read a straight apostrophe after a final "s" as the possessive ("Hamas' demand":
"Hamas" poss of "demand"), but a curly one as a closing quote mark, so the owner is cut from its noun and the
sentence is misparsed ("falls short of Hamas’ demand for a full cessation of hostilities": "demand" becomes the
verb's object). :func:`plain_possessives` writes such an apostrophe straight before the tokenizer reads the text:
the same length, so every offset into it is one into the text. An apostrophe that may close a quote opened with
"‘" earlier on its line is left as it is, and so is one inside a name in capitals ("the Palestinian Prisoners’ Media
Office"), which the entity recognizer reads whole only so. A quote keeps the apostrophe as written
(:func:`as_written`).
"""

from __future__ import annotations

import re

# "s’" at the end of a word, followed by a space and the next word.
CURLY_POSSESSIVE = re.compile(r"(?<=[A-Za-z][sS])\u2019(?=[ \t]+([A-Za-z0-9]))")
OPENING_SINGLE = "\u2018"


def plain_possessives(text: str) -> str:
    """The text with each curly apostrophe of a plural possessive written straight (same length)."""
    if "\u2019" not in text:
        return text
    chars: list[str] | None = None
    for m in CURLY_POSSESSIVE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if OPENING_SINGLE in text[line_start:m.start()]:
            continue  # "‘the talks’ and": may close a single-quoted phrase
        word = text.rfind(" ", line_start, m.start()) + 1
        if text[word].isupper() and m.group(1).isupper():
            continue  # "Prisoners’ Media Office": part of a name
        chars = chars if chars is not None else list(text)
        chars[m.start()] = "'"
    return "".join(chars) if chars is not None else text


SOURCE_KEY = "parley_source"


def as_written(words: str, span: tuple[int, int], read: str, source: str) -> str:
    """Words taken from the text the pipeline read, with each apostrophe :func:`plain_possessives` wrote straight
    given back as written ("the prisoners’ release"); ``span`` is where they stand (same offsets in both texts)."""
    at = read.find(words, span[0], max(span[1], span[0] + len(words)))
    if at < 0 or read == source:
        return words
    chars = list(words)
    for i in range(len(chars)):
        if chars[i] == "'" and source[at + i] == "\u2019":
            chars[i] = "\u2019"
    return "".join(chars)
