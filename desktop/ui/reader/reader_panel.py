"""The reader: one article's plain text with its annotations highlighted, a metadata header,
find-in-article, and the actions on a selection (annotate) or the article (original, metadata).

Highlights are light tints of the tags' colours over the palette's base (`highlights.py`), so
they read in light and dark themes alike; they are repainted when the palette changes."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QToolBar, QVBoxLayout, QWidget

from desktop.csl.text import csl_names
from desktop.store.articles import Article
from desktop.store.errors import NotFound
from desktop.store.notebook import Notebook
from desktop.ui.common.contrast import RGB
from desktop.ui.common.local_format import date_with_solar, isolate, language_name
from desktop.ui.common.theme import rgb
from desktop.ui.reader import annotation_actions, highlights, text_direction
from desktop.ui.reader.find_bar import FindBar
from desktop.ui.reader.highlight_legend import HighlightLegend
from desktop.ui.reader.reader_text import ReaderText

Underline = QTextCharFormat.UnderlineStyle


class ReaderPanel(QWidget):
    """Shows `nb.article(id)`; keeps its highlights in step with the notebook's changes."""

    annotation_clicked = Signal(str)
    message = Signal(str)  # a hint for the status bar

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.article: Article | None = None
        self.annotations: list[Any] = []
        self.marks: list[highlights.Mark] = []
        self.selected_id: str | None = None
        self.header = QLabel(self, wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.header.setAccessibleName(self.tr("Article details"))
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = ReaderText(self)
        self.text.setAccessibleName(self.tr("Article text"))
        self.text.setAccessibleDescription(self.tr("Read-only; select a passage to annotate it"))
        self.legend = HighlightLegend(self)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._context_menu)
        self.text.cursorPositionChanged.connect(self._cursor_moved)
        self.find_bar = FindBar(self.text, self)
        self.toolbar = QToolBar(self.tr("Article"), self)
        self.annotate_action = self._action(
            self.tr("&Annotate selection…"), "Ctrl+E", self.annotate_selection
        )
        self.find_action = self._action(
            self.tr("&Find in article…"), QKeySequence.StandardKey.Find, self.find_bar.start
        )
        self.original_action = self._action(self.tr("Show &original"), "", self.show_original)
        self.metadata_action = self._action(self.tr("Edit &metadata…"), "Ctrl+Shift+M", self.edit_metadata)
        self.event_action = self._action(self.tr("New &event from passage…"), "Ctrl+Shift+E", self.new_event)
        self.highlight_action = self._action(self.tr("Show &highlights"), "Ctrl+Shift+H", self._paint)
        self.highlight_action.setCheckable(True)
        self.highlight_action.setChecked(True)
        self.highlight_action.setToolTip(self.tr("Show or hide the highlights (Ctrl+Shift+H)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.toolbar, self.header, self.legend, self.find_bar, self.text):
            layout.addWidget(widget)
        self._base_font = self.text.font()
        self.show_article(None)
        nb.add_listener(self._on_change)

    def detach(self) -> None:
        """Stop listening (before the notebook closes)."""
        self.nb.remove_listener(self._on_change)

    def _on_change(self, change: Any) -> None:
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: the tints follow the new base
            self._paint()

    def _action(self, text: str, shortcut: Any, slot: Any) -> QAction:
        action = QAction(text.replace("&", "").rstrip("…"), self, triggered=lambda _=False: slot())
        action.setText(text)
        if shortcut:  # window-wide: there is one reader per window
            action.setShortcut(QKeySequence(shortcut))
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def article_actions(self) -> list[QAction]:
        """Annotate, find, show original, edit metadata (for the window's menu)."""
        return [
            self.annotate_action,
            self.event_action,
            self.find_action,
            self.original_action,
            self.metadata_action,
            self.highlight_action,
        ]

    # -- showing --------------------------------------------------------------------------------
    def show_article(self, article_id: str | None) -> None:
        """Show an article (None: nothing) with its highlights, scrolled to the top."""
        try:
            self.article = self.nb.article(article_id) if article_id else None
        except NotFound:
            self.article = None
        for action in (self.annotate_action, self.original_action, self.metadata_action):
            action.setEnabled(self.article is not None)
        article = self.article
        direction = article.direction if article else "ltr"
        text_direction.apply_direction(self.text, direction, self._base_font)
        text_direction.apply_direction(self.header, direction, self.font())
        self.text.document().setDefaultTextOption(text_direction.text_option(direction))
        self.text.setPlainText(article.text if article else "")
        self.header.setText(
            _header_html(article) if article else "<i>{}</i>".format(self.tr("No article open"))
        )
        self.refresh_highlights()

    def refresh_highlights(self) -> None:
        """Read the article's annotations, their tags' colours and which back events; repaint."""
        article = self.article
        self.annotations = self.nb.annotations.for_article(article.id) if article else []
        self.marks = highlights.marks_in(self.nb, article.id if article else "", self.annotations)
        self._paint()

    def select_annotation(self, annotation_id: str | None) -> None:
        """Underline this annotation's passage more strongly (the one chosen in the notes list)."""
        if annotation_id != self.selected_id:
            self.selected_id = annotation_id
            self._paint()

    def highlights_shown(self) -> bool:
        return self.highlight_action.isChecked()

    def _paint(self) -> None:
        """Formats over the plain text: one per stretch covered by the same annotations."""
        cursor = QTextCursor(self.text.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())
        palette = self.palette()  # the text view's too; up to date while a theme switch reaches it
        base, ink = rgb(palette, QPalette.ColorRole.Base), rgb(palette, QPalette.ColorRole.Text)
        marks = self.marks if self.highlight_action.isChecked() else []
        for segment in highlights.segments(marks):
            self._select(cursor, segment.start, segment.end)
            cursor.mergeCharFormat(self._format(segment, base=base, ink=ink))
        text = self.article.text if self.article else ""
        spans = [
            (text_direction.qt_offset(text, m.start), text_direction.qt_offset(text, m.end))
            for m in marks
            if m.evidence
        ]
        self.text.set_evidence(spans, QColor(*highlights.evidence_mark(base)))
        entries = []
        for label, colour in highlights.legend(marks):
            tint = highlights.fill([colour], base=base, text=ink)
            mark = highlights.underline(colour, background=tint)
            entries.append(
                (label, tint, highlights.evidence_mark(base) if label == highlights.EVIDENCE_LABEL else mark)
            )
        self.legend.show_entries(entries)

    def _format(self, segment: highlights.Segment, *, base: RGB, ink: RGB) -> QTextCharFormat:
        fmt = QTextCharFormat()
        filled = [m.color for m in segment.marks if m.filled]
        background = highlights.fill(filled, base=base, text=ink) if filled else base
        if filled:
            fmt.setBackground(QColor(*background))
        chosen = next((m for m in segment.marks if m.id == self.selected_id), None)
        if chosen is not None:  # the annotation chosen in the notes list: a solid underline
            style, colour = (
                Underline.SingleUnderline,
                highlights.underline(chosen.color, background=background),
            )
        elif len(segment.marks) > 1:  # overlapping annotations: a wave under the darker tint
            colours = [m.color for m in segment.marks]
            style, colour = (
                Underline.WaveUnderline,
                highlights.underline(highlights.mix(colours), background=background),
            )
        elif segment.marks[0].evidence:
            style, colour = Underline.DotLine, highlights.evidence_mark(background)
        else:
            style, colour = Underline.NoUnderline, ink
        fmt.setUnderlineStyle(style)
        fmt.setUnderlineColor(QColor(*colour))
        fmt.setToolTip("\n".join(m.tooltip for m in segment.marks if m.tooltip))
        return fmt

    def refresh(self) -> None:
        """After a change: the article may be gone or re-described; keep the scroll position."""
        if self.article is None:
            return
        bar = self.text.verticalScrollBar()
        position = bar.value()
        try:
            current = self.nb.article(self.article.id)
        except NotFound:
            self.show_article(None)
            return
        if current.csl != self.article.csl:
            self.article = current
            self.header.setText(_header_html(current))
        self.refresh_highlights()
        bar.setValue(position)

    def show_passage(self, start: int, end: int) -> None:
        """Select characters start..end of the text and scroll them into view."""
        cursor = QTextCursor(self.text.document())
        self._select(cursor, start, max(end, start))
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()

    def _select(self, cursor: QTextCursor, start: int, end: int) -> None:
        text = self.article.text if self.article else ""
        last = self.text.document().characterCount() - 1
        cursor.setPosition(min(text_direction.qt_offset(text, start), last))
        cursor.setPosition(min(text_direction.qt_offset(text, end), last), QTextCursor.MoveMode.KeepAnchor)

    def selection(self) -> tuple[int, int] | None:
        """The selected range as offsets into the article's text, or None."""
        cursor = self.text.textCursor()
        if self.article is None or not cursor.hasSelection():
            return None
        text = self.article.text
        start = text_direction.py_index(text, cursor.selectionStart())
        return start, text_direction.py_index(text, cursor.selectionEnd())

    def _cursor_moved(self) -> None:
        cursor = self.text.textCursor()
        if cursor.hasSelection() or self.article is None:
            return
        offset = text_direction.py_index(self.article.text, cursor.position())
        for note in self.annotations:
            if note.start <= offset < note.end:
                self.annotation_clicked.emit(note.id)
                return

    # -- actions --------------------------------------------------------------------------------
    def annotate_selection(self) -> None:
        span = self.selection()
        if self.article is None:
            return
        if span is None or span[0] == span[1]:
            self.message.emit(self.tr("Select a passage first, then annotate it."))
            return
        annotation_actions.annotate(self, self.nb, self.article.id, *span)

    def new_event(self) -> None:
        """Record an event backed by the selected passage (the editor is prefilled from it)."""
        span = self.selection()
        if self.article is None:
            return
        if span is None or span[0] == span[1]:
            self.message.emit(self.tr("Select the passage that reports the event first."))
            return
        from desktop.ui.events.event_editor_dialog import EventEditorDialog

        dialog = EventEditorDialog.for_passage(self.nb, self.article.id, span[0], span[1], self)
        dialog.evidence_requested.connect(lambda _a, s, e: self.show_passage(s, e))
        dialog.open()

    def show_original(self) -> None:
        if self.article is not None:
            from desktop.ui.library.original_dialog import OriginalDialog

            OriginalDialog(self.nb, self.article, self).open()

    def edit_metadata(self) -> None:
        if self.article is not None:
            from desktop.ui.library.metadata_dialog import edit_metadata

            edit_metadata(self, self.nb, self.article)

    def _context_menu(self, position: Any) -> None:
        menu = self.text.createStandardContextMenu(position)
        menu.addSeparator()
        menu.addAction(self.annotate_action)
        menu.addAction(self.event_action)
        has_selection = self.selection() is not None
        self.annotate_action.setEnabled(has_selection)
        self.event_action.setEnabled(has_selection)
        menu.exec(self.text.mapToGlobal(position))
        self.annotate_action.setEnabled(self.article is not None)
        self.event_action.setEnabled(self.article is not None)


def _header_html(article: Article) -> str:
    csl = article.csl
    names = csl_names(csl.get("author"))
    language = language_name(article.language)
    details = [article.outlet, date_with_solar(article.issued), names, language, article.filename]
    # each a unit of its own direction: «انگلیسی» before "01-kunduz.html" must not pull its digits over
    line = " · ".join(html.escape(isolate(str(d))) for d in details if d)
    # setHtml lays blocks out left-to-right unless told: mark right-to-left ones.
    direction = "rtl" if article.direction == "rtl" else "ltr"
    return (
        f"<div dir='{direction}'><h3 style='margin:0'>{html.escape(article.title)}</h3>"
        f"<small>{line}</small></div>"
    )
