"""The ``store`` fixture: every merge test runs on SQLite and on the real PostgreSQL."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

# tests/ has no __init__.py: make the helpers shared by tests/store and tests/merge importable
sys.path.insert(0, str(Path(__file__).parent.parent))
from store_support import BACKENDS, backend_url  # noqa: E402

from parley.store import Store  # noqa: E402


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path):
    yield from backend_url(request.param, tmp_path)


@pytest.fixture
def store(store_url):
    s = Store.open(store_url)
    yield s
    s.close()
