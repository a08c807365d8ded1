"""Indexing and merging in worker processes, so that a long import uses both cores.

Indexing is pure Python, so threads would take turns, and the app's own process stays free for
its window. Worker processes (started on first use, per notebook, each a fresh interpreter):

- the **indexing workers** (one a core, two at most) each turn a batch of new documents (64 or
  more) into one index segment in memory, while this process reads the next batch and writes
  rows and custody (see Notebook.prepare_articles); the segment's files come back through a pipe
  and are stored in the same transaction as the batch's rows;
- the **merge worker** merges segments when the policy wants it (index_merging.plan_merge), in the
  background while the import goes on; a later batch's transaction swaps the result in for its
  sources if they are all still there unchanged (a deletion in between makes the merge stale: it
  is dropped and planned again).

Nothing is written to disk outside the notebook, and only the process that opened the notebook
writes to it. If a worker cannot be started or fails, this process indexes and merges as before;
an import never fails because of a worker. `Notebook.close()` waits for a merge under way. A
worker ends as soon as the process that started it ends, even if that one was killed.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from whoosh.index import FileIndex
from whoosh.reading import SegmentReader

from desktop.store.search.merging import plan_leftovers, plan_merge
from desktop.store.search.schema import IndexDoc, build_schema, document_fields
from desktop.store.search.storage import MemoryStorage
from desktop.store.search.writer import GroupingSegmentWriter, new_writer

log = logging.getLogger(__name__)

WORKERS_ENV = "FIELDNOTES_INDEX_WORKERS"  # "0" turns the worker off
LEFTOVER_WAIT = 0.2  # seconds between two yields while a merge of leftovers runs (see merge_leftovers)
PARALLEL_MIN = 64  # a worker is started only for imports in batches at least this large


@dataclass(frozen=True)
class BuiltSegment:
    """A finished segment: whoosh's segment object and its files by name."""

    segment: Any
    files: dict[str, bytes]


class Handover:
    """Segments handed to the merge worker once: pickling them (when the executor sends the call)
    drops them here, so the importing process does not keep a merge's sources (up to ~70 MB) for
    the whole merge; the executor would otherwise hold them until the result comes back."""

    def __init__(self, segments: tuple[BuiltSegment, ...]) -> None:
        self._segments = segments

    def __reduce__(self) -> tuple[type[Handover], tuple[tuple[BuiltSegment, ...]]]:
        segments, self._segments = self._segments, ()
        return Handover, (segments,)

    def take(self) -> tuple[BuiltSegment, ...]:
        return self._segments


def build_segment(
    indexname: str, documents: list[dict[str, Any]], merge: tuple[BuiltSegment, ...] | Handover = ()
) -> BuiltSegment:
    """Index `documents` (whoosh field dicts), and merge the segments in `merge`, into one new
    segment, all in memory."""
    if isinstance(merge, Handover):
        merge = merge.take()
    with collection_paused():
        built = _build_segment(indexname, documents, merge)
    if merge:  # whoosh's readers of the merged segments may have left cycles holding their files
        gc.collect()
    return built


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a while. Indexing makes millions of lists and
    tuples (a few a posting), none in a cycle, and each 700 of them started a collection that
    walked the young ones: a third of the time a batch took to analyse. They are freed by their
    reference counts as before; a collection runs when it is back on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _build_segment(
    indexname: str, documents: list[dict[str, Any]], merge: tuple[BuiltSegment, ...]
) -> BuiltSegment:
    storage = MemoryStorage()
    ix = FileIndex.create(storage, build_schema(), indexname)
    for old in merge:
        for name, data in old.files.items():
            storage.store_file(name, data)  # the bytes as they came, not copied into a file buffer
    writer = new_writer(ix, compound=False)
    for old in merge:
        reader = SegmentReader(storage, ix.schema, old.segment)
        writer.add_reader(reader)
        reader.close()
    for fields in documents:
        writer.add_document(**fields)
    writer.commit(merge=False)
    segments = ix._segments()
    if not segments:  # everything merged had been deleted
        return BuiltSegment(None, {})
    (segment,) = segments
    files = {name: storage.files[name] for name in segment.list_files(storage)}
    return BuiltSegment(segment, files)


