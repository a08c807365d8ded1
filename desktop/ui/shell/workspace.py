"""The three panes for one open notebook: sidebar, list (library or search hits), reader."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.store.notebook import Notebook
from desktop.ui.common.keyboard import tab_between_panes
from desktop.ui.events.events_panel import EventsPanel
from desktop.ui.events.suggestions_panel import SuggestionsPanel
from desktop.ui.library.library_panel import LibraryPanel
from desktop.ui.library.search_panel import SearchField, SearchPanel
from desktop.ui.library.search_runner import Background
from desktop.ui.library.tag_tree_panel import TagTreePanel
from desktop.ui.reader.annotations_panel import AnnotationsPanel
from desktop.ui.reader.reader_panel import ReaderPanel
from desktop.ui.sharing.conflicts_panel import ConflictsPanel
from desktop.ui.sharing.custody_log_panel import CustodyLogPanel

PAGES = (
    QT_TRANSLATE_NOOP("Workspace", "Library"), QT_TRANSLATE_NOOP("Workspace", "Events"),
    QT_TRANSLATE_NOOP("Workspace", "Conflicts"), QT_TRANSLATE_NOOP("Workspace", "Custody log"),
)  # fmt: skip


def _box(title: str, *widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    heading = QLabel(f"<b>{title}</b>")
    layout.addWidget(heading)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def _fit_rows(view: QListWidget) -> None:
    """As high as all its rows, and never scrolling: in Pashto a row whose letters come from a
    fallback font (ړ, ۍ) is taller than the others, so the height is summed row by row."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    rows = sum(view.sizeHintForRow(row) for row in range(view.count()))
    view.setFixedHeight(rows + 2 * view.frameWidth() + 4)


def _size_by_shown_page(stack: QStackedWidget) -> None:
    """Let only the shown page count for the stack's size: the hidden events page, as wide as its
    filters, must not squeeze the sidebar while the library is shown."""
    for index in range(stack.count()):
        page = stack.widget(index)
        policy = QSizePolicy.Policy.Preferred if page is stack.currentWidget() else QSizePolicy.Policy.Ignored
        page.setSizePolicy(policy, policy)


