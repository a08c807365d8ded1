"""Disagreements: pairs of events that look like one incident but whose sources differ on count or place.

Two events are taken for the same incident when they have the same type, their dates overlap
or lie within a few days of each other, and they rest on different articles. They disagree when
  - they share the province, the perpetrator or the victim group, but give different counts; or
  - they give the same count but different provinces.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.events.record import EventRecord

NEAR_DAYS = 7
COMPARED = (
    "date_start", "date_end", "count", "count_qualifier", "province", "country", "place",
    "perpetrator", "victim_group",
)  # fmt: skip


@dataclass(frozen=True)
class Disagreement:
    """Two events that seem to be one incident; `fields` are those whose values differ,
    `reason` says in words what the sources disagree on ("different counts")."""

    first: EventRecord
    second: EventRecord
    fields: tuple[str, ...]
    reason: str

    @staticmethod
    def value(event: EventRecord, name: str) -> Any:
        return getattr(event, name)


def _day(text: str, *, last: bool) -> date | None:
    """The first (or last) day that "2024", "2024-03" or "2024-03-05" covers."""
    parts = [int(p) for p in text.split("-")[:3] if p.isdigit()]
    try:
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(*parts)[1] if last else 1)
        if len(parts) == 1:
            return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)
    except ValueError:
        return None
    return None


def period(event: EventRecord) -> tuple[date, date] | None:
    """The days the event may have happened on, or None when it is undated."""
    start = _day(event.date_start, last=False)
    if start is None:
        return None
    end = _day(event.date_end, last=True) if event.date_end else None
    return start, max(end or _day(event.date_start, last=True) or start, start)


def near_in_time(a: EventRecord, b: EventRecord, *, days: int = NEAR_DAYS) -> bool:
    """Both dated, and their periods overlap or lie at most `days` apart."""
    pa, pb = period(a), period(b)
    if pa is None or pb is None:
        return False
    gap = timedelta(days=days)
    return pa[0] <= pb[1] + gap and pb[0] <= pa[1] + gap


def _shared(a: str, b: str) -> bool:
    return bool(a) and a.casefold() == b.casefold()


def compare(a: EventRecord, b: EventRecord, *, days: int = NEAR_DAYS) -> Disagreement | None:
    """The disagreement between two events, or None when they agree or are not one incident."""
    if a.type != b.type or set(a.articles) == set(b.articles) or not near_in_time(a, b, days=days):
        return None
    counts_differ = a.count is not None and b.count is not None and a.count != b.count
    linked = (
        _shared(a.province, b.province)
        or _shared(a.perpetrator, b.perpetrator)
        or _shared(a.victim_group, b.victim_group)
    )
    provinces_differ = bool(a.province) and bool(b.province) and a.province != b.province
    if counts_differ and linked and not provinces_differ:
        reason = "different counts"
    elif a.count is not None and a.count == b.count and provinces_differ:
        reason = "different places"
    else:
        return None
    fields = tuple(f for f in COMPARED if getattr(a, f) != getattr(b, f))
    return Disagreement(a, b, fields, reason)


def find_disagreements(events: Sequence[EventRecord], *, days: int = NEAR_DAYS) -> list[Disagreement]:
    """Every disagreeing pair among `events`, the earliest incident first.

    events  the events to compare (e.g. `nb.events.all()`)
    days    how far apart two dates may be and still be one incident
    """
    dated = sorted(((p, e) for e in events if (p := period(e)) is not None), key=lambda item: item[0][0])
    found: list[Disagreement] = []
    gap = timedelta(days=days)
    for i, (pa, a) in enumerate(dated):
        for pb, b in dated[i + 1 :]:
            if pb[0] > pa[1] + gap:
                break  # sorted by start: no later event can be near this one
            pair = compare(a, b, days=days)
            if pair is not None:
                found.append(pair)
    return found
