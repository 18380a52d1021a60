"""Actors: one canonical actor across documents, found by name and proper alias, with user merges.

Each document's actor table already gathers the aliases of an actor in that text (Kalın, Ibrahim
Kalın, the presidential spokesperson). Across documents an actor is matched by its folded name or
proper aliases (case, accents and dots ignored), within its type. Descriptive aliases ("the
spokesperson") never link documents: they fit different people in different texts. A person's
surname links only a document that knows nobody by a fuller name.

Users correct the result with :func:`merge_actors` (recorded in ``actor_merges``, undone by
:func:`unmerge_actors`) and :func:`rename_actor`.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone

from rapidfuzz import fuzz
from sqlalchemy import Connection, or_, select, update

from parley.errors import StoreError
from parley.models import Actor
from parley.store.schema import (
    actor_keys, actor_merges, actors, canonical_actors, cluster_participants, events, positions, quotes,
)

_DETERMINERS = ("the ", "a ", "an ")
#: Similarity (0-100) of two surnames, after the same given name, that makes them one person's.
SPELLING_RATIO = 85.0
# letters NFKD leaves whole but readers treat as their base letter
_BASE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def fold(text: str) -> str:
    """Case, accents, dots and spacing folded away: "İbrahim Kalın" -> "ibrahim kalin", "U.N." -> "un"."""
    flat = unicodedata.normalize("NFKD", text.casefold().translate(_BASE_LETTERS))
    flat = "".join(c for c in flat if not unicodedata.combining(c)).translate(_BASE_LETTERS)
    return " ".join(flat.replace(".", "").replace("’", "'").split())


def _proper(alias: str) -> bool:
    low = alias.lower()
    return bool(alias) and alias[0].isupper() and not low.startswith(_DETERMINERS)


def actor_keys_of(actor: Actor) -> tuple[list[str], list[str]]:
    """The strong keys (name, proper aliases) and weak keys (a person's bare surname) of an actor."""
    strong: list[str] = []
    weak: list[str] = []
    for alias in (actor.name, *actor.aliases):
        if not (alias == actor.name or _proper(alias)):
            continue
        key = fold(alias)
        if not key:
            continue
        if actor.type == "person" and " " not in key:
            weak.append("~" + key)
        elif key not in strong:
            strong.append(key)
    if actor.type == "person":
        for key in strong:
            weak.append("~" + key.rsplit(" ", 1)[-1])
    return strong, list(dict.fromkeys(weak))


def _resolve_chain(conn: Connection, canonical_id: int) -> int:
    seen = set()
    while canonical_id not in seen:
        seen.add(canonical_id)
        into = conn.execute(select(canonical_actors.c.merged_into)
                            .where(canonical_actors.c.id == canonical_id)).scalar()
        if into is None:
            return canonical_id
        canonical_id = into
    return canonical_id


def resolve_actor(conn: Connection, actor: Actor) -> int:
    """The canonical actor of a document's actor, created when none matches; registers its keys."""
    strong, weak = actor_keys_of(actor)
    found: dict[str, int] = {}
    wanted = strong + weak
    if wanted:
        rows = conn.execute(select(actor_keys.c.key, actor_keys.c.canonical_id)
                            .where(actor_keys.c.type == actor.type, actor_keys.c.key.in_(wanted)))
        found = {k: c for k, c in rows}
    canonical = next((found[k] for k in strong if k in found), None)
    if canonical is None and not strong:
        canonical = next((found[k] for k in weak if k in found), None)
    if canonical is None and actor.type == "person":
        canonical = next((c for k in strong if (c := _spelling_variant(conn, k)) is not None), None)
    if canonical is None:
        canonical = conn.execute(canonical_actors.insert().values(
            name=actor.name, type=actor.type, country=actor.country, sector=actor.sector,
            role=actor.role)).inserted_primary_key[0]
    else:
        canonical = _resolve_chain(conn, canonical)
    new_keys = [k for k in wanted if k not in found]
    if new_keys:
        _insert_keys(conn, actor.type, new_keys, canonical)
    return canonical


def _spelling_variant(conn: Connection, key: str) -> int | None:
    """A person stored under another transliteration: same given name, nearly the same surname.

    Outlets spell the same name differently (Zelenskyy, Zelensky); only full names are compared,
    and the given name must agree exactly, so two different people sharing a surname stay apart.
    """
    given, _, rest = key.partition(" ")
    if not rest:
        return None
    prefix = given + " "
    rows = conn.execute(select(actor_keys.c.key, actor_keys.c.canonical_id).where(
        actor_keys.c.type == "person", actor_keys.c.key >= prefix, actor_keys.c.key < given + "!")
        .limit(200)).all()
    best = max(((fuzz.ratio(rest, k[len(prefix):]), c) for k, c in rows), default=(0.0, None))
    return best[1] if best[0] >= SPELLING_RATIO else None


def _insert_keys(conn: Connection, actor_type: str, keys: list[str], canonical: int) -> None:
    rows = [{"type": actor_type, "key": k, "canonical_id": canonical} for k in keys]
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    conn.execute(insert(actor_keys).on_conflict_do_nothing(), rows)


def _repoint(conn: Connection, old: int, new: int) -> None:
    conn.execute(update(actors).where(actors.c.canonical_id == old).values(canonical_id=new))
    conn.execute(update(quotes).where(quotes.c.speaker_id == old).values(speaker_id=new))
    conn.execute(update(positions).where(positions.c.holder_id == old).values(holder_id=new))
    conn.execute(update(actor_keys).where(actor_keys.c.canonical_id == old).values(canonical_id=new))
    # a merged event may now hold both actors under one id: drop the row that would repeat
    both = select(cluster_participants.c.cluster_id).where(cluster_participants.c.canonical_id == new)
    conn.execute(cluster_participants.delete().where(cluster_participants.c.canonical_id == old,
                                                     cluster_participants.c.cluster_id.in_(both)))
    conn.execute(update(cluster_participants).where(cluster_participants.c.canonical_id == old)
                 .values(canonical_id=new))
    for row in conn.execute(select(events.c.id, events.c.actor_ids, events.c.target_ids).where(or_(
            events.c.actor_ids.isnot(None), events.c.target_ids.isnot(None)))).all():
        a = [new if x == old else x for x in row.actor_ids or []]
        t = [new if x == old else x for x in row.target_ids or []]
        if a != (row.actor_ids or []) or t != (row.target_ids or []):
            conn.execute(update(events).where(events.c.id == row.id).values(actor_ids=a, target_ids=t))


def merge_actors(conn: Connection, from_id: int, into_id: int, note: str | None = None) -> int:
    """Merge canonical actor ``from_id`` into ``into_id`` everywhere; returns the merge's id."""
    from_id, into_id = _resolve_chain(conn, from_id), _resolve_chain(conn, into_id)
    if from_id == into_id:
        raise StoreError(f"actor {from_id} is already actor {into_id}")
    for cid in (from_id, into_id):
        if conn.execute(select(canonical_actors.c.id).where(canonical_actors.c.id == cid)).first() is None:
            raise StoreError(f"no actor with id {cid}")
    _repoint(conn, from_id, into_id)
    conn.execute(update(canonical_actors).where(canonical_actors.c.id == from_id).values(merged_into=into_id))
    return conn.execute(actor_merges.insert().values(
        from_id=from_id, into_id=into_id, note=note,
        at=datetime.now(timezone.utc).isoformat(timespec="seconds"))).inserted_primary_key[0]


def unmerge_actors(conn: Connection, merge_id: int) -> None:
    """Undo a merge: the document actors first resolved to the merged actor go back to it."""
    row = conn.execute(select(actor_merges).where(actor_merges.c.id == merge_id)).first()
    if row is None:
        raise StoreError(f"no actor merge with id {merge_id}")
    conn.execute(update(canonical_actors).where(canonical_actors.c.id == row.from_id).values(merged_into=None))
    moved = select(actors.c.document_id, actors.c.local_id).where(actors.c.original_canonical_id == row.from_id)
    conn.execute(update(actors).where(actors.c.original_canonical_id == row.from_id)
                 .values(canonical_id=row.from_id))
    # facts follow their document actor back; merged event groups keep the merged id until re-ingest
    for doc_id, local_id in conn.execute(moved).all():
        conn.execute(update(quotes).where(quotes.c.document_id == doc_id, quotes.c.speaker_id == row.into_id,
                                          quotes.c.speaker_local == local_id).values(speaker_id=row.from_id))
        conn.execute(update(positions).where(positions.c.document_id == doc_id,
                                             positions.c.holder_id == row.into_id,
                                             positions.c.holder_local == local_id).values(holder_id=row.from_id))
    conn.execute(actor_merges.delete().where(actor_merges.c.id == merge_id))


def rename_actor(conn: Connection, canonical_id: int, name: str) -> None:
    """Give a canonical actor the name users know it by."""
    done = conn.execute(update(canonical_actors).where(canonical_actors.c.id == canonical_id).values(name=name))
    if done.rowcount == 0:
        raise StoreError(f"no actor with id {canonical_id}")


def find_actors(conn: Connection, name: str) -> list[int]:
    """Canonical actors called ``name`` (any type), following merges; an id as text is taken as is."""
    if name.isdigit():
        return [_resolve_chain(conn, int(name))]
    key = fold(name)
    ids = set(conn.execute(select(actor_keys.c.canonical_id).where(
        actor_keys.c.key.in_([key, "~" + key]))).scalars())
    ids |= set(conn.execute(select(canonical_actors.c.id).where(canonical_actors.c.name == name)).scalars())
    return sorted({_resolve_chain(conn, i) for i in ids})
