"""Extraction spread over Ray workers, for corpus-sized batches.

Documents are read on the driver (so a bad file is reported exactly as in a serial run), sent in
batches to a pool of Ray actors that each load the spaCy pipeline once, and handed back as each
batch finishes, in no particular order. Ingestion writes to the store from the driver, one
transaction per document, as :func:`parley.store.ingest.ingest_paths` does:

- SQLite is one file on the driver's disk, which workers on other machines cannot reach;
- on PostgreSQL the write phase is serialized per schema anyway (merging reads what the other
  writers wrote, see :func:`parley.store.writer.write_document`), so writers on the workers would
  queue on the same lock while each holding connections; extraction is where the time goes.

A rerun skips, before extraction, every text the store already holds, so an interrupted run
resumes where it stopped and ends with exactly the documents of one clean run.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from parley.batch import Outcome, extract_document, unreadable
from parley.errors import ConfigError, ParleyError
from parley.ingest import RawDocument, iter_documents
from parley.models import Extraction
from parley.pipeline import cached_nlp
from parley.settings import Settings

if TYPE_CHECKING:
    from parley.store import Store
    from parley.store.ingest import IngestOutcome

#: Batches queued on each worker: the next one is there when the current one ends.
QUEUED_PER_WORKER = 2


@dataclass(frozen=True)
class RayOptions:
    """Where and how wide to run: a local Ray on this machine's cores, or an existing cluster."""

    #: An existing cluster ("auto", "HOST:6379"); None starts a local Ray with this machine's cores.
    address: str | None = None
    #: Extraction workers, each holding one pipeline (default: one per CPU of the cluster).
    workers: int | None = None
    #: Documents per task: enough to outweigh a task's overhead, few enough to spread the work.
    batch_size: int = 8


def _import_ray() -> ModuleType:
    try:
        import ray
    except ImportError:
        raise ConfigError("distributed extraction needs Ray, which is not installed: "
                          "pip install 'parley[ray]'") from None
    return ray


class _Worker:
    """A Ray actor: loads the pipeline once, then extracts batch after batch."""

    def __init__(self, settings: Settings) -> None:
        self.problem: ParleyError | None = None
        try:
            self.nlp = cached_nlp(settings)
        except ParleyError as exc:  # returned by ready() so the driver reports it in one line
            self.problem = exc

    def ready(self) -> ParleyError | None:
        return self.problem

    def extract(self, batch: list[RawDocument]) -> list[tuple[Extraction | None, str | None]]:
        # the driver holds the documents: only the extractions (or errors) travel back
        return [(o.extraction, o.error) for o in (extract_document(doc, self.nlp) for doc in batch)]


