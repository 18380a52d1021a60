"""Versioned schema migrations: a store made by an older parley opens in a newer one.

Each migration is a function of a connection, applied once, in order, inside the transaction
that records it in ``parley_schema``. Never edit a released migration: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, inspect, select

from parley.store.schema import metadata, schema_version

Migration = tuple[int, str, Callable[[Connection], None]]


def _base_tables(conn: Connection) -> None:
    metadata.create_all(conn, checkfirst=True)


_SQLITE_FTS = [
    # external-content FTS5 tables: the text lives once, in documents/quotes; triggers keep the index
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content='documents', "
    "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, content='quotes', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS quotes_fts_ai AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
]

_POSTGRES_FTS = [
    "ALTER TABLE documents ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING gin (tsv)",
    "ALTER TABLE quotes ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED ALWAYS AS "
    "(to_tsvector('english', text)) STORED",
    "CREATE INDEX IF NOT EXISTS ix_quotes_tsv ON quotes USING gin (tsv)",
]


def _full_text(conn: Connection) -> None:
    for sql in _SQLITE_FTS if conn.dialect.name == "sqlite" else _POSTGRES_FTS:
        conn.exec_driver_sql(sql)


def _participant_days(conn: Connection) -> None:
    if "day" not in {c["name"] for c in inspect(conn).get_columns("cluster_participants")}:
        conn.exec_driver_sql("ALTER TABLE cluster_participants ADD COLUMN day VARCHAR(10)")
    conn.exec_driver_sql("UPDATE cluster_participants SET day = (SELECT day FROM event_clusters "
                         "WHERE event_clusters.id = cluster_participants.cluster_id) WHERE day IS NULL")
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_cluster_participants_actor_day "
                         "ON cluster_participants (canonical_id, day, cluster_id)")


def _inferred_targets(conn: Connection) -> None:
    if "inferred_targets" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.exec_driver_sql("ALTER TABLE events ADD COLUMN inferred_targets BOOLEAN")


MIGRATIONS: list[Migration] = [
    (1, "documents, actors, quotes, events, figures, positions, merge groups", _base_tables),
    (2, "full-text search over documents and quotes", _full_text),
    (3, "merged events' days on their participants, for fast actor timelines", _participant_days),
    (4, "events: whether a report's targets were guessed from its document", _inferred_targets),
]
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    """The store's schema version; 0 for an empty database."""
    if not inspect(conn).has_table(schema_version.name):
        return 0
    return conn.execute(select(schema_version.c.version).order_by(schema_version.c.version.desc())).scalar() or 0


def migrate(conn: Connection, upto: int = LATEST) -> int:
    """Apply every migration above the store's version, up to ``upto``; returns the new version."""
    if conn.dialect.name == "postgresql":
        # two processes opening a fresh store at once must not both create it
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':migrate'))")
    have = current_version(conn)
    for version, description, apply in MIGRATIONS:
        if have < version <= upto:
            apply(conn)
            conn.execute(schema_version.insert().values(
                version=version, description=description,
                applied_at=datetime.now(UTC).isoformat(timespec="seconds")))
            have = version
    return have
