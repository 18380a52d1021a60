"""The tables of the store: documents, canonical actors, facts with provenance, and merge groups."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.types import BigInteger

metadata = MetaData()

#: Every migration applied, in order; the highest is the store's schema version.
schema_version = Table(
    "parley_schema", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", String(200), nullable=False),
    Column("applied_at", String(32), nullable=False),
)

#: One row per distinct text; a changed text under the same id is a new version.
documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(300), nullable=False),
    Column("version", Integer, nullable=False, default=1),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("current", Boolean, nullable=False, default=True),
    Column("url", Text),
    Column("title", Text),
    Column("source", String(300)),
    Column("published", String(10)),
    Column("language", String(10)),
    Column("text", Text, nullable=False),
    Column("pipeline", JSON),
    Column("ingested_at", String(32), nullable=False),
    Column("story_id", Integer, index=True),
    Column("shingles", Integer),
    Column("minhash", LargeBinary),
    UniqueConstraint("doc_id", "version", name="uq_documents_doc_version"),
    Index("ix_documents_published", "published"),
)

#: Locality-sensitive hashing bands of each document's MinHash: a shared band is a near-duplicate candidate.
story_bands = Table(
    "story_bands", metadata,
    Column("band", SmallInteger, nullable=False),
    Column("hash", BigInteger, nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Index("ix_story_bands_band_hash", "band", "hash"),
)

#: One actor across documents; ``merged_into`` is set when a user merges it into another.
canonical_actors = Table(
    "canonical_actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(300), nullable=False),
    Column("type", String(20), nullable=False),
    Column("country", String(3)),
    Column("sector", String(10)),
    Column("role", String(300)),
    Column("merged_into", Integer),
)

#: Folded names and proper aliases that resolve to a canonical actor, per actor type.
actor_keys = Table(
    "actor_keys", metadata,
    Column("type", String(20), nullable=False),
    Column("key", String(300), nullable=False),
    Column("canonical_id", Integer, nullable=False, index=True),
    UniqueConstraint("type", "key", name="uq_actor_keys_type_key"),
)

#: The user's edits of actor identity, kept so they can be listed and undone.
actor_merges = Table(
    "actor_merges", metadata,
    Column("id", Integer, primary_key=True),
    Column("from_id", Integer, nullable=False),
    Column("into_id", Integer, nullable=False),
    Column("at", String(32), nullable=False),
    Column("note", Text),
)

#: An actor as one document names it, linked to its canonical actor.
actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("local_id", String(50), nullable=False),
    Column("canonical_id", Integer, index=True),
    Column("original_canonical_id", Integer),
    Column("name", String(300), nullable=False),
    Column("type", String(20), nullable=False),
    Column("country", String(3)),
    Column("sector", String(10)),
    Column("role", String(300)),
    Column("aliases", JSON),
    Column("mentions", JSON),
    Column("extractor", String(100)),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("group_id", Integer, index=True),
    Column("speaker_id", Integer),
    Column("speaker_local", String(50)),
    Column("speaker_name", String(300)),
    Column("speaker_text", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("direct", Boolean, nullable=False),
    Column("cue", String(100)),
    Column("medium", String(300)),
    Column("day", String(10)),
    Column("extractor", String(100)),
    Index("ix_quotes_speaker_day", "speaker_id", "day"),
)

#: Events reported by several documents, merged: the timeline reads this table.
event_clusters = Table(
    "event_clusters", metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(20), nullable=False),
    Column("day", String(10)),
    Column("place", String(300)),
    Column("n_sources", Integer, nullable=False, default=1),
    Index("ix_event_clusters_day", "day", "id"),
    Index("ix_event_clusters_type_day", "type", "day"),
    Index("ix_event_clusters_place_day", "place", "day"),
)

#: Who took part in a merged event, as canonical actors, for actor and dyad filters.
cluster_participants = Table(
    "cluster_participants", metadata,
    Column("cluster_id", Integer, nullable=False),
    Column("canonical_id", Integer, nullable=False),
    Column("role", String(6), nullable=False),  # "actor" or "target"
    Column("day", String(10)),  # the merged event's day, copied so an actor's timeline reads one index
    UniqueConstraint("cluster_id", "canonical_id", "role", name="uq_cluster_participants"),
    Index("ix_cluster_participants_actor", "canonical_id", "role", "cluster_id"),
    Index("ix_cluster_participants_actor_day", "canonical_id", "day", "cluster_id"),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("cluster_id", Integer, index=True),
    Column("type", String(20), nullable=False),
    Column("mode", String(100)),
    Column("actors", JSON),
    Column("targets", JSON),
    Column("actor_ids", JSON),
    Column("target_ids", JSON),
    Column("place", String(300)),
    Column("lat", Float),
    Column("lon", Float),
    Column("date", String(12)),
    Column("date_text", String(200)),
    Column("day", String(10)),
    Column("status", String(20)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Text),
    Column("trigger", String(200)),
    Column("background", Boolean),
    Column("inferred_targets", Boolean),  # the targets were guessed from the document, not named by the report
    Column("lead", Boolean),  # reported in the article's opening sentences: what the story is about
    Column("extractor", String(100)),
)

figures = Table(
    "figures", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("value", Float, nullable=False),
    Column("qualifier", String(20)),
    Column("measure", String(50), nullable=False),
    Column("subject", String(300)),
    Column("place", String(300)),
    Column("period_start", String(12)),
    Column("as_of", String(12)),
    Column("day", String(10)),
    Column("source", String(300)),
    Column("source_kind", String(20)),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text),
    Column("vague", Boolean),
    Column("extractor", String(100)),
    Index("ix_figures_measure_day", "measure", "day"),
)

positions = Table(
    "positions", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("holder_id", Integer, index=True),
    Column("holder_local", String(50)),
    Column("holder_name", String(300)),
    Column("issue", String(300), nullable=False, index=True),
    Column("stance", String(20), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("issue_text", Text),
    Column("negated", Boolean),
    Column("extractor", String(100)),
)

FACT_TABLES = (actors, quotes, events, figures, positions)
