"""The export dialog: choose what goes into a cited summary, preview it, save it in any format.

The notebook is read on the GUI thread (milliseconds); pandoc renders the preview and the file
off it (GeneratorWorker), so typing never freezes the window.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import lxml.html
from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.export.styles import SHIPPED_STYLES, resolve_style
from desktop.export.summary import Summary
from desktop.export.summary_render import SUMMARY_FORMATS, render_summary
from desktop.export.summary_render import export_summary as write_summary_files
from desktop.selection import Resolved, Selection, resolve
from desktop.store.errors import NotebookError
from desktop.store.notebook import Notebook
from desktop.summaries import ORDERS, SummaryOptions, build_summary, default_title, log_export
from desktop.ui.common.core_messages import error_text
from desktop.ui.common.error_message import show_error
from desktop.ui.common.worker import GeneratorWorker

LOAD_STYLE = QT_TRANSLATE_NOOP("ExportDialog", "Load .csl file…")
PREVIEW_DELAY_MS = 250
_SCOPES = {
    "selection": QT_TRANSLATE_NOOP("ExportDialog", "Current selection"),
    "tag": QT_TRANSLATE_NOOP("ExportDialog", "Tag"),
    "query": QT_TRANSLATE_NOOP("ExportDialog", "Search"),
    "everything": QT_TRANSLATE_NOOP("ExportDialog", "Whole notebook"),
}
_ORDER_NAMES = {
    "source": QT_TRANSLATE_NOOP("ExportDialog", "By source"),
    "date": QT_TRANSLATE_NOOP("ExportDialog", "By date"),
    "tag": QT_TRANSLATE_NOOP("ExportDialog", "By tag"),
    "event": QT_TRANSLATE_NOOP("ExportDialog", "By event"),
}
_FORMAT_NAMES = {
    "md": "Markdown",
    "html": "HTML",
    "docx": QT_TRANSLATE_NOOP("ExportDialog", "Word (DOCX)"),
    "odt": QT_TRANSLATE_NOOP("ExportDialog", "OpenDocument (ODT)"),
    "pdf": "PDF",
}
_RTL_BLOCKS = ("p", "blockquote", "div", "li", "td", "th", "h1", "h2", "h3")


class PreviewBrowser(QTextBrowser):
    """A read-only view of the rendered summary that never loads anything: no images, no links."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Preview"))

    def loadResource(self, kind: int, url: QUrl | str) -> Any:  # noqa: N802 - Qt's name
        return None  # a quote's HTML could name a remote image: fetching it would leak the reading


