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
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from whoosh.index import FileIndex

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


def build_segment(indexname: str, documents: list[dict[str, Any]]) -> BuiltSegment:
    """Index `documents` (whoosh field dicts) into one new segment, all in memory."""
    storage = MemoryStorage()
    ix = FileIndex.create(storage, build_schema(), indexname)
    writer = new_writer(ix, compound=False)
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

    def submit(self, indexname: str, documents: list[dict[str, Any]]) -> Future[BuiltSegment] | None:
        """Start building; None when no worker is available (the caller indexes them itself)."""
        if self.broken:
            return None
        try:
            if self._executor is None:
                # spawn: a fresh interpreter, not a fork of a process that has Qt and SQLite open.
                context = multiprocessing.get_context("spawn")
                self._executor = ProcessPoolExecutor(max_workers=1, mp_context=context)
            return self._executor.submit(build_segment, indexname, documents)
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

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None


def index_documents(
    writer: GroupingSegmentWriter, docs: list[IndexDoc], builder: SegmentBuilder | None
) -> None:
    """Add new documents to the index through `writer`, using the worker for a share of them.

    While the worker builds its segment, this process runs the merge that the commit would run
    (if one is due, the worker takes every document) and indexes the rest. If the worker fails,
    its documents are indexed here.
    """
    fields = [document_fields(doc) for doc in docs]
    future = None
    share = 0
    if builder is not None and len(fields) >= PARALLEL_MIN and workers_wanted():
        merge_due = bool(plan_merge(writer.segments)[0])
        share = len(fields) if merge_due else len(fields) // 2
        future = builder.submit(writer.indexname, fields[:share])
    if future is None:
        share = 0
    writer.merge_now()
    for doc_fields in fields[share:]:
        writer.add_document(**doc_fields)
    if future is None:
        return
    assert builder is not None
    built = builder.result(future)
    if built is None:
        for doc_fields in fields[:share]:
            writer.add_document(**doc_fields)
    else:
        writer.add_built_segment(built.segment, built.files)
