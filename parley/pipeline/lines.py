"""The ``parley_lines`` stage: a line break ends a sentence.

News copy puts a headline, a deck, a dateline or a sub-heading on a line of its own, often with no full stop
("Ukraine ceasefire proposal offered", "ANKARA"). The parser then reads that line and the first sentence under it as
one sentence, and a figure, quote or event of that sentence is read from a broken parse. This stage runs before the
parser and marks the first word after every line break as the start of a sentence; the parser keeps the marks and
finds the other boundaries itself. A break inside a line (a sentence wrapped by hand) is rare in the text the
project reads, which comes one paragraph a line.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

VERSION = "parley.lines.v1"


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
