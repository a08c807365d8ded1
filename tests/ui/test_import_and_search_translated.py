"""The import report, the status bar after an import and the search box's errors in Dari and Pashto,
for real inputs: files that cannot be read, a REFI-QDA project chosen directly (one line, with its
counts) and queries the search cannot read; the key names of shortcuts in menus, the shortcuts
list and the search box; citation types in the metadata dialog."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.importer import ImportResult
from desktop.store.notebook import Notebook
from desktop.ui.common import language
from desktop.ui.library.import_report_dialog import ImportReportDialog
from desktop.ui.library.metadata_dialog import MetadataDialog
from desktop.ui.library.original_dialog import OriginalDialog
from desktop.ui.library.search_panel import SearchPanel
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.samples import sample_paths
from desktop.ui.shell.session import Session
from desktop.ui.shell.shortcuts_dialog import shortcut_rows
from tests.exchange import qda_samples

ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
# what may stay Latin in a translated line: file names, format and product names, the query syntax
KEPT = re.compile(r"[\w.-]*\.(pdf|qdpx|xyz|txt|html|docx)\b|REFI-QDA|PDF|Word|zip|Fieldnotes|tag:|date:|\d+")


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    def install(code: str) -> None:
        language.install(qapp, code)

    yield install
    language.install(qapp, "en")


def _english_left(text: str) -> list[str]:
    """Latin words left once names and an article's title («…», data) are taken out."""
    return re.findall(r"[A-Za-z]{3,}", KEPT.sub("", re.sub(r"«[^»]*»", "", text)))


def _files(tmp_path: Path) -> list[Path]:
    broken_pdf = tmp_path / "report.pdf"
    broken_pdf.write_bytes(b"this is no PDF at all, only text named .pdf")
    broken_project = tmp_path / "broken.qdpx"
    broken_project.write_text("not a zip", encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "table.xyz").write_text("a spreadsheet export", encoding="utf-8")
    project = qda_samples.write_qdpx(tmp_path / "nvivo.qdpx", qda_samples.nvivo_like())
    return [sample_paths()[0], broken_pdf, broken_project, folder, project]


def _report_lines(qtbot, window, paths: list[Path]) -> tuple[list[str], list[str]]:  # noqa: ANN001
    window.start_import(paths)
    qtbot.waitUntil(lambda: window.runner.report is not None, timeout=30_000)
    report = window.runner.report
    problems = [report.problems.item(i).text() for i in range(report.problems.count())]
    imported = [report.imported.item(i).text() for i in range(report.imported.count())]
    report.close()
    return problems, imported


def test_in_english_a_project_chosen_directly_has_one_line_with_its_counts(qtbot, window, tmp_path):  # noqa: ANN001
    problems, imported = _report_lines(qtbot, window, _files(tmp_path))
    assert problems == [
        "report.pdf: is not a PDF file",
        "broken.qdpx: not a REFI-QDA project (not a zip archive)",
        "table.xyz: skipped, unsupported type (.xyz)",
    ]
    assert imported[1] == (
        "nvivo.qdpx: imported as “REFI-QDA project: 1 source, 1 code, 1 annotation stored; 4 records skipped”"
    )
    assert len(imported) == 2  # the sample article, and the project as one line (not one per source)
    status = window.statusBar().currentMessage()
    assert status == "Imported 1 article and 1 REFI-QDA project (1 new source)."


@pytest.mark.parametrize("code", ["fa", "ps"])
def test_the_import_report_and_the_status_bar_are_translated(qtbot, window, tmp_path, speaking, code):  # noqa: ANN001
    speaking(code)
    problems, imported = _report_lines(qtbot, window, _files(tmp_path))
    assert len(problems) == 3 and len(imported) == 2
    for line in problems + imported + [window.statusBar().currentMessage()]:
        assert ARABIC_SCRIPT.search(line), line
        assert not _english_left(line), line
    assert "report.pdf" in problems[0] and "broken.qdpx" in problems[1] and "table.xyz" in problems[2]
    assert "REFI-QDA" in imported[1] and "nvivo.qdpx" in imported[1]
    assert "could not" not in " ".join(problems) and "stored" not in imported[1]


