"""The command line: contract output, per-file errors that do not stop a batch, exit statuses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from parley.cli import app
from tests.conftest import DATA

runner = CliRunner()
CONTRACT_KEYS = {"schema", "document", "actors", "quotes", "events", "figures", "positions"}


def test_cli_extract_json_prints_the_contract() -> None:
    result = runner.invoke(app, ["extract", str(DATA / "istanbul-process-kalin.txt"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout.strip().splitlines()[-1])
    assert CONTRACT_KEYS <= data.keys()
    assert data["schema"] == "parley/extraction@1"
    assert data["document"]["source"] == "Anadolu Agency" and data["document"]["published"] == "2022-05-01"
    assert {"Kyiv", "Istanbul"} <= {a["name"] for a in data["actors"] if a["type"] == "location"}


def test_cli_extract_bad_file_reported_batch_goes_on(tmp_path: Path) -> None:
    shutil.copy(DATA / "istanbul-process-kalin.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.jsonl").write_text('{"text": "Russia and Ukraine met."}\n{broken\n')
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(tmp_path), "--out", str(out), "--published", "2022-05-01"])
    assert result.exit_code == 1
    assert "empty.txt: empty file" in result.output
    assert "bad.jsonl:2: malformed JSON" in result.output
    written = sorted(p.name for p in out.glob("*.json"))
    assert "good.json" in written and len(written) == 2
    good = json.loads((out / "good.json").read_text())
    assert good["document"]["published"] == "2022-05-01"


def test_cli_extract_rejects_a_malformed_date() -> None:
    result = runner.invoke(app, ["extract", str(DATA / "istanbul-process-kalin.txt"), "--published", "May 1"])
    assert result.exit_code == 2
    assert "2022-05-01" in result.output


def test_cli_unknown_model_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Russia and Ukraine met in Istanbul.")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--model", "no_such_model_xx"])
    assert result.exit_code == 2
    assert "no_such_model_xx" in result.output and "Traceback" not in result.output


def test_cli_eval_json_scores_a_gold_folder(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(DATA / "istanbul-process-kalin.txt", gold / "seed.txt")
    shutil.copy(DATA / "istanbul-process-kalin.meta.json", gold / "seed.meta.json")
    shutil.copy(DATA / "istanbul-process-kalin.gold.json", gold / "seed.json")
    result = runner.invoke(app, ["eval", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout[result.stdout.index("{"):])
    assert scores["actors"]["f1"] >= 0.9
