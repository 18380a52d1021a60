"""Shared fixtures: one spaCy pipeline per test session, and the seed article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley import extract
from parley.models import Extraction
from parley.pipeline import cached_nlp
from parley.settings import Settings
from parley.store import Store
from tests.store_support import BACKENDS, backend_url

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def nlp():
    return cached_nlp(Settings())


@pytest.fixture(scope="session")
def run(nlp):
    """Extract a text with the session's pipeline: ``run(text, published="2022-05-01")``."""

    def _run(text: str, **meta: str) -> Extraction:
        return extract(text, nlp=nlp, **meta)

    return _run


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (DATA / "istanbul-process-kalin.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(run, seed_text) -> Extraction:
    meta = json.loads((DATA / "istanbul-process-kalin.meta.json").read_text(encoding="utf-8"))
    return run(seed_text, **{k: meta[k] for k in ("id", "source", "published", "title") if k in meta})


def actor_named(ex: Extraction, name: str):
    """The actor whose name or alias is ``name`` (case-insensitive), or None."""
    low = name.lower()
    return next((a for a in ex.actors if a.name.lower() == low or low in (x.lower() for x in a.aliases)), None)


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path):
    """A fresh store URL: every store and merge test runs on SQLite and on the real PostgreSQL."""
    yield from backend_url(request.param, tmp_path)


@pytest.fixture
def store(store_url):
    s = Store.open(store_url)
    yield s
    s.close()
