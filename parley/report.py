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
            quotes.add_row(_name(ex, q.speaker), q.cue or "", f'"{text}"' if q.direct else text)
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


def eval_tables(result: dict, worst: list, n_docs: int) -> Group:
    """The per-category scores and the worst documents of an evaluation run."""
    from parley.evaluation.scoring import CATEGORIES

    scores = Table("category", "P", "R", "F1", "tp", "fp", "fn", "checks",
                   title=f"Accuracy over {n_docs} documents", title_justify="left")
    for c in CATEGORIES:
        r = result[c]
        checks = "  ".join(f"{k}={v:.2f}" for k, v in r.items()
                           if k not in ("tp", "fp", "fn", "precision", "recall", "f1") and v is not None)
        scores.add_row(c, f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"[bold]{r['f1']:.3f}[/bold]",
                       str(r["tp"]), str(r["fp"]), str(r["fn"]), checks)
    scores.add_row("overall", "", "", f"[bold]{result['overall']:.3f}[/bold]", "", "", "", "")
    docs = Table("document", "mean F1", *CATEGORIES, title="Worst documents", title_justify="left")
    for d in worst:
        docs.add_row(d.name, f"{d.f1():.2f}", *(f"{d.tallies[c].result()['f1']:.2f}" if d.tallies[c].tp + d.tallies[c].fp + d.tallies[c].fn else "–" for c in CATEGORIES))
    return Group(scores, docs)


def error_tables(errors: dict[str, dict[str, int]]) -> Group:
    """Missed and spurious items counted by kind of error, one table per category."""
    tables = []
    for category, counts in errors.items():
        t = Table("kind of error", "count", title=f"{category}: errors by kind", title_justify="left")
        for kind, n in counts.items():
            t.add_row(kind, str(n))
        tables.append(t)
    return Group(*tables)


def diff_table(doc) -> Group:
    """The missed and spurious items of one document, per category."""
    parts: list = [Text(f"{doc.name}: missed (in gold, not found) and spurious (found, not in gold)", style="bold")]
    for c in doc.tallies:
        missed, spurious = doc.missed.get(c) or [], doc.spurious.get(c) or []
        if not missed and not spurious:
            continue
        t = Table("", "item", title=c, title_justify="left")
        for item in missed:
            t.add_row("[red]missed[/red]", _describe(c, item))
        for item in spurious:
            t.add_row("[yellow]spurious[/yellow]", _describe(c, item))
        parts.append(t)
    return Group(*parts)


def _describe(category: str, item: dict) -> str:
    if category == "actors":
        return f"{item.get('name')} ({item.get('type')})"
    if category.startswith("quotes"):
        return f"{item.get('speaker')}: {str(item.get('text'))[:90]}"
    if category == "figures":
        return f"{item.get('value')} {item.get('measure')} ({item.get('qualifier')}, source={item.get('source')})"
    if category == "events":
        return f"{item.get('type')} {item.get('actors')} -> {item.get('targets')} [{item.get('trigger')}]"
    return f"{item.get('holder')} {item.get('stance')} {item.get('issue')}"
