"""The ``parley_lines`` stage: a line break ends a sentence, unless it only wraps one.

News copy puts a headline, a deck, a dateline or a sub-heading on a line of its own, often with no full stop
("Ukraine ceasefire proposal offered", "ANKARA"). The parser then reads that line and the first sentence under it as
one sentence, and a figure, quote or event of that sentence is read from a broken parse. This stage runs before the
parser and marks the first word after every line break as the start of a sentence; the parser keeps the marks and
finds the other boundaries itself.

Text copied from some pages is wrapped by hand at a fixed width, so a single line break can fall inside a sentence,
even inside its speaker ("Guaido said in a\\nstatement", "Foreign Minister Sergei\\nLavrov told reporters"). The
pipeline reads such a break (:func:`wrapped_breaks`) as a space (:class:`UnwrappingTokenizer`), so the sentence, its
paragraph and the names in it are read whole, and offsets into the text stay the same. A break is a wrap when the
line before it ends with no closing punctuation and either the words show it (the line ends with a comma or a word
that cannot end a headline, "the", "of", "in"; or the next line goes on in lower case) or the text is wrapped at a
fixed width and the next line's first word would not have fitted on the line. A blank line is always a paragraph
break, and a headline stands on a line shorter than the width its text is wrapped at.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from parley import lexicon
from parley.pipeline.apostrophes import SOURCE_KEY, plain_possessives

VERSION = "parley.lines.v2"

_RULES = lexicon.resource("line_wraps.yaml")
# Words that cannot end a headline or a paragraph: a line ending with one goes on below ("said the\nforeign minister").
JOINING_WORDS = frozenset(_RULES["joining_words"])
# The widths text is wrapped at by hand, and how many lines filled to about that width show that a text is.
MIN_WIDTH, MAX_WIDTH = _RULES["widths"]
MIN_FILLED_LINES = _RULES["min_filled_lines"]
FILLED_SHARE = _RULES["filled_share"]  # a line this share of the width long is filled
# A line ending a sentence or a title: a full stop, question or exclamation mark, colon or semicolon, maybe
# followed by closing quote marks or brackets.
_CLOSED = re.compile(r"[.!?…:;][\"”’')\]]*$")


def wrapped_breaks(text: str) -> set[int]:
    """The offsets of the line breaks of ``text`` that wrap a sentence rather than end a line of its own."""
    lines = text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    # a line followed by a single break and more text: a wrap, or a headline, dateline or paragraph
    pairs = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    lengths = [len(lines[i].rstrip()) for i in pairs if len(lines[i].rstrip()) <= MAX_WIDTH]
    width = max(lengths, default=0)
    filled = sum(1 for n in lengths if n >= FILLED_SHARE * width)
    fixed = width >= MIN_WIDTH and filled >= MIN_FILLED_LINES and filled >= len(pairs) / 2
    found = set()
    for i in pairs:
        line, after = lines[i].rstrip(), lines[i + 1].lstrip()
        if _CLOSED.search(line):
            continue
        last = line.split()[-1].lower()
        first = after.split()[0]
        words_go_on = line.endswith(",") or last in JOINING_WORDS or after[0].islower()
        if words_go_on or (fixed and len(line) + 1 + len(first) > width):
            found.add(starts[i] + len(lines[i]))
    return found


def unwrapped(text: str) -> str:
    """The text with each line break that wraps a sentence turned into a space: the same length, so every
    offset into it is one into the text ("said the\nforeign minister" -> "said the foreign minister")."""
    breaks = wrapped_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)


class UnwrappingTokenizer:
    """The pipeline's tokenizer, fed the text with its wrapping line breaks turned into spaces
    (:func:`unwrapped`), so the tagger, the parser and the entity recognizer read a wrapped sentence as one
    line: a break left inside "Ould Cheikh\nAhmed" or "the Security\nCouncil" cuts the name in two."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(plain_possessives(unwrapped(text)))  # "Hamas’ demand": a possessive
        doc.user_data[SOURCE_KEY] = text  # the text as written, for what is quoted from it
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)


def mark_line_starts(doc: Doc) -> Doc:
    """Mark the first word after each line break as a sentence start."""
    after_break = False
    for tok in doc:
        if tok.is_space:
            after_break = after_break or "\n" in tok.text
            continue
        if after_break and tok.i > 0:
            tok.is_sent_start = True
        after_break = False
    return doc


@Language.factory("parley_lines", assigns=["token.is_sent_start"])
def make_lines(nlp: Language, name: str) -> object:
    return mark_line_starts
