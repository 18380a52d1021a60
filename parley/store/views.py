"""Views of the merged events: the actor network (who acted on whom) and the event map (where).

Both read the event clusters, so an event told by several outlets counts once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, exists, func, select

from parley.store.queries import AnySelect, actor_ids, date_range
from parley.store.schema import canonical_actors, cluster_participants, event_clusters, events

if TYPE_CHECKING:
    from parley.store import Store


@dataclass(frozen=True)
class NetworkNode:
    """An actor of the network, with how many merged events it takes part in."""

    id: int
    name: str
    type: str
    country: str | None
    events: int


@dataclass(frozen=True)
class NetworkEdge:
    """Who acted on whom: merged events from ``source`` to ``target``, counted by PLOVER type."""

    source: int
    target: int
    events: int
    types: dict[str, int]
    event_ids: tuple[int, ...]


@dataclass(frozen=True)
class Network:
    nodes: tuple[NetworkNode, ...]
    edges: tuple[NetworkEdge, ...]


def _clusters_between(stmt: AnySelect, start: str | None, end: str | None,
                      event_type: str | list[str] | None) -> AnySelect:
    stmt = date_range(stmt, event_clusters.c.day, start, end)
    if event_type:
        types = [event_type] if isinstance(event_type, str) else event_type
        stmt = stmt.where(event_clusters.c.type.in_([t.upper() for t in types]))
    return stmt


def actor_network(store: Store, *, start: str | None = None, end: str | None = None,
                  event_type: str | list[str] | None = None, max_edges: int = 300) -> Network:
    """The actor network of the merged events: an edge from each actor to each target of an event,
    weighted by the number of events, the strongest ``max_edges`` kept."""
    a, t = cluster_participants.alias("a"), cluster_participants.alias("t")
    c = event_clusters.c
    stmt = (select(a.c.canonical_id.label("source"), t.c.canonical_id.label("target"), c.type, c.id)
            .select_from(a.join(t, and_(t.c.cluster_id == a.c.cluster_id, t.c.role == "target"))
                         .join(event_clusters, event_clusters.c.id == a.c.cluster_id))
            .where(a.c.role == "actor", a.c.canonical_id != t.c.canonical_id))
    with store.reader.connect() as conn:
        rows = conn.execute(_clusters_between(stmt, start, end, event_type)).all()
        pairs: dict[tuple[int, int], dict[str, Any]] = {}
        for r in rows:
            edge = pairs.setdefault((r.source, r.target), {"types": defaultdict(int), "ids": set()})
            if r.id not in edge["ids"]:
                edge["ids"].add(r.id)
                edge["types"][r.type] += 1
        ranked = sorted(pairs.items(), key=lambda kv: (-len(kv[1]["ids"]), kv[0]))[:max_edges]
        edges = tuple(NetworkEdge(s, tg, len(e["ids"]), dict(e["types"]), tuple(sorted(e["ids"])))
                      for (s, tg), e in ranked)
        ids = sorted({e.source for e in edges} | {e.target for e in edges})
        counts: dict[int, set[int]] = defaultdict(set)
        for e in edges:
            counts[e.source].update(e.event_ids)
            counts[e.target].update(e.event_ids)
        actors_rows = conn.execute(select(canonical_actors.c.id, canonical_actors.c.name, canonical_actors.c.type,
                                          canonical_actors.c.country)
                                   .where(canonical_actors.c.id.in_(ids))).all() if ids else []
    nodes = tuple(NetworkNode(r.id, r.name, r.type, r.country, len(counts[r.id]))
                  for r in sorted(actors_rows, key=lambda r: (-len(counts[r.id]), r.name)))
    return Network(nodes, edges)


@dataclass(frozen=True)
class MapPoint:
    """A place where merged events happened, with its coordinates and the events there."""

    place: str
    lat: float
    lon: float
    events: int
    types: dict[str, int]
    event_ids: tuple[int, ...]


def event_map(store: Store, *, start: str | None = None, end: str | None = None,
              event_type: str | list[str] | None = None, actor: str | None = None) -> list[MapPoint]:
    """The places of the merged events that have coordinates, busiest first."""
    e, c = events.c, event_clusters.c
    stmt = (select(c.id, c.type, c.place, func.avg(e.lat).label("lat"), func.avg(e.lon).label("lon"))
            .select_from(events.join(event_clusters, event_clusters.c.id == e.cluster_id))
            .where(e.lat.isnot(None), e.lon.isnot(None), c.place.isnot(None))
            .group_by(c.id, c.type, c.place))
    with store.reader.connect() as conn:
        if actor:
            ids = actor_ids(conn, actor)
            if not ids:
                return []
            stmt = stmt.where(exists().where(cluster_participants.c.cluster_id == c.id,
                                             cluster_participants.c.canonical_id.in_(ids)))
        rows = conn.execute(_clusters_between(stmt, start, end, event_type)).all()
    places: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        places[r.place].append(r)
    points = []
    for place, rs in places.items():
        types: dict[str, int] = defaultdict(int)
        for r in rs:
            types[r.type] += 1
        points.append(MapPoint(place, sum(r.lat for r in rs) / len(rs), sum(r.lon for r in rs) / len(rs),
                               len(rs), dict(types), tuple(sorted(r.id for r in rs))))
    return sorted(points, key=lambda p: (-p.events, p.place))
