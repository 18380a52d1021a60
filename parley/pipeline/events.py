"""The ``parley_events``stage (being written: for now it assigns an empty list)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

VERSION = "parley.events.v0"


@Language.factory("parley_events", default_config={"events_file": None, "places_file": None}, assigns=["doc._.events"])
def make_events(nlp: Language, name: str, events_file: str | None, places_file: str | None):
    def component(doc: Doc) -> Doc:
        doc._.events = []
        return doc

    return component
