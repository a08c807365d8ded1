"""The events view, editor, suggestions, timeline and tile map, driven as a user would (pytest-qt)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.store.notebook import Notebook
from desktop.ui.common.theme import tint
from desktop.ui.events.event_editor_dialog import NO_EVIDENCE, EventEditorDialog
from desktop.ui.events.event_evidence import from_passage
from desktop.ui.events.events_disagreements_view import DIFFERS, EventsDisagreementsView
from desktop.ui.events.events_panel import EventsPanel
from desktop.ui.events.suggestions_panel import SuggestionsPanel
from tests.conftest import make_draft

TAKHAR = "The Taliban detained 12 former soldiers in Takhar province on 3 March 2024, relatives said."
KUNDUZ = "Two former police officers were killed in Kunduz on 20 May 2024."
AGAIN = "Local sources said Taliban fighters arrested 15 former soldiers in Takhar on 4 March 2024."


def add_articles(nb: Notebook) -> list[str]:
    stored = nb.add_articles(
        [
            make_draft(f"{TAKHAR} {KUNDUZ}", title="Takhar and Kunduz", **{"container-title": "Amu TV"}),
            make_draft(AGAIN, title="Arrests in Takhar", **{"container-title": "RASC News"}),
        ]
    )
    return [a.id for a in stored]


def record(nb: Notebook, article_id: str, phrase: str, **fields: object) -> str:
    text = nb.article(article_id).text
    start = text.index(phrase)
    return nb.events.from_passage(article_id, start=start, end=start + len(phrase), **fields).id


def three_events(nb: Notebook) -> list[str]:
    first, second = add_articles(nb)
    return [
        record(
            nb,
            first,
            TAKHAR,
            type="detention",
            province="AF-TAK",
            country="AF",
            count=12,
            date_start="2024-03-03",
        ),
        record(
            nb,
            first,
            KUNDUZ,
            type="killing",
            province="AF-KDZ",
            country="AF",
            count=2,
            date_start="2024-05-20",
        ),
        record(
            nb,
            second,
            AGAIN,
            type="detention",
            province="AF-TAK",
            country="AF",
            count=15,
            date_start="2024-03-04",
        ),
    ]


def shown_types(panel: EventsPanel) -> list[str]:
    return [panel.model.event_at(r).type for r in range(panel.model.rowCount())]


def test_filters_narrow_the_table_and_count_corroboration(qtbot, notebook: Notebook) -> None:  # noqa: ANN001
    three_events(notebook)
    panel = EventsPanel(notebook)
    qtbot.addWidget(panel)
    assert shown_types(panel) == ["detention", "detention", "killing"]
    assert panel.summary.text() == "3 events"
    assert panel.model.data(panel.model.index(0, 7)) == "1"  # one source behind each

    panel.filters.set_type("killing")
    assert shown_types(panel) == ["killing"]
    assert panel.summary.text() == "1 of 3 events"

    panel.filters.clear()
    panel.filters.source_box.setCurrentIndex(panel.filters.source_box.findData("RASC News"))
    assert [panel.model.event_at(0).count] == [15] and panel.model.rowCount() == 1

    panel.filters.clear()
    qtbot.keyClicks(panel.filters.date_from, "2024-05")
    panel.filters.date_from.editingFinished.emit()
    assert shown_types(panel) == ["killing"]


def test_table_follows_undo_and_clicking_a_row_asks_for_its_passage(qtbot, notebook: Notebook) -> None:  # noqa: ANN001
    ids = three_events(notebook)
    panel = EventsPanel(notebook)
    qtbot.addWidget(panel)
    panel.show()
    row = panel.model.row_of(ids[1])
    rect = panel.table.visualRect(panel.model.index(row, 1))
    with qtbot.waitSignal(panel.evidence_requested) as signal:
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    article_id, start, end = signal.args
    assert notebook.article(article_id).text[start:end] == KUNDUZ

    notebook.events.delete(ids[1])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)  # the view re-reads soon after an edit
    notebook.undo.undo()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)


def timeline_events(nb: Notebook) -> dict[str, str]:
    """A day, a month, a range, a reported date and an undated event: {kind: event id}."""
    first, second = add_articles(nb)
    return {
        "day": record(nb, first, TAKHAR, type="detention", province="AF-TAK", date_start="2024-03-03"),
        "month": record(
            nb, first, KUNDUZ, type="killing", province="AF-KDZ", date_start="2024-05", date_precision="month"
        ),
        "range": record(
            nb,
            second,
            AGAIN,
            type="detention",
            province="AF-KDZ",
            date_start="2024-01-10",
            date_end="2024-02-20",
        ),
        "reported": record(
            nb,
            second,
            AGAIN,
            type="killing",
            province="AF-TAK",
            date_start="2024-06-03",
            date_precision="reported",
        ),
        "undated": record(nb, first, TAKHAR, type="threat", province="AF-TAK"),
    }


def timeline_panel(qtbot, nb: Notebook) -> EventsPanel:  # noqa: ANN001
    panel = EventsPanel(nb)
    qtbot.addWidget(panel)
    panel.resize(1200, 900)
    panel.show()
    qtbot.waitExposed(panel.timeline.view)
    return panel


def test_timeline_draws_days_as_points_spans_as_bars_and_reported_dates_hollow(
    qtbot, notebook: Notebook
) -> None:  # noqa: ANN001
    ids = timeline_events(notebook)
    panel = timeline_panel(qtbot, notebook)
    view = panel.timeline.view
    image = view.grab().toImage()
    marks = {m.event_id: m for m in view.marks()}
    assert set(marks) == {ids[k] for k in ("day", "month", "range", "reported")}  # undated: listed
    assert [marks[ids[k]].kind for k in ("day", "month", "range", "reported")] == [
        "point",
        "bar",
        "bar",
        "reported",
    ]
    day_width = marks[ids["month"]].rect.width() / 31  # May: its 31 days
    assert abs(marks[ids["range"]].rect.width() - 42 * day_width) < 2  # 10 January to 20 February
    assert marks[ids["day"]].rect.width() < marks[ids["month"]].rect.width()
    assert image.pixelColor(marks[ids["day"]].rect.center().toPoint()).name() == "#0072b2"  # filled
    hollow = marks[ids["reported"]].rect
    assert image.pixelColor(hollow.center().toPoint()) == view.palette().base().color()
    assert image.pixelColor(QPoint(int(hollow.left()) + 2, int(hollow.center().y()))).name() != (
        view.palette().base().color().name()
    )  # its ring in the type's colour
    assert panel.timeline.undated_ids() == [ids["undated"]]
    assert panel.timeline.undated_label.text() == "Undated (1)"


def test_timeline_groups_by_type_or_province_and_zooms(qtbot, notebook: Notebook) -> None:  # noqa: ANN001
    timeline_events(notebook)
    panel = timeline_panel(qtbot, notebook)
    view = panel.timeline.view
    assert view.lane_labels() == ["Detention", "Killing / execution"]
    panel.timeline.set_grouping("province")
    qtbot.waitUntil(lambda: view.grouping == "province")
    assert view.lane_labels() == ["Kunduz", "Takhar"]
    view.grab()
    assert {m.lane for m in view.marks()} == {"AF-KDZ", "AF-TAK"}

    before = next(m.rect.width() for m in view.marks() if m.kind == "bar")
    view.zoom(3)
    view.grab()
    after = next(m.rect.width() for m in view.marks() if m.kind == "bar")
    assert abs(after - 3 * before) < 3
    assert panel.timeline.scrollbar.maximum() > 0  # the wider timeline scrolls
    view.fit()
    view.grab()
    assert abs(next(m.rect.width() for m in view.marks() if m.kind == "bar") - before) < 1


def test_clicking_a_mark_or_an_undated_event_selects_it_in_the_table(qtbot, notebook: Notebook) -> None:  # noqa: ANN001
    ids = timeline_events(notebook)
    panel = timeline_panel(qtbot, notebook)
    view = panel.timeline.view
    view.grab()
    mark = next(m for m in view.marks() if m.event_id == ids["reported"])
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=mark.rect.center().toPoint())
    assert panel.selected_ids() == [ids["reported"]]

    undated = panel.timeline.undated
    rect = undated.visualItemRect(undated.item(0))
    qtbot.mouseClick(undated.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert panel.selected_ids() == [ids["undated"]]

    panel.table.selectRow(panel.model.row_of(ids["day"]))
    assert view.selected() == {ids["day"]}  # the table's selection is drawn on the timeline

    name = QPoint(20, int(view.marks()[0].rect.center().y()))  # a lane's name: all its events
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=name)
    assert sorted(panel.selected_ids()) == sorted([ids["day"], ids["range"]])  # the detentions


def test_reported_dates_show_in_the_table_and_can_be_filtered(qtbot, notebook: Notebook) -> None:  # noqa: ANN001
    ids = timeline_events(notebook)
    panel = timeline_panel(qtbot, notebook)
    row = panel.model.row_of(ids["reported"])
    assert panel.model.data(panel.model.index(row, 0)) == "2024-06-03 (reported)"
    dates = panel.filters.dates_box
    dates.setCurrentIndex(dates.findData("reported"))
    assert [panel.model.event_at(r).id for r in range(panel.model.rowCount())] == [ids["reported"]]
    dates.setCurrentIndex(dates.findData("own"))
    assert ids["reported"] not in [panel.model.event_at(r).id for r in range(panel.model.rowCount())]
    assert panel.model.rowCount() == 3


def test_tile_map_colours_provinces_and_a_click_filters_the_table(qtbot, notebook: Notebook) -> None:  # noqa: ANN001
    three_events(notebook)
    panel = EventsPanel(notebook)
    qtbot.addWidget(panel)
    panel.resize(1000, 900)
    panel.tabs.setCurrentWidget(panel.map)
    panel.show()
    qtbot.waitExposed(panel.map)
    image = panel.map.grab().toImage()
    tiles = {t.province.iso: t for t in panel.map.tiles()}
    assert len(tiles) == 34
    takhar, herat = tiles["AF-TAK"], tiles["AF-HER"]
    corner = QPoint(int(takhar.rect.left()) + 6, int(takhar.rect.bottom()) - 6)
    assert (
        image.pixelColor(corner).name()
        != image.pixelColor(QPoint(int(herat.rect.left()) + 6, int(herat.rect.bottom()) - 6)).name()
    )  # Takhar has events, Herat none
    qtbot.mouseClick(panel.map, Qt.MouseButton.LeftButton, pos=takhar.rect.center().toPoint())
    assert panel.filters.current().province == "AF-TAK"
    assert shown_types(panel) == ["detention", "detention"]
    assert len(panel.map.tiles()) == 34  # the map still shows every province
    qtbot.mouseClick(panel.map, Qt.MouseButton.LeftButton, pos=takhar.rect.center().toPoint())
    assert panel.model.rowCount() == 3  # a second click clears the filter


def test_editor_refuses_an_event_without_evidence(qtbot, notebook: Notebook) -> None:  # noqa: ANN001
    article_id = add_articles(notebook)[0]
    dialog = EventEditorDialog(notebook)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and dialog.message.text() == NO_EVIDENCE

    dialog.add_evidence(from_passage(notebook, article_id, 0, len(TAKHAR)))
    assert save.isEnabled() and dialog.message.text() == ""
    assert "detained 12 former soldiers" in dialog.evidence.item(0).text()
    dialog.province.setEditText("Tak'har")  # any spelling
    dialog.count.setValue(12)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    (event,) = notebook.events.all()
    assert (event.province, event.count, len(event.evidence)) == ("AF-TAK", 12, 1)
    notebook.undo.undo()
    assert notebook.events.all() == []


def test_editor_prefills_from_a_passage_and_adds_evidence_from_another_article(
    qtbot, notebook: Notebook
) -> None:  # noqa: ANN001
    first, second = add_articles(notebook)
    dialog = EventEditorDialog.for_passage(notebook, first, 0, len(TAKHAR))
    qtbot.addWidget(dialog)
    assert dialog.type_box.currentData() == "detention"
    assert dialog.province_code() == "AF-TAK" and dialog.count.value() == 12
    assert dialog.date_start.text() == "2024-03-03"
    dialog.add_evidence(from_passage(notebook, second, 0, len(AGAIN)))
    dialog.save()
    (event,) = notebook.events.all()
    assert event.sources == 2  # Amu TV and RASC News corroborate it

    dialog.province.setEditText("Atlantis")
    assert "No province" in dialog.problem()


def test_accepting_a_suggestion_records_an_event_with_its_passage(qtbot, notebook: Notebook) -> None:  # noqa: ANN001
    article_id = add_articles(notebook)[0]
    panel = SuggestionsPanel(notebook)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.finished, timeout=10_000):
        panel.set_article(article_id)
    found = panel.suggestions()
    assert {(s.type, s.province) for s in found} >= {("detention", "AF-TAK"), ("killing", "AF-KDZ")}
    panel.list.setCurrentRow(next(i for i, s in enumerate(found) if s.type == "killing"))
    with qtbot.waitSignal(panel.accepted):
        qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    (event,) = notebook.events.all()
    (passage,) = notebook.events.evidence(event.id)
    assert (event.type, event.province, event.count) == ("killing", "AF-KDZ", 2)
    assert passage.exact == KUNDUZ
    assert len(panel.suggestions()) == len(found) - 1

    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.dismiss_button, Qt.MouseButton.LeftButton)
    assert len(panel.suggestions()) == len(found) - 2 and len(notebook.events.all()) == 1


def test_disagreements_are_shown_side_by_side(qtbot, notebook: Notebook) -> None:  # noqa: ANN001
    three_events(notebook)
    view = EventsDisagreementsView(notebook)
    qtbot.addWidget(view)
    view.set_events(notebook.events.all())
    assert view.pairs.count() == 1 and "different counts" in view.pairs.item(0).text()
    counts = {view.table.item(3, 0).text(), view.table.item(3, 1).text()}
    assert counts == {"12", "15"}
    differs = tint(view.palette(), DIFFERS).name()  # an orange over the base, light or dark
    assert view.table.item(3, 0).background().color().name() == differs  # the differing row stands out
    quotes = view.table.item(7, 0).text() + view.table.item(7, 1).text()
    assert "Amu TV" in quotes and "RASC News" in quotes
