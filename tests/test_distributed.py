"""Extraction and ingestion over Ray workers give what a serial run gives, with per-file errors."""

from __future__ import annotations

import json
import os
import shutil
import sys
from itertools import islice
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.batch import extract_paths
from parley.cli import app
from parley.distributed import RayOptions, extract_paths_ray, ingest_paths_ray
from parley.errors import ConfigError
from parley.settings import Settings
from parley.store import Store
from parley.store.ingest import ingest_paths
from tests.store_support import BACKENDS, CORPUS, backend_url

ray = pytest.importorskip("ray")

runner = CliRunner()
NAMES = ["ap-congo-rwanda-peace-text-2025", "afp-gaza-aid-trucks-truce-2025",
         "anews-kalin-zelensky-kyiv", "ap-houthi-prisoners-sanaa-2019"]
#: Two workers, two documents a batch: both workers get work from four documents.
OPTIONS = RayOptions(workers=2, batch_size=2)
FACTS = ("documents", "versions", "actors", "quotes", "events", "figures", "positions")


@pytest.fixture(scope="module")
def local_ray():
    """One local Ray for the module; the pools started by the tests reuse it and leave it running."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    yield
    ray.shutdown()


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """Four corpus articles (text with metadata) and one binary file among them."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in NAMES:
        for suffix in (".txt", ".meta.json"):
            shutil.copy(CORPUS / f"{name}{suffix}", folder / f"{name}{suffix}")
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\x00\x01\x02")
    return folder


def _facts(url: str) -> dict[str, int]:
    with Store.open(url) as store:
        counts = store.counts()
    return {k: counts[k] for k in FACTS}


def test_distributed_cli_extract_equals_serial_and_reports_the_bad_file(local_ray, articles, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(articles), "--ray", "--workers", "2", "--out", str(out)])
    serial = list(extract_paths([articles], Settings()))
    assert result.exit_code == 1 and "1 document(s) failed" in result.output
    errors = [o.error for o in serial if not o.ok]
    assert len(errors) == 1 and "scan.txt: binary file" in errors[0] and errors[0] in result.output
    contracts = {o.document.name: o.extraction.to_contract() for o in serial if o.ok}  # type: ignore[union-attr]
    assert set(contracts) == set(NAMES)
    assert {p.stem: json.loads(p.read_text()) for p in out.glob("*.json")} == contracts


@pytest.fixture(params=BACKENDS)
def two_stores(request, tmp_path):
    """Two fresh stores of one backend: one for a Ray run, one for the serial run it must equal."""
    urls = []
    for name in ("ray", "serial"):
        (tmp_path / name).mkdir()
        urls.append(backend_url(request.param, tmp_path / name))
    yield [next(u) for u in urls]
    for u in urls:
        u.close()


def test_distributed_ingest_interrupted_rerun_equals_one_serial_run(local_ray, articles, two_stores):
    spread_url, serial_url = two_stores
    with Store.open(serial_url) as store:
        assert sum(o.ok for o in ingest_paths(store, [articles], Settings())) == len(NAMES)
    with Store.open(spread_url) as store:
        run = ingest_paths_ray(store, [articles], Settings(), options=OPTIONS)
        first = list(islice(run, 2))
        run.close()  # interrupted: the workers stop, and no document is half-written
    stored = _facts(spread_url)["documents"]
    assert 0 < stored < len(NAMES) and sum(o.result is not None for o in first) == stored
    command = ["ingest", str(articles), "--db", spread_url, "--ray", "--workers", "2"]
    rerun, again = runner.invoke(app, command), runner.invoke(app, command)
    assert f"{len(NAMES) - stored} added, 0 new version, {stored} duplicate, 1 failed" in rerun.stdout
    assert f"0 added, 0 new version, {len(NAMES)} duplicate, 1 failed" in again.stdout
    assert "scan.txt: binary file" in again.output and again.exit_code == 1
    assert _facts(spread_url) == _facts(serial_url)


def test_distributed_unknown_model_is_one_clear_line(local_ray, articles):
    result = runner.invoke(app, ["extract", str(articles), "--ray", "--model", "no_such_model_xx"])
    assert result.exit_code == 2
    assert "no_such_model_xx" in result.output and "Traceback" not in result.output


def test_distributed_without_ray_installed_is_one_clear_line(articles, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` now fails as if it were not installed
    with pytest.raises(ConfigError, match=r"parley\[ray\]"):
        list(extract_paths_ray([articles], Settings()))
    result = runner.invoke(app, ["ingest", str(articles), "--db", f"sqlite:///{tmp_path / 'p.db'}", "--ray"])
    assert result.exit_code == 2 and "pip install 'parley[ray]'" in result.output
    assert "Traceback" not in result.output


def test_distributed_options_need_ray(articles):
    result = runner.invoke(app, ["extract", str(articles), "--workers", "2"])
    assert result.exit_code == 2 and "--ray" in result.output