class ExportDialog(QDialog):
    """`ExportDialog(nb, selection=…, parent=…)`; `saved(list of paths)` after each Save."""

    saved = Signal(list)

    def __init__(
        self, nb: Notebook, *, selection: Selection | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export cited summary"))
        self.resize(900, 640)
        self.nb = nb
        self.selection = selection if selection and not selection.is_empty() else None
        self.workers: set[GeneratorWorker] = set()
        self.generation = 0
        self.preview_html = ""
        self._pending_log: tuple[Selection, Resolved, str, str] = (Selection(), Resolved(), "", "")
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self._connect()
        self.refresh_preview()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.scope = QComboBox(self)
        for key, label in _SCOPES.items():
            if key != "selection" or self.selection:
                self.scope.addItem(self.tr(label), key)
        self.tag = QComboBox(self, editable=True)
        self.tag.addItems(sorted((t.path for t in self.nb.tags.all()), key=str.casefold))
        self.query = QLineEdit(self, placeholderText=self.tr('e.g. "former soldiers" AND Badakhshan'))
        self.order = QComboBox(self)
        for order in ORDERS:
            name = _ORDER_NAMES.get(order)
            self.order.addItem(self.tr(name) if name else f"By {order}", order)
        self.title = QLineEdit(self)
        self.checks = {
            name: QCheckBox(label, self)
            for name, label in (
                ("quotes", self.tr("&Quotes")),
                ("notes", self.tr("&Notes")),
                ("events_table", self.tr("&Events table")),
                ("appendix", self.tr("Custody &appendix")),
                ("bibliography", self.tr("&Bibliography")),
            )
        }
        for name in ("quotes", "notes", "bibliography"):
            self.checks[name].setChecked(True)
        self.style_box = QComboBox(self)
        for name in SHIPPED_STYLES:
            self.style_box.addItem(resolve_style(name).title, name)
        self.style_box.addItem(self.tr(LOAD_STYLE), None)
        self.format = QComboBox(self)
        for fmt in SUMMARY_FORMATS:
            self.format.addItem(self.tr(_FORMAT_NAMES[fmt]), fmt)
        self.format.setCurrentIndex(SUMMARY_FORMATS.index("docx"))
        self.preview = PreviewBrowser(self)
        self.status = QLabel(self)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Include:"), self.scope),
            (self.tr("&Tag:"), self.tag),
            (self.tr("Searc&h:"), self.query),
            (self.tr("&Order:"), self.order),
            (self.tr("T&itle:"), self.title),
            (self.tr("St&yle:"), self.style_box),
            (self.tr("&Format:"), self.format),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        boxes = QVBoxLayout()
        for box in self.checks.values():
            boxes.addWidget(box)
        form.addRow(self.tr("Show:"), boxes)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        side.addWidget(self.status)
        row = QHBoxLayout()
        row.addLayout(side, 1)
        row.addWidget(self.preview, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(row)
        outer.addWidget(self.buttons)
        self._scope_changed()

    def _connect(self) -> None:
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.style_box.activated.connect(self._style_activated)
        for box in (self.scope, self.tag, self.order, self.style_box):
            box.currentIndexChanged.connect(self.schedule_preview)
        self.tag.editTextChanged.connect(self.schedule_preview)
        self.query.textChanged.connect(self.schedule_preview)
        self.title.textChanged.connect(self.schedule_preview)
        for check in self.checks.values():
            check.toggled.connect(self.schedule_preview)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # -- the user's choice --------------------------------------------------------------------
    def chosen_selection(self) -> Selection:
        scope = self.scope.currentData()
        if scope == "selection" and self.selection is not None:
            return self.selection
        if scope == "tag":
            return Selection(tag=self.tag.currentText().strip() or None)
        if scope == "query":
            return Selection(query=self.query.text().strip() or None)
        return Selection(everything=True)

    def options(self, selection: Selection) -> SummaryOptions:
        values = {name: box.isChecked() for name, box in self.checks.items()}
        title = self.title.text().strip() or default_title(selection)
        return SummaryOptions(title=title, order=self.order.currentData(), **values)

    def chosen_style(self) -> str:
        return str(self.style_box.currentData() or "apa")

    def _scope_changed(self) -> None:
        scope = self.scope.currentData()
        self.tag.setEnabled(scope == "tag")
        self.query.setEnabled(scope == "query")

    def _style_activated(self, index: int) -> None:
        if self.style_box.itemData(index) is not None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a CSL style"), "", self.tr("CSL styles (*.csl)")
        )
        self.style_box.setCurrentIndex(0)
        if not path:
            return
        try:
            style = resolve_style(Path(path))
        except ValueError as exc:
            show_error(self, self.tr("Citation style"), str(exc))
            return
        self.style_box.insertItem(self.style_box.count() - 1, style.title, str(path))
        self.style_box.setCurrentIndex(self.style_box.count() - 2)

    # -- preview and save ---------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """True while a preview is due or rendering, or a file is being saved."""
        return bool(self.workers) or self._timer.isActive()

    @property
    def saving(self) -> bool:
        return not self.save_button.isEnabled()

    def schedule_preview(self, *_: object) -> None:
        self._timer.start()

    def _summary(self) -> tuple[Selection, Resolved, Summary] | None:
        """Read the notebook for the current choice (GUI thread); None with a status on failure."""
        selection = self.chosen_selection()
        if selection.is_empty():
            self.status.setText(self.tr("Choose a tag or type a search."))
            return None
        try:
            resolved = resolve(self.nb, selection)
            summary = build_summary(self.nb, resolved, self.options(selection))
        except (NotebookError, ValueError, OSError) as exc:  # a bad query, a deleted record
            self.status.setText(error_text(exc))
            return None
        count = sum(len(s.items) for s in summary.sections)
        self.status.setText(
            self.tr("%n item(s)", "", count) + self.tr(" from %n source(s)", "", len(summary.references))
        )
        return selection, resolved, summary

    def refresh_preview(self) -> None:
        """Render the preview now (off the GUI thread); older renders still running are ignored."""
        built = self._summary()
        if built is None:
            return
        self.generation += 1
        generation, style, summary = self.generation, self.chosen_style(), built[2]
        worker = GeneratorWorker(lambda: _preview_job(summary, style, generation))
        # Bound methods, not lambdas: Qt drops these connections if the dialog goes first.
        worker.signals.item.connect(self._show_preview)
        worker.signals.failed.connect(self.status.setText)
        self._run(worker)

    def _show_preview(self, rendered: tuple[int, str]) -> None:
        generation, html = rendered
        if generation == self.generation:
            self.preview_html = html
            self.preview.setHtml(html)

    def save(self) -> None:
        """Ask where, then render and write the file off the GUI thread and log the export."""
        built = self._summary()
        if built is None:
            return
        selection, resolved, summary = built
        fmt = str(self.format.currentData())
        name = _file_name(summary.title, fmt)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save summary"), name, f"{self.tr(_FORMAT_NAMES[fmt])} (*.{fmt})"
        )
        if not path:
            return
        dest = Path(path) if Path(path).suffix else Path(path).with_suffix(f".{fmt}")
        style = self.chosen_style()
        self._pending_log = (selection, resolved, fmt, style)
        worker = GeneratorWorker(lambda: _save_job(summary, dest, fmt, style))
        worker.signals.item.connect(self._saved)
        worker.signals.failed.connect(self._save_failed)
        worker.signals.finished.connect(self._save_finished)
        self.save_button.setEnabled(False)
        self._run(worker)

    def _saved(self, files: list[Path]) -> None:
        selection, resolved, fmt, style = self._pending_log
        contents = {p: p.read_bytes() for p in files}
        log_export(
            self.nb,
            kind="summary",
            fmt=fmt,
            files=contents,
            selection=selection,
            resolved=resolved,
            style=style,
        )
        self.status.setText(self.tr("Saved {files}").format(files=self.tr(", ").join(p.name for p in files)))
        self.saved.emit(files)

    def _save_failed(self, message: str) -> None:
        show_error(self, self.tr("Saving the summary"), message)

    def _save_finished(self, _cancelled: bool) -> None:
        self.save_button.setEnabled(True)

    def _run(self, worker: GeneratorWorker) -> None:
        self.workers.add(worker)
        # Only Python state here, so it is safe even after the dialog's widgets are gone.
        worker.signals.finished.connect(lambda _: self.workers.discard(worker))
        worker.start()

    def done(self, result: int) -> None:
        if self.saving:  # the export must reach the custody log: close once it has
            self.status.setText(self.tr("Saving… the dialog closes when the file is written."))
            return
        self._timer.stop()
        for worker in list(self.workers):
            worker.cancel()
        super().done(result)


def _preview_job(summary: Summary, style: str, generation: int) -> Iterator[tuple[int, str]]:
    result = render_summary(summary, fmt="html", style=style)
    yield generation, preview_html(result.output.decode("utf-8"))


def _save_job(summary: Summary, dest: Path, fmt: str, style: str) -> Iterator[list[Path]]:
    yield write_summary_files(summary, dest=dest, fmt=fmt, style=style)  # type: ignore[arg-type]


def preview_html(html: str) -> str:
    """pandoc's HTML made safe and right for QTextBrowser: no scripts or links to other files,
    and `dir="rtl"` on every block inside a right-to-left one (Qt does not inherit it)."""
    root = lxml.html.document_fromstring(html)
    for element in root.xpath("//script | //link | //iframe | //object | //embed"):
        element.drop_tree()
    for element in root.xpath('//*[@dir="rtl"]'):
        for block in element.iter(*_RTL_BLOCKS):
            block.set("dir", "rtl")
    return lxml.html.tostring(root, encoding="unicode")


def _file_name(title: str, fmt: str) -> str:
    stem = "".join(c if c.isalnum() or c in " -_" else " " for c in title).strip()
    return f"{'-'.join(stem.split())[:60] or 'summary'}.{fmt}"
