"""Cancelling a REFI-QDA project import: stopping at any step, even inside its one transaction after
its sources were stored, leaves the notebook as it was (rows, search index, custody log, undo),
and the same project then imports whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.exchange import project_import
from desktop.importer import ImportResult, import_project_file
from desktop.progress import Progress
from desktop.store import custody
from desktop.store.notebook import Notebook
from tests.exchange import qda_samples


def _state(nb: Notebook) -> tuple[int, list[str], int, int, bool]:
    return (
        nb.count_articles(),
        [t.path for t in nb.tags.all()],
        sum(1 for _ in custody.entries(nb.db)),
        nb.search("Kabul").total,
        nb.undo.can_undo(),
    )


def _steps(nb: Notebook, path: Path) -> list[Progress | ImportResult]:
    return list(import_project_file(nb, path))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return qda_samples.write_qdpx(tmp_path / "qualcoder.qdpx", qda_samples.qualcoder_like())


def test_every_step_of_a_project_import_can_be_cancelled_without_a_trace(
    notebook: Notebook, project: Path, tmp_path: Path
) -> None:
    with Notebook.create(tmp_path / "count.fieldnotes", None) as counting:
        steps = _steps(counting, project)
    progress = [s for s in steps if isinstance(s, Progress)]
    storing = [p for p in progress if p.label == "storing" and p.done > 0]
    assert storing, "no step inside the transaction to cancel at"
    before = _state(notebook)
    for stop_at in range(len(progress)):
        running = import_project_file(notebook, project)
        for _ in range(stop_at + 1):
            assert isinstance(next(running), Progress)
        running.close()  # what the worker does when Cancel is pressed
        assert _state(notebook) == before, f"cancelled at step {stop_at}: {progress[stop_at]}"
    result = _steps(notebook, project)[-1]
    assert isinstance(result, ImportResult) and result.status == "imported"
    articles, tags, _entries, found, undoable = _state(notebook)
    assert (articles, found, undoable) == (1, 1, True)
    assert tags == ["Violations", "Violations/Detention", "Violations/Disappearance"]


def test_a_large_project_reports_progress_while_it_is_stored(
    notebook: Notebook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(project_import, "STORE_CHUNK", 1)  # one source a chunk, one step each
    monkeypatch.setattr(project_import, "ANNOTATIONS_PER_STEP", 1)
    xml, members = qda_samples.atlas_like()
    path = qda_samples.write_qdpx(tmp_path / "atlas.qdpx", xml, members)
    steps = _steps(notebook, path)
    storing = [s for s in steps if isinstance(s, Progress) and s.label == "storing"]
    sources = [r for r in steps[-1].records if r["kind"] == "source" and r["status"] == "stored"]
    annotations = [r for r in steps[-1].records if r["kind"] == "annotation" and r["status"] == "stored"]
    assert len(sources) >= 2
    # the step before the transaction, then one after each source and each annotation stored
    assert [p.done for p in storing[1:]] == list(range(1, len(sources) + len(annotations) + 1))
