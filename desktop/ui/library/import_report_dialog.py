"""After an import: how many files had each outcome, and a line for every file with its reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.importer import ImportResult, count_outcomes

# the order files not imported are listed in: what needs attention first
_ORDER = {"error": 0, "skipped": 1, "duplicate": 2}


def summary(results: list[ImportResult], cancelled: bool) -> str:
    counts = count_outcomes(results)
    text = (
        f"Imported {counts['imported']} file(s); {counts['duplicate']} already in the notebook; "
        f"{counts['skipped']} skipped (not an article format or not a document); "
        f"{counts['error']} could not be read."
    )
    if cancelled:
        text += "\nThe import was cancelled: files after the last completed batch were not imported."
    return text


def line(result: ImportResult) -> str:
    """One file's line: its name, what happened and why."""
    name = Path(result.path).name or result.path
    if result.status == "duplicate":
        return f"{name}: already in the notebook as “{result.title}”"
    if result.status == "skipped":
        return f"{name}: skipped, {result.reason}"
    if result.status == "error":
        return f"{name}: {result.error}"
    return f"{name}: imported as “{result.title}”"


class ImportReportDialog(QDialog):
    """`problems` lists every file not imported (errors, then skipped, then duplicates) and
    `imported` the others, so that every file of the import has a line."""

    def __init__(self, results: list[ImportResult], cancelled: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import finished" if not cancelled else "Import cancelled")
        self.resize(640, 420)
        label = QLabel(summary(results, cancelled), self, wordWrap=True)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName("Files not imported")
        not_imported = [r for r in results if r.status != "imported"]
        for result in sorted(not_imported, key=lambda r: _ORDER.get(r.status, 3)):
            self.problems.addItem(line(result))
        self.imported = QListWidget(self)
        self.imported.setAccessibleName("Files imported")
        for result in results:
            if result.status == "imported":
                self.imported.addItem(line(result))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.problems, 2)
        if self.imported.count():
            layout.addWidget(QLabel("Imported:", self))
            layout.addWidget(self.imported, 1)
        else:
            self.imported.hide()
        layout.addWidget(buttons)
