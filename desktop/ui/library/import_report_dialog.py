"""After an import: how many files had each outcome, and a line for every file with its reason."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.importer import ImportResult
from desktop.ui.library.import_texts import line, summary
from desktop.ui.library.snippet_delegate import HtmlRole, SnippetDelegate

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
        self.problems = _wrapping_list(self)
        self.problems.setAccessibleName(self.tr("Files not imported"))
        not_imported = [r for r in results if r.status != "imported"]
        for result in sorted(not_imported, key=lambda r: _ORDER.get(r.status, 3)):
            _add_line(self.problems, line(result))
        self.imported = _wrapping_list(self)
        self.imported.setAccessibleName(self.tr("Files imported"))
        for result in results:
            if result.status == "imported":
                _add_line(self.imported, line(result))
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


def _wrapping_list(parent: QWidget) -> QListWidget:
    """A list whose long lines (a project's, in Pashto most) wrap, each row as high as its lines:
    laid out as rich text, since Qt's plain rows take their height from the Latin font and clip
    the taller Arabic-script lines below."""
    view = QListWidget(parent, resizeMode=QListView.ResizeMode.Adjust)
    view.setItemDelegate(SnippetDelegate(view))
    return view


def _add_line(view: QListWidget, text: str) -> None:
    item = QListWidgetItem(text)  # the text for tests and screen readers; painted from HtmlRole
    direction = "rtl" if view.isRightToLeft() else "ltr"
    item.setData(HtmlRole, f'<div dir="{direction}">{html.escape(text)}</div>')
    view.addItem(item)
