"""The accuracy gate: per-category F1 on the gold test split must not fall below the pinned floors.

Floors live in gold/baseline.json. Raising one is a normal commit; lowering one needs a commit
whose message says why, on a line starting with "Lower floor:" (checked below from git history).
"""

from __future__ import annotations

import itertools
import json
import subprocess

import pytest

from parley.evaluation import evaluate
from tests.conftest import ROOT

BASELINE = ROOT / "gold" / "baseline.json"


@pytest.fixture(scope="module")
def report(nlp):
    return evaluate(ROOT / "gold", split=json.loads(BASELINE.read_text())["split"], nlp=nlp)


@pytest.mark.parametrize("category", sorted(json.loads(BASELINE.read_text())["floors"]))
def test_gate_f1_not_below_floor(report, category: str) -> None:
    floor = json.loads(BASELINE.read_text())["floors"][category]
    f1 = report.result[category]["f1"]
    assert f1 >= floor, f"{category}: F1 {f1:.3f} fell below the floor {floor:.3f} (gold/baseline.json)"


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True).stdout


def test_gate_floors_lowered_only_with_a_reason() -> None:
    try:
        commits = _git("log", "--format=%H", "--", "gold/baseline.json").split()
    except (subprocess.CalledProcessError, FileNotFoundError):
        pytest.skip("no git history here")
    for newer, older in itertools.pairwise(commits):
        try:
            before = json.loads(_git("show", f"{older}:gold/baseline.json"))["floors"]
            after = json.loads(_git("show", f"{newer}:gold/baseline.json"))["floors"]
        except (subprocess.CalledProcessError, json.JSONDecodeError, KeyError):
            continue
        lowered = [c for c in before if c in after and after[c] < before[c]]
        if lowered:
            message = _git("log", "-1", "--format=%B", newer)
            assert any(line.startswith("Lower floor:") for line in message.splitlines()), (
                f"commit {newer[:10]} lowers {lowered} without a 'Lower floor:' reason")
