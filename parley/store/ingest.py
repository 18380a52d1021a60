"""Ingest files into the store: read, extract, write each document in its own transaction."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley.batch import Outcome, extract_paths
from parley.errors import ParleyError
from parley.settings import Settings
from parley.store import writer
from parley.store.writer import Ingested

if TYPE_CHECKING:
    from parley.store import Store


@dataclass(frozen=True)
class IngestOutcome:
    """What became of one input document: stored (added, new version, duplicate) or failed."""

    origin: str
    result: Ingested | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def ingest_paths(store: Store, paths: Iterable[Path | str], settings: Settings,
                 overrides: dict[str, Any] | None = None) -> Iterator[IngestOutcome]:
    """Extract and store every document under ``paths``; one bad file never stops the batch."""
    return store_outcomes(store, extract_paths(paths, settings, overrides))


def store_outcomes(store: Store, outcomes: Iterable[Outcome]) -> Iterator[IngestOutcome]:
    """Store each extracted document in its own transaction; failures pass through as they came."""
    for outcome in outcomes:
        if not outcome.ok or outcome.extraction is None or outcome.document is None:
            yield IngestOutcome(outcome.origin, error=outcome.error)
            continue
        try:
            result = store.ingest(outcome.extraction, outcome.document.text)
        except ParleyError as exc:
            yield IngestOutcome(outcome.origin, error=f"{outcome.origin}: {exc}")
            continue
        yield IngestOutcome(outcome.origin, result=result)


def stored_copy(store: Store, text: str) -> Ingested | None:
    """The stored document with exactly this text, as a duplicate, or None: lets a rerun skip extraction."""
    with store.reader.connect() as conn:
        return writer.stored_copy(conn, writer.text_sha256(text))
