"""The custody log page on a long log: newest first, a page at a time, new entries added on top
without reading the log again, and the chain checked in a worker with progress and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool

from desktop.ingest.draft import ArticleDraft
from desktop.store import custody
from desktop.store.notebook import Notebook
from desktop.store.sharing import custody_view
from desktop.store.sharing.custody_view import PAGE
from desktop.ui.sharing.custody_log_panel import CustodyLogPanel

TIMEOUT_MS = 10_000


def _import(nb: Notebook, count: int, first: int = 0) -> list[str]:
    """`count` tiny articles in one batch: one custody entry each."""
    drafts = [
        ArticleDraft(f"Report {i}\n\ntext {i}", {"title": f"Report {i:04}"}, f"r{i}".encode(), f"{i}.txt",
                     "text/plain")
        for i in range(first, first + count)
    ]  # fmt: skip
    return [a.id for a in nb.add_articles(drafts)]


@pytest.fixture
def pages_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many entries each page the model reads holds (the log is never read whole)."""
    sizes: list[int] = []
    read = custody_view.log_page

    def counting(*args: Any, **kwargs: Any) -> list[custody_view.LogRow]:
        rows = read(*args, **kwargs)
        sizes.append(len(rows))
        return rows

    monkeypatch.setattr(custody_view, "log_page", counting)
    return sizes


@pytest.fixture
def panel(qtbot: Any, notebook: Notebook) -> Iterator[CustodyLogPanel]:
    made = CustodyLogPanel(notebook)
    qtbot.addWidget(made)
    yield made
    made.cancel_check()
    QThreadPool.globalInstance().waitForDone(TIMEOUT_MS)
    made.detach()


def _seqs(panel: CustodyLogPanel) -> list[int]:
    model = panel.model
    return [int(model.index(row, 0).data().replace(",", "")) for row in range(model.rowCount())]


def test_the_page_reads_nothing_until_shown_then_the_newest_page(
    qtbot: Any, notebook: Notebook, panel: CustodyLogPanel, pages_read: list[int]
) -> None:
    _import(notebook, 2 * PAGE + 50)
    assert pages_read == [] and panel.model.rowCount() == 0
    panel.show()
    last = custody.last_seq(notebook.db)
    assert _seqs(panel) == list(range(last, last - PAGE, -1))  # newest first
    assert pages_read == [PAGE]
    assert panel.model.index(0, 3).data() == "import"
    assert panel.model.index(0, 4).data() == f"Report {2 * PAGE + 49:04}"  # the article's title


def test_scrolling_down_fetches_the_older_entries_a_page_at_a_time(
    qtbot: Any, notebook: Notebook, panel: CustodyLogPanel, pages_read: list[int]
) -> None:
    _import(notebook, 2 * PAGE + 50)
    total = custody.last_seq(notebook.db)
    panel.resize(800, 400)
    panel.show()
    assert panel.model.rowCount() == PAGE
    panel.table.scrollToBottom()  # the view asks for more at its end
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2 * PAGE, timeout=TIMEOUT_MS)
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: panel.model.rowCount() == total, timeout=TIMEOUT_MS)
    assert _seqs(panel) == list(range(total, 0, -1))  # every entry once, in order
    assert not panel.model.canFetchMore()
    assert max(pages_read) == PAGE and sum(pages_read) == total


def test_an_edit_while_shown_is_added_on_top_without_reading_the_log_again(
    qtbot: Any, notebook: Notebook, panel: CustodyLogPanel, pages_read: list[int]
) -> None:
    ids = _import(notebook, 2 * PAGE + 50)
    panel.show()
    panel.model.fetchMore()
    assert panel.model.rowCount() == 2 * PAGE
    before = _seqs(panel)
    pages_read.clear()
    renamed = ids[-1]  # its import entry is on show
    notebook.update_metadata(renamed, {"title": "Detentions in Kunduz"})
    assert pages_read == [1]  # the one new entry, nothing else
    assert _seqs(panel) == [before[0] + 1, *before]
    assert panel.model.index(0, 3).data() == "edit-metadata"
    assert panel.model.index(1, 4).data() == "Detentions in Kunduz"  # the import, renamed in place
    notebook.annotations.create(ids[0], start=0, end=6, note="seen")
    assert pages_read == [1, 1] and panel.model.rowCount() == 2 * PAGE + 2


