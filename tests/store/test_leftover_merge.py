"""The index segments a long import leaves beyond what the merge policy keeps are merged when the
import ends, in the merge worker, one merge at a time; a cancel drops the merge under way."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import importer
from desktop.store.notebook import Notebook
from desktop.store.search import builder as index_builder
from desktop.store.search.builder import PARALLEL_MIN, SegmentBuilder
from desktop.store.search.merging import MAX_MERGED_DOCS, MAX_SEGMENTS, MERGE_AT_ONCE, plan_leftovers
from tests.store.test_index_builder import add_batches, report


@dataclass(frozen=True)
class FakeSegment:
    docs: int

    def doc_count_all(self) -> int:
        return self.docs


def test_leftovers_are_the_smallest_past_the_policys_count() -> None:
    assert plan_leftovers([FakeSegment(2000) for _ in range(MAX_SEGMENTS)]) == []
    full = [FakeSegment(MAX_MERGED_DOCS) for _ in range(3)]
    small = [FakeSegment(1000 + i) for i in range(MAX_SEGMENTS)]
    to_merge = plan_leftovers(full + small)
    assert to_merge == small[:MERGE_AT_ONCE]  # the smallest, never a full one
    assert sum(s.docs for s in to_merge) <= MAX_MERGED_DOCS
    assert plan_leftovers([FakeSegment(MAX_MERGED_DOCS) for _ in range(MAX_SEGMENTS + 3)]) == []


def _hits(nb: Notebook, query: str) -> tuple[int, dict[str, float]]:
    result = nb.search(query, limit=1000)
    return result.total, {h.id: h.score for h in result.hits}


def _few_segments_kept(monkeypatch: pytest.MonkeyPatch, count: int) -> None:
    """From now on the merge policy keeps `count` segments (the import itself ran with the real one)."""
    monkeypatch.setattr("desktop.store.search.merging.MAX_SEGMENTS", count)


def test_leftover_segments_are_merged_in_the_worker(
    notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = add_batches(notebook, 10)
    notebook._store_background_merge()
    before = len(notebook.index.ix._segments())
    queries = ["soldiers", "uniq00007", '"former soldiers"', "report", "Badakhshan~"]
    expected = {q: _hits(notebook, q) for q in queries}
    _few_segments_kept(monkeypatch, 2)
    started: list[int] = []
    original = SegmentBuilder.start_merge
    monkeypatch.setattr(
        SegmentBuilder, "start_merge", lambda self, w, s: started.append(len(s)) or original(self, w, s)
    )
    list(notebook.merge_leftover_segments())
    segments = notebook.index.ix._segments()
    assert before > 2 and started and len(segments) <= 2
    assert sum(s.doc_count_all() for s in segments) == 10 * PARALLEL_MIN
    assert notebook.index.ids() == ids
    for query, (total, scores) in expected.items():
        found_total, found = _hits(notebook, query)
        assert found_total == total and found.keys() == scores.keys(), query
        assert all(found[i] == pytest.approx(s, rel=1e-9) for i, s in scores.items())  # sums may regroup
    path = notebook.path
    notebook.close()
    with Notebook.open(path, None) as reopened:
        assert len(reopened.index.ix._segments()) == len(segments) and report(reopened).ok


def test_nothing_is_written_when_nothing_is_left(notebook: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    add_batches(notebook, 3)
    notebook._store_background_merge()
    generation = notebook.index.ix.latest_generation()
    assert list(notebook.merge_leftover_segments()) == []
    assert notebook.index.ix.latest_generation() == generation


def test_a_cancel_drops_the_merge_under_way(notebook: Notebook, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = add_batches(notebook, 10)
    notebook._store_background_merge()
    names = sorted(s.segment_id() for s in notebook.index.ix._segments())
    _few_segments_kept(monkeypatch, 2)
    monkeypatch.setattr(index_builder, "LEFTOVER_WAIT", 0.0)  # yields at once while the merge runs
    merging = notebook.merge_leftover_segments()
    next(merging)
    builder = notebook._segment_builder
    assert builder.pending is not None and "merge" in builder._pools
    merging.close()  # the import was cancelled
    assert builder.pending is None and "merge" not in builder._pools  # its worker ended, not waited for
    assert sorted(s.segment_id() for s in notebook.index.ix._segments()) == names  # the sources stay
    assert notebook.index.ids() == ids and report(notebook).ok
    add_batches(notebook, 1, size=PARALLEL_MIN)  # the next import starts a new merge worker when due
    assert not builder.broken


def test_an_import_of_files_ends_with_the_merge(
    tmp_path: Path, notebook: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    for i in range(6 * PARALLEL_MIN):
        (folder / f"{i}.txt").write_text(
            f"Report {i}: soldiers detained, token uniq{i:05d}.", encoding="utf-8"
        )
    monkeypatch.setattr(importer, "BATCH_FILES", PARALLEL_MIN)
    calls: list[int] = []
    original = Notebook.merge_leftover_segments
    monkeypatch.setattr(Notebook, "merge_leftover_segments", lambda self: calls.append(1) or original(self))
    _few_segments_kept(monkeypatch, 2)
    results = [r for r in importer.import_paths(notebook, [folder]) if isinstance(r, importer.ImportResult)]
    assert len(results) == 6 * PARALLEL_MIN and calls == [1]
    notebook._store_background_merge()
    assert len(notebook.index.ix._segments()) <= 2
    assert notebook.search("soldiers").total == 6 * PARALLEL_MIN
