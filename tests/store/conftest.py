"""The ``store`` fixture: every store test runs on SQLite and on the real PostgreSQL."""

from __future__ import annotations

import pytest

from parley.store import Store
from tests.store_support import BACKENDS, backend_url


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path):
    yield from backend_url(request.param, tmp_path)


@pytest.fixture
def store(store_url):
    s = Store.open(store_url)
    yield s
    s.close()