class ExtractorPool:
    """A pool of extraction workers on Ray; ``submit`` documents, then ``drain`` what is left.

    Both yield the outcomes of the batches that have finished, so at most a few batches per
    worker are in flight and a batch of any size streams through in bounded memory. Ray and the
    workers start with the first batch.
    """

    def __init__(self, settings: Settings, options: RayOptions | None = None) -> None:
        self.settings, self.options = settings, options or RayOptions()
        self._batch: list[RawDocument] = []
        self._pending: dict[Any, tuple[Any, list[RawDocument]]] = {}
        self._load: dict[Any, int] = {}
        self._started = False

    def __enter__(self) -> ExtractorPool:
        self._ray = _import_ray()
        return self

    def start(self) -> None:
        """Start Ray and the workers now rather than at the first batch (a rerun of stored documents needs none)."""
        try:
            self._connect()
            self._start_workers()
        except BaseException:
            self.__exit__()
            raise

    def _connect(self) -> None:
        ray = self._ray
        if ray.is_initialized():
            return
        # Ray reports usage statistics unless told not to: off, unless the environment says otherwise
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
        address = self.options.address
        # "local" starts a Ray of our own even where a cluster's address file is lying around
        local = {} if address else {"num_cpus": os.cpu_count(), "include_dashboard": False}
        try:
            ray.init(address=address or "local", log_to_driver=False, logging_level=logging.ERROR, **local)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise ConfigError(f"cannot start or reach Ray at {address or 'this machine'}: {exc}") from exc
        self._started = True

    def _start_workers(self) -> None:
        ray = self._ray
        cpus = max(1.0, float(ray.cluster_resources().get("CPU", 1)))
        n = self.options.workers or int(cpus)
        # more workers than CPUs is the user's choice: share the CPUs rather than wait for free ones
        actor = ray.remote(num_cpus=min(1.0, cpus / n), max_restarts=2)(_Worker)
        workers = [actor.remote(self.settings) for _ in range(n)]
        self._load = dict.fromkeys(workers, 0)
        try:
            problems = ray.get([w.ready.remote() for w in workers])
        except ray.exceptions.RayError as exc:
            raise ConfigError(f"the Ray workers could not start: {str(exc).splitlines()[0]}") from exc
        for problem in problems:
            if problem is not None:
                raise problem

    def __exit__(self, *exc: object) -> None:
        ray = getattr(self, "_ray", None)
        if ray is None:
            return
        for worker in self._load:
            ray.kill(worker)
        self._load, self._pending = {}, {}
        if self._started:
            ray.shutdown()
            self._started = False

    @property
    def workers(self) -> int:
        return len(self._load)

    def submit(self, document: RawDocument) -> Iterator[Outcome]:
        """Queue one document; yields the outcomes of whatever finished meanwhile."""
        self._batch.append(document)
        if len(self._batch) >= self.options.batch_size:
            yield from self._dispatch()

    def drain(self) -> Iterator[Outcome]:
        """Send the last partial batch and yield every outcome still to come."""
        if self._batch:
            yield from self._dispatch()
        while self._pending:
            yield from self._collect(block=True)

    def _dispatch(self) -> Iterator[Outcome]:
        if not self._load:
            self.start()
        while min(self._load.values()) >= QUEUED_PER_WORKER:
            yield from self._collect(block=True)
        worker = min(self._load, key=self._load.__getitem__)
        batch, self._batch = self._batch, []
        self._pending[worker.extract.remote(batch)] = (worker, batch)
        self._load[worker] += 1
        yield from self._collect(block=False)

    def _collect(self, *, block: bool) -> Iterator[Outcome]:
        ray = self._ray
        refs = list(self._pending)
        if not refs:
            return
        done, _ = ray.wait(refs, num_returns=1 if block else len(refs), timeout=None if block else 0)
        for ref in done:
            worker, batch = self._pending.pop(ref)
            self._load[worker] -= 1
            try:
                results = ray.get(ref)
            except ray.exceptions.RayError as exc:  # the worker died (it is restarted); its batch failed
                reason = f"the Ray worker extracting it failed: {str(exc).splitlines()[0]}"
                results = [(None, f"{doc.origin}: {reason}") for doc in batch]
            for doc, (extraction, error) in zip(batch, results, strict=True):
                yield Outcome(origin=doc.origin, document=doc, extraction=extraction, error=error)


def extract_paths_ray(paths: Iterable[Path | str], settings: Settings, overrides: dict[str, Any] | None = None,
                      options: RayOptions | None = None) -> Iterator[Outcome]:
    """:func:`parley.batch.extract_paths` over Ray workers; outcomes come as batches finish."""
    with ExtractorPool(settings, options) as pool:
        for item in iter_documents(paths, max_bytes=settings.max_bytes, overrides=overrides):
            if isinstance(item, ParleyError):
                yield unreadable(item)
            else:
                yield from pool.submit(item)
        yield from pool.drain()


def ingest_paths_ray(store: Store, paths: Iterable[Path | str], settings: Settings,
                     overrides: dict[str, Any] | None = None,
                     options: RayOptions | None = None) -> Iterator[IngestOutcome]:
    """:func:`parley.store.ingest.ingest_paths` over Ray workers; texts already stored are not extracted again."""
    from parley.store.ingest import IngestOutcome, store_outcomes, stored_copy

    with ExtractorPool(settings, options) as pool:
        for item in iter_documents(paths, max_bytes=settings.max_bytes, overrides=overrides):
            if isinstance(item, ParleyError):
                yield from store_outcomes(store, [unreadable(item)])
            elif (known := stored_copy(store, item.text)) is not None:
                yield IngestOutcome(item.origin, result=known)
            else:
                yield from store_outcomes(store, pool.submit(item))
        yield from store_outcomes(store, pool.drain())
