"""The page in a real browser (headless Chromium): each view draws the record, each fact opens its sentence."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import threading
import time
from html import unescape

import pytest
import uvicorn

from parley.store import Store
from parley.web import create_app
from tests.web.conftest import reports_with_places

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed (Debian: chromium)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = Store.open(f"sqlite:///{tmp_path_factory.mktemp('ui') / 'parley.db'}")
    for ex, text in reports_with_places():
        store.ingest(ex, text)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the web app did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/"
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


def dom(url: str) -> str:
    """The page's DOM after its scripts ran."""
    done = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000",
                           "--dump-dom", url], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_timeline_shows_the_meeting_with_both_outlets(server):
    page = dom(server + "#timeline?actor=Kalin")
    assert 'data-ready="timeline"' in page
    [row] = re.findall(r'<tr data-event="\d+">(.*?)</tr>', page, re.S)
    assert "CONSULT" in row and "Ibrahim Kalın" in row and "Volodymyr Zelenskyy" in row and "Kyiv" in row
    assert "Anadolu Agency" in row and "Malay Mail" in row


def test_a_fact_opens_its_sentence(server):
    ex, text = reports_with_places()[0]
    start, end = ex.events[0].span
    page = dom(server + f"#doc?id={ex.document.id}&start={start}&end={end}")
    [marked] = re.findall(r'<mark id="highlight">(.*?)</mark>', page, re.S)
    assert unescape(marked) == text[start:end]


def test_network_and_map_draw_the_actors_and_the_place(server):
    network = dom(server + "#network")
    assert set(re.findall(r'data-actor="([^"]+)"', network)) == {"Ibrahim Kalın", "Volodymyr Zelenskyy"}
    assert 'class="edge"' in network
    assert re.findall(r'data-place="([^"]+)"', dom(server + "#map")) == ["Kyiv"]


def test_figure_series_and_positions(server):
    figures = dom(server + "#figures?measure=killed")
    assert 'id="series"' in figures and "2,899" in figures and "2,900" in figures
    positions = dom(server + "#positions")
    assert "humanitarian corridor" in positions and "stance-demand" in positions
