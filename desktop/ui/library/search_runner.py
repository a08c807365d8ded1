"""Searches off the GUI thread: one worker with its own connection runs the newest query waiting."""

from __future__ import annotations

import queue
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.store.notebook import Notebook, QuerySyntaxError, SearchResult
from desktop.ui.common.worker import GeneratorWorker

Requests = queue.SimpleQueue["Request | None"]  # None: stop
# The session's `background`: wraps work on a Notebook into a job that opens its own connection.
Background = Callable[[Callable[[Notebook], Iterator[Any]]], Callable[[], Iterator[Any]]]


@dataclass(frozen=True)
class SearchOutcome:
    """What one query found: its result and the hits' titles, or why the query was not understood."""

    serial: int  # the request's number: an outcome older than the newest request is stale
    query: str
    result: SearchResult | None = None
    titles: dict[str, str] = field(default_factory=dict)
    error: str = ""
    seconds: float = 0.0  # how long the search took in the worker (the rest of a wait is queueing)


@dataclass(frozen=True)
class Request:
    serial: int
    query: str
    limit: int


def search_once(nb: Notebook, serial: int, query: str, limit: int) -> SearchOutcome:
    """Run one query on `nb` (in whichever thread owns its connection)."""
    started = time.perf_counter()
    try:
        result = nb.search(query, limit=limit)
    except QuerySyntaxError as exc:
        return SearchOutcome(serial, query, error=str(exc), seconds=time.perf_counter() - started)
    titles = nb.titles([h.id for h in result.hits])
    return SearchOutcome(serial, query, result, titles, seconds=time.perf_counter() - started)


def _newest(requests: Requests, first: Request | None) -> Request | None:
    """The newest request waiting (the ones typed before it are skipped); None to stop."""
    newest = first
    while newest is not None:
        try:
            newer = requests.get_nowait()
        except queue.Empty:
            return newest
        newest = newer
    return None


def search_loop(requests: Requests) -> Callable[[Notebook], Iterator[SearchOutcome]]:
    """The worker's job: wait for a request, run the newest one, yield its outcome; until None."""

    def work(nb: Notebook) -> Iterator[SearchOutcome]:
        while (request := _newest(requests, requests.get())) is not None:
            yield search_once(nb, request.serial, request.query, request.limit)

    return work


class SearchRunner(QObject):
    """Runs queries in one worker thread that keeps its own notebook connection for the session.

    `request` never waits: while a search runs, newer queries queue up and only the newest of them
    runs next. `finished(SearchOutcome)` arrives on the GUI thread for each query that ran; the
    caller drops it when `outcome.serial` is not the newest request (`serial`).
    """

    finished = Signal(object)  # a SearchOutcome
    failed = Signal(str)  # the worker could not run (its notebook would not open): a message

    def __init__(self, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._background = background
        self._requests: Requests = queue.SimpleQueue()
        self._pool = QThreadPool(self)  # its own thread: imports and suggestions keep the shared pool
        self._pool.setMaxThreadCount(1)
        # Deleted without `stop` (its panel closed): let the worker end, or the pool would wait for
        # ever for a thread blocked on the queue. `destroyed` comes before the pool is deleted.
        requests = self._requests
        self.destroyed.connect(lambda *_: requests.put(None))
        self._worker: GeneratorWorker | None = None  # the one taking requests
        self._alive: set[GeneratorWorker] = set()  # kept until they end (the pool does not own them)
        self.serial = 0
        self._stopped = False

    def request(self, query: str, *, limit: int) -> int:
        """Queue a search; returns its serial number."""
        self.serial += 1
        self._requests.put(Request(self.serial, query, limit))
        self.open()
        return self.serial

    def open(self) -> None:
        """Start the worker (it opens its connection, Argon2id included, then waits for queries),
        so that the first search does not pay for opening the notebook."""
        if self._worker is None and not self._stopped:
            self._start()

    def _start(self) -> None:
        worker = GeneratorWorker(self._background(search_loop(self._requests)))
        worker.signals.item.connect(self.finished)
        worker.signals.failed.connect(self.failed)
        worker.signals.finished.connect(lambda _cancelled: self._ended(worker))
        self._worker = worker
        self._alive.add(worker)
        self._pool.start(worker)

    def _ended(self, worker: GeneratorWorker) -> None:
        self._alive.discard(worker)
        if self._worker is worker:  # it failed: the next request starts a new one
            self._worker = None

    def stop(self, *, wait_ms: int = 0) -> None:
        """End the worker after the search it is running (its connection closes in its thread)."""
        self._stopped = True
        if self._worker is not None:
            self._worker.cancel()
            self._requests.put(None)
            self._worker = None
        if wait_ms:
            self._pool.waitForDone(wait_ms)