class Workspace(QSplitter):
    """Builds the panels around `nb` and wires them to each other; `changed` after any edit."""

    changed = Signal(object)

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.nb = nb
        self.setObjectName("workspace")
        self.nav = QListWidget()
        self.nav.addItems([QCoreApplication.translate("Workspace", page) for page in PAGES])
        self.nav.setAccessibleName(self.tr("Sections"))
        _fit_rows(self.nav)
        self.tags = TagTreePanel(nb)
        self.search_field = SearchField()
        self.library = LibraryPanel(nb)
        self.search = SearchPanel(nb)
        self.conflicts = ConflictsPanel(nb)
        self._custody: CustodyLogPanel | None = None  # built when first shown (see `custody`)
        self._background: Background | None = None  # the session's (see `set_background`)
        self._custody_slot = QWidget()
        self.events = EventsPanel(nb)
        self.middle = QStackedWidget()
        for page in (self.library, self.search, self.events, self.conflicts, self._custody_slot):
            self.middle.addWidget(page)
        self.middle.currentChanged.connect(lambda _i: _size_by_shown_page(self.middle))
        _size_by_shown_page(self.middle)
        self.reader = ReaderPanel(nb)
        self.annotations = AnnotationsPanel(nb)
        self.suggestions = SuggestionsPanel(nb)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.annotations, self.tr("Notes and tags"))
        self.side_tabs.addTab(self.suggestions, self.tr("Suggested events"))
        self.side_tabs.setAccessibleName(self.tr("Article side panels"))
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.reader)
        right.addWidget(self.side_tabs)
        right.setSizes([600, 220])
        self.addWidget(
            _box(self.tr("Notebook"), self.nav, QLabel("<b>{}</b>".format(self.tr("Tags"))), self.tags)
        )
        self.addWidget(_box(self.tr("Articles"), self.search_field, self.middle))
        self.addWidget(right)
        self.setSizes([220, 620, 560])
        self._wire()
        tab_between_panes(self)
        nb.add_listener(self._on_change)
        self.nav.setCurrentRow(0)

    def _wire(self) -> None:
        self.library.article_selected.connect(self.open_article)
        self.search_field.query_changed.connect(self.run_search)
        self.search_field.query_changed.connect(self.suggestions.set_search)
        self.search.hit_opened.connect(self.open_hit)
        self.search.suggestion_chosen.connect(self.search_field.setText)
        self.tags.tag_chosen.connect(self.filter_by_tag)
        self.annotations.passage_requested.connect(self.reader.show_passage)
        self.reader.annotation_clicked.connect(self.annotations.select)
        self.annotations.list.currentItemChanged.connect(
            lambda *_: self.reader.select_annotation(self.annotations.current_id())
        )
        self.nav.currentRowChanged.connect(self._show_page)
        self.events.evidence_requested.connect(self.show_evidence)
        self.suggestions.evidence_requested.connect(self.show_evidence)
        self.side_tabs.currentChanged.connect(self._side_tab_changed)

    def detach(self) -> None:
        """Stop every panel listening to the notebook (before it closes)."""
        self.nb.remove_listener(self._on_change)
        panels = (self.reader, self.annotations, self.tags, self.events, self.conflicts, self.search)
        for panel in (*panels, *([self._custody] if self._custody else [])):
            panel.detach()

    def set_background(self, background: Background) -> None:
        """Run the panels' long work in worker threads with their own connections (the session's
        `background`): searches, suggestions, the check of the custody log."""
        self._background = background
        self.suggestions.set_background(background)
        self.search.set_background(background)
        if self._custody is not None:
            self._custody.set_background(background)

    @property
    def custody(self) -> CustodyLogPanel:
        """The custody log page, built the first time it is needed (it reads the newest page of the
        log when shown; the start needs nothing from it)."""
        if self._custody is None:
            self._custody = CustodyLogPanel(self.nb)
            if self._background is not None:
                self._custody.set_background(self._background)
            self.middle.insertWidget(self.middle.indexOf(self._custody_slot), self._custody)
            self.middle.removeWidget(self._custody_slot)
            _size_by_shown_page(self.middle)
        return self._custody

    def _on_change(self, change: Any) -> None:
        if change.kind == "annotation":  # only counts changed: recount those rows in place
            current = self.current_article_id()
            self.library.model.update_counts(set(change.articles) | ({current} if current else set()))
        else:
            self.library.refresh()
        if self.middle.currentWidget() is self.search and self.search_field.text().strip():
            self.search.run(self.search_field.text().strip())
        self.changed.emit(change)

    # -- navigation -------------------------------------------------------------------------------
    def _show_page(self, row: int) -> None:
        name = PAGES[row] if row >= 0 else "Library"
        if name == "Library":
            self.middle.setCurrentWidget(self.search if self.search_field.text().strip() else self.library)
        elif name == "Custody log":
            self.middle.setCurrentWidget(self.custody)
        else:
            self.middle.setCurrentWidget({"Events": self.events, "Conflicts": self.conflicts}[name])

    def open_article(self, article_id: str) -> None:
        self.reader.show_article(article_id)
        self.annotations.show_article(article_id)
        if self.side_tabs.currentWidget() is self.suggestions:
            self.suggestions.set_article(article_id)

    def _side_tab_changed(self, _index: int) -> None:
        # Suggestions are computed only when someone looks at them (off the GUI thread).
        article_id = self.current_article_id()
        if self.side_tabs.currentWidget() is self.suggestions and article_id:
            self.suggestions.set_article(article_id)

    def show_suggestions(self) -> None:
        """Show the suggested events for the open article."""
        self.side_tabs.setCurrentWidget(self.suggestions)

    def show_evidence(self, article_id: str, start: int, end: int) -> None:
        """Open the article behind an event and select the passage that backs it."""
        if self.current_article_id() != article_id:
            self.open_article(article_id)
        self.reader.show_passage(start, end)

    def current_article_id(self) -> str | None:
        return self.reader.article.id if self.reader.article else None

    def run_search(self, query: str) -> None:
        self.nav.setCurrentRow(0)
        if not query:
            self.middle.setCurrentWidget(self.library)
            return
        self.search.run(query)
        self.middle.setCurrentWidget(self.search)

    def open_hit(self, article_id: str, offset: int, length: int) -> None:
        if self.current_article_id() != article_id:
            self.open_article(article_id)
        self.reader.show_passage(offset, offset + length)

    def filter_by_tag(self, path: str) -> None:
        self.search_field.clear()
        self.nav.setCurrentRow(0)
        self.middle.setCurrentWidget(self.library)
        self.library.set_tag_filter(path)
