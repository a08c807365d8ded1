"""Large imports index part of each batch in a worker process; nothing is lost if it fails."""

from __future__ import annotations

import random
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

import pytest
from whoosh.index import FileIndex
from whoosh.writing import MERGE_SMALL

from desktop.store import index_builder, maintenance
from desktop.store.index_builder import PARALLEL_MIN, SegmentBuilder, build_segment
from desktop.store.index_schema import IndexDoc, build_schema, document_fields
from desktop.store.index_storage import MemoryStorage
from desktop.store.index_writer import new_writer, plan_merge
from desktop.store.notebook import Notebook
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


def test_a_large_batch_is_indexed_in_two_processes_and_agrees_with_the_rows(notebook: Notebook) -> None:
    stored = notebook.add_articles(drafts(2 * PARALLEL_MIN))
    assert notebook._segment_builder._executor is not None, "the worker was not used"
    assert not notebook._segment_builder.broken
    assert notebook.index.ids() == {a.id for a in stored}
    for i in (0, PARALLEL_MIN - 1, PARALLEL_MIN, 2 * PARALLEL_MIN - 1):  # both halves of the batch
        hits = notebook.search(f"uniq{i:05d}").hits
        assert [h.id for h in hits] == [stored[i].id]
    assert notebook.search("badakhshan").total == 2 * PARALLEL_MIN
    assert report(notebook).ok


def test_merges_are_shared_with_the_worker_over_many_batches(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed: list[int] = []
    submit = SegmentBuilder.submit

    def spy(self: SegmentBuilder, indexname: str, documents: list[Any], merge: Any = ()) -> Any:
        handed.append(len(merge))
        return submit(self, indexname, documents, merge)

    monkeypatch.setattr(SegmentBuilder, "submit", spy)
    ids: set[str] = set()
    for batch in range(8):  # enough segments for the merge policy to merge some
        ids |= {a.id for a in notebook.add_articles(drafts(PARALLEL_MIN, batch * PARALLEL_MIN))}
    assert any(handed), "no segment was merged by the worker"
    assert not notebook._segment_builder.broken
    assert notebook.index.ids() == ids
    assert len(notebook.index.ix._segments()) < 16  # two per batch without merges
    assert notebook.search("soldiers").total == len(ids)
    assert report(notebook).ok


def test_a_failing_worker_leaves_its_documents_and_merges_to_this_process(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed: list[int] = []

    def broken(self: SegmentBuilder, indexname: str, documents: list[Any], merge: Any = ()) -> Future[Any]:
        handed.append(len(merge))
        future: Future[Any] = Future()
        future.set_exception(RuntimeError("worker died"))
        return future

    monkeypatch.setattr(SegmentBuilder, "submit", broken)
    ids: set[str] = set()
    for batch in range(14):  # one segment a batch: the policy merges (and hands some over) by then
        ids |= {a.id for a in notebook.add_articles(drafts(PARALLEL_MIN, batch * PARALLEL_MIN))}
    assert notebook._segment_builder.broken
    assert any(handed), "no merge was handed to the worker"
    assert notebook.index.ids() == ids
    assert notebook.search("uniq00000").total == 1
    assert notebook.search("soldiers").total == len(ids)
    assert report(notebook).ok


def test_the_worker_can_be_turned_off(notebook: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(index_builder.WORKERS_ENV, "0")
    stored = notebook.add_articles(drafts(2 * PARALLEL_MIN))
    assert notebook._segment_builder._executor is None
    assert notebook.index.ids() == {a.id for a in stored}


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
