"""After an import: how many files came in, and each file that did not, with the reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.importer import ImportResult


def summary(results: list[ImportResult], cancelled: bool) -> str:
    counts = {s: sum(r.status == s for r in results) for s in ("imported", "duplicate", "error")}
    text = (
        f"Imported {counts['imported']} file(s); {counts['duplicate']} already in the notebook; "
        f"{counts['error']} could not be read."
    )
    if cancelled:
        text += "\nThe import was cancelled: files after the last completed batch were not imported."
    return text


class ImportReportDialog(QDialog):
    def __init__(self, results: list[ImportResult], cancelled: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import finished" if not cancelled else "Import cancelled")
        self.resize(640, 360)
        label = QLabel(summary(results, cancelled), self, wordWrap=True)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName("Files not imported")
        for r in results:
            if r.status == "error":
                self.problems.addItem(f"{Path(r.path).name}: {r.error}")
            elif r.status == "duplicate":
                self.problems.addItem(f"{Path(r.path).name}: already in the notebook as “{r.title}”")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
