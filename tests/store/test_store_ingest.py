"""Ingest: idempotent, versioned, transactional per document, safe under concurrent writers."""

from __future__ import annotations

import json
import multiprocessing

import pytest
from sqlalchemy import inspect, select

from parley.models import Extraction
from parley.store import Store
from parley.store.migrations import LATEST
from parley.store.queries import search
from parley.store.schema import documents, events, quotes
from tests.store_support import extract_corpus, kalin_reports

NAMES = ["istanbul-process-kalin", "anews-kalin-zelensky-kyiv", "malaymail-kalin-zelensky-kyiv",
         "voa-yemen-peace-talks-resume-2015", "wikinews-shalit-prisoner-exchange-2011"]


@pytest.fixture(scope="module")
def corpus_docs(run):
    return extract_corpus(run, NAMES)


def test_store_ingest_twice_counts_as_once(store, corpus_docs):
    for ex, text in corpus_docs:
        assert store.ingest(ex, text).status == "added"
    once = store.counts()
    for ex, text in corpus_docs:
        assert store.ingest(ex, text).status == "duplicate"
    assert store.counts() == once
    assert once["documents"] == len(NAMES)
    assert once["quotes"] == sum(len(ex.quotes) for ex, _ in corpus_docs)
    assert once["events"] == sum(len(ex.events) for ex, _ in corpus_docs)


def test_store_changed_text_becomes_new_version(store):
    (ex, text), _ = kalin_reports()
    store.ingest(ex, text)
    result = store.ingest(ex, text + "Kalın was accompanied by Deputy Foreign Minister Sedat Önal.\n")
    assert (result.status, result.version) == ("new_version", 2)
    counts = store.counts()
    assert (counts["documents"], counts["versions"]) == (1, 2)
    # the old version no longer counts as a source of the meeting
    with store.reader.connect() as conn:
        current = conn.execute(select(documents.c.version).where(documents.c.current)).scalars().all()
    assert current == [2]


def test_store_facts_keep_provenance(store):
    (ex, text), _ = kalin_reports()
    store.ingest(ex, text)
    with store.reader.connect() as conn:
        row = conn.execute(select(quotes.c.start, quotes.c.end, quotes.c.text, quotes.c.extractor,
                                  documents.c.text.label("body"), documents.c.sha256)
                           .join(documents, documents.c.id == quotes.c.document_id)).one()
    assert row.body[row.start:row.end] == row.text
    assert row.extractor == "parley.pipeline.v1"  # no quotes version given: the pipeline's
    assert len(row.sha256) == 64


def _ingest_worker(url: str, payload: list[tuple[str, str]]) -> None:
    store = Store.open(url)
    for data, text in payload:
        store.ingest(Extraction.model_validate(json.loads(data)), text)
    store.close()


def test_store_concurrent_ingests_lose_nothing(store_url, corpus_docs):
    Store.open(store_url).close()  # create the schema once, as `parley ingest` would on first use
    docs = [(json.dumps(ex.to_contract()), text) for ex, text in corpus_docs]
    # both writers store the whole corpus, in opposite orders, at the same time
    ctx = multiprocessing.get_context("fork")  # children inherit the imported modules: no reload
    workers = [ctx.Process(target=_ingest_worker, args=(store_url, order)) for order in (docs, docs[::-1])]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
    assert [w.exitcode for w in workers] == [0, 0]
    with Store.open(store_url) as store:
        counts = store.counts()
    assert counts["documents"] == counts["versions"] == len(NAMES)
    assert counts["quotes"] == sum(len(ex.quotes) for ex, _ in corpus_docs)


def test_store_made_by_older_version_opens_and_upgrades(store_url):
    old = Store.open(store_url, upto=1)  # a store from before full-text search existed
    assert old.version() == 1
    with old.writer.begin() as conn:
        conn.execute(documents.insert().values(
            doc_id="old", version=1, sha256="0" * 64, current=True, text="Ceasefire talks resumed in Geneva.",
            title="Talks", ingested_at="2022-01-01T00:00:00"))
    old.close()
    with Store.open(store_url) as new:
        assert new.version() == LATEST
        hits = search(new, "ceasefire Geneva")
    assert [h.source.doc_id for h in hits] == ["old"]


def test_store_keeps_which_targets_were_guessed(store, corpus_docs):
    for ex, text in corpus_docs:
        store.ingest(ex, text)
    with store.reader.connect() as conn:
        stored = conn.execute(select(events.c.trigger, events.c.inferred_targets)).all()
    made = [(e.trigger, e.inferred_targets) for ex, _ in corpus_docs for e in ex.events]
    assert sorted(stored) == sorted(made)
    assert any(guessed for _, guessed in made)  # the sample reports include guessed counterparts


def test_store_from_before_guessed_targets_gains_the_column(store_url):
    old = Store.open(store_url, upto=3)
    with old.writer.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE events DROP COLUMN inferred_targets")
    old.close()
    with Store.open(store_url) as new:
        assert new.version() == LATEST
        with new.reader.connect() as conn:
            assert "inferred_targets" in {c["name"] for c in inspect(conn).get_columns("events")}
