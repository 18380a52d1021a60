"""The store: documents and their facts with provenance, merged across documents, and queried.

``Store.open(url)`` opens (and creates or upgrades) a SQLite file (``sqlite:///parley.db``, the
default) or a PostgreSQL database (``postgresql://...``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Engine, func, select

from parley.errors import StoreError
from parley.models import Extraction
from parley.settings import Settings
from parley.store import actors as actor_merge
from parley.store.engine import make_engines, with_retry
from parley.store.migrations import LATEST, current_version, migrate
from parley.store.schema import (
    actor_merges,
    actors,
    canonical_actors,
    documents,
    event_clusters,
    events,
    figures,
    positions,
    quotes,
)
from parley.store.writer import Ingested, prepare, write_document

__all__ = ["Ingested", "Store"]


class Store:
    """A record of documents and facts in SQLite or PostgreSQL."""

    def __init__(self, writer: Engine, reader: Engine, url: str) -> None:
        self.writer, self.reader, self.url = writer, reader, url

    @classmethod
    def open(cls, url: str | None = None, *, settings: Settings | None = None, upto: int = LATEST) -> Store:
        """Open the store at ``url`` (default: ``Settings.db``), creating or upgrading its schema."""
        url = url or (settings or Settings()).db
        writer, reader = make_engines(url)
        store = cls(writer, reader, url)
        with store.reader.connect() as conn:
            have = current_version(conn)
        if have > LATEST:
            raise StoreError(f"{url}: the store has schema version {have}; this parley knows up to {LATEST}")
        if have < upto:
            with_retry(store.writer, lambda conn: migrate(conn, upto))
        return store

    @property
    def dialect(self) -> str:
        return self.writer.dialect.name

    def version(self) -> int:
        """The schema version of the store."""
        with self.reader.connect() as conn:
            return current_version(conn)

    def close(self) -> None:
        """Release the store's connections."""
        self.writer.dispose()
        if self.reader is not self.writer:
            self.reader.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --

    def ingest(self, extraction: Extraction, text: str) -> Ingested:
        """Store one document and its facts in one transaction; the same text twice is stored once."""
        doc = prepare(extraction, text)
        return with_retry(self.writer, lambda conn: write_document(conn, doc))

    def ingest_many(self, items: Iterable[tuple[Extraction, str]]) -> Iterator[Ingested]:
        """Store documents one transaction each, yielding what became of each."""
        for extraction, text in items:
            yield self.ingest(extraction, text)

    def has_text(self, text_sha256: str) -> bool:
        """Whether a text with this SHA-256 is stored."""
        with self.reader.connect() as conn:
            return conn.execute(select(documents.c.id).where(documents.c.sha256 == text_sha256)).first() is not None

    # -- actors --

    def merge_actors(self, from_id: int, into_id: int, note: str | None = None) -> int:
        """Merge one canonical actor into another; returns the merge id (to undo it)."""
        return with_retry(self.writer, lambda conn: actor_merge.merge_actors(conn, from_id, into_id, note))

    def unmerge_actors(self, merge_id: int) -> None:
        """Undo a merge made with :meth:`merge_actors`."""
        with_retry(self.writer, lambda conn: actor_merge.unmerge_actors(conn, merge_id))

    def rename_actor(self, canonical_id: int, name: str) -> None:
        """Rename a canonical actor."""
        with_retry(self.writer, lambda conn: actor_merge.rename_actor(conn, canonical_id, name))

    def find_actors(self, name: str) -> list[int]:
        """Canonical actor ids known by ``name``."""
        with self.reader.connect() as conn:
            return actor_merge.find_actors(conn, name)

    def actor_merges(self) -> list[dict[str, Any]]:
        """The user's actor merges, oldest first."""
        with self.reader.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(actor_merges).order_by(actor_merges.c.id))]

    # -- numbers --

    def counts(self) -> dict[str, int]:
        """How many rows each part of the record holds (documents: current versions only)."""
        with self.reader.connect() as conn:
            out = {"documents": conn.execute(select(func.count()).select_from(documents)
                                             .where(documents.c.current)).scalar_one(),
                   "versions": conn.execute(select(func.count()).select_from(documents)).scalar_one(),
                   "stories": conn.execute(select(func.count(func.distinct(documents.c.story_id)))
                                           .where(documents.c.current)).scalar_one(),
                   "canonical_actors": conn.execute(select(func.count()).select_from(canonical_actors)
                                                    .where(canonical_actors.c.merged_into.is_(None))).scalar_one(),
                   "merged_events": conn.execute(select(func.count()).select_from(event_clusters)).scalar_one()}
            for table in (actors, quotes, events, figures, positions):
                out[table.name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
        return out