def exit_with_parent() -> None:
    """In a worker: end it as soon as the process that started it ends, even if that one was
    killed (a worker waiting for work would otherwise wait for ever, holding its memory)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def workers_wanted() -> bool:
    """A worker only helps with a second core, and can be turned off (FIELDNOTES_INDEX_WORKERS=0)."""
    return os.environ.get(WORKERS_ENV, "1") != "0" and (os.cpu_count() or 1) > 1


@dataclass(frozen=True)
class PendingMerge:
    """A merge under way in the worker: its result, and what its sources looked like."""

    future: Future[BuiltSegment]
    sources: dict[str, int]  # segment id → deleted documents when the merge started


class SegmentBuilder:
    """The indexing and merge workers (see the module)."""

    def __init__(self) -> None:
        self._pools: dict[str, ProcessPoolExecutor] = {}  # "index" (new batches), "merge"
        self.broken = False
        self.pending: PendingMerge | None = None

    def submit(
        self, indexname: str, documents: list[dict[str, Any]], merge: tuple[BuiltSegment, ...] | Handover = ()
    ) -> Future[BuiltSegment] | None:
        """Start a merge (and whatever documents come with it) in the merge worker."""
        return self._start("merge", indexname, documents, merge)

    def submit_batch(self, indexname: str, documents: list[dict[str, Any]]) -> Future[BuiltSegment] | None:
        """Start building a new batch's segment in the indexing worker."""
        return self._start("index", indexname, documents, ())

    @staticmethod
    def index_workers() -> int:
        """Indexing worker processes: one a core, two at most (batches are then indexed two at a
        time, see Notebook.prepare_articles); 0 when workers are not wanted."""
        return min(2, os.cpu_count() or 1) if workers_wanted() else 0

    def _start(
        self,
        worker: str,
        indexname: str,
        documents: list[dict[str, Any]],
        merge: tuple[BuiltSegment, ...] | Handover,
    ) -> Future[BuiltSegment] | None:
        """build_segment in one of the workers, started on first use; None when none is available."""
        if self.broken:
            return None
        try:
            if worker not in self._pools:
                # spawn: a fresh interpreter, not a fork of a process that has Qt and SQLite open.
                context = multiprocessing.get_context("spawn")
                workers = max(1, self.index_workers()) if worker == "index" else 1
                self._pools[worker] = ProcessPoolExecutor(
                    max_workers=workers, mp_context=context, initializer=exit_with_parent
                )
            return self._pools[worker].submit(build_segment, indexname, documents, merge)
        except Exception as exc:  # cannot start processes here (sandbox, frozen app without support)
            self.give_up(exc)
            return None

    def result(self, future: Future[BuiltSegment]) -> BuiltSegment | None:
        """A worker's segment, or None if it failed (the workers are not used again)."""
        try:
            return future.result()
        except Exception as exc:
            self.give_up(exc)
            return None

    def start_merge(self, writer: GroupingSegmentWriter, segments: list[Any]) -> bool:
        """Send `segments` to the worker to merge; False if it cannot take them."""
        handed = Handover(tuple(BuiltSegment(s, _segment_files(writer, s)) for s in segments))
        future = self.submit(writer.indexname, [], handed)
        if future is None:
            return False
        log.info("merging %d index segments in the worker process", len(segments))
        self.pending = PendingMerge(future, {s.segment_id(): s.deleted_count() for s in segments})
        return True

    def in_flight(self) -> set[str]:
        """Ids of the segments being merged in the worker."""
        return set(self.pending.sources) if self.pending else set()

    def finish_merge(self, writer: GroupingSegmentWriter, *, wait: bool) -> bool:
        """Swap a finished merge in for its sources through `writer` (inside its transaction).

        Returns True if it was swapped in. A merge whose sources changed meanwhile is dropped.
        """
        pending = self.pending
        if pending is None or not (wait or pending.future.done()):
            return False
        self.pending = None
        try:
            merged = pending.future.result()
        except Exception as exc:
            self.give_up(exc)
            return False
        current = {s.segment_id(): s for s in writer.segments}
        if any(i not in current or current[i].deleted_count() != n for i, n in pending.sources.items()):
            log.info("dropped a merge from the worker process: its segments changed meanwhile")
            return False
        kept = [s for i, s in current.items() if i not in pending.sources]
        writer.merge_now([], kept)
        if merged.segment is not None:
            writer.add_built_segment(merged.segment, merged.files)
        log.info("stored a merge of %d index segments made in the worker process", len(pending.sources))
        return True

    def wait_for_merge(self, seconds: float) -> bool:
        """Wait up to `seconds` for the merge under way; True once it is done (or there is none)."""
        pending = self.pending
        if pending is None:
            return True
        wait([pending.future], timeout=seconds)
        return pending.future.done()

    def abandon_merge(self) -> None:
        """Drop the merge under way (a cancel): the merge worker is ended at once rather than waited
        for, and its sources stay in the index as they are (nothing of a merge is stored before it
        is swapped in)."""
        self.pending = None
        pool = self._pools.pop("merge", None)
        if pool is None:
            return
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)

    def give_up(self, exc: BaseException) -> None:
        log.warning("merging in a second process failed (%s); merging in this one", exc)
        self.broken = True
        self.pending = None
        self.close()

    def worker_pids(self) -> list[int]:
        """The workers' process ids, if they run (for measurements)."""
        pids: list[int] = []
        for pool in self._pools.values():
            pids.extend(p for p in (getattr(pool, "_processes", None) or {}) if p)
        return pids

    def close(self) -> None:
        self.pending = None
        for pool in self._pools.values():
            pool.shutdown(wait=True, cancel_futures=True)
        self._pools.clear()


