"""Where the timeline puts events: each event's span of days, lanes, rows in a lane, axis ticks.

Plain Python (no painting), so the layout can be tested and reasoned about on its own. Days are
counted as proleptic ordinals (`date.toordinal()`); a span's end is inclusive.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.store.events import Event
from desktop.ui.common.local_format import digits
from desktop.ui.events.event_display import place_name, type_label

MAX_ROWS = 10  # rows of marks in one lane; beyond, marks overlap
MONTHS = (
    QT_TRANSLATE_NOOP("TimelineLayout", "Jan"), QT_TRANSLATE_NOOP("TimelineLayout", "Feb"),
    QT_TRANSLATE_NOOP("TimelineLayout", "Mar"), QT_TRANSLATE_NOOP("TimelineLayout", "Apr"),
    QT_TRANSLATE_NOOP("TimelineLayout", "May"), QT_TRANSLATE_NOOP("TimelineLayout", "Jun"),
    QT_TRANSLATE_NOOP("TimelineLayout", "Jul"), QT_TRANSLATE_NOOP("TimelineLayout", "Aug"),
    QT_TRANSLATE_NOOP("TimelineLayout", "Sep"), QT_TRANSLATE_NOOP("TimelineLayout", "Oct"),
    QT_TRANSLATE_NOOP("TimelineLayout", "Nov"), QT_TRANSLATE_NOOP("TimelineLayout", "Dec"),
)  # fmt: skip


@dataclass(frozen=True)
class Span:
    """An event's days on the timeline. `point`: one day drawn as a marker (a known day, or the
    article's date for a reported one); otherwise a bar from `first` to `last` (inclusive)."""

    event: Event
    first: int
    last: int
    point: bool
    reported: bool

    @property
    def approximate(self) -> bool:
        return self.event.date_precision in {"approximate", "year"}


def _parse(text: str, *, end: bool) -> date | None:
    """ "2024", "2024-03" or "2024-03-05" as its first day (or its last, with `end`)."""
    parts = text.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
        if len(parts) > 2:
            return date(year, month, int(parts[2][:2]))
        return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    except (ValueError, IndexError):
        return None


def event_span(event: Event) -> Span | None:
    """Where `event` lies in time, None when it is undated.

    A start and a later end make a range, as given; without an end, a month or year precision
    covers the whole month or year, and a day (or reported) date is a point.
    """
    if not event.date_start:
        return None
    start, end = event.date_start, event.date_end or event.date_start
    cut = {"month": 7, "year": 4}.get(event.date_precision)
    if cut and not event.date_end:  # the whole month or year, whatever day was typed
        start, end = start[:cut], end[:cut]
    first, last = _parse(start, end=False), _parse(end, end=True)
    if first is None:
        return None
    last = max(first, last or first)
    reported = event.date_precision == "reported"
    return Span(event, first.toordinal(), last.toordinal(), first == last, reported)


def whole_months(spans: Sequence[Span]) -> tuple[int, int]:
    """The first day of the first span's month and the last day of the last span's month."""
    first = date.fromordinal(min(s.first for s in spans))
    last = date.fromordinal(max(s.last for s in spans))
    after = date(last.year + last.month // 12, last.month % 12 + 1, 1)
    return date(first.year, first.month, 1).toordinal(), after.toordinal() - 1


def lane_key(event: Event, grouping: str) -> str:
    if grouping == "province":
        return event.province or event.country
    return event.type


def lane_label(key: str, grouping: str) -> str:
    if grouping == "province":
        return place_name(key) if key else QCoreApplication.translate("TimelineLayout", "No place")
    return type_label(key)


@dataclass
class Lane:
    """One horizontal band: a type or a province, its spans and the row each span is drawn in."""

    key: str
    label: str
    spans: list[Span]
    rows: list[int]

    @property
    def row_count(self) -> int:
        return max(self.rows, default=0) + 1


def lanes(
    spans: Sequence[Span],
    *,
    key: Callable[[Event], str],
    label: Callable[[str], str],
    order: Sequence[str] = (),
) -> list[Lane]:
    """Spans grouped into lanes by `key(event)`, keys in `order` first, the others by label."""
    grouped: dict[str, list[Span]] = defaultdict(list)
    for span in sorted(spans, key=lambda s: (s.first, s.last, s.event.id)):
        grouped[key(span.event)].append(span)
    rank = {k: i for i, k in enumerate(order)}
    keys = sorted(grouped, key=lambda k: (k not in rank, rank.get(k, 0), not k, label(k).casefold()))
    return [Lane(k, label(k), grouped[k], []) for k in keys]


def pack(
    lane: Lane, *, x_of: Callable[[int], float], marker: float, gap: float = 3.0, max_rows: int = MAX_ROWS
) -> None:
    """Give each span of the lane a row so that nothing drawn overlaps: the first row where the
    previous item ends (in pixels, `marker` wide for points) before this one starts. Past
    `max_rows` an item goes in the row that ends soonest (overlapping: zoom in to separate them)."""
    ends: list[float] = []
    lane.rows = []
    for span in lane.spans:
        left = x_of(span.first) - (marker / 2 if span.point else 0)
        right = x_of(span.first) + marker / 2 if span.point else max(x_of(span.last + 1), left + marker)
        row = next((i for i, end in enumerate(ends) if left >= end + gap), len(ends))
        if row == len(ends) and row >= max_rows:
            row = min(range(len(ends)), key=ends.__getitem__)
        if row == len(ends):
            ends.append(right)
        else:
            ends[row] = max(ends[row], right)
        lane.rows.append(row)


@dataclass(frozen=True)
class Tick:
    day: int  # ordinal of the tick's first day
    label: str
    major: bool  # a year starts


def ticks(first: int, last: int, *, day_width: float, label_width: float) -> list[Tick]:
    """Axis ticks between two days: every year (major), and months, or weeks when zoomed in,
    labelled as often as `label_width` pixels allow (an empty label for an unlabelled tick)."""
    start, end = date.fromordinal(first), date.fromordinal(last)
    month_width = day_width * 30.4
    step = next((s for s in (1, 2, 3, 6) if month_width * s >= label_width), 12)
    year_step = next((s for s in (1, 2, 5, 10) if month_width * 12 * s >= label_width), 20)
    out: list[Tick] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        day = date(year, month, 1)
        if month == 1:
            out.append(Tick(day.toordinal(), digits(str(year)) if year % year_step == 0 else "", True))
        elif step < 12:
            name = QCoreApplication.translate("TimelineLayout", MONTHS[month - 1])
            out.append(Tick(day.toordinal(), name if (month - 1) % step == 0 else "", False))
        if day_width * 7 >= label_width:  # weeks: the 8th, 15th and 22nd
            out += [Tick(date(year, month, d).toordinal(), digits(str(d)), False) for d in (8, 15, 22)]
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return [t for t in out if first <= t.day <= last]
