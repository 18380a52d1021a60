"""Store benchmark: ingest throughput and query latency on a large store, against baselines.

    python benchmarks/store_bench.py [--docs 100000] [--db sqlite|postgresql|both] [--queries 200]

Builds a store of ``--docs`` documents from the sample corpus, varied (ids, publication and event
dates, figure values, a line of text so every text hash differs), and reports for each database:

- ingest throughput, documents/s, with extraction excluded (pre-extracted Extractions) and included
  (extract + ingest of the corpus), against a bare INSERT loop of the same documents' rows;
- query latency p50/p95 for timeline, full-text search and figure series, against a primary-key
  lookup, on the full store.

The ratios are what to compare across machines; absolute numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Column, Integer, MetaData, String, Table, Text, create_engine, select, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parley.extract import extract  # noqa: E402
from parley.merge.events import event_day  # noqa: E402
from parley.models import Extraction  # noqa: E402
from parley.pipeline import cached_nlp  # noqa: E402
from parley.settings import Settings  # noqa: E402
from parley.store import Store  # noqa: E402
from parley.store import queries as Q  # noqa: E402
from parley.store.schema import documents  # noqa: E402

PG_URL = "postgresql+psycopg://root@127.0.0.1:5432/test"
SPAN_DAYS = 4  # days between two variants of one article: wider than the event merge window


def load_corpus(corpus: Path) -> tuple[list[tuple[Extraction, str]], float]:
    """Extract the sample corpus; returns the extractions and the extraction time."""
    nlp = cached_nlp(Settings())
    items = []
    t0 = time.perf_counter()
    for path in sorted(corpus.glob("*.txt")):
        side = path.with_name(path.stem + ".meta.json")
        meta = json.loads(side.read_text(encoding="utf-8")) if side.exists() else {}
        body = path.read_text(encoding="utf-8")
        fields = {k: meta.get(k) for k in ("id", "url", "title", "source", "published")}
        fields["id"] = fields["id"] or path.stem
        fields["published"] = fields["published"] or "2020-01-01"
        items.append((extract(body, nlp=nlp, **fields), body))
    return items, time.perf_counter() - t0


def _shift(value: str | None, published: str | None, days: int) -> str | None:
    day = event_day(value, published) if value else None
    return (day + timedelta(days=days)).isoformat() if day else value


def vary(ex: Extraction, body: str, i: int, n_base: int) -> tuple[Extraction, str]:
    """Copy ``i`` of a corpus article: new id, dates moved, figure values changed, one line added."""
    days = (i // n_base) * SPAN_DAYS - 20000
    pub = ex.document.published
    rnd = random.Random(i)
    doc = ex.document.model_copy(update={"id": f"{ex.document.id}~{i}", "published": _shift(pub, pub, days)})
    evs = tuple(e.model_copy(update={"date": _shift(e.date, pub, days)}) for e in ex.events)
    figs = tuple(f.model_copy(update={"value": round(f.value * rnd.uniform(0.8, 1.2)),
                                      "as_of": _shift(f.as_of, pub, days)}) for f in ex.figures)
    return (ex.model_copy(update={"document": doc, "events": evs, "figures": figs}),
            body + f"\n(Copy {i}, filed {doc.published}.)\n")


def bare_insert_rate(url: str, rows: list[tuple[str, str]]) -> float:
    """Documents/s of a bare INSERT loop (one transaction per row) into a plain table."""
    store = Store.open(url)
    table = Table(f"bench_baseline_{uuid.uuid4().hex[:6]}", MetaData(), Column("id", Integer, primary_key=True),
                  Column("doc_id", String(300)), Column("text", Text))
    with store.writer.begin() as conn:
        table.create(conn)
    t0 = time.perf_counter()
    for doc_id, body in rows:
        with store.writer.begin() as conn:
            conn.execute(table.insert().values(doc_id=doc_id, text=body))
    rate = len(rows) / (time.perf_counter() - t0)
    with store.writer.begin() as conn:
        table.drop(conn)
    store.close()
    return rate


def latency(fn, n: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """p50 and p95 of ``fn()`` over ``n`` calls, in milliseconds."""
    times = []
    for k in range(n):
        t0 = time.perf_counter()
        fn(k)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def bench(url: str, base: list[tuple[Extraction, str]], extract_s: float, n_docs: int, n_queries: int,
          build: bool = True) -> dict:
    """Every measurement on one database (``build=False``: queries only, on a store built before)."""
    out: dict = {}
    store = Store.open(url)
    if build:
        out.update(_ingest(store, url, base, extract_s, n_docs))
    out["counts"] = store.counts()
    out.update(_queries(store, n_queries))
    store.close()
    return out


def _ingest(store: Store, url: str, base: list[tuple[Extraction, str]], extract_s: float, n_docs: int) -> dict:
    out: dict = {}
    varied = (vary(*base[i % len(base)], i, len(base)) for i in range(n_docs))
    sample = [vary(*base[i % len(base)], n_docs + i, len(base)) for i in range(min(2000, n_docs))]
    out["bare_insert_docs_s"] = bare_insert_rate(url, [(ex.document.id, body) for ex, body in sample])

    t0 = time.perf_counter()
    for i, (ex, body) in enumerate(varied, 1):
        store.ingest(ex, body)
        if i % 10000 == 0:
            print(f"  {i} documents, {i / (time.perf_counter() - t0):.0f}/s", file=sys.stderr, flush=True)
    out["ingest_docs_s"] = n_docs / (time.perf_counter() - t0)
    # extraction included: the corpus extracted (timed above) plus its ingest, as fresh documents
    t0 = time.perf_counter()
    for i, (ex, body) in enumerate(base):
        store.ingest(*vary(ex, body, 10 * n_docs + i, len(base)))
    out["ingest_with_extraction_docs_s"] = len(base) / (extract_s + time.perf_counter() - t0)
    return out


def _queries(store: Store, n_queries: int) -> dict:
    out: dict = {}
    rnd = random.Random(7)
    with store.reader.connect() as conn:
        max_pk = conn.execute(select(documents.c.id).order_by(documents.c.id.desc()).limit(1)).scalar_one()
        days = [d for (d,) in conn.execute(text("SELECT day FROM event_clusters WHERE day IS NOT NULL"
                                                " ORDER BY id LIMIT 5000"))]
    actors = ["Ukraine", "Russia", "Turkey", "Ibrahim Kalın", "United Nations", "Sudan", "Israel", "Hamas"]
    types = ["CONSULT", "AGREE", "REQUEST", "ASSAULT", "SUPPORT"]
    words = ["ceasefire", "humanitarian corridor", "prisoner exchange", "peace talks", "Istanbul", "truce",
             "refugees", "negotiations", "aid trucks", "Zelenskyy"]
    measures = ["killed", "injured", "refugees", "internally_displaced", "released", "detained"]

    def pk(k: int) -> None:
        with store.reader.connect() as conn:
            conn.execute(select(documents.c.doc_id).where(documents.c.id == rnd.randint(1, max_pk))).all()

    def tl(k: int) -> None:
        start = date.fromisoformat(rnd.choice(days)) if days else date(2000, 1, 1)
        variant = k % 4
        kwargs: dict = {"start": start.isoformat(), "end": (start + timedelta(days=365)).isoformat()}
        if variant == 1:
            kwargs["actor"] = rnd.choice(actors)
        elif variant == 2:
            kwargs["event_type"] = rnd.choice(types)
        elif variant == 3:
            kwargs["dyad"] = ("Ukraine", "Russia")
        Q.timeline(store, limit=100, **kwargs)

    out["pk_lookup_ms"] = latency(pk, n_queries)
    out["timeline_ms"] = latency(tl, n_queries)
    out["search_ms"] = latency(lambda k: Q.search(store, rnd.choice(words), limit=20), n_queries)
    out["figure_series_ms"] = latency(lambda k: Q.figure_series(store, measure=rnd.choice(measures)),
                                      max(20, n_queries // 5))
    return out


def _report(name: str, r: dict) -> None:
    print(f"\n== {name}: {r['counts']['documents']} documents, {r['counts']['merged_events']} merged events, "
          f"{r['counts']['quotes']} quotes, {r['counts']['figures']} figures")
    if "bare_insert_docs_s" in r:
        base = r["bare_insert_docs_s"]
        print(f"bare INSERT loop (baseline)       {base:10.0f} docs/s")
        print(f"ingest, extraction excluded       {r['ingest_docs_s']:10.0f} docs/s   "
              f"ratio {r['ingest_docs_s'] / base:.3f}")
        print(f"ingest, extraction included       {r['ingest_with_extraction_docs_s']:10.1f} docs/s   "
              f"ratio {r['ingest_with_extraction_docs_s'] / base:.4f}")
    else:
        print("(store built by an earlier run: queries only)")
    p50, p95 = r["pk_lookup_ms"]
    print(f"primary-key lookup (baseline)     p50 {p50:7.2f} ms  p95 {p95:7.2f} ms")
    for q in ("timeline", "search", "figure_series"):
        q50, q95 = r[f"{q}_ms"]
        print(f"{q:<34}p50 {q50:7.2f} ms  p95 {q95:7.2f} ms   p95 ratio {q95 / p95:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000, help="documents in the benchmark store")
    ap.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    ap.add_argument("--queries", type=int, default=200, help="queries timed per kind")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp"), help="where the SQLite file goes")
    ap.add_argument("--reuse", action="store_true", help="SQLite: time queries on the store an earlier run built")
    ap.add_argument("--pg", default=PG_URL, help="PostgreSQL database (a fresh schema is made and dropped)")
    args = ap.parse_args()

    base, extract_s = load_corpus(args.corpus)
    print(f"corpus: {len(base)} articles extracted in {extract_s:.1f} s ({len(base) / extract_s:.1f} docs/s)")
    if args.db in ("sqlite", "both"):
        path = args.workdir / f"parley-bench-{args.docs}.db"
        reuse = args.reuse and path.exists()
        if not reuse:
            for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                p.unlink(missing_ok=True)
        _report("SQLite", bench(f"sqlite:///{path}", base, extract_s, args.docs, args.queries, build=not reuse))
    if args.db in ("postgresql", "both"):
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(args.pg)
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        try:
            _report("PostgreSQL", bench(f"{args.pg}?options=-csearch_path%3D{schema}", base, extract_s,
                                        args.docs, args.queries))
        finally:
            with admin.begin() as conn:
                conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))


if __name__ == "__main__":
    main()
