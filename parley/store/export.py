"""Exports of the record: CSV, JSON lines and Parquet tables, PLOVER-style event JSON, a GDELT-like table.

Flat formats (csv, jsonl, parquet) export one table: ``events`` (one row per source sentence, with
its merged event and source count), ``quotes``, ``figures``, ``positions``, ``actors`` or
``documents`` (metadata, without the text). ``plover`` and ``gdelt`` export merged events.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import select

from parley.errors import StoreError
from parley.lexicon import resource
from parley.store.queries import timeline
from parley.store.schema import (
    actors,
    canonical_actors,
    documents,
    event_clusters,
    events,
    figures,
    positions,
    quotes,
)

if TYPE_CHECKING:
    from parley.store import Store

FORMATS = ("csv", "jsonl", "parquet", "plover", "gdelt")
TABLES = ("events", "quotes", "figures", "positions", "actors", "documents")
_PAGE = 5000

_DOC = [documents.c.doc_id, documents.c.version, documents.c.source.label("outlet"), documents.c.url,
        documents.c.published]


def _table_query(name: str) -> Any:
    if name == "events":
        return (select(events.c.id, events.c.cluster_id.label("event_id"), event_clusters.c.n_sources,
                       events.c.type, events.c.mode, events.c.status, events.c.trigger, events.c.date,
                       events.c.day, events.c.place, events.c.lat, events.c.lon, events.c.actor_ids,
                       events.c.target_ids, events.c.inferred_targets, events.c.start, events.c.end, events.c.sentence,
                       events.c.extractor, *_DOC)
                .outerjoin(event_clusters, event_clusters.c.id == events.c.cluster_id))
    if name == "quotes":
        return select(quotes.c.id, quotes.c.group_id, quotes.c.speaker_id,
                      canonical_actors.c.name.label("speaker"), quotes.c.text, quotes.c.direct, quotes.c.cue,
                      quotes.c.medium, quotes.c.start, quotes.c.end, quotes.c.extractor, *_DOC).outerjoin(
            canonical_actors, canonical_actors.c.id == quotes.c.speaker_id)
    if name == "figures":
        return select(*[c for c in figures.c if c.name != "document_id"], *_DOC)
    if name == "positions":
        return select(positions.c.id, positions.c.holder_id, canonical_actors.c.name.label("holder"),
                      positions.c.issue, positions.c.stance, positions.c.negated, positions.c.start,
                      positions.c.end, positions.c.extractor, *_DOC).outerjoin(
            canonical_actors, canonical_actors.c.id == positions.c.holder_id)
    if name == "actors":
        return select(actors.c.id, actors.c.canonical_id, canonical_actors.c.name.label("canonical_name"),
                      actors.c.name, actors.c.type, actors.c.country, actors.c.sector, actors.c.role,
                      actors.c.aliases, *_DOC).join(canonical_actors, canonical_actors.c.id == actors.c.canonical_id)
    if name == "documents":
        return select(documents.c.id, documents.c.doc_id, documents.c.version, documents.c.sha256,
                      documents.c.url, documents.c.title, documents.c.source, documents.c.published,
                      documents.c.story_id, documents.c.ingested_at).where(documents.c.current)
    raise StoreError(f"unknown table {name!r}: choose one of {', '.join(TABLES)}")


def rows(store: Store, table: str) -> Iterator[dict[str, Any]]:
    """Every row of an exported table (current document versions only), as plain values."""
    stmt = _table_query(table)
    if table != "documents":
        stmt = stmt.join(documents, documents.c.id == stmt.selected_columns[0].table.c.document_id).where(
            documents.c.current)
    with store.reader.connect() as conn:
        for row in conn.execution_options(stream_results=True, yield_per=_PAGE).execute(stmt):
            yield {k: (json.dumps(v) if isinstance(v, (list, dict)) else v) for k, v in row._mapping.items()}


def _events_all(store: Store) -> Iterator[Any]:
    offset = 0
    while True:
        page = timeline(store, limit=1000, offset=offset)
        yield from page
        if len(page) < 1000:
            return
        offset += 1000


def plover_records(store: Store) -> Iterator[dict[str, Any]]:
    """Merged events as PLOVER-style JSON records, each with every source sentence."""
    for ev in _events_all(store):
        yield {
            "id": f"parley-{ev.id}", "event_type": ev.type, "date": ev.day,
            "source_actor": list(ev.actors), "target": list(ev.targets),
            "location": {"name": ev.place} if ev.place else None,
            "num_sources": ev.n_sources,
            "sources": [{"doc_id": s.doc_id, "version": s.version, "publisher": s.outlet, "url": s.url,
                         "published": s.published, "span": list(s.span), "event_text": s.text}
                        for s in ev.sources],
        }


GDELT_COLUMNS = ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "Actor1Name", "Actor2Name", "IsRootEvent",
                 "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "NumMentions", "NumSources",
                 "NumArticles", "ActionGeo_FullName", "DATEADDED", "SOURCEURL", "PLOVER_Type")


def gdelt_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Merged events as a GDELT 2.0-like events table (CAMEO root codes mapped from PLOVER types)."""
    crosswalk = resource("plover_cameo.yaml")
    for ev in _events_all(store):
        code = crosswalk.get(ev.type, {})
        day = (ev.day or "").replace("-", "")
        outlets = {s.outlet or s.doc_id for s in ev.sources}
        yield {"GLOBALEVENTID": ev.id, "SQLDATE": day, "MonthYear": day[:6], "Year": day[:4],
               "Actor1Name": "; ".join(ev.actors), "Actor2Name": "; ".join(ev.targets), "IsRootEvent": 1,
               "EventCode": code.get("cameo_root"), "EventBaseCode": code.get("cameo_root"),
               "EventRootCode": code.get("cameo_root"), "QuadClass": code.get("quad_class"),
               "NumMentions": len(ev.sources), "NumSources": len(outlets), "NumArticles": ev.n_sources,
               "ActionGeo_FullName": ev.place, "DATEADDED": day,
               "SOURCEURL": next((s.url for s in ev.sources if s.url), None), "PLOVER_Type": ev.type}


def _write_csv(records: Iterator[dict[str, Any]], out: TextIO, header: tuple[str, ...] | None = None) -> int:
    n, writer = 0, None
    for rec in records:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(header or rec.keys()), delimiter=",")
            writer.writeheader()
        writer.writerow(rec)
        n += 1
    return n


def export(store: Store, fmt: str, out: Path | None, table: str = "events", stdout: TextIO | None = None) -> int:
    """Write the record in ``fmt`` to ``out`` (or ``stdout`` for text formats); returns rows written."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if out is None:
            raise StoreError("parquet needs an output file: --out FILE.parquet")
        return _write_parquet(list(rows(store, table)), out)
    sink: TextIO = out.open("w", encoding="utf-8", newline="") if out else (stdout or io.StringIO())
    try:
        if fmt == "csv":
            return _write_csv(rows(store, table), sink)
        if fmt == "gdelt":
            return _write_csv(gdelt_rows(store), sink, GDELT_COLUMNS)
        records = rows(store, table) if fmt == "jsonl" else plover_records(store)
        n = 0
        for rec in records:
            sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
        return n
    finally:
        if out:
            sink.close()


def _write_parquet(records: list[dict[str, Any]], out: Path) -> int:
    import pyarrow as pa  # imported here: only parquet needs it
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(records), out)
    return len(records)