@pytest.mark.parametrize("code", ["fa", "ps"])
@pytest.mark.parametrize("query", ['date:"xx"', "date:[2020 TO xx]", ">'"])
def test_a_query_the_search_cannot_read_is_explained_in_the_interface_language(
    qtbot,  # noqa: ANN001
    samples_nb: Notebook,
    speaking,  # noqa: ANN001
    code: str,
    query: str,
) -> None:
    panel = SearchPanel(samples_nb)
    qtbot.addWidget(panel)
    panel.run(query)
    english = panel.status.text()
    assert "could not understand" in english
    speaking(code)
    panel.run(query)
    shown = panel.status.text()
    assert shown != english and ARABIC_SCRIPT.search(shown)
    assert not _english_left(re.sub(r"<[^>]+>|style='[^']*'", "", shown)), shown


def test_an_unbalanced_quote_still_searches(qtbot, samples_nb: Notebook) -> None:  # noqa: ANN001
    panel = SearchPanel(samples_nb)
    qtbot.addWidget(panel)
    panel.run('"former soldiers')
    assert panel.result is not None and panel.result.total >= 1


@pytest.mark.parametrize("code", ["fa", "ps"])
def test_shortcut_key_names_are_translated_in_menus_and_the_search_box(
    qtbot,  # noqa: ANN001
    samples_nb: Notebook,
    speaking,  # noqa: ANN001
    code: str,
) -> None:
    speaking(code)
    window = MainWindow(Session(samples_nb.path, None, samples_nb))
    qtbot.addWidget(window)
    native = QKeySequence.SequenceFormat.NativeText
    folder = window.commands.import_folder.shortcut().toString(native)  # Ctrl+Shift+I
    assert ARABIC_SCRIPT.search(folder) and "Ctrl" not in folder and "Shift" not in folder
    assert folder.endswith("+I")  # letters stay as on the keycap
    search = window.commands.search.shortcut().toString(native)
    placeholder = window.workspace.search_field.placeholderText()
    assert f"({search})" in placeholder and "Ctrl" not in placeholder
    rows = {row.action: row.keys for row in shortcut_rows(window)}
    assert all("Ctrl" not in keys and "Shift" not in keys for keys in rows.values()), rows


@pytest.mark.parametrize("code", ["fa", "ps"])
def test_citation_types_are_named_in_the_language_and_saved_as_csl_codes(
    qtbot,  # noqa: ANN001
    samples_nb: Notebook,
    speaking,  # noqa: ANN001
    code: str,
) -> None:
    speaking(code)
    row = next(r for r in samples_nb.article_rows(limit=50) if "Kunduz" in r.title)
    article = samples_nb.article(row.id)
    dialog = MetadataDialog(article)
    qtbot.addWidget(dialog)
    names = [dialog.type.itemText(i) for i in range(dialog.type.count())]
    assert all(ARABIC_SCRIPT.search(name) for name in names), names
    assert dialog.value()["type"] == article.csl["type"] == "article-newspaper"  # kept as it was
    dialog.type.setCurrentIndex(dialog.type.findData("report"))
    assert dialog.value()["type"] == "report"
    dialog.type.setEditText("thesis")  # a CSL type the list does not offer, typed as its code
    assert dialog.value()["type"] == "thesis"
    original = OriginalDialog(samples_nb, article)
    qtbot.addWidget(original)
    assert f"\u2068{article.filename}\u2069" in original.windowTitle()  # the name keeps its order


def test_a_long_report_line_wraps_with_every_line_shown(qtbot, speaking) -> None:  # noqa: ANN001
    speaking("ps")  # Pashto's project line is the longest, and its letters taller than Latin ones
    records = tuple(
        {"kind": kind, "status": status, "label": "x", "reason": "", "id": ""}
        for kind, status in [("source", "stored"), ("code", "stored"), ("annotation", "stored")]
        + [("case", "skipped")] * 4
    )
    result = ImportResult("/field/nvivo.qdpx", "imported", records=records)
    dialog = ImportReportDialog([result], False)
    qtbot.addWidget(dialog)
    dialog.resize(420, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = dialog.imported.visualItemRect(dialog.imported.item(0))
    # two lines at this width, each as high as its Arabic-script letters (Qt's plain rows clipped the second)
    assert row.height() >= 2 * dialog.imported.fontMetrics().height()
    assert row.width() <= dialog.imported.viewport().width()  # wrapped, not scrolled sideways
