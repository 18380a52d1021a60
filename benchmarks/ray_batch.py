"""Extraction throughput over Ray workers against the serial batch, measured in the same run.

    python benchmarks/ray_batch.py [--repeat N] [--workers N] [--batch-size N] [--address ADDR]

The corpus articles, read once and repeated N times, are extracted first in this process, one
after another (``parley extract``), then by a pool of Ray workers (``parley extract --ray``).
Throughput (articles/s) is given with and without start-up: loading the pipeline for the serial
run; starting Ray and loading one pipeline per worker for the Ray run. The ratio is what to
compare across machines: it grows with the cores (or nodes) the workers get, and stays near the
number of free cores at best, since each worker extracts one article at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from parley.batch import extract_document
from parley.distributed import ExtractorPool, RayOptions
from parley.ingest import RawDocument, iter_documents
from parley.pipeline import cached_nlp
from parley.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def _documents(corpus: Path, repeat: int) -> list[RawDocument]:
    docs = [d for d in iter_documents([corpus]) if isinstance(d, RawDocument)]
    return docs * repeat


def _serial(docs: list[RawDocument], settings: Settings) -> dict[str, float]:
    t0 = time.perf_counter()
    nlp = cached_nlp(settings)
    nlp("Warm-up sentence: the delegations met in Istanbul.")
    started = time.perf_counter()
    failed = sum(not extract_document(doc, nlp).ok for doc in docs)
    done = time.perf_counter()
    return _rates(len(docs), failed, t0, started, done)


def _ray(docs: list[RawDocument], settings: Settings, options: RayOptions) -> dict[str, float]:
    t0 = time.perf_counter()
    with ExtractorPool(settings, options) as pool:
        pool.start()
        started = time.perf_counter()
        failed = 0
        for doc in docs:
            failed += sum(not o.ok for o in pool.submit(doc))
        failed += sum(not o.ok for o in pool.drain())
        done = time.perf_counter()
        workers = pool.workers
    return {**_rates(len(docs), failed, t0, started, done), "workers": workers}


def _rates(n: int, failed: int, t0: float, started: float, done: float) -> dict[str, float]:
    return {"articles": n, "failed": failed, "startup_s": round(started - t0, 2),
            "extract_s": round(done - started, 2), "articles_per_s": round(n / (done - started), 2),
            "articles_per_s_with_startup": round(n / (done - t0), 2)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    ap.add_argument("--repeat", type=int, default=4, help="copies of the corpus to extract")
    ap.add_argument("--workers", type=int, default=None, help="Ray workers (default: one per CPU)")
    ap.add_argument("--batch-size", type=int, default=RayOptions.batch_size, help="articles per Ray task")
    ap.add_argument("--address", default=None, help="an existing Ray cluster (default: a local one)")
    args = ap.parse_args()
    docs, settings = _documents(args.corpus, args.repeat), Settings()
    serial = _serial(docs, settings)
    spread = _ray(docs, settings, RayOptions(address=args.address, workers=args.workers,
                                             batch_size=args.batch_size))
    print(json.dumps({"cpus": os.cpu_count(), "serial": serial, "ray": spread}, indent=1))
    print(f"Ray / serial throughput: {spread['articles_per_s'] / serial['articles_per_s']:.2f}x "
          f"({spread['workers']} workers; with start-up: "
          f"{spread['articles_per_s_with_startup'] / serial['articles_per_s_with_startup']:.2f}x) "
          f"on {len(docs)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
