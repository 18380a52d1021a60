"""The ``parley_positions``stage (being written: for now it assigns an empty list)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

VERSION = "parley.positions.v0"


@Language.factory("parley_positions", default_config={"issues_file": None}, assigns=["doc._.positions"])
def make_positions(nlp: Language, name: str, issues_file: str | None):
    def component(doc: Doc) -> Doc:
        doc._.positions = []
        return doc

    return component
