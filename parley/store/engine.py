"""Connections to a store: SQLite (WAL, write transactions that take the lock up front) or PostgreSQL."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import Engine, Insert, Table, create_engine, event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection, CursorResult, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from parley.errors import StoreError

T = TypeVar("T")

#: Seconds SQLite waits on a locked database before the retry loop takes over.
BUSY_TIMEOUT_S = 30
RETRIES = 8


def normalize_url(url: str) -> str:
    """Accept the usual spellings: a bare path is a SQLite file, ``postgresql://`` uses psycopg 3."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # autocommit at the driver level, so the "begin" hooks below decide how a transaction starts
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def make_engines(url: str) -> tuple[Engine, Engine]:
    """A writer and a reader engine for ``url`` (the same engine on PostgreSQL)."""
    url = normalize_url(url)
    try:
        parsed = make_url(url)
    except Exception as exc:  # SQLAlchemy raises several types for a malformed URL
        raise StoreError(f"not a database URL: {url!r} ({exc})") from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            raise StoreError("an in-memory SQLite store cannot be shared; give a file, e.g. sqlite:///parley.db")
        writer = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False})
        reader = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False})
        for engine, begin in ((writer, "BEGIN IMMEDIATE"), (reader, "BEGIN")):
            event.listen(engine, "connect", _sqlite_pragmas)
            # IMMEDIATE takes the write lock at BEGIN: two writers queue on busy_timeout instead of
            # both reading, then one failing to upgrade its lock (SQLITE_BUSY without waiting)
            event.listen(engine, "begin", lambda conn, sql=begin: conn.exec_driver_sql(sql))
        return writer, reader
    if parsed.get_backend_name() == "postgresql":
        engine = create_engine(url, pool_pre_ping=True)
        return engine, engine
    raise StoreError(f"unsupported database {parsed.get_backend_name()!r}: use sqlite:/// or postgresql://")


def _retryable(exc: DBAPIError) -> bool:
    text = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if isinstance(exc, IntegrityError):
        return True  # a concurrent writer took the same unique key first; redoing the document sees it
    return any(s in text for s in ("database is locked", "database is busy", "deadlock", "could not serialize"))


def with_retry(engine: Engine, work: Callable[[Connection], T]) -> T:
    """Run ``work`` in one transaction, retried when a concurrent writer got in the way."""
    for attempt in range(RETRIES):
        try:
            with engine.begin() as conn:
                return work(conn)
        except (OperationalError, IntegrityError) as exc:
            if attempt == RETRIES - 1 or not _retryable(exc):
                raise StoreError(f"store write failed: {exc.orig or exc}") from exc
            time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))
    raise AssertionError("unreachable")


def insert_ignore(conn: Connection, table: Table, rows: dict[str, Any] | list[dict[str, Any]],
                  index_elements: list[str] | None = None) -> CursorResult[Any]:
    """INSERT that skips rows clashing with a unique constraint, in the dialect's own syntax."""
    dialect_insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    return conn.execute(dialect_insert(table).on_conflict_do_nothing(index_elements=index_elements), rows)


def insert_id(conn: Connection, stmt: Insert) -> int:
    """Run a single-row INSERT and return the new row's primary key."""
    key = conn.execute(stmt).inserted_primary_key
    if key is None:
        raise StoreError("the database returned no primary key for a new row")
    return int(key[0])
