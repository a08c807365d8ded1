"""Large imports index part of each batch in a worker process; nothing is lost if it fails."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from whoosh.index import FileIndex
from whoosh.writing import MERGE_SMALL

from desktop.store import maintenance
from desktop.store.notebook import Notebook
from desktop.store.search import builder as index_builder
from desktop.store.search.builder import PARALLEL_MIN, SegmentBuilder, build_segment
from desktop.store.search.merging import plan_merge
from desktop.store.search.schema import IndexDoc, build_schema, document_fields
from desktop.store.search.storage import MemoryStorage
from desktop.store.search.writer import new_writer
from tests.conftest import make_draft


def drafts(count: int, start: int = 0) -> list[Any]:
    return [
        make_draft(
            f"Report {i}: former soldiers detained in Badakhshan, token uniq{i:05d}.",
            title=f"Report number {i}",
        )
        for i in range(start, start + count)
    ]


def report(nb: Notebook) -> Any:
    return next(r for r in maintenance.check(nb) if isinstance(r, maintenance.CheckReport))


def add_batches(nb: Notebook, batches: int, size: int = PARALLEL_MIN) -> set[str]:
    ids: set[str] = set()
    for batch in range(batches):
        ids |= {a.id for a in nb.add_articles(drafts(size, batch * size))}
    return ids


def sizes_sent(monkeypatch: pytest.MonkeyPatch, method: str) -> list[int]:
    """Records the length of the last argument of each call of SegmentBuilder.`method`."""
    sizes: list[int] = []
    original = getattr(SegmentBuilder, method)

    def spy(self: SegmentBuilder, *args: Any) -> Any:
        sizes.append(len(args[-1]))
        return original(self, *args)

    monkeypatch.setattr(SegmentBuilder, method, spy)
    return sizes


def test_merges_run_in_the_worker_and_are_swapped_in(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = sizes_sent(monkeypatch, "start_merge")  # segments a merge is sent with
    ids = add_batches(notebook, 16)  # one segment a batch: the policy merges by then
    assert started, "no merge was sent to the worker"
    assert not notebook._segment_builder.broken
    assert notebook.index.ids() == ids  # searchable all along, merged or not
    assert notebook.search("soldiers").total == len(ids)
    path = notebook.path
    notebook.close()  # stores a merge still under way
    with Notebook.open(path, None) as reopened:
        assert len(reopened.index.ix._segments()) < 16
        assert reopened.index.ids() == ids
        assert reopened.search("uniq00000").total == 1
        assert report(reopened).ok


def test_a_merge_made_stale_by_a_deletion_is_dropped(notebook: Notebook) -> None:
    builder = notebook._segment_builder
    ids = add_batches(notebook, 11)
    while builder.pending is None:  # add batches until a merge is under way
        ids |= add_batches_from(notebook, len(ids))
    source = set(builder.pending.sources)
    doomed = next(a for a in ids if _segment_of(notebook, a) in source)
    notebook.delete_article(doomed)  # a deletion in a segment being merged
    with notebook.transaction(), notebook.index.writer() as writer:
        assert not builder.finish_merge(writer, wait=True), "a stale merge was swapped in"
        writer.merge_now([], list(writer.segments))
    ids |= add_batches_from(notebook, len(ids))
    ids.discard(doomed)
    assert notebook.index.ids() == ids
    assert report(notebook).ok


def add_batches_from(nb: Notebook, start: int) -> set[str]:
    return {a.id for a in nb.add_articles(drafts(PARALLEL_MIN, start))}


def _segment_of(nb: Notebook, article_id: str) -> str:
    searcher = nb.index.searcher()
    docnum = searcher.document_number(id=article_id)
    reader = searcher.reader()
    for segment_reader, offset in zip(reader.readers, reader.doc_offsets, strict=True):
        if offset <= docnum < offset + segment_reader.doc_count_all():
            return str(segment_reader.segment().segment_id())
    raise AssertionError(article_id)


def test_a_failing_worker_leaves_merges_to_this_process(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: SegmentBuilder, indexname: str, documents: list[Any], merge: Any = ()) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(RuntimeError("worker died"))
        return future

    monkeypatch.setattr(SegmentBuilder, "submit", broken)
    ids = add_batches(notebook, 16)
    assert notebook._segment_builder.broken
    assert len(notebook.index.ix._segments()) < 16  # merged here instead
    assert notebook.index.ids() == ids
    assert notebook.search("uniq00000").total == 1
    assert report(notebook).ok


def test_a_large_batch_is_indexed_by_the_worker(notebook: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    sizes = sizes_sent(monkeypatch, "submit_batch")  # documents a batch is sent with
    small = {a.id for a in notebook.add_articles(drafts(PARALLEL_MIN - 1))}
    large = {a.id for a in notebook.add_articles(drafts(PARALLEL_MIN, PARALLEL_MIN))}
    assert sizes == [PARALLEL_MIN]  # the small batch was indexed here
    assert notebook.index.ids() == small | large
    assert notebook.search(f"uniq{PARALLEL_MIN:05d}").total == 1
    assert report(notebook).ok


def test_a_failing_indexing_worker_leaves_the_batch_to_this_process(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: SegmentBuilder, indexname: str, documents: list[Any]) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_exception(RuntimeError("worker died"))
        return future

    monkeypatch.setattr(SegmentBuilder, "submit_batch", broken)
    stored = notebook.add_articles(drafts(2 * PARALLEL_MIN))
    assert notebook._segment_builder.broken
    assert notebook.index.ids() == {a.id for a in stored}
    assert notebook.search("uniq00000").total == 1
    assert report(notebook).ok


def test_the_worker_can_be_turned_off(notebook: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(index_builder.WORKERS_ENV, "0")
    ids = add_batches(notebook, 16)
    assert notebook._segment_builder._pools == {}
    assert len(notebook.index.ix._segments()) < 16
    assert notebook.index.ids() == ids


def test_a_built_segment_joins_an_index() -> None:
    docs = [IndexDoc(id=f"d{i}", title=f"title {i}", body=f"body word{i} shared") for i in range(10)]
    built = build_segment("MAIN", [document_fields(d) for d in docs[5:]])
    storage = MemoryStorage()
    ix = FileIndex.create(storage, build_schema(), "MAIN")
    writer = new_writer(ix, compound=False)
    for doc in docs[:5]:
        writer.add_document(**document_fields(doc))
    writer.add_built_segment(built.segment, built.files)
    writer.commit()
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 10
        assert {fields["id"] for _, fields in searcher.reader().iter_docs()} == {d.id for d in docs}


def test_merge_now_then_optimize_is_refused() -> None:
    ix = FileIndex.create(MemoryStorage(), build_schema(), "MAIN")
    writer = new_writer(ix, compound=False)
    writer.merge_now()
    with pytest.raises(ValueError, match="already merged"):
        writer.commit(optimize=True)


@dataclass
class FakeSegment:
    docs: int

    def doc_count_all(self) -> int:
        return self.docs


class Recorder:
    """Stands in for a writer: records which segments MERGE_SMALL would merge."""

    storage = schema = None

    def __init__(self) -> None:
        self.merged: list[FakeSegment] = []


def test_plan_merge_decides_as_whooshs_merge_small(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()

    class Reader:
        def __init__(self, storage: Any, schema: Any, segment: FakeSegment) -> None:
            recorder.merged.append(segment)

        def close(self) -> None:
            pass

    monkeypatch.setattr("whoosh.reading.SegmentReader", Reader)
    recorder.add_reader = lambda reader: None  # type: ignore[attr-defined]
    rng = random.Random(3)
    for _ in range(300):
        segments = [FakeSegment(rng.choice([0, 1, 5, 60, 500, 3000])) for _ in range(rng.randint(0, 12))]
        recorder.merged = []
        kept = MERGE_SMALL(recorder, segments)
        to_merge, planned_kept = plan_merge(segments)
        assert to_merge == recorder.merged
        assert planned_kept == kept


def test_past_max_segments_the_smallest_are_merged_a_few_at_a_time() -> None:
    from desktop.store.search.merging import MAX_MERGED_DOCS, MAX_SEGMENTS, MERGE_AT_ONCE

    batches = [FakeSegment(2000) for _ in range(MAX_SEGMENTS)]
    assert plan_merge(batches, background=True) == ([], batches)  # whoosh's policy leaves them
    big = FakeSegment(16000)
    segments = [big, *batches, FakeSegment(1999)]
    to_merge, kept = plan_merge(segments, background=True)
    assert len(to_merge) == MERGE_AT_ONCE and to_merge[0].docs == 1999
    assert kept[-1] is big and len(kept) == MAX_SEGMENTS + 2 - MERGE_AT_ONCE
    # not in the importing process: an edit that adds a one-article segment merges nothing large
    assert plan_merge([*segments, FakeSegment(1)]) == ([], [*segments, FakeSegment(1)])
    # no merge makes a segment larger than MAX_MERGED_DOCS
    large = [FakeSegment(MAX_MERGED_DOCS // 2 - 1) for _ in range(MAX_SEGMENTS + 1)]
    to_merge, kept = plan_merge(large, background=True)
    assert len(to_merge) == 2 and len(kept) == MAX_SEGMENTS - 1
    many_full = [FakeSegment(MAX_MERGED_DOCS) for _ in range(MAX_SEGMENTS + 1)]
    assert plan_merge(many_full, background=True)[0] == []
    # whoosh's own choice is cut at the cap too (20 batches of 1,500: all of them, 30,000)
    size = 1500
    many = [FakeSegment(size) for _ in range(20)]
    to_merge, _ = plan_merge(many)
    assert len(to_merge) > MERGE_AT_ONCE
    assert sum(s.docs for s in to_merge) <= MAX_MERGED_DOCS < sum(s.docs for s in to_merge) + size


def test_no_planned_merge_exceeds_the_cap() -> None:
    """Whatever the segments, whoosh's policy or the background one: a merge's result is at most
    MAX_MERGED_DOCS documents (a segment larger than that is only ever a single batch)."""
    from desktop.store.search.merging import MAX_MERGED_DOCS

    rng = random.Random(16)
    sizes = [1, 64, 500, 1999, 2000, 5000, MAX_MERGED_DOCS // 3, MAX_MERGED_DOCS - 1, MAX_MERGED_DOCS]
    merges = 0
    for _ in range(2000):
        segments = [FakeSegment(rng.choice(sizes)) for _ in range(rng.randint(0, 40))]
        for background in (False, True):
            to_merge, kept = plan_merge(segments, background=background)
            assert sum(s.docs for s in to_merge) <= MAX_MERGED_DOCS, [s.docs for s in to_merge]
            assert sorted(map(id, to_merge + kept)) == sorted(map(id, segments))
            merges += bool(to_merge)
    assert merges > 500  # the cap was put to the test, not only met by merging nothing


def test_segments_merged_in_the_worker_stay_under_the_cap(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole path (plan, worker, swap): with the cap at three batches, no segment of the
    index ever holds more, however many batches come."""
    monkeypatch.setattr("desktop.store.search.merging.MAX_MERGED_DOCS", 3 * PARALLEL_MIN)
    started = sizes_sent(monkeypatch, "start_merge")
    largest = 0
    for batch in range(30):
        add_batches_from(notebook, batch * PARALLEL_MIN)
        largest = max(largest, *(s.doc_count_all() for s in notebook.index.ix._segments()))
    notebook._store_background_merge()
    segments = [s.doc_count_all() for s in notebook.index.ix._segments()]
    assert started and not notebook._segment_builder.broken
    assert max(largest, *segments) <= 3 * PARALLEL_MIN
    assert sum(segments) == 30 * PARALLEL_MIN