def start_indexing(
    builder: SegmentBuilder | None, indexname: str, docs: list[IndexDoc]
) -> Future[BuiltSegment] | None:
    """Start building a new batch's segment in the indexing worker, if it runs and the batch is
    large enough (PARALLEL_MIN); None otherwise. The result goes to index_documents."""
    if builder is None or builder.broken or not workers_wanted() or len(docs) < PARALLEL_MIN:
        return None
    return builder.submit_batch(indexname, [document_fields(doc) for doc in docs])


def index_documents(
    writer: GroupingSegmentWriter,
    docs: list[IndexDoc],
    builder: SegmentBuilder | None,
    meanwhile: Callable[[], None] = lambda: None,
    started: Future[BuiltSegment] | None = None,
) -> None:
    """Add new documents to the index through `writer`, using the workers when they run.

    A batch of PARALLEL_MIN documents or more goes to the indexing worker, unless `started`
    (start_indexing) already sent it there. Meanwhile a finished background merge is swapped
    in, or a merge that comes due is sent to the merge worker (its sources stay searchable until
    then), and `meanwhile` (other work of the transaction) runs. Without workers, everything
    happens here as whoosh would do it.
    """
    background = builder is not None and not builder.broken and workers_wanted()
    batch = started if started is not None else start_indexing(builder, writer.indexname, docs)
    if background and builder is not None:
        if not builder.finish_merge(writer, wait=False):
            busy = builder.in_flight()
            candidates = [s for s in writer.segments if s.segment_id() not in busy]
            worth_a_worker = "merge" in builder._pools or len(docs) >= PARALLEL_MIN
            to_merge, _ = plan_merge(candidates, background=worth_a_worker)
            if busy or (to_merge and worth_a_worker and builder.start_merge(writer, to_merge)):
                writer.merge_now([], list(writer.segments))  # nothing merged here meanwhile
            else:
                writer.merge_now()  # no worker for it: merge here, as at commit (small merges only)
    else:
        writer.merge_now()
    meanwhile()
    built = builder.result(batch) if batch is not None and builder is not None else None
    if built is not None and built.segment is not None:
        writer.add_built_segment(built.segment, built.files)
        return
    for doc in docs:  # no worker, or it failed: indexed here
        writer.add_document(**document_fields(doc))


def merge_leftovers(
    builder: SegmentBuilder,
    segments: Callable[[], list[Any]],
    writer: Callable[[], Any],
    *,
    store: Callable[[], None],
) -> Iterator[None]:
    """Merge, one merge at a time in the merge worker, the segments an import left beyond what the
    merge policy keeps (merging.plan_leftovers), yielding while a merge runs (stop iterating to
    cancel: the merge under way is abandoned, its sources stay). `segments()`: the index's
    segments now (read, no transaction: nothing is written when nothing is left to merge);
    `writer()`: a context manager
    giving an index writer inside a notebook transaction; `store()` swaps a finished merge in, in
    a transaction of its own, as after any background merge (a crash before its commit leaves the
    sources). Nothing without the workers (whoosh merges at each commit there)."""
    if not workers_wanted() or builder.broken:
        return
    try:
        while True:
            if builder.pending is None:
                if not plan_leftovers(segments()):
                    return
                with writer() as w:
                    to_merge = plan_leftovers(list(w.segments))
                    started = bool(to_merge) and builder.start_merge(w, to_merge)
                    w.merge_now([], list(w.segments))  # nothing merged here
                if not started:
                    return
            while not builder.wait_for_merge(LEFTOVER_WAIT):
                yield
            store()
            yield
    except BaseException:  # closed (a cancel) or interrupted: do not wait for the worker
        builder.abandon_merge()
        raise


def _segment_files(writer: GroupingSegmentWriter, segment: Any) -> dict[str, bytes]:
    """A segment's files, to send to the merge worker: read past the storage's chunk cache."""
    storage = writer.storage
    read = getattr(storage, "read_whole", None) or (lambda name: storage.open_file(name).read())
    return {name: read(name) for name in segment.list_files(storage)}
