"""A store holding two outlets' reports of the Kalın-Zelenskyy meeting in Kyiv, served by the web app."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from parley.web import create_app
from tests.store_support import kalin_reports

KYIV = (50.4547, 30.5238)


def reports_with_places():
    """The two reports, their meeting placed at Kyiv's coordinates as the gazetteer gives them."""
    out = []
    for ex, text in kalin_reports():
        events = tuple(e.model_copy(update={"coordinates": KYIV}) for e in ex.events)
        out.append((ex.model_copy(update={"events": events}), text))
    return out


@pytest.fixture
def texts():
    return {ex.document.id: text for ex, text in reports_with_places()}


@pytest.fixture
def kalin_store(store):
    for ex, text in reports_with_places():
        store.ingest(ex, text)
    return store


@pytest.fixture
def client(kalin_store):
    return TestClient(create_app(kalin_store))
