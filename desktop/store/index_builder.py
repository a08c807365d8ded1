"""Merging index segments in a second process, so that a long import uses both cores.

Indexing is pure Python, so threads would take turns. Each import batch writes one new segment;
every so often whoosh's policy merges the small segments into one, and at 20,000 articles those
merges cost about as much as indexing itself. Here a merge runs in a worker process (started on
first use, one per notebook) while this process goes on importing: the segments to merge are
sent through a pipe, merged in memory, and the result comes back the same way; a later batch's
transaction swaps it in for its sources, if they are all still there unchanged (a deletion in
between makes the merge stale: it is dropped and planned again). Nothing is written to disk
outside the notebook, and only the process that opened the notebook writes to it.

If the worker cannot be started or fails, merges happen in this process as before; an import
never fails because of the worker. `Notebook.close()` waits for a merge under way and stores it.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from whoosh.index import FileIndex
from whoosh.reading import SegmentReader

from desktop.store.index_schema import IndexDoc, build_schema, document_fields
from desktop.store.index_storage import MemoryStorage
from desktop.store.index_writer import GroupingSegmentWriter, new_writer, plan_merge

log = logging.getLogger(__name__)

WORKERS_ENV = "FIELDNOTES_INDEX_WORKERS"  # "0" turns the worker off
PARALLEL_MIN = 64  # a worker is started only for imports in batches at least this large


@dataclass(frozen=True)
class BuiltSegment:
    """A finished segment: whoosh's segment object and its files by name."""

    segment: Any
    files: dict[str, bytes]


def build_segment(
    indexname: str, documents: list[dict[str, Any]], merge: tuple[BuiltSegment, ...] = ()
) -> BuiltSegment:
    """Index `documents` (whoosh field dicts), and merge the segments in `merge`, into one new
    segment, all in memory."""
    storage = MemoryStorage()
    ix = FileIndex.create(storage, build_schema(), indexname)
    for old in merge:
        for name, data in old.files.items():
            out = storage.create_file(name)
            out.write(data)
            out.close()
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
    files = {name: storage.open_file(name).read() for name in segment.list_files(storage)}
    return BuiltSegment(segment, files)


def workers_wanted() -> bool:
    """A worker only helps with a second core, and can be turned off (FIELDNOTES_INDEX_WORKERS=0)."""
    return os.environ.get(WORKERS_ENV, "1") != "0" and (os.cpu_count() or 1) > 1


@dataclass(frozen=True)
class PendingMerge:
    """A merge under way in the worker: its result, and what its sources looked like."""

    future: Future[BuiltSegment]
    sources: dict[str, int]  # segment id → deleted documents when the merge started


class SegmentBuilder:
    """The worker process that merges segments in the background (see the module)."""

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None
        self.broken = False
        self.pending: PendingMerge | None = None

    def submit(
        self, indexname: str, documents: list[dict[str, Any]], merge: tuple[BuiltSegment, ...] = ()
    ) -> Future[BuiltSegment] | None:
        """Start building in the worker; None when no worker is available."""
        if self.broken:
            return None
        try:
            if self._executor is None:
                # spawn: a fresh interpreter, not a fork of a process that has Qt and SQLite open.
                context = multiprocessing.get_context("spawn")
                self._executor = ProcessPoolExecutor(max_workers=1, mp_context=context)
            return self._executor.submit(build_segment, indexname, documents, merge)
        except Exception as exc:  # cannot start processes here (sandbox, frozen app without support)
            self.give_up(exc)
            return None

    def start_merge(self, writer: GroupingSegmentWriter, segments: list[Any]) -> bool:
        """Send `segments` to the worker to merge; False if it cannot take them."""
        handed = tuple(BuiltSegment(s, _segment_files(writer, s)) for s in segments)
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

    def give_up(self, exc: BaseException) -> None:
        log.warning("merging in a second process failed (%s); merging in this one", exc)
        self.broken = True
        self.pending = None
        self.close()

    def worker_pids(self) -> list[int]:
        """The worker's process id, if it runs (for measurements)."""
        processes = getattr(self._executor, "_processes", None) or {}
        return [p for p in processes if p]

    def close(self) -> None:
        self.pending = None
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def index_documents(
    writer: GroupingSegmentWriter,
    docs: list[IndexDoc],
    builder: SegmentBuilder | None,
    meanwhile: Callable[[], None] = lambda: None,
) -> None:
    """Add new documents to the index through `writer`, with merges in the worker when it runs.

    A finished background merge is swapped in first; a merge that comes due is sent to the
    worker (its sources stay searchable until it is swapped in); without a worker, the merge
    happens here as whoosh would do it at commit. `meanwhile`: other work of the transaction.
    """
    background = builder is not None and not builder.broken and workers_wanted()
    if background and builder is not None:
        if not builder.finish_merge(writer, wait=False):
            busy = builder.in_flight()
            candidates = [s for s in writer.segments if s.segment_id() not in busy]
            to_merge, _ = plan_merge(candidates)
            start = to_merge and not busy and (builder._executor is not None or len(docs) >= PARALLEL_MIN)
            if start and builder.start_merge(writer, to_merge):
                writer.merge_now([], list(writer.segments))  # nothing merged here
            elif not busy:
                writer.merge_now()  # no worker for it: merge here, as at commit
            else:
                writer.merge_now([], list(writer.segments))
    else:
        writer.merge_now()
    for doc in docs:
        writer.add_document(**document_fields(doc))
    meanwhile()


def _segment_files(writer: GroupingSegmentWriter, segment: Any) -> dict[str, bytes]:
    storage = writer.storage
    return {name: storage.open_file(name).read() for name in segment.list_files(storage)}
