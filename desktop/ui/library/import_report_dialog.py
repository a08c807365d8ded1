"""After an import: how many files had each outcome, and a line for every file with its reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.importer import ImportResult, count_outcomes
from desktop.ui.common.local_format import isolate, number

translate = QCoreApplication.translate

# the order files not imported are listed in: what needs attention first
_ORDER = {"error": 0, "skipped": 1, "duplicate": 2}


def summary(results: list[ImportResult], cancelled: bool) -> str:
    counts = count_outcomes(results)
    text = translate(
        "ImportReportDialog",
        "Imported {imported} file(s); {duplicate} already in the notebook; "
        "{skipped} skipped (not an article format or not a document); {error} could not be read.",
    ).format(**{key: number(counts[key]) for key in ("imported", "duplicate", "skipped", "error")})
    if cancelled:
        text += "\n" + translate(
            "ImportReportDialog",
            "The import was cancelled: files after the last completed batch were not imported.",
        )
    return text


def line(result: ImportResult) -> str:
    """One file's line: its name, what happened and why."""
    name = isolate(Path(result.path).name or result.path)
    if result.status == "duplicate":
        return translate("ImportReportDialog", "{name}: already in the notebook as “{title}”").format(
            name=name, title=result.title
        )
    if result.status == "skipped":
        return translate("ImportReportDialog", "{name}: skipped, {reason}").format(
            name=name, reason=result.reason
        )
    if result.status == "error":
        return f"{name}: {result.error}"
    return translate("ImportReportDialog", "{name}: imported as “{title}”").format(
        name=name, title=result.title
    )


class ImportReportDialog(QDialog):
    """`problems` lists every file not imported (errors, then skipped, then duplicates) and
    `imported` the others, so that every file of the import has a line."""

    def __init__(self, results: list[ImportResult], cancelled: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished") if not cancelled else self.tr("Import cancelled"))
        self.resize(640, 420)
        label = QLabel(summary(results, cancelled), self, wordWrap=True)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Files not imported"))
        not_imported = [r for r in results if r.status != "imported"]
        for result in sorted(not_imported, key=lambda r: _ORDER.get(r.status, 3)):
            self.problems.addItem(line(result))
        self.imported = QListWidget(self)
        self.imported.setAccessibleName(self.tr("Files imported"))
        for result in results:
            if result.status == "imported":
                self.imported.addItem(line(result))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.problems, 2)
        if self.imported.count():
            layout.addWidget(QLabel(self.tr("Imported:"), self))
            layout.addWidget(self.imported, 1)
        else:
            self.imported.hide()
        layout.addWidget(buttons)
