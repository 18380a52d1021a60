"""Extract a batch of files: every document read, extracted, or reported as a failure."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def extract_paths(paths: Iterable[Path | str], settings: Settings,
                  overrides: dict[str, Any] | None = None) -> Iterator[Outcome]:
    """Read and extract every document under ``paths``; one bad file never stops the batch."""
    nlp = None
    for item in iter_documents(paths, max_bytes=settings.max_bytes, overrides=overrides):
        if isinstance(item, ParleyError):
            yield Outcome(origin=str(getattr(item, "path", "") or ""), error=str(item))
            continue
        nlp = nlp or cached_nlp(settings)
        try:
            result = extract(item.text, nlp=nlp, **item.meta)
        except ParleyError as exc:
            yield Outcome(origin=item.origin, document=item, error=f"{item.origin}: {exc}")
            continue
        yield Outcome(origin=item.origin, document=item, extraction=result)