WORKERS_THEN_SLEEP = """
import sys, time
from desktop.store.search.builder import SegmentBuilder, build_segment
from desktop.store.search.schema import IndexDoc, document_fields
builder = SegmentBuilder()
docs = [document_fields(IndexDoc(id=f"d{i}", title="t", body=f"word{i} text")) for i in range(80)]
builder.submit_batch("MAIN", docs).result()
builder.submit("MAIN", docs).result()
print(" ".join(map(str, builder.worker_pids())), flush=True)
time.sleep(600)
"""


def running(pid: int) -> bool:
    """The process exists and is not a zombie waiting to be reaped (Linux)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_the_workers_end_when_the_importing_process_is_killed(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKERS_THEN_SLEEP],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "FIELDNOTES_INDEX_WORKERS": "1"},
    )
    assert proc.stdout is not None
    pids = [int(p) for p in proc.stdout.readline().split()]
    assert len(pids) >= 2  # an indexing and a merge worker at least
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(running(pid) for pid in pids):
        time.sleep(0.1)
    alive = [pid for pid in pids if running(pid)]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)  # not left behind by a failing test
    assert not alive, "worker processes outlived the killed importing process"


def test_a_merges_sources_are_dropped_here_once_sent() -> None:
    """The executor keeps a call's arguments until its result is back: a Handover gives its
    segments up when pickled for the worker, which gets them whole."""
    import pickle

    from desktop.store.search.builder import Handover

    docs = [document_fields(IndexDoc(id=f"d{i}", title="t", body=f"word{i} text")) for i in range(5)]
    built = build_segment("MAIN", docs)
    handed = Handover((built,))
    sent = pickle.dumps(handed)
    assert handed.take() == ()
    (received,) = pickle.loads(sent).take()
    assert received.files == built.files and received.segment.doc_count_all() == 5
    merged = build_segment("MAIN", [], pickle.loads(sent))
    assert merged.segment.doc_count_all() == 5
