"""Extract a batch of files: every document read, extracted, or reported as a failure."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from parley.errors import ParleyError
from parley.extract import extract
from parley.ingest import RawDocument, iter_documents
from parley.models import Extraction
from parley.pipeline import cached_nlp
from parley.settings import Settings


@dataclass(frozen=True)
class Outcome:
    """What became of one document of a batch."""

    origin: str
    document: RawDocument | None = None
    extraction: Extraction | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def unreadable(error: ParleyError) -> Outcome:
    """The outcome of a file (or part of one) that could not be read."""
    return Outcome(origin=str(getattr(error, "path", "") or ""), error=str(error))


def extract_document(document: RawDocument, nlp: Language) -> Outcome:
    """Extract one read document; a failure is reported in the outcome, never raised."""
    try:
        result = extract(document.text, nlp=nlp, **document.meta)
    except ParleyError as exc:
        return Outcome(origin=document.origin, document=document, error=f"{document.origin}: {exc}")
    return Outcome(origin=document.origin, document=document, extraction=result)


def extract_paths(paths: Iterable[Path | str], settings: Settings,
                  overrides: dict[str, Any] | None = None) -> Iterator[Outcome]:
    """Read and extract every document under ``paths``; one bad file never stops the batch."""
    nlp = None
    for item in iter_documents(paths, max_bytes=settings.max_bytes, overrides=overrides):
        if isinstance(item, ParleyError):
            yield unreadable(item)
            continue
        nlp = nlp or cached_nlp(settings)
        yield extract_document(item, nlp)
