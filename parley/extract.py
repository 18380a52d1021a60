"""The library call: ``extract(text, **metadata) -> Extraction``."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from parley.errors import ExtractionError
from parley.models import DocumentInfo, Extraction
from parley.pipeline import cached_nlp, stage_versions
from parley.settings import Settings


def document_info(text: str, **metadata: str | None) -> DocumentInfo:
    """Document metadata; the id defaults to the SHA-256 of the text."""
    known = {k: v for k, v in metadata.items() if k in DocumentInfo.model_fields and v is not None}
    known.setdefault("id", hashlib.sha256(text.encode("utf-8")).hexdigest())
    return DocumentInfo(**known)


def _to_extraction(doc: Doc, info: DocumentInfo) -> Extraction:
    table = doc._.actors
    return Extraction(
        document=info,
        actors=tuple(table.actors.values()) if table else (),
        quotes=tuple(doc._.quotes or ()),
        events=tuple(doc._.events or ()),
        figures=tuple(doc._.figures or ()),
        positions=tuple(doc._.positions or ()),
        pipeline=stage_versions(),
    )


def _make_doc(nlp: Language, text: str, info: DocumentInfo) -> Doc:
    doc = nlp.make_doc(text)
    doc._.meta = info
    return doc


def extract(text: str, *, settings: Settings | None = None, nlp: Language | None = None,
            **metadata: str | None) -> Extraction:
    """Extract actors, quotes, events, figures and positions from one article.

    ``metadata`` takes the contract's document fields: id, url, title, source, published
    (ISO date, used to resolve relative dates) and language.
    """
    info = document_info(text, **metadata)
    nlp = nlp or cached_nlp(settings or Settings())
    try:
        doc = nlp(_make_doc(nlp, text, info))
    except Exception as exc:  # a model or stage bug must not lose the batch: report it per document
        raise ExtractionError(f"{info.id}: extraction failed: {exc}") from exc
    return _to_extraction(doc, info)


def extract_many(items: Iterable[tuple[str, DocumentInfo]], *, settings: Settings | None = None,
                 nlp: Language | None = None, batch_size: int = 16) -> Iterator[Extraction]:
    """Extract many documents with spaCy's batching; yields in input order."""
    nlp = nlp or cached_nlp(settings or Settings())
    pairs = list(items)
    docs = (_make_doc(nlp, text, info) for text, info in pairs)
    for doc, (_, info) in zip(nlp.pipe(docs, batch_size=batch_size), pairs, strict=True):
        yield _to_extraction(doc, info)
