"""The day each message of a chat export or entry of a diary was written, from the date that opens its line.

A chat export opens each message with its time stamp ("[17/03/2026, 21:05] S: …", "17/03/2026, 21:05 - S:
…", «[۱۷/۰۳/۲۰۲۶، ۲۱:۰۵] س: …»); a diary or a log opens each entry with a line that is a date ("Saturday
14 March 2026", «شنبه ۲۳ حوت ۱۴۰۴») or with a date and a dash or colon ("14 March: …"). What the message or
entry says counts from that day: "tonight", "this morning", "yesterday" (the text before the next stamp),
and an event it gives no date of its own was reported that day, not on the export's. A date opening a
sentence ("On 14 March, police …") or the article's own date line in its head is no stamp.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from desktop.events.dates.calendars import WEEKDAYS
from desktop.events.dates.date_range import DateRange, names

# Before the date on its line: brackets, Markdown marks, a bullet, a weekday ("Saturday 14 March 2026").
_WEEKDAY = names(WEEKDAYS).replace(" ", "[ \u200c]")  # also over unfolded text: «سه‌شنبه»
_OPENING = re.compile(rf"[ \t]*(?:[\[(#*_>•\-][ \t]*)*(?:{_WEEKDAY}[,،]?[ \t]+)?", re.IGNORECASE)
# After it: a time ("21:05", "9.12 pm"; then anything may follow), or a closing bracket or mark and the end of
# the line, a dash or a colon.
_TIME = re.compile(r"[ \t]*[,،]?[ \t]*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?![\d/])", re.IGNORECASE)
_CLOSING = re.compile(r"[ \t]*[\])]?[ \t*_]*(?:$|\n|[:\-–—|][ \t]|[–—:])")
_HEAD_LINES = 2  # the title and the date line under it: a date there is the article's own


class _Dated(Protocol):
    @property
    def range(self) -> DateRange: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Stamps:
    """Where each message or entry starts (its line's offset) and its day, in text order."""

    starts: tuple[int, ...] = ()
    days: tuple[date, ...] = ()

    def day_at(self, offset: int) -> date | None:
        """The day of the message or entry `offset` lies in, None before the first one."""
        index = bisect_right(self.starts, offset) - 1
        return self.days[index] if index >= 0 else None

    def __bool__(self) -> bool:
        return bool(self.starts)


def find_stamps(text: str, matches: Sequence[_Dated]) -> Stamps:
    """The stamps among `matches` (dates found in `text`, or in its folded form, at the offsets of that text):
    a day opening its line, followed by a time, or alone on its line, or by a dash or colon. A date without
    a time in the article's head (its first two lines) is its date line, not an entry's."""
    head_end = _head_end(text)
    found: list[tuple[int, date, bool]] = []  # line start, day, a date line of the head
    for m in matches:
        if m.range.precision != "day":
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        if _OPENING.fullmatch(text, line_start, m.start) is None:
            continue
        timed = _TIME.match(text, m.end) is not None
        if not timed and _CLOSING.match(text, m.end) is None:
            continue
        if not found or found[-1][0] != line_start:
            found.append((line_start, m.range.start, not timed and line_start < head_end))
    found += _short_year_stamps(text, {start for start, _, _ in found})
    found.sort(key=lambda f: f[0])
    if len(found) < 2:  # one date heading under the title is the article's date line
        found = [f for f in found if not f[2]]
    return Stamps(tuple(s for s, _, _ in found), tuple(d for _, d, _ in found))


# Chat exports that write the year in two digits, which no date rule reads alone ("3/4/26" may be anything):
# "[15.03.26 07:40] S:" (Telegram), "[3/15/26, 7:40 AM] S:" (WhatsApp, US: month first with AM/PM).
_SHORT_YEAR_STAMP = re.compile(
    r"^[ \t]*\[?(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<y>\d{2})[,،]?[ \t]+\d{1,2}[:.]\d{2}(?::\d{2})?"
    r"(?:[ \t]*(?P<ampm>[ap]\.?m\.?))?",
    re.IGNORECASE | re.MULTILINE,
)


def _short_year_stamps(text: str, taken: set[int]) -> list[tuple[int, date, bool]]:
    """Time stamps with a two-digit year opening their lines, day first unless AM/PM or the numbers say
    otherwise (a second number over 12)."""
    found = []
    for m in _SHORT_YEAR_STAMP.finditer(text):
        a, b, year = int(m["a"]), int(m["b"]), 2000 + int(m["y"])
        day, month = (b, a) if (m["ampm"] and b <= 31 and a <= 12) or b > 12 else (a, b)
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if m.start() not in taken:
            found.append((m.start(), when, False))
    return found


def _head_end(text: str) -> int:
    """Where the article's first two non-blank lines end."""
    at, seen = 0, 0
    for line in re.finditer(r"[^\n]*\n?", text):
        if line.group().strip():
            seen += 1
        at = line.end()
        if seen >= _HEAD_LINES or not line.group():
            break
    return at
