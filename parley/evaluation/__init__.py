"""Measuring accuracy: run the extractor over annotated articles and score it against the gold."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from parley.errors import InputError
from parley.evaluation.scoring import CATEGORIES, DocumentScore, score_document, summarize
from parley.evaluation.taxonomy import error_kinds, error_summary
from parley.extract import extract
from parley.pipeline import cached_nlp
from parley.settings import Settings

__all__ = ["CATEGORIES", "EvalReport", "evaluate", "gold_documents", "score_folders"]


@dataclass(frozen=True)
class GoldDocument:
    name: str
    gold: dict[str, Any]
    text: str
    meta: dict[str, Any]


@dataclass
class EvalReport:
    """Scores of one evaluation run: per category, per document, and what each prediction was."""

    result: dict[str, Any]
    documents: list[DocumentScore]
    predictions: dict[str, dict[str, Any]]
    golds: dict[str, dict[str, Any]] = field(default_factory=dict)

    def worst(self, n: int = 5) -> list[DocumentScore]:
        return sorted(self.documents, key=lambda d: d.f1())[:n]

    def errors(self) -> dict[str, dict[str, int]]:
        """Counts of missed and spurious figures, events and positions by kind of error, over all documents."""
        return error_summary(error_kinds(self.golds[d.name], self.predictions[d.name], d) for d in self.documents)

    def document(self, name: str) -> DocumentScore | None:
        stem = Path(name).stem
        return next((d for d in self.documents if d.name == stem), None)


def gold_documents(folder: Path) -> Iterator[GoldDocument]:
    """The gold files of a folder with the article text and metadata beside each."""
    files = sorted(p for p in folder.glob("*.json") if not p.name.endswith(".meta.json"))
    if not files:
        raise InputError("no gold files (NAME.json) found", path=str(folder))
    for g in files:
        text_path = g.with_suffix(".txt")
        if not text_path.exists():
            raise InputError(f"no article text beside the gold file (expected {text_path.name})", path=str(g))
        meta_path = g.with_name(g.stem + ".meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        yield GoldDocument(g.stem, json.loads(g.read_text(encoding="utf-8")), text_path.read_text(encoding="utf-8"), meta)


def evaluate(folder: Path, *, split: str | None = None, settings: Settings | None = None,
             nlp: Language | None = None, on_document: Any = None) -> EvalReport:
    """Extract every gold article of ``folder`` (or its ``split`` subfolder) and score the results."""
    folder = folder / split if split else folder
    nlp = nlp or cached_nlp(settings or Settings())
    docs, preds, golds = [], {}, {}
    for g in gold_documents(folder):
        meta = {k: g.meta.get(k) for k in ("id", "url", "title", "source", "published", "language")}
        meta["id"] = meta.get("id") or g.name
        pred = extract(g.text, nlp=nlp, **meta).to_contract()
        preds[g.name] = pred
        golds[g.name] = g.gold
        docs.append(score_document(g.name, g.gold, pred))
        if on_document is not None:
            on_document(g.name)
    return EvalReport(summarize(docs), docs, preds, golds)


def score_folders(gold: Path, pred: Path) -> dict[str, Any]:
    """Score saved predictions (PRED/NAME.json) against gold files (GOLD/NAME.json)."""
    docs = []
    for g in sorted(p for p in gold.glob("*.json") if not p.name.endswith(".meta.json")):
        p = pred / g.name
        prediction = json.loads(p.read_text(encoding="utf-8")) if p.exists() else {}
        docs.append(score_document(g.stem, json.loads(g.read_text(encoding="utf-8")), prediction))
    return summarize(docs)
