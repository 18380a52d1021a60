"""The ``parley_dates``stage (being written: for now it assigns an empty list)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

VERSION = "parley.dates.v0"


@Language.factory("parley_dates", default_config={}, assigns=["doc._.dates"])
def make_dates(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.dates = []
        return doc

    return component
