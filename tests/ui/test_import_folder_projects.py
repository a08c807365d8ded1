"""A folder imported through the window that holds a REFI-QDA project: the project is imported, and
the import summary gives it one line, like the other files, with a count per outcome; a Cancel
during a project's import rolls it back and the report says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.progress import Progress
from desktop.ui.common.worker import GeneratorWorker
from desktop.ui.library import import_runner
from desktop.ui.shell.samples import sample_paths
from tests.exchange import qda_samples


def test_a_project_in_a_folder_is_imported_and_reported_as_one_line(qtbot, window, tmp_path):  # noqa: ANN001
    folder = tmp_path / "fieldwork"
    (folder / "coding").mkdir(parents=True)
    (folder / sample_paths()[0].name).write_bytes(sample_paths()[0].read_bytes())
    qda_samples.write_qdpx(folder / "coding" / "nvivo.qdpx", qda_samples.nvivo_like())
    (folder / "broken.qdpx").write_text("not a zip", encoding="utf-8")
    window.start_import([folder])
    qtbot.waitUntil(lambda: window.runner.report is not None, timeout=20_000)
    report = window.runner.report
    assert [report.problems.item(i).text() for i in range(report.problems.count())] == [
        "broken.qdpx: not a REFI-QDA project (not a zip archive)"
    ]
    imported = [report.imported.item(i).text() for i in range(report.imported.count())]
    assert len(imported) == 2
    assert imported[1] == (
        "nvivo.qdpx: imported as “REFI-QDA project: 1 source, 1 code, 1 annotation stored; 4 records skipped”"
    )
    counts = [label.text() for label in report.findChildren(QLabel) if "could not be read" in label.text()]
    assert counts == [
        "Imported 2 file(s); 0 already in the notebook; 0 skipped (not an article format or not a "
        "document); 1 could not be read."
    ]
    qtbot.waitUntil(lambda: window.workspace.library.model.rowCount() == 2)
    assert [t.path for t in window.session.nb.tags.all()] == ["Detention"]
    report.close()


class _CancelledInside(GeneratorWorker):
    """A worker whose Cancel is pressed once a project's sources are stored inside its transaction
    (in the worker's thread, so that it lands exactly there)."""

    def __init__(self, job) -> None:  # noqa: ANN001
        super().__init__(job)
        self.signals.progress.connect(self._progressed, Qt.ConnectionType.DirectConnection)

    def _progressed(self, progress: Progress) -> None:
        if progress.label == "storing" and progress.done > 0:
            self.cancel()


def test_cancel_during_a_project_import_rolls_it_back_and_says_so(qtbot, window, tmp_path, monkeypatch):  # noqa: ANN001
    monkeypatch.setattr(import_runner, "GeneratorWorker", _CancelledInside)
    project = qda_samples.write_qdpx(tmp_path / "nvivo.qdpx", qda_samples.nvivo_like())
    window.start_import([project])
    qtbot.waitUntil(lambda: window.runner.report is not None, timeout=20_000)
    report = window.runner.report
    assert report.windowTitle() == "Import cancelled"
    assert [report.problems.item(i).text() for i in range(report.problems.count())] == [
        "nvivo.qdpx: skipped, cancelled: nothing of this project was stored (its import was rolled back)"
    ]
    assert window.session.nb.count_articles() == 0 and window.session.nb.tags.all() == []
    assert window.statusBar().currentMessage() == "Imported 0 articles (cancelled)."
    report.close()
