"""Questions asked of the record: timeline, quotes, figure series, positions, full-text search.

The actor network and the event map are in :mod:`parley.store.views`.

Every row carries its sources: the document (id, version, outlet, URL) and the character span of
the sentence or quote it comes from, so any answer can be checked against the text.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Select, and_, exists, func, select, text

from parley.store.actors import find_actors
from parley.store.schema import (
    canonical_actors,
    cluster_participants,
    documents,
    event_clusters,
    events,
    figures,
    positions,
    quotes,
)

if TYPE_CHECKING:
    from parley.store import Store

#: a SELECT of any columns (SQLAlchemy 2.1 types a Select by the tuple of its columns)
AnySelect = Select[*tuple[Any, ...]]
S = TypeVar("S", bound=AnySelect)


@dataclass(frozen=True)
class Source:
    """Where a fact was read: the document and the character span of its sentence or quote."""

    doc_id: str
    version: int
    outlet: str | None
    url: str | None
    published: str | None
    span: tuple[int, int]
    text: str | None


@dataclass(frozen=True)
class TimelineEvent:
    """One event, merged over every document that reports it."""

    id: int
    type: str
    day: str | None
    place: str | None
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    n_sources: int
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class QuoteRow:
    """One quote with every outlet that carried it."""

    id: int
    speaker: str | None
    text: str
    direct: bool
    day: str | None
    sources: tuple[Source, ...]

    @property
    def n_sources(self) -> int:
        return len({s.doc_id for s in self.sources})


@dataclass(frozen=True)
class SeriesPoint:
    """A figure on one day and place, by kind of source (un, national, other) side by side."""

    day: str | None
    measure: str
    place: str | None
    values: dict[str, float]
    sources: dict[str, Source]


@dataclass(frozen=True)
class PositionCell:
    """What one actor said about one issue, with how often and where."""

    holder: str
    issue: str
    stance: str
    count: int
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class PositionsMatrix:
    """Actors by issues; each cell the stances taken."""

    holders: tuple[str, ...]
    issues: tuple[str, ...]
    cells: tuple[PositionCell, ...] = field(default=())

    def cell(self, holder: str, issue: str) -> list[PositionCell]:
        return [c for c in self.cells if c.holder == holder and c.issue == issue]


@dataclass(frozen=True)
class SearchHit:
    """A document or quote matching a full-text query."""

    kind: str  # "document" or "quote"
    source: Source
    title: str | None
    snippet: str
    score: float


_DOC_COLS = (documents.c.doc_id, documents.c.version, documents.c.source.label("outlet"), documents.c.url,
             documents.c.published)


def _source(row: Any, start: int, end: int, quoted: str | None) -> Source:
    return Source(row.doc_id, row.version, row.outlet, row.url, row.published, (start, end), quoted)


def actor_ids(conn: Connection, name: str) -> list[int]:
    return find_actors(conn, name)


def date_range(stmt: S, column: Any, start: str | None, end: str | None) -> S:
    if start:
        stmt = stmt.where(column >= start)
    if end:
        stmt = stmt.where(column <= end)
    return stmt


def timeline(store: Store, *, actor: str | None = None, dyad: tuple[str, str] | None = None,
             event_type: str | list[str] | None = None, place: str | None = None, start: str | None = None,
             end: str | None = None, min_sources: int = 1, limit: int = 100, offset: int = 0) -> list[TimelineEvent]:
    """The merged events of a process in date order, filtered by actor, dyad, type, place and dates."""
    c, cp = event_clusters.c, cluster_participants.c
    with store.reader.connect() as conn:
        id_sets = []
        for name in ([actor] if actor else []) + (list(dyad) if dyad else []):
            ids = actor_ids(conn, name)
            if not ids:
                return []
            id_sets.append(ids)
        stmt: AnySelect
        if id_sets:
            # read the first actor's events off its (actor, day) index, in date order, and stop at the page
            drv = cluster_participants.alias("drv")
            stmt = (select(c.id, c.type, c.day, c.place, c.n_sources)
                    .select_from(drv.join(event_clusters, event_clusters.c.id == drv.c.cluster_id))
                    .where(drv.c.canonical_id.in_(id_sets[0]), drv.c.day.isnot(None)))
            stmt = date_range(stmt, drv.c.day, start, end).order_by(drv.c.day, drv.c.cluster_id)
            for ids in id_sets[1:]:
                stmt = stmt.where(exists().where(cp.cluster_id == c.id, cp.canonical_id.in_(ids)))
        else:
            stmt = select(c.id, c.type, c.day, c.place, c.n_sources).where(c.day.isnot(None))
            stmt = date_range(stmt, c.day, start, end).order_by(c.day, c.id)
        if event_type:
            types = [event_type] if isinstance(event_type, str) else event_type
            stmt = stmt.where(c.type.in_([t.upper() for t in types]))
        if place:
            stmt = stmt.where(func.lower(c.place) == place.lower())
        if min_sources > 1:
            stmt = stmt.where(c.n_sources >= min_sources)
        clusters = _distinct_page(conn, stmt, limit, offset) if id_sets else \
            conn.execute(stmt.limit(limit).offset(offset)).all()
        ids = [r.id for r in clusters]
        if not ids:
            return []
        names: dict[tuple[int, str], list[str]] = defaultdict(list)
        for cid, role, name in conn.execute(
                select(cp.cluster_id, cp.role, canonical_actors.c.name)
                .join(canonical_actors, canonical_actors.c.id == cp.canonical_id)
                .where(cp.cluster_id.in_(ids)).order_by(cp.cluster_id, canonical_actors.c.id)):
            names[(cid, role)].append(name)
        sources: dict[int, list[Source]] = defaultdict(list)
        for row in conn.execute(
                select(events.c.cluster_id, events.c.start, events.c.end, events.c.sentence, *_DOC_COLS)
                .join(documents, documents.c.id == events.c.document_id)
                .where(events.c.cluster_id.in_(ids), documents.c.current)
                .order_by(events.c.cluster_id, documents.c.published, events.c.id)):
            sources[row.cluster_id].append(_source(row, row.start, row.end, row.sentence))
    return [TimelineEvent(r.id, r.type, r.day, r.place, tuple(names[(r.id, "actor")]),
                          tuple(names[(r.id, "target")]), r.n_sources, tuple(sources[r.id])) for r in clusters]


def _distinct_page(conn: Connection, stmt: AnySelect, limit: int, offset: int) -> list[Any]:
    """Rows ``offset`` to ``offset + limit`` of ``stmt`` with repeated ids dropped.

    An event appears once per matching participant row (an actor that is also a target, a name
    that resolves to two actors); asking for more rows than needed keeps the query a short index
    range scan where DISTINCT would sort the whole range.
    """
    want, fetch = offset + limit, 2 * (offset + limit)
    while True:
        rows = conn.execute(stmt.limit(fetch)).all()
        first: dict[int, Any] = {}
        for r in rows:
            first.setdefault(r.id, r)
        unique = list(first.values())
        if len(unique) >= want or len(rows) < fetch:
            return unique[offset:want]
        fetch *= 4


def _quote_match(conn: Connection, topic: str) -> Any:
    if conn.dialect.name == "sqlite":
        return quotes.c.id.in_(select(text("rowid")).select_from(text("quotes_fts"))
                               .where(text("quotes_fts MATCH :topic_q")).params(topic_q=_fts5_query(topic)))
    return text("quotes.tsv @@ websearch_to_tsquery('english', :topic_q)").bindparams(topic_q=topic)


def quotes_by(store: Store, *, speaker: str | None = None, topic: str | None = None, start: str | None = None,
              end: str | None = None, direct: bool | None = None, limit: int = 100) -> list[QuoteRow]:
    """Quotes by a speaker or about a topic (full-text), each with every outlet that carried it."""
    with store.reader.connect() as conn:
        where: list[Any] = [documents.c.current]
        if speaker:
            ids = actor_ids(conn, speaker)
            if not ids:
                return []
            where.append(quotes.c.speaker_id.in_(ids))
        if topic:
            where.append(_quote_match(conn, topic))
        if direct is not None:
            where.append(quotes.c.direct == direct)
        groups = date_range(
            select(quotes.c.group_id, func.min(quotes.c.day).label("day"))
            .join(documents, documents.c.id == quotes.c.document_id).where(and_(*where)),
            quotes.c.day, start, end).group_by(quotes.c.group_id).order_by(func.min(quotes.c.day),
                                                                            quotes.c.group_id).limit(limit)
        order = [g for g, _ in conn.execute(groups)]
        if not order:
            return []
        rows = conn.execute(
            select(quotes.c.group_id, quotes.c.text, quotes.c.direct, quotes.c.day, quotes.c.start, quotes.c.end,
                   canonical_actors.c.name.label("speaker"), *_DOC_COLS)
            .join(documents, documents.c.id == quotes.c.document_id)
            .outerjoin(canonical_actors, canonical_actors.c.id == quotes.c.speaker_id)
            .where(quotes.c.group_id.in_(order), documents.c.current)
            .order_by(quotes.c.group_id, documents.c.published, quotes.c.id)).all()
    by_group: dict[int, list[Any]] = defaultdict(list)
    for r in rows:
        by_group[r.group_id].append(r)
    out = []
    for gid in order:
        group = by_group[gid]
        first = group[0]
        speaker_name = next((r.speaker for r in group if r.speaker), None)
        out.append(QuoteRow(gid, speaker_name, first.text, first.direct, first.day,
                            tuple(_source(r, r.start, r.end, r.text) for r in group)))
    return out


def figure_series(store: Store, *, measure: str | None = None, place: str | None = None,
                  start: str | None = None, end: str | None = None, limit: int = 1000) -> list[SeriesPoint]:
    """A figure over time, with UN and national (and other) sources side by side; the highest value
    a kind of source gave on a day is shown, linked to the sentence that gave it."""
    f = figures
    with store.reader.connect() as conn:
        rank = func.row_number().over(partition_by=(f.c.day, f.c.measure, f.c.place, f.c.source_kind),
                                      order_by=(f.c.value.desc(), f.c.id)).label("rank")
        inner = (select(f.c.day, f.c.measure, f.c.place, f.c.source_kind, f.c.value, f.c.start, f.c.end,
                        f.c.text, *_DOC_COLS, rank)
                 .join(documents, documents.c.id == f.c.document_id)
                 .where(documents.c.current, f.c.vague.isnot(True), f.c.day.isnot(None)))
        if measure:
            inner = inner.where(f.c.measure == measure)
        if place:
            inner = inner.where(func.lower(f.c.place) == place.lower())
        ranked = date_range(inner, f.c.day, start, end).subquery()
        groups = conn.execute(select(ranked).where(ranked.c.rank == 1).order_by(
            ranked.c.day, ranked.c.measure, ranked.c.place).limit(limit)).all()
    points: dict[tuple[Any, ...], SeriesPoint] = {}
    for g in groups:
        key = (g.day, g.measure, g.place)
        point = points.setdefault(key, SeriesPoint(g.day, g.measure, g.place, {}, {}))
        kind = g.source_kind or "unsourced"
        point.values[kind] = g.value
        point.sources[kind] = _source(g, g.start, g.end, g.text)
    return list(points.values())


def positions_matrix(store: Store, *, holder: str | None = None, issue: str | None = None) -> PositionsMatrix:
    """Who stands where on which issue: holders by issues, each cell the stances with their sources."""
    p = positions
    with store.reader.connect() as conn:
        stmt = (select(p.c.issue, p.c.stance, p.c.negated, p.c.start, p.c.end, p.c.issue_text,
                       func.coalesce(canonical_actors.c.name, p.c.holder_name).label("holder"), *_DOC_COLS)
                .join(documents, documents.c.id == p.c.document_id)
                .outerjoin(canonical_actors, canonical_actors.c.id == p.c.holder_id)
                .where(documents.c.current))
        if holder:
            ids = actor_ids(conn, holder)
            if not ids:
                return PositionsMatrix((), ())
            stmt = stmt.where(p.c.holder_id.in_(ids))
        if issue:
            stmt = stmt.where(func.lower(p.c.issue).contains(issue.lower()))
        rows = conn.execute(stmt.order_by(documents.c.published, p.c.id)).all()
    cells: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    for r in rows:
        stance = f"not {r.stance}" if r.negated else r.stance
        cells[(r.holder or "?", r.issue, stance)].append(r)
    return PositionsMatrix(
        tuple(dict.fromkeys(k[0] for k in cells)), tuple(dict.fromkeys(k[1] for k in cells)),
        tuple(PositionCell(h, i, s, len(rs), tuple(_source(r, r.start, r.end, r.issue_text) for r in rs))
              for (h, i, s), rs in cells.items()))


_TERM = re.compile(r"\w+", re.UNICODE)


def _fts5_query(query: str) -> str:
    # each word quoted: user input never reaches FTS5's query syntax (AND, NEAR, column filters)
    return " ".join(f'"{t}"' for t in _TERM.findall(query)) or '""'


def _first_hit(body: str, query: str) -> tuple[int, int]:
    for term in _TERM.findall(query):
        m = re.search(rf"\b{re.escape(term)}", body, re.IGNORECASE)
        if m:
            return m.start(), m.end()
    return 0, 0


def search(store: Store, query: str, *, kind: str = "all", limit: int = 20) -> list[SearchHit]:
    """Full-text search over documents and quotes (SQLite FTS5 or PostgreSQL text search), best first."""
    hits: list[SearchHit] = []
    with store.reader.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if kind in ("all", "documents"):
            if sqlite:
                sql = ("SELECT d.doc_id, d.version, d.source AS outlet, d.url, d.published, d.title, d.text, "
                       "snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet, bm25(documents_fts) AS score "
                       "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
                       "WHERE documents_fts MATCH :q AND d.current ORDER BY score LIMIT :n")
            else:
                sql = ("SELECT d.doc_id, d.version, d.source AS outlet, d.url, d.published, d.title, d.text, "
                       "ts_headline('english', left(d.text, 20000), q, 'MaxFragments=1,MinWords=8,MaxWords=24,"
                       "StartSel=[,StopSel=]') AS snippet, -ts_rank(d.tsv, q) AS score "
                       "FROM documents d, websearch_to_tsquery('english', :q) q "
                       "WHERE d.tsv @@ q AND d.current ORDER BY score LIMIT :n")
            for r in conn.execute(text(sql), {"q": _fts5_query(query) if sqlite else query, "n": limit}):
                start, end = _first_hit(r.text, query)
                hits.append(SearchHit("document", _source(r, start, end, r.text[start:end]), r.title,
                                      r.snippet, -float(r.score)))
        if kind in ("all", "quotes"):
            if sqlite:
                sql = ("SELECT d.doc_id, d.version, d.source AS outlet, d.url, d.published, d.title, q.text, "
                       "q.start, q.end, bm25(quotes_fts) AS score FROM quotes_fts "
                       "JOIN quotes q ON q.id = quotes_fts.rowid JOIN documents d ON d.id = q.document_id "
                       "WHERE quotes_fts MATCH :q AND d.current ORDER BY score LIMIT :n")
            else:
                sql = ("SELECT d.doc_id, d.version, d.source AS outlet, d.url, d.published, d.title, qt.text, "
                       "qt.start, qt.end, -ts_rank(qt.tsv, q) AS score "
                       "FROM quotes qt JOIN documents d ON d.id = qt.document_id, "
                       "websearch_to_tsquery('english', :q) q "
                       "WHERE qt.tsv @@ q AND d.current ORDER BY score LIMIT :n")
            for r in conn.execute(text(sql), {"q": _fts5_query(query) if sqlite else query, "n": limit}):
                hits.append(SearchHit("quote", _source(r, r.start, r.end, r.text), r.title, r.text, -float(r.score)))
    return sorted(hits, key=lambda h: -h.score)[:limit] if kind == "all" else hits


@dataclass(frozen=True)
class DocumentView:
    """A stored document, current version unless another is asked for."""

    doc_id: str
    version: int
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    text: str


def document(store: Store, doc_id: str, version: int | None = None) -> DocumentView | None:
    """The text and metadata of a stored document, to show a fact in its sentence."""
    d = documents.c
    stmt = select(d.doc_id, d.version, d.title, d.source, d.url, d.published, d.text).where(d.doc_id == doc_id)
    stmt = stmt.where(d.version == version) if version is not None else stmt.where(d.current)
    with store.reader.connect() as conn:
        row = conn.execute(stmt.order_by(d.version.desc()).limit(1)).first()
    if row is None:
        return None
    return DocumentView(row.doc_id, row.version, row.title, row.source, row.url, row.published, row.text)


def figure_measures(store: Store) -> list[tuple[str, int]]:
    """The measures the stored figures count (killed, displaced, ...), most frequent first."""
    f = figures.c
    with store.reader.connect() as conn:
        rows = conn.execute(select(f.measure, func.count().label("n")).group_by(f.measure)
                            .order_by(func.count().desc(), f.measure)).all()
    return [(r.measure, r.n) for r in rows]
