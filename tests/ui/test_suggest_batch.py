"""Suggesting events in many articles from the Suggested events tab, driven as a user would."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from desktop.progress import Progress
from desktop.store.notebook import Notebook
from desktop.ui.events import suggest_batch_dialog
from desktop.ui.events.suggest_batch_dialog import SuggestBatchDialog
from desktop.ui.events.suggestions_panel import SuggestionsPanel
from desktop.ui.shell.session import Session
from tests.ui.test_events_views import add_articles


def batch_dialog(qtbot, session: Session) -> tuple[SuggestionsPanel, SuggestBatchDialog]:  # noqa: ANN001
    """The Suggested events tab and its "In all articles…" dialog (keep the tab: it owns the dialog)."""
    panel = SuggestionsPanel(session.nb)
    qtbot.addWidget(panel)
    panel.set_background(session.background)
    dialog = panel.open_batch()
    assert dialog is not None
    return panel, dialog


def test_suggesting_in_all_articles_runs_in_the_background_and_records_only_what_is_ticked(
    qtbot,  # noqa: ANN001
    session: Session,
) -> None:
    nb = session.nb
    first, second = add_articles(nb)
    _tab, dialog = batch_dialog(qtbot, session)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)  # found in a worker thread
    heads = [dialog.tree.topLevelItem(n) for n in range(dialog.tree.topLevelItemCount())]
    assert {h.data(0, Qt.ItemDataRole.UserRole) for h in heads} == {first, second}
    assert nb.events.all() == []  # nothing recorded before the researcher ticks and accepts
    assert not dialog.accept_button.isEnabled()

    takhar = next(h for h in heads if h.data(0, Qt.ItemDataRole.UserRole) == second)
    takhar.child(0).setCheckState(0, Qt.CheckState.Checked)
    assert dialog.accept_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted_events) as recorded:
        dialog.accept_button.click()
    assert recorded.args == [1]
    (event,) = nb.events.all()
    assert (event.type, event.province, event.count, event.articles) == ("detention", "AF-TAK", 15, (second,))
    assert dialog.tree.topLevelItemCount() == 1  # that article's only suggestion left the list
    nb.undo.undo()
    assert nb.events.all() == []


def test_a_search_limits_the_articles_and_a_click_shows_the_passage(qtbot, session: Session) -> None:  # noqa: ANN001
    first, second = add_articles(session.nb)
    _tab, dialog = batch_dialog(qtbot, session)
    qtbot.keyClicks(dialog.query, "Kunduz")
    assert dialog.query_button.isChecked()
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)
    assert dialog.tree.topLevelItemCount() == 1
    head = dialog.tree.topLevelItem(0)
    assert head.data(0, Qt.ItemDataRole.UserRole) == first
    with qtbot.waitSignal(dialog.evidence_requested) as shown:
        dialog._show_passage(head.child(0))
    article_id, start, end = shown.args
    assert article_id == first and "detained 12 former soldiers" in session.nb.article(first).text[start:end]


def test_the_librarys_search_is_offered_when_the_dialog_opens(qtbot, session: Session) -> None:  # noqa: ANN001
    panel = SuggestionsPanel(session.nb)
    qtbot.addWidget(panel)
    assert not panel.batch_button.isEnabled()  # nothing to run it in the background with yet
    panel.set_background(session.background)
    panel.set_search("Takhar ")
    dialog = panel.open_batch()
    assert dialog is not None
    assert (dialog.query.text(), dialog.query_button.isChecked()) == ("Takhar", True)


def test_cancel_stops_the_search_and_keeps_what_was_found(
    qtbot,  # noqa: ANN001
    session: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def slow(nb: Notebook, query: str | None) -> Iterator[object]:
        for done in range(500):
            yield Progress(done, 500, "")
            time.sleep(0.01)

    monkeypatch.setattr(suggest_batch_dialog, "_find", slow)
    _tab, dialog = batch_dialog(qtbot, session)
    assert dialog.start() and not dialog.start()  # one search at a time
    qtbot.waitUntil(lambda: dialog.progress is not None and dialog.progress.value() > 2)
    dialog.progress.findChild(QPushButton).click()  # the progress dialog's Cancel
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=10_000)
    assert "Stopped before the end" in dialog.status.text()
    assert dialog.find_button.isEnabled()
