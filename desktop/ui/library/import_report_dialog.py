"""After an import: how many files had each outcome, and a line for every file with its reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.importer import ImportResult
from desktop.ui.library.import_texts import line, summary

# the order files not imported are listed in: what needs attention first
_ORDER = {"error": 0, "skipped": 1, "duplicate": 2}


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
