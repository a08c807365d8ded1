"""Searches off the GUI thread: one worker with its own connection runs the newest query waiting.

A search stops as soon as a newer query waits (what it decoded stays cached for the next one), and
while no query waits the worker reads ahead what the first search needs (Notebook.read_ahead_search).
"""

from __future__ import annotations

import logging
import queue
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from desktop.store.notebook import Notebook, QuerySyntaxError, SearchCancelled, SearchResult
from desktop.ui.common.worker import GeneratorWorker

log = logging.getLogger(__name__)

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


def search_once(
    nb: Notebook, serial: int, query: str, limit: int, cancelled: Callable[[], bool] | None = None
) -> SearchOutcome | None:
    """Run one query on `nb` (in whichever thread owns its connection); None if `cancelled()`
    said True before it was done."""
    started = time.perf_counter()
    try:
        result = nb.search(query, limit=limit, cancelled=cancelled)
    except QuerySyntaxError as exc:
        return SearchOutcome(serial, query, error=str(exc), seconds=time.perf_counter() - started)
    except SearchCancelled:
        return None
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
    """The worker's job: wait for a request, run the newest one, yield its outcome; until None.

    A search is stopped as soon as a newer request waits (its outcome would be dropped anyway),
    so the newest query never waits for one typed over, unless the newer query is the same search
    in other words (`Notebook.same_search`: "former soldier" then "former soldiers"): then the
    running search goes on and answers it. While no request waits, the search's read-ahead takes
    one short step at a time."""

    def work(nb: Notebook) -> Iterator[SearchOutcome]:
        loop = _Loop(nb, requests)
        reading: Iterator[None] | None = nb.read_ahead_search()
        while True:
            if reading is not None and not loop.waiting and requests.empty():
                reading = _step(reading)
                continue
            request = loop.next_request()
            if request is None:
                return
            if (outcome := loop.run(request)) is not None:
                yield outcome

    return work


class _Loop:
    """The worker's state between requests: the search running and a request taken off the queue
    while it ran (see search_loop)."""

    def __init__(self, nb: Notebook, requests: Requests) -> None:
        self.nb = nb
        self.requests = requests
        self.waiting: list[Request | None] = []  # taken off the queue, to run next (None: stop)
        self.answering: Request | None = None  # the newest request the running search answers

    def next_request(self) -> Request | None:
        first = self.waiting.pop() if self.waiting else self.requests.get()
        return _newest(self.requests, first)

    def run(self, request: Request) -> SearchOutcome | None:
        """The outcome of `request`'s search, for the newest request it answers; None if stopped."""
        self.answering = request
        outcome = search_once(self.nb, request.serial, request.query, request.limit, self._newer)
        answering, self.answering = self.answering, None
        if outcome is None or answering is request:
            return outcome
        if outcome.result is None or not outcome.result.hits:  # its suggestion is made of the words typed
            return search_once(self.nb, answering.serial, answering.query, answering.limit)
        result = replace(outcome.result, query=answering.query)
        return replace(outcome, serial=answering.serial, query=answering.query, result=result)

    def _newer(self) -> bool:
        """The running search's `cancelled`: True when a newer request waits that is another search."""
        if self.requests.empty():
            return False
        newest = _newest(self.requests, self.requests.get_nowait())
        running = self.answering
        if (
            newest is not None
            and running is not None
            and newest.limit == running.limit
            and self.nb.same_search(newest.query, running.query)
        ):
            self.answering = newest
            return False
        self.waiting = [newest]
        return True


def _step(reading: Iterator[None]) -> Iterator[None] | None:
    """One step of the read-ahead; None once it is over (or failed: the searches will read it)."""
    try:
        next(reading)
    except StopIteration:
        return None
    except Exception as exc:  # only a head start: a search that needs it reads it (and reports)
        log.info("search read-ahead stopped: %s", exc)
        return None
    return reading


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
