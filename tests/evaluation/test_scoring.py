"""Scoring: parley's own scorer agrees with the contract's reference scorer on the same files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from parley.evaluation import score_folders
from parley.evaluation.scoring import score_document, summarize
from tests.conftest import DATA, ROOT

REFERENCE = ROOT.parent / "shared" / "eval" / "score.py"


@pytest.fixture()
def seed_folders(tmp_path: Path, seed) -> tuple[Path, Path]:
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    (gold / "seed.json").write_text((DATA / "istanbul-process-kalin.gold.json").read_text(encoding="utf-8"))
    (pred / "seed.json").write_text(json.dumps(seed.to_contract(), ensure_ascii=False))
    return gold, pred


def test_scoring_gold_against_itself_is_perfect() -> None:
    gold = json.loads((DATA / "istanbul-process-kalin.gold.json").read_text(encoding="utf-8"))
    result = summarize([score_document("seed", gold, gold)])
    for category in ("actors", "quotes_direct", "quotes_reported", "figures", "events", "positions"):
        assert result[category]["f1"] == 1.0, category


def test_scoring_missing_prediction_counts_every_gold_item_missed(tmp_path: Path) -> None:
    gold = json.loads((DATA / "istanbul-process-kalin.gold.json").read_text(encoding="utf-8"))
    result = summarize([score_document("seed", gold, {})])
    required_figures = sum(1 for f in gold["figures"] if not f.get("optional"))
    assert result["figures"]["fn"] == required_figures and result["figures"]["f1"] == 0.0


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference scorer (../shared/eval/score.py) is not beside the repo")
def test_scoring_agrees_with_reference_scorer(seed_folders) -> None:
    gold, pred = seed_folders
    ref = json.loads(subprocess.run([sys.executable, str(REFERENCE), str(gold), str(pred), "--json"],
                                    capture_output=True, text=True, check=True).stdout)
    ours = score_folders(gold, pred)
    for category in ("actors", "quotes_direct", "quotes_reported", "figures", "events", "positions"):
        assert ours[category] == ref[category], category
    assert ours["overall"] == ref["overall"]


@pytest.mark.skipif(not REFERENCE.exists(), reason="the reference scorer (../shared/eval/score.py) is not beside the repo")
def test_scoring_agrees_with_reference_on_gold_dev(tmp_path: Path, run) -> None:
    dev = ROOT / "gold" / "dev"
    pred = tmp_path / "pred"
    pred.mkdir()
    for g in sorted(dev.glob("*.json")):
        if g.name.endswith(".meta.json"):
            continue
        meta = json.loads(g.with_name(g.stem + ".meta.json").read_text(encoding="utf-8"))
        ex = run(g.with_suffix(".txt").read_text(encoding="utf-8"), published=meta.get("published"), id=g.stem)
        (pred / g.name).write_text(json.dumps(ex.to_contract(), ensure_ascii=False))
    ref = json.loads(subprocess.run([sys.executable, str(REFERENCE), str(dev), str(pred), "--json"],
                                    capture_output=True, text=True, check=True).stdout)
    ours = score_folders(dev, pred)
    assert {k: ours[k] for k in ref if k != "missing_predictions"} == {k: ref[k] for k in ref if k != "missing_predictions"}
