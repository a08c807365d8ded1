"""The library and search stay responsive on big notebooks: pages, SQL order, searches off the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import Qt, QTimer

from desktop.ingest.draft import ArticleDraft
from desktop.store.notebook import Hit, Notebook, SearchCancelled, SearchResult
from desktop.ui.library.library_model import PAGE
from desktop.ui.library.library_panel import LibraryPanel
from desktop.ui.library.search_panel import DEBOUNCE_MS, SearchField, SearchPanel


def _articles(nb: Notebook, count: int) -> None:
    nb.add_articles(
        [
            ArticleDraft(
                f"Report {i}\n\ntext {i}",
                {
                    "title": f"Report {i:04}",
                    "issued": {"date-parts": [[2000 + i % 25, 1 + i % 12, 1 + i % 28]]},
                },
                f"r{i}".encode(),
                f"{i}.txt",
                "text/plain",
            )
            for i in range(count)
        ]
    )


def test_the_library_loads_a_page_at_a_time(qtbot, notebook):
    _articles(notebook, PAGE * 2 + 50)
    panel = LibraryPanel(notebook)
    qtbot.addWidget(panel)
    model = panel.model
    assert model.rowCount() == PAGE < notebook.count_articles() and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    model.fetchMore()
    assert model.rowCount() == notebook.count_articles() and not model.canFetchMore()
    assert len({r.id for r in model.rows}) == model.rowCount()  # pages join without repeats
    last = model.rows[-1].id
    assert model.row_of(last) == model.rowCount() - 1


def test_sorting_by_date_orders_the_rows_across_pages(qtbot, notebook):
    _articles(notebook, PAGE + 60)
    panel = LibraryPanel(notebook)
    qtbot.addWidget(panel)
    model = panel.model
    panel.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    model.fetchMore()
    dates = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert len(dates) == PAGE + 60 and dates == sorted(dates, reverse=True)
    panel.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert model.rowCount() == PAGE  # a new order starts again from its first page
    assert model.index(0, 2).data() == "2000-01-01"


class SlowNotebook:
    """Stands in for the worker's notebook: a search waits until the test lets it finish."""

    def __init__(self) -> None:
        self.searched: list[str] = []
        self.started = threading.Event()
        self.release = threading.Event()

    def search(self, query: str, *, limit: int, cancelled: Callable[[], bool] | None = None) -> SearchResult:
        self.searched.append(query)
        self.started.set()
        assert self.release.wait(10), "the test never let the search finish"
        return SearchResult(query, [], 0, None)

    def titles(self, ids: list[str]) -> dict[str, str]:
        return {}

    def read_ahead_search(self) -> Iterator[None]:
        return iter(())

    def same_search(self, a: str, b: str) -> bool:
        return a.lower() == b.lower()


class StoppableNotebook(SlowNotebook):
    """A search that runs until it is told to stop (or released), asking its `cancelled` as a real
    one does between steps; then it finds one hit. Reads ahead, counting its steps."""

    def __init__(self) -> None:
        super().__init__()
        self.stopped: list[str] = []
        self.read_ahead = 0

    def search(self, query: str, *, limit: int, cancelled: Callable[[], bool] | None = None) -> SearchResult:
        self.searched.append(query)
        self.started.set()
        while not self.release.wait(0.005):
            if cancelled is not None and cancelled():
                self.stopped.append(query)
                raise SearchCancelled
        hit = Hit("a1", 1.0, query, query, -1)
        return SearchResult(query, [hit], 1, None)

    def read_ahead_search(self) -> Iterator[None]:
        for _ in range(3):
            self.read_ahead += 1
            yield


def _panel(qtbot: Any, notebook: Notebook, slow: SlowNotebook) -> SearchPanel:
    def background(work: Callable[[Any], Iterator[Any]]) -> Callable[[], Iterator[Any]]:
        return lambda: work(slow)

    panel = SearchPanel(notebook)
    qtbot.addWidget(panel)
    panel.set_background(background)
    return panel


def test_a_result_typed_over_is_dropped(qtbot, notebook):
    slow = SlowNotebook()
    panel = _panel(qtbot, notebook, slow)
    shown: list[str] = []
    panel.results_shown.connect(shown.append)
    panel.run("form")
    assert slow.started.wait(5)  # "form" is being searched
    panel.run("former")  # typed on meanwhile
    slow.release.set()
    qtbot.waitUntil(lambda: shown == ["former"], timeout=5_000)
    assert slow.searched == ["form", "former"]  # "form" did finish, and its result was dropped
    assert panel.shown_query == "former" and panel.result is not None and panel.result.query == "former"
    panel.detach()


