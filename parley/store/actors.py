"""Canonical actors in the store: resolving a document's actors, and the user's merges and renames.

The matching rules are in :mod:`parley.merge.actors`. Users correct the result with
:func:`merge_actors` (recorded in ``actor_merges``, undone by :func:`unmerge_actors`) and
:func:`rename_actor`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection, or_, select, update

from parley.errors import StoreError
from parley.merge.actors import actor_keys_of, fold, same_spelling
from parley.models import Actor
from parley.store.engine import insert_id, insert_ignore
from parley.store.schema import (
    actor_keys,
    actor_merges,
    actors,
    canonical_actors,
    cluster_participants,
    events,
    positions,
    quotes,
)


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


def resolve_actors(conn: Connection, doc_actors: Sequence[Actor]) -> dict[str, int]:
    """The canonical actor of each of a document's actors (by local id), created when none matches.

    Looks every key up in one query; registers the keys not yet known.
    """
    keys = {a.id: actor_keys_of(a) for a in doc_actors}
    wanted = sorted({k for strong, weak in keys.values() for k in strong + weak})
    found: dict[tuple[str, str], tuple[int, int | None]] = {}
    if wanted:
        rows = conn.execute(select(actor_keys.c.type, actor_keys.c.key, actor_keys.c.canonical_id,
                                   canonical_actors.c.merged_into)
                            .join(canonical_actors, canonical_actors.c.id == actor_keys.c.canonical_id)
                            .where(actor_keys.c.key.in_(wanted)))
        found = {(t, k): (c, m) for t, k, c, m in rows}
    out: dict[str, int] = {}
    new_keys: list[dict[str, object]] = []
    for actor in doc_actors:
        strong, weak = keys[actor.id]
        hit = next((found[(actor.type, k)] for k in strong if (actor.type, k) in found), None)
        if hit is None and not strong:
            hit = next((found[(actor.type, k)] for k in weak if (actor.type, k) in found), None)
        canonical = None if hit is None else (hit[0] if hit[1] is None else _resolve_chain(conn, hit[0]))
        if canonical is None and actor.type == "person":
            canonical = next((c for k in strong if (c := _spelling_variant(conn, k)) is not None), None)
        if canonical is None:
            canonical = insert_id(conn, canonical_actors.insert().values(
                name=actor.name, type=actor.type, country=actor.country, sector=actor.sector,
                role=actor.role))
        out[actor.id] = canonical
        for k in strong + weak:
            if (actor.type, k) not in found:
                found[(actor.type, k)] = (canonical, None)
                new_keys.append({"type": actor.type, "key": k, "canonical_id": canonical})
    if new_keys:
        insert_ignore(conn, actor_keys, new_keys)
    return out


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
    return next((c for k, c in rows if same_spelling(rest, k[len(prefix):])), None)


def _repoint(conn: Connection, old: int, new: int) -> None:
    conn.execute(update(actors).where(actors.c.canonical_id == old).values(canonical_id=new))
    conn.execute(update(quotes).where(quotes.c.speaker_id == old).values(speaker_id=new))
    conn.execute(update(positions).where(positions.c.holder_id == old).values(holder_id=new))
    # actor_keys keep pointing at the merged actor: lookups follow merged_into, and an unmerge needs them
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
    return insert_id(conn, actor_merges.insert().values(
        from_id=from_id, into_id=into_id, note=note, at=datetime.now(UTC).isoformat(timespec="seconds")))


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
