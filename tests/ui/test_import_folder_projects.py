"""A folder imported through the window that holds a REFI-QDA project: the project is imported, and
the import summary gives it one line, like the other files, with a count per outcome."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

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
