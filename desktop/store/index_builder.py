"""Building index segments in a second process, so an import uses both cores.

Indexing is pure Python, so threads would take turns. A worker process (started on first use,
one per notebook) turns a list of documents into a complete whoosh segment in memory and sends
back its files' bytes through a pipe: nothing is written to disk outside the notebook, and the
notebook file is only written by the process that holds it open, inside its transaction.

If the worker cannot be started or dies, the caller indexes those documents itself; an import
never fails because of the worker.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
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
PARALLEL_MIN = 64  # fewer new documents are indexed in this process: starting a worker costs more


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
    (segment,) = ix._segments()
    files = {name: storage.open_file(name).read() for name in segment.list_files(storage)}
    return BuiltSegment(segment, files)


def workers_wanted() -> bool:
    """A worker only helps with a second core, and can be turned off (FIELDNOTES_INDEX_WORKERS=0)."""
    return os.environ.get(WORKERS_ENV, "1") != "0" and (os.cpu_count() or 1) > 1


class SegmentBuilder:
    """One worker process that builds segments; `submit` returns a Future of a BuiltSegment."""

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None
        self.broken = False
        self.worker_fraction = 0.5  # of a batch's documents, adjusted so both finish together

    def balance(self, theirs: int, mine: int, own_seconds: float, waited_seconds: float) -> None:
        """Move the split towards both sides finishing together, from how long this process
        worked on `mine` documents and then waited for the worker's `theirs`."""
        if theirs <= 0 or mine <= 0 or own_seconds <= 0:
            return
        worker_seconds = own_seconds + waited_seconds  # at least; exact when it waited
        if waited_seconds < 0.01:  # the worker was done first: it could take more
            worker_seconds = own_seconds * 0.9
        rate_worker, rate_mine = theirs / worker_seconds, mine / own_seconds
        target = rate_worker / (rate_worker + rate_mine)
        self.worker_fraction = min(0.8, max(0.2, 0.5 * self.worker_fraction + 0.5 * target))

    def submit(
        self, indexname: str, documents: list[dict[str, Any]], merge: tuple[BuiltSegment, ...] = ()
    ) -> Future[BuiltSegment] | None:
        """Start building; None when no worker is available (the caller indexes them itself)."""
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

    def result(self, future: Future[BuiltSegment]) -> BuiltSegment | None:
        """The built segment, or None if the worker failed (it is not used again)."""
        try:
            return future.result()
        except Exception as exc:
            self.give_up(exc)
            return None

    def give_up(self, exc: BaseException) -> None:
        log.warning("indexing in a second process failed (%s); indexing in this one", exc)
        self.broken = True
        self.close()

    def worker_pids(self) -> list[int]:
        """The worker's process id, if it runs (for measurements)."""
        processes = getattr(self._executor, "_processes", None) or {}
        return [p for p in processes if p]

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def index_documents(
    writer: GroupingSegmentWriter,
    docs: list[IndexDoc],
    builder: SegmentBuilder | None,
    meanwhile: Callable[[], None] = lambda: None,
) -> None:
    """Add new documents to the index through `writer`, sharing the work with the worker.

    The worker builds a segment from a share of the documents while this process indexes the
    rest. When the commit is due to merge small segments, the merge is split as well: the worker
    merges some of them into its segment, this process the others into the writer's own. If the
    worker fails, this process does its share. Without a worker, everything happens here.
    `meanwhile` is other work of the same transaction, done here while the worker builds.
    """
    fields = [document_fields(doc) for doc in docs]
    to_merge, kept = plan_merge(writer.segments)
    if builder is None or len(fields) < PARALLEL_MIN or not workers_wanted():
        writer.merge_now(to_merge, kept)
        for doc_fields in fields:
            writer.add_document(**doc_fields)
        meanwhile()
        return
    mine, theirs = split_merge(to_merge, len(fields))
    # When merging, the worker indexes every new document and this process merges more.
    share = len(fields) if to_merge else round(len(fields) * builder.worker_fraction)
    handed = tuple(BuiltSegment(s, _segment_files(writer, s)) for s in theirs)
    future = builder.submit(writer.indexname, fields[:share], handed)
    if future is None:
        share, mine = 0, to_merge
    started = time.perf_counter()
    writer.merge_now(mine, kept)
    for doc_fields in fields[share:]:
        writer.add_document(**doc_fields)
    meanwhile()
    if future is None:
        return
    writer.flush_now()  # this process's segment is written while the worker still works
    own_seconds = time.perf_counter() - started
    waited = time.perf_counter()
    built = builder.result(future)
    if built is None:  # the worker failed: its share is done here, as it would have done it
        built = build_segment(writer.indexname, fields[:share], handed)
    else:
        builder.balance(share, len(fields) - share, own_seconds, time.perf_counter() - waited)
    writer.add_built_segment(built.segment, built.files)


def split_merge(segments: list[Any], new_documents: int) -> tuple[list[Any], list[Any]]:
    """Segments to merge here and in the worker, so that both take about as long: the worker also
    indexes the new documents, each costing about as much as merging one (measured: ~2.5 and
    ~2.2 ms a document)."""
    mine: list[Any] = []
    theirs: list[Any] = []
    load_mine, load_theirs = 0, new_documents
    for segment in sorted(segments, key=lambda s: s.doc_count(), reverse=True):
        if load_mine <= load_theirs:
            mine.append(segment)
            load_mine += segment.doc_count()
        else:
            theirs.append(segment)
            load_theirs += segment.doc_count()
    return mine, theirs


def _segment_files(writer: GroupingSegmentWriter, segment: Any) -> dict[str, bytes]:
    storage = writer.storage
    return {name: storage.open_file(name).read() for name in segment.list_files(storage)}