def test_an_import_of_more_than_a_page_while_shown_reads_the_newest_page_again(
    qtbot: Any, notebook: Notebook, panel: CustodyLogPanel, pages_read: list[int]
) -> None:
    _import(notebook, 10)
    panel.show()
    _import(notebook, PAGE + 20, first=10)
    last = custody.last_seq(notebook.db)
    assert _seqs(panel) == list(range(last, last - PAGE, -1))  # no gap between new and old rows
    assert panel.model.canFetchMore()


def test_changes_while_another_page_is_shown_appear_when_it_is_shown_again(
    qtbot: Any, notebook: Notebook, panel: CustodyLogPanel, pages_read: list[int]
) -> None:
    ids = _import(notebook, 30)
    panel.show()
    panel.hide()
    entries = custody.last_seq(notebook.db)  # the notebook's creation and 30 imports
    notebook.update_metadata(ids[-1], {"title": "Renamed while hidden"})
    assert pages_read == [entries]  # nothing read while hidden
    panel.show()
    assert panel.model.index(0, 3).data() == "edit-metadata"
    assert panel.model.index(1, 4).data() == "Renamed while hidden"
    assert pages_read == [entries, 1]


def _background(path: Path, gate: threading.Event | None = None) -> Callable[..., Any]:
    """What the session's `background` does (a connection of the worker's own); with a gate, the
    work pauses after each step until the gate opens."""

    def background(work: Callable[[Notebook], Iterator[Any]]) -> Callable[[], Iterator[Any]]:
        def job() -> Iterator[Any]:
            nb = Notebook.open(path, None)
            try:
                for step in work(nb):
                    yield step
                    if gate is not None:
                        gate.wait(TIMEOUT_MS / 1000)
            finally:
                nb.close()

        return job

    return background


def test_the_check_runs_in_a_worker_with_progress(
    qtbot: Any, notebook: Notebook, panel: CustodyLogPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(custody, "VERIFY_STEP", 50)
    _import(notebook, 2 * PAGE + 50)
    total = custody.last_seq(notebook.db)
    panel.set_background(_background(notebook.path))
    panel.show()
    assert panel.verify() is None  # under way
    assert panel.worker is not None and not panel.verify_button.isEnabled()
    reported: list[int] = []
    panel.worker.signals.progress.connect(lambda p: reported.append(p.done))
    qtbot.waitUntil(lambda: panel.check is not None and panel.worker is None, timeout=TIMEOUT_MS)
    assert panel.check is not None and panel.check.intact and panel.check.checked == total
    assert panel.result.text().startswith("Intact") and f"all {total} entries" in panel.result.text()
    assert reported and reported == sorted(reported) and reported[-1] <= total
    assert panel.verify_button.isEnabled() and not panel.cancel_button.isVisible()


def test_a_check_can_be_cancelled_and_finds_nothing(
    qtbot: Any, notebook: Notebook, panel: CustodyLogPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(custody, "VERIFY_STEP", 10)
    _import(notebook, 100)
    gate = threading.Event()
    panel.set_background(_background(notebook.path, gate))
    panel.show()
    panel.verify()
    qtbot.waitUntil(lambda: panel.progress.value() >= 10, timeout=TIMEOUT_MS)  # the first report
    assert panel.cancel_button.isVisible() and panel.progress.isVisible()
    panel.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: panel.worker is None, timeout=TIMEOUT_MS)
    assert panel.check is None and panel.result.text().startswith("Check cancelled")
    assert panel.verify_button.isEnabled() and not panel.cancel_button.isVisible()


def test_closing_the_page_during_a_check_stops_it_quietly(qtbot: Any, notebook: Notebook) -> None:
    _import(notebook, 30)
    gate = threading.Event()
    panel = CustodyLogPanel(notebook)
    panel.set_background(_background(notebook.path, gate))
    panel.show()
    panel.verify()
    worker = panel.worker
    assert worker is not None
    ended: list[bool] = []
    worker.signals.finished.connect(ended.append)
    panel.detach()  # the notebook is about to close: the check is cancelled
    panel.deleteLater()
    qtbot.wait(10)
    gate.set()
    qtbot.waitUntil(lambda: ended == [True], timeout=TIMEOUT_MS)
