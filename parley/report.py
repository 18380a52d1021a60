"""Readable summaries of extractions for the terminal (Rich renderables; no printing here)."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from parley.models import Extraction


def _name(ex: Extraction, actor_id: str | None) -> str:
    a = ex.actor(actor_id)
    return a.name if a else "—"


def summary(ex: Extraction, origin: str = "") -> Group:
    """A few tables: actors, quotes, events, figures and positions of one document."""
    d = ex.document
    head = Text.assemble((d.title or d.id, "bold"), f"  {d.source or 'unknown source'}, {d.published or 'undated'}")
    if origin:
        head.append(f"  [{origin}]", style="dim")
    parts: list = [head]

    actors = Table("actor", "type", "country", "sector", "role", "aliases", title="Actors", title_justify="left")
    for a in ex.actors:
        actors.add_row(a.name, a.type, a.country or "", a.sector or "", a.role or "", ", ".join(a.aliases[:4]))
    parts.append(actors)
    if ex.quotes:
        quotes = Table("speaker", "cue", "quote", title="Quotes", title_justify="left")
        for q in ex.quotes:
            text = q.text if len(q.text) < 100 else q.text[:97] + "..."
            quotes.add_row(_name(ex, q.speaker), q.cue or "", ('"%s"' % text) if q.direct else text)
        parts.append(quotes)
    if ex.events:
        events = Table("type", "status", "actors", "targets", "place", "date", "trigger", title="Events", title_justify="left")
        for e in ex.events:
            events.add_row(e.type, e.status, ", ".join(_name(ex, i) for i in e.actors),
                           ", ".join(_name(ex, i) for i in e.targets), e.place or "", e.date or "", e.trigger)
        parts.append(events)
    if ex.figures:
        figures = Table("value", "qualifier", "measure", "subject", "place", "since", "source", title="Figures", title_justify="left")
        for f in ex.figures:
            figures.add_row(f"{f.value:,.0f}", f.qualifier, f.measure, f.subject or "", f.place or "",
                            f.period_start or "", f.source or "")
        parts.append(figures)
    if ex.positions:
        positions = Table("holder", "stance", "issue", title="Positions", title_justify="left")
        for p in ex.positions:
            positions.add_row(_name(ex, p.holder), p.stance, p.issue)
        parts.append(positions)
    return Group(*parts)
