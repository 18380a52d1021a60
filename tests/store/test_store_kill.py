"""A `parley ingest` killed with SIGKILL mid-run and run again leaves exactly one clean run's documents."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, func, select
from sqlalchemy.exc import DBAPIError

from parley.store import Store
from parley.store.engine import normalize_url
from parley.store.schema import documents, events, figures, positions, quotes
from tests.store_support import ROOT, corpus_meta, corpus_text

NAMES = sorted(p.stem for p in (ROOT / "corpus").glob("*.txt"))[:6]
PARLEY = str(Path(sys.executable).with_name("parley"))


def _stored(url: str) -> int:
    engine = create_engine(normalize_url(url))
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(documents)).scalar_one()
    except DBAPIError:  # the schema is not created yet
        return 0
    finally:
        engine.dispose()


def _facts_per_document(store: Store) -> dict[str, tuple[int, ...]]:
    out = {}
    with store.reader.connect() as conn:
        for doc_pk, doc_id in conn.execute(select(documents.c.id, documents.c.doc_id)):
            out[doc_id] = tuple(conn.execute(select(func.count()).select_from(t).where(t.c.document_id == doc_pk))
                                .scalar_one() for t in (quotes, events, figures, positions))
    return out


def test_store_ingest_killed_and_rerun_equals_one_clean_run(store_url, run):
    paths = [str(ROOT / "corpus" / f"{n}.txt") for n in NAMES]
    cmd = [PARLEY, "ingest", *paths, "--db", store_url]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _stored(store_url) == 0 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    at_kill = _stored(store_url)
    assert 0 < at_kill < len(NAMES), "the kill should land mid-run"

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{at_kill} duplicate" in rerun.stdout

    expected = {}
    for name in NAMES:
        ex = run(corpus_text(name), **corpus_meta(name))
        # the store keeps a position row for each issue a position names
        expected[ex.document.id] = (len(ex.quotes), len(ex.events), len(ex.figures),
                                    sum(len(p.issues) for p in ex.positions))
    with Store.open(store_url) as store:
        assert store.counts()["versions"] == len(NAMES)
        assert _facts_per_document(store) == expected
