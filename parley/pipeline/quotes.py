"""The ``parley_quotes``stage (being written: for now it assigns an empty list)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

VERSION = "parley.quotes.v0"


@Language.factory("parley_quotes", default_config={"cues_file": None}, assigns=["doc._.quotes"])
def make_quotes(nlp: Language, name: str, cues_file: str | None):
    def component(doc: Doc) -> Doc:
        doc._.quotes = []
        return doc

    return component