def test_a_search_typed_over_is_stopped_and_the_newest_runs(qtbot, notebook):
    slow = StoppableNotebook()
    panel = _panel(qtbot, notebook, slow)
    shown: list[str] = []
    panel.results_shown.connect(shown.append)
    panel.run("form")
    assert slow.started.wait(5)
    panel.run("former")
    qtbot.waitUntil(lambda: slow.searched == ["form", "former"], timeout=5_000)
    assert slow.stopped == ["form"]  # it did not run to its end
    slow.release.set()
    qtbot.waitUntil(lambda: shown == ["former"], timeout=5_000)
    assert panel.result is not None and panel.result.query == "former"
    qtbot.waitUntil(lambda: slow.read_ahead == 3, timeout=5_000)  # once idle, it reads ahead
    panel.detach()


def test_the_same_search_in_other_words_is_not_run_again(qtbot, notebook):
    slow = StoppableNotebook()
    panel = _panel(qtbot, notebook, slow)
    shown: list[str] = []
    panel.results_shown.connect(shown.append)
    panel.run("Former")
    assert slow.started.wait(5)
    panel.run("former")  # the same search (here: case aside): the running one answers it
    qtbot.wait(100)
    slow.release.set()
    qtbot.waitUntil(lambda: shown == ["former"], timeout=5_000)
    assert slow.searched == ["Former"] and slow.stopped == []
    assert panel.result is not None and panel.result.query == "former"
    assert [h.snippet for h in panel.result.hits] == ["Former"]  # its hits, under the newer query
    panel.detach()


def test_a_pause_after_a_space_asks_for_no_search_again(qtbot):
    field = SearchField()
    qtbot.addWidget(field)
    asked: list[str] = []
    field.query_changed.connect(asked.append)
    qtbot.keyClicks(field, "former")
    qtbot.waitUntil(lambda: asked == ["former"], timeout=2_000)
    qtbot.keyClicks(field, " ")
    qtbot.wait(3 * DEBOUNCE_MS)
    assert asked == ["former"]
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter always searches
    assert asked == ["former", "former"]
    qtbot.keyClicks(field, "s")
    qtbot.waitUntil(lambda: asked[-1] == "former s", timeout=2_000)


def test_a_slow_search_never_blocks_the_gui_thread(qtbot, notebook):
    slow = SlowNotebook()
    panel = _panel(qtbot, notebook, slow)
    field = SearchField()
    qtbot.addWidget(field)
    field.query_changed.connect(panel.run)
    qtbot.keyClicks(field, "detained")
    qtbot.waitUntil(slow.started.is_set, timeout=5_000)  # once typing pauses, "detained" is searched
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked), timeout=2_000)  # the event loop runs during the search
    qtbot.keyClicks(field, " soldiers")  # and keys still reach the field
    assert field.text() == "detained soldiers" and not slow.release.is_set()
    assert panel.shown_query is None  # nothing shown yet: the search is still running
    slow.release.set()
    qtbot.waitUntil(lambda: panel.shown_query == "detained soldiers", timeout=5_000)
    assert slow.searched[0] == "detained" and slow.searched[-1] == "detained soldiers"
    panel.detach()


def test_a_change_keeps_the_selected_row_without_reading_every_row_again(qtbot, notebook):
    _articles(notebook, PAGE * 3 + 10)
    panel = LibraryPanel(notebook)
    qtbot.addWidget(panel)
    while panel.model.canFetchMore():
        panel.model.fetchMore()
    chosen = panel.model.rows[PAGE + 5].id
    panel.select(chosen)
    _articles(notebook, 1)  # an import: the list is read again
    panel.refresh()
    assert panel.selected_id() == chosen and panel.model.row_of(chosen) == PAGE + 5
    assert panel.model.rowCount() < notebook.count_articles() and panel.model.canFetchMore()


def test_the_custody_log_is_read_when_first_shown_not_at_start(qtbot, window):
    ws = window.workspace
    window.show_events()
    assert ws._custody is None  # the start and the other pages do not read the whole log
    ws.nav.setCurrentRow(3)
    assert ws.middle.currentWidget() is ws.custody and ws.custody.model.rowCount() > 0
