"""A count the sources give only in words ("dozens", «ده‌ها») in the suggestions, the events table and
the editor: the words are shown, and typing a number clears the qualifier they came with."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.store.notebook import Notebook
from desktop.ui.common import language
from desktop.ui.events import event_display
from desktop.ui.events.event_editor_dialog import EventEditorDialog
from desktop.ui.events.events_panel import EventsPanel
from desktop.ui.events.suggestions_panel import SuggestionsPanel
from tests.conftest import make_draft

DOZENS = "Dozens of protesters were detained in Herat city on 4 May 2024, witnesses said."
DARI = "روز شنبه ده‌ها معترض در شهر هرات بازداشت شدند."
COUNT_COLUMN = 3


@pytest.fixture
def herat(notebook: Notebook) -> str:
    (article,) = notebook.add_articles([make_draft(DOZENS, title="Protests in Herat")])
    return article.id


@pytest.fixture
def uncounted_event(notebook: Notebook, herat: str) -> str:
    return notebook.events.from_passage(
        herat, start=0, end=len(DOZENS), type="detention", province="AF-HER", count_qualifier="at least"
    ).id


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    """Install a language for one test (`speaking("fa")`), then English again."""

    def install(code: str) -> None:
        language.install(qapp, code)
        event_display.choice_labels.cache_clear()

    yield install
    install("en")


def test_the_suggestion_list_shows_the_words_and_accepting_keeps_the_qualifier(
    qtbot,  # noqa: ANN001
    notebook: Notebook,
    herat: str,
) -> None:
    panel = SuggestionsPanel(notebook)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.finished, timeout=10_000):
        panel.set_article(herat)
    assert "“Dozens” (not counted)" in panel.list.item(0).text()
    panel.list.setCurrentRow(0)
    panel.edit_current()  # "Edit…": the editor says it too, under its empty count
    assert panel.editor.count_note.text() == "“Dozens” (not counted)"
    assert panel.editor.qualifier.currentData() == "at least" and panel.editor.count.value() == -1
    panel.editor.reject()
    with qtbot.waitSignal(panel.accepted):
        qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    (event,) = notebook.events.all()
    assert (event.count, event.count_qualifier, event.count_words) == (None, "at least", "Dozens")


def test_the_events_table_shows_the_words_where_the_count_goes(
    qtbot,  # noqa: ANN001
    notebook: Notebook,
    uncounted_event: str,
) -> None:
    panel = EventsPanel(notebook)
    qtbot.addWidget(panel)
    panel.show()  # a hidden panel re-reads only when shown
    row = panel.model.row_of(uncounted_event)
    shown = lambda: panel.model.data(panel.model.index(row, COUNT_COLUMN))  # noqa: E731
    assert shown() == "“Dozens” (not counted)"
    notebook.events.update(uncounted_event, count_qualifier="about")
    qtbot.waitUntil(lambda: shown() == "about “Dozens” (not counted)")


def test_typing_a_number_clears_the_words_qualifier_and_clearing_it_brings_it_back(
    qtbot,  # noqa: ANN001
    notebook: Notebook,
    uncounted_event: str,
) -> None:
    dialog = EventEditorDialog(notebook, event_id=uncounted_event)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.qualifier.currentData() == "at least"
    assert dialog.count_note.isVisible() and dialog.count_note.text() == "“Dozens” (not counted)"

    dialog.count.lineEdit().selectAll()
    qtbot.keyClicks(dialog.count, "40")
    assert (dialog.count.value(), dialog.qualifier.currentData()) == (40, "exact")
    assert not dialog.count_note.isVisible()

    dialog.count.setValue(-1)  # back to "unknown"
    assert dialog.qualifier.currentData() == "at least" and dialog.count_note.isVisible()

    dialog.count.lineEdit().selectAll()
    qtbot.keyClicks(dialog.count, "40")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    saved = notebook.events.get(uncounted_event)
    assert (saved.count, saved.count_qualifier, saved.count_words) == (40, "exact", "")


def test_a_qualifier_the_user_chose_stays_when_a_number_is_typed(
    qtbot,  # noqa: ANN001
    notebook: Notebook,
    uncounted_event: str,
) -> None:
    dialog = EventEditorDialog(notebook, event_id=uncounted_event)
    qtbot.addWidget(dialog)
    dialog.show()
    about = dialog.qualifier.findData("about")
    dialog.qualifier.setCurrentIndex(about)
    dialog.qualifier.activated.emit(about)  # as a user's pick from the list
    assert dialog.count_note.text() == "about “Dozens” (not counted)"
    dialog.count.lineEdit().selectAll()
    qtbot.keyClicks(dialog.count, "200")
    assert (dialog.count.value(), dialog.qualifier.currentData()) == (200, "about")


def test_an_unknown_count_shows_no_note(qtbot, notebook: Notebook, herat: str) -> None:  # noqa: ANN001
    event = notebook.events.from_passage(herat, start=0, end=len(DOZENS), type="detention")
    dialog = EventEditorDialog(notebook, event_id=event.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.qualifier.currentData() == "exact" and not dialog.count_note.isVisible()
    assert event_display.count_text(event) == ""


@pytest.mark.parametrize(
    ("code", "shown"),
    [("fa", "\u2068ده‌ها\u2069» (شمرده‌نشده)"), ("ps", "\u2068ده‌ها\u2069» (نه دی شمېرل شوی)")],
)
def test_dari_and_pashto_show_the_words_in_their_own_quotes(
    notebook: Notebook,
    speaking,  # noqa: ANN001
    code: str,
    shown: str,
) -> None:
    (article,) = notebook.add_articles([make_draft(DARI, title="هرات", language="fa", direction="rtl")])
    event = notebook.events.from_passage(
        article.id, start=0, end=len(DARI), type="detention", count_qualifier="at least"
    )
    speaking(code)
    assert event_display.count_text(event) == "«" + shown
    assert event_display.count_label(None, "at least").endswith("(لږ تر لږه)" if code == "ps" else "(دست‌کم)")
