"""Rich tables of query results, for the CLI."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from parley.store.queries import PositionsMatrix, QuoteRow, SearchHit, SeriesPoint, Source, TimelineEvent


def _where(s: Source) -> str:
    return f"{s.outlet or s.doc_id} [dim]{s.doc_id}@{s.span[0]}-{s.span[1]}[/dim]"


def timeline_table(rows: Sequence[TimelineEvent]) -> Table:
    """The timeline: one line per merged event, with its sources."""
    t = Table("date", "type", "who", "whom", "place", "n", "first source", title="Timeline")
    for ev in rows:
        t.add_row(ev.day or "", ev.type, ", ".join(ev.actors), ", ".join(ev.targets), ev.place or "",
                  str(ev.n_sources), _where(ev.sources[0]) if ev.sources else "")
    return t


def quotes_table(rows: Sequence[QuoteRow]) -> Table:
    """Quotes with their speaker and the outlets that carried them."""
    t = Table("date", "speaker", "quote", "sources", title="Quotes")
    for q in rows:
        t.add_row(q.day or "", q.speaker or "?", ("“%s”" if q.direct else "%s") % q.text,
                  "\n".join(_where(s) for s in q.sources))
    return t


def series_table(rows: Sequence[SeriesPoint]) -> Table:
    """The figure series, kinds of source side by side."""
    kinds = sorted({k for p in rows for k in p.values}, key=lambda k: ("un", "national", "other").index(k)
                   if k in ("un", "national", "other") else 9)
    t = Table("date", "measure", "place", *kinds, title="Figures")
    for p in rows:
        t.add_row(p.day or "", p.measure, p.place or "",
                  *[f"{p.values[k]:,.0f}\n[dim]{p.sources[k].outlet or ''}[/dim]" if k in p.values else ""
                    for k in kinds])
    return t


def positions_table(matrix: PositionsMatrix) -> Table:
    """Holders by issues, each cell the stances taken (with counts)."""
    t = Table("holder", *matrix.issues, title="Positions")
    for holder in matrix.holders:
        t.add_row(holder, *[", ".join(f"{c.stance}×{c.count}" if c.count > 1 else c.stance
                                      for c in matrix.cell(holder, issue)) for issue in matrix.issues])
    return t


def search_table(hits: Sequence[SearchHit]) -> Table:
    """Full-text hits with their document and span."""
    t = Table("kind", "document", "snippet", title="Search")
    for h in hits:
        t.add_row(h.kind, _where(h.source), h.snippet)
    return t
