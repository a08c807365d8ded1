"""The timeline in Dari and Pashto: time runs from right to left, marks, lanes, legend and axis
mirrored, and clicks, tooltips, zooming and the arrow keys still land on the right days."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop.store.events import Event
from desktop.ui.events.timeline_view import TimelineView

WIDTH = 900


def event(event_id: str, start: str, end: str = "", precision: str = "day", kind: str = "detention") -> Event:
    return Event(
        id=event_id, type=kind, date_start=start, date_end=end, date_precision=precision, country="AF",
        province="AF-TAK", place="", perpetrator="", victim_group="", count=None, count_qualifier="",
        description="", status="reported", evidence=(), tags=(), sources=1, articles=(), created="",
        modified="",
    )  # fmt: skip


EVENTS = [
    event("early", "2024-01-05"),
    event("range", "2024-02-10", "2024-03-20", kind="killing"),
    event("late", "2024-06-03"),
]


def view(qtbot, direction: Qt.LayoutDirection) -> TimelineView:  # noqa: ANN001
    timeline = TimelineView()
    timeline.setLayoutDirection(direction)
    qtbot.addWidget(timeline)
    timeline.resize(WIDTH, 320)
    timeline.set_events(EVENTS)
    timeline.show()
    qtbot.waitExposed(timeline)
    timeline.grab()  # paints: the marks are where they were last painted
    return timeline


def marks(timeline: TimelineView) -> dict[str, QPointF]:
    return {m.event_id: m.rect.center() for m in timeline.marks()}


@pytest.fixture
def ltr(qtbot) -> TimelineView:  # noqa: ANN001
    return view(qtbot, Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def rtl(qtbot) -> TimelineView:  # noqa: ANN001
    return view(qtbot, Qt.LayoutDirection.RightToLeft)


def test_right_to_left_the_earlier_event_is_at_the_right(ltr: TimelineView, rtl: TimelineView) -> None:
    left_to_right, right_to_left = marks(ltr), marks(rtl)
    assert left_to_right["early"].x() < left_to_right["range"].x() < left_to_right["late"].x()
    assert right_to_left["early"].x() > right_to_left["range"].x() > right_to_left["late"].x()
    for key, point in left_to_right.items():  # a mirror image, not just another order
        assert right_to_left[key].x() == pytest.approx(WIDTH - point.x(), abs=0.01)
        assert right_to_left[key].y() == pytest.approx(point.y())
    assert rtl.x_of_day(date(2024, 1, 5)) > rtl.x_of_day(date(2024, 6, 3))


def test_right_to_left_a_range_bar_spans_the_mirrored_days(ltr: TimelineView, rtl: TimelineView) -> None:
    bar = next(m.rect for m in rtl.marks() if m.event_id == "range")
    straight = next(m.rect for m in ltr.marks() if m.event_id == "range")
    assert bar.width() == pytest.approx(straight.width())
    assert bar.right() == pytest.approx(WIDTH - straight.left())
    assert bar.left() < rtl.x_of_day(date(2024, 3, 20)) < rtl.x_of_day(date(2024, 2, 10)) < bar.right()


def test_right_to_left_the_lane_names_and_legend_stand_at_the_right(qtbot, rtl: TimelineView) -> None:  # noqa: ANN001
    lane_rects = [rect for rect, _lane in rtl._lane_rects]
    assert lane_rects and all(rect.left() > WIDTH / 2 for rect in lane_rects)
    assert all(rect.right() >= WIDTH - 12 for rect in lane_rects)
    image = rtl.grab().toImage()
    ink = image.pixelColor(WIDTH - 20, 17) != rtl.palette().base().color()  # the first legend dot
    blank = image.pixelColor(20, 17) == rtl.palette().base().color()
    assert ink and blank


def test_right_to_left_clicks_and_tooltips_find_the_event_under_the_pointer(
    qtbot,  # noqa: ANN001
    rtl: TimelineView,
) -> None:
    centres = marks(rtl)
    for key, point in centres.items():
        assert rtl.ids_at(point) == [key]
    with qtbot.waitSignal(rtl.events_clicked) as clicked:
        qtbot.mouseClick(rtl, Qt.MouseButton.LeftButton, pos=centres["early"].toPoint())
    assert clicked.args == [["early"]]
    qtbot.mouseMove(rtl, centres["late"].toPoint())
    qtbot.waitUntil(lambda: rtl.toolTip() != "")
    assert "2024-06-03" in rtl.toolTip()
    lane = next(rect for rect, _lane in rtl._lane_rects)
    qtbot.mouseMove(rtl, lane.center().toPoint())  # on a lane's name: a click selects the lane, no tooltip
    qtbot.waitUntil(lambda: rtl.toolTip() == "")


def test_right_to_left_zoom_keeps_the_day_under_the_pointer_and_the_arrows_pan_their_way(
    rtl: TimelineView,
) -> None:
    day = date(2024, 3, 1)
    x = rtl.x_of_day(day)
    rtl.zoom(3, at=x)
    assert rtl.x_of_day(day) == pytest.approx(x, abs=1)
    before = rtl.x_of_day(day)
    QApplication.sendEvent(rtl, _key(Qt.Key.Key_Left))  # towards the later days, on the left
    assert rtl.offset() > 0
    assert rtl.x_of_day(day) > before  # the picture moved right: later days came into view
    QApplication.sendEvent(rtl, _key(Qt.Key.Key_Right))
    assert rtl.x_of_day(day) == pytest.approx(before, abs=1)


def _key(key: Qt.Key) -> QKeyEvent:
    return QKeyEvent(QKeyEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


def test_right_to_left_a_sideways_swipe_moves_picture_its_way(ltr: TimelineView, rtl: TimelineView) -> None:
    for view in (ltr, rtl):
        view.zoom(4)
        view.set_offset(200)
        swipe = QWheelEvent(
            QPointF(400, 150), QPointF(400, 150), QPoint(), QPoint(120, 0), Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
        )  # fmt: skip
        QApplication.sendEvent(view, swipe)
    assert ltr.offset() < 200  # the left (earlier) part comes into view
    assert rtl.offset() > 200  # the left (later) part comes into view
