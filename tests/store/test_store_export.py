"""Exports: csv, jsonl, parquet tables, PLOVER-style events and a GDELT-like table."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq

from parley.store.export import export
from tests.store_support import kalin_reports


def _filled(store):
    for ex, text in kalin_reports():
        store.ingest(ex, text)
    return store


def test_export_events_csv_has_one_row_per_source_sentence(store):
    buf = io.StringIO()
    assert export(_filled(store), "csv", None, "events", stdout=buf) == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert {r["doc_id"] for r in rows} == {"aa-kalin-kyiv", "afp-kalin-kyiv"}
    assert {r["n_sources"] for r in rows} == {"2"}


def test_export_quotes_parquet_is_readable(store, tmp_path):
    path = tmp_path / "quotes.parquet"
    assert export(_filled(store), "parquet", path, "quotes") == 2
    table = pq.read_table(path).to_pylist()
    assert {r["speaker"] for r in table} == {"Ibrahim Kalın"}


def test_export_plover_keeps_every_source_sentence(store):
    buf = io.StringIO()
    export(_filled(store), "plover", None, stdout=buf)
    [record] = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert (record["event_type"], record["num_sources"], record["date"]) == ("CONSULT", 2, "2022-04-30")
    assert {s["publisher"] for s in record["sources"]} == {"Anadolu Agency", "Malay Mail"}


def test_export_gdelt_maps_plover_to_cameo(store):
    buf = io.StringIO()
    export(_filled(store), "gdelt", None, stdout=buf)
    [row] = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert (row["SQLDATE"], row["EventRootCode"], row["QuadClass"], row["NumSources"]) == ("20220430", "04", "1", "2")


def test_export_figures_jsonl(store, tmp_path):
    path = tmp_path / "figures.jsonl"
    export(_filled(store), "jsonl", path, "figures")
    kinds = {json.loads(line)["source_kind"] for line in path.read_text().splitlines()}
    assert kinds == {"un", "national"}
