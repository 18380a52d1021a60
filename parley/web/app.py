"""The web application: thin routes over :mod:`parley.store.queries` and :mod:`parley.store.views`, and the static page that reads them."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from parley.store import Store, views
from parley.store import queries as q

STATIC = Path(__file__).parent / "static"

From = Annotated[str | None, Query(alias="from", description="First day, YYYY-MM-DD.")]
To = Annotated[str | None, Query(alias="to", description="Last day, YYYY-MM-DD.")]
Types = Annotated[list[str] | None, Query(alias="type", description="PLOVER event types.")]


def _rows(items: Any) -> list[dict[str, Any]]:
    return [asdict(i) for i in items]


def create_app(store: Store) -> FastAPI:
    """A FastAPI application serving ``store``; the caller owns the store and closes it."""
    app = FastAPI(title="parley", description="A sourced, structured record of a peace process.",
                  docs_url="/api/docs", openapi_url="/api/openapi.json")

    @app.get("/api/stats")
    def stats() -> dict[str, int]:
        """How many documents, stories, actors and merged events the record holds."""
        return store.counts()

    @app.get("/api/timeline")
    def timeline(actor: str | None = None, dyad: Annotated[str | None, Query(description="A,B")] = None,
                 event_type: Types = None, place: str | None = None, start: From = None, end: To = None,
                 min_sources: int = 1, limit: Annotated[int, Query(le=1000)] = 200,
                 offset: int = 0) -> list[dict[str, Any]]:
        """Merged events in date order, each with every source sentence."""
        pair = None
        if dyad:
            parts = [p.strip() for p in dyad.split(",")]
            if len(parts) != 2 or not all(parts):
                raise HTTPException(422, "dyad takes two actors: A,B")
            pair = (parts[0], parts[1])
        return _rows(q.timeline(store, actor=actor, dyad=pair, event_type=event_type, place=place, start=start,
                                end=end, min_sources=min_sources, limit=limit, offset=offset))

    @app.get("/api/network")
    def network(event_type: Types = None, start: From = None, end: To = None,
                max_edges: Annotated[int, Query(le=2000)] = 300) -> dict[str, Any]:
        """Actors as nodes, who-acted-on-whom as weighted edges."""
        return asdict(views.actor_network(store, event_type=event_type, start=start, end=end, max_edges=max_edges))

    @app.get("/api/map")
    def event_map(event_type: Types = None, start: From = None, end: To = None,
                  actor: str | None = None) -> list[dict[str, Any]]:
        """Places of the merged events with coordinates and counts."""
        return _rows(views.event_map(store, event_type=event_type, start=start, end=end, actor=actor))

    @app.get("/api/measures")
    def measures() -> list[dict[str, Any]]:
        """The measures figures count, most frequent first."""
        return [{"measure": m, "figures": n} for m, n in q.figure_measures(store)]

    @app.get("/api/figures")
    def figures(measure: str | None = None, place: str | None = None, start: From = None,
                end: To = None) -> list[dict[str, Any]]:
        """A figure series: by day, UN, national and other sources side by side."""
        return _rows(q.figure_series(store, measure=measure, place=place, start=start, end=end))

    @app.get("/api/positions")
    def positions(holder: str | None = None, issue: str | None = None) -> dict[str, Any]:
        """The positions matrix: holders by issues, each cell the stances with their sources."""
        return asdict(q.positions_matrix(store, holder=holder, issue=issue))

    @app.get("/api/quotes")
    def quotes(speaker: str | None = None, topic: str | None = None, start: From = None, end: To = None,
               direct: bool | None = None, limit: Annotated[int, Query(le=1000)] = 200) -> list[dict[str, Any]]:
        """Quotes by speaker or topic, each with every outlet that carried it."""
        return _rows(q.quotes_by(store, speaker=speaker, topic=topic, start=start, end=end, direct=direct,
                                 limit=limit))

    @app.get("/api/search")
    def search(q_: Annotated[str, Query(alias="q", min_length=1)], kind: str = "all",
               limit: Annotated[int, Query(le=200)] = 20) -> list[dict[str, Any]]:
        """Full-text search over documents and quotes."""
        if kind not in ("all", "documents", "quotes"):
            raise HTTPException(422, "kind is all, documents or quotes")
        return _rows(q.search(store, q_, kind=kind, limit=limit))

    @app.get("/api/documents/{doc_id}")
    def document(doc_id: str, version: int | None = None) -> dict[str, Any]:
        """A stored document's text and metadata, to read a fact in its sentence."""
        found = q.document(store, doc_id, version)
        if found is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return asdict(found)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
