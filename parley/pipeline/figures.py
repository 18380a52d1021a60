"""The ``parley_figures``stage (being written: for now it assigns an empty list)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

VERSION = "parley.figures.v0"


@Language.factory("parley_figures", default_config={}, assigns=["doc._.figures"])
def make_figures(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        doc._.figures = []
        return doc

    return component
