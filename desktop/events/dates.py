"""Date expressions ("15 March 2024", "last week", "in the first half of 2024") as date ranges."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.events.numbers import WORD_VALUES
from desktop.events.script import fold

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name} | {"sept": 9}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_YEAR = r"(?:19|20)\d\d"
_N = r"(?:\d+|" + "|".join(w for w in WORD_VALUES if w.isascii()) + r"|a|an|a few|several)"
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365, "روز": 1, "هفته": 7, "ماه": 30, "سال": 365}
_HALVES = {"first half": (1, 6), "second half": (7, 12), "first quarter": (1, 3), "second quarter": (4, 6)}
_HALVES |= {"third quarter": (7, 9), "fourth quarter": (10, 12), "last quarter": (10, 12)}
_HALVES |= {"early": (1, 4), "mid": (5, 8), "middle of": (5, 8), "late": (9, 12), "end of": (10, 12)}
_HALVES |= {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


@dataclass(frozen=True, slots=True)
class DateRange:
    """When something happened: from `start` to `end` inclusive, known to `precision`.

    precision  "day", "month", "year" or "approximate"
    """

    start: date
    end: date
    precision: str


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a text; `text[start:end]` is the expression."""

    range: DateRange
    start: int
    end: int


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _number(word: str) -> int:
    word = word.strip()
    if word.isdigit():
        return int(word)
    return {"a": 1, "an": 1, "a few": 3, "several": 3}.get(word, WORD_VALUES.get(word, 1))


def _month_range(year: int, first: int, last: int, precision: str) -> DateRange:
    end_year = year + 1 if last < first else year
    return DateRange(date(year, first, 1), month_end(end_year, last), precision)


def _day(year: int, month: int, day: int) -> DateRange | None:
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return DateRange(when, when, "day")


def _guess_year(month: int, day: int, published: date | None) -> int | None:
    """The year of a date written without one: the latest not after publication."""
    if published is None:
        return None
    year = published.year
    return year - 1 if (month, day) > (published.month, published.day) else year


Handler = Callable[[re.Match[str], date | None], DateRange | None]


def _day_month_year(m: re.Match[str], published: date | None) -> DateRange | None:
    month = _MONTHS[m["month"].rstrip(".")]
    year = int(m["year"]) if m["year"] else _guess_year(month, int(m["day"]), published)
    return _day(year, month, int(m["day"])) if year else None


def _month_year(m: re.Match[str], published: date | None) -> DateRange | None:
    month = _MONTHS[m["month"].rstrip(".")]
    return _month_range(int(m["year"]), month, month, "month")


def _months_between(m: re.Match[str], published: date | None) -> DateRange | None:
    first, last = _MONTHS[m["first"].rstrip(".")], _MONTHS[m["last"].rstrip(".")]
    return _month_range(int(m["year"]), first, last, "month")


def _numeric(m: re.Match[str], published: date | None) -> DateRange | None:
    first, second, year = int(m["a"]), int(m["b"]), int(m["year"])
    day_first = _day(year, second, first)  # day/month, as most of the world writes it
    month_first = _day(year, first, second)
    weekday = m["weekday"]
    wanted = _WEEKDAYS.get(weekday or "")
    month_first_fits = month_first is not None and month_first.start.weekday() == wanted
    if month_first_fits and (day_first is None or day_first.start.weekday() != wanted):
        return month_first
    return day_first or month_first


def _part_of_year(m: re.Match[str], published: date | None) -> DateRange | None:
    first, last = _HALVES[re.sub(r"[\s\-]+", " ", m["part"]).strip()]
    precision = "month" if "half" in m["part"] or "quarter" in m["part"] else "approximate"
    return _month_range(int(m["year"]), first, last, precision)


def _year(m: re.Match[str], published: date | None) -> DateRange | None:
    year = int(m["year"])
    return DateRange(date(year, 1, 1), date(year, 12, 31), "year")


def _weekday(m: re.Match[str], published: date | None) -> DateRange | None:
    if published is None:
        return None
    back = (published.weekday() - _WEEKDAYS[m["weekday"]]) % 7
    when = published - timedelta(days=back)
    return DateRange(when, when, "day")


def _ago(m: re.Match[str], published: date | None) -> DateRange | None:
    if published is None:
        return None
    amount, unit = _number(m["n"] or m["n2"]), (m["unit"] or m["unit2"]).rstrip("s")
    if unit in {"month", "ماه"}:
        when = _shift_months(published, -amount)
    else:
        when = published - timedelta(days=amount * _UNIT_DAYS[unit])
    precision = "day" if unit in {"day", "روز"} else "approximate"
    return DateRange(when, when, precision)


def _within_past(m: re.Match[str], published: date | None) -> DateRange | None:
    if published is None:
        return None
    amount, unit = _number(m["n"] or "a"), m["unit"].rstrip("s")
    if unit == "month":
        start = _shift_months(published, -amount)
    else:
        start = published - timedelta(days=amount * _UNIT_DAYS[unit])
    return DateRange(start, published, "approximate")


def _relative(m: re.Match[str], published: date | None) -> DateRange | None:
    if published is None:
        return None
    return _RELATIVE[re.sub(r"\s+", " ", m["rel"])](published)


def _last_week(p: date) -> DateRange:
    monday = p - timedelta(days=p.weekday() + 7)
    return DateRange(monday, monday + timedelta(days=6), "approximate")


def _last_month(p: date) -> DateRange:
    previous = _shift_months(p.replace(day=1), -1)
    return _month_range(previous.year, previous.month, previous.month, "month")


def _one_day(p: date, back: int = 0) -> DateRange:
    return DateRange(p - timedelta(days=back), p - timedelta(days=back), "day")


_RELATIVE: dict[str, Callable[[date], DateRange]] = {
    "today": _one_day, "امروز": _one_day,
    "yesterday": lambda p: _one_day(p, 1), "دیروز": lambda p: _one_day(p, 1),
    "last week": _last_week, "هفته گذشته": _last_week, "هفته پیش": _last_week,
    "this week": lambda p: DateRange(p - timedelta(days=p.weekday()), p, "approximate"),
    "last month": _last_month, "ماه گذشته": _last_month, "ماه پیش": _last_month,
    "this month": lambda p: DateRange(p.replace(day=1), p, "month"),
    "earlier this month": lambda p: DateRange(p.replace(day=1), p, "approximate"),
    "last year": lambda p: DateRange(date(p.year - 1, 1, 1), date(p.year - 1, 12, 31), "year"),
    "سال گذشته": lambda p: DateRange(date(p.year - 1, 1, 1), date(p.year - 1, 12, 31), "year"),
    "this year": lambda p: DateRange(date(p.year, 1, 1), p, "year"),
    "earlier this year": lambda p: DateRange(date(p.year, 1, 1), p, "approximate"),
    "recent weeks": lambda p: DateRange(p - timedelta(days=28), p, "approximate"),
    "recent days": lambda p: DateRange(p - timedelta(days=7), p, "approximate"),
    "recent months": lambda p: DateRange(_shift_months(p, -3), p, "approximate"),
}  # fmt: skip

_WEEKDAY = "|".join(_WEEKDAYS)
_UNIT = r"(?P<unit>days?|weeks?|months?|years?)"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_RULES: list[tuple[str, Handler]] = [
    (rf"(?:between|from) (?P<first>{_MONTH}) (?:and|to|until) (?P<last>{_MONTH}),? (?P<year>{_YEAR})",
     _months_between),
    (rf"(?:(?P<weekday>{_WEEKDAY}),? )?(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<year>{_YEAR})",
     _numeric),
    (rf"{_DAY} (?:of )?(?P<month>{_MONTH})(?:,? (?P<year>{_YEAR}))?", _day_month_year),
    (rf"(?P<month>{_MONTH}) {_DAY}(?!\d)(?:,? (?P<year>{_YEAR}))?", _day_month_year),
    (rf"(?P<month>{_MONTH}),? (?P<year>{_YEAR})", _month_year),
    (rf"(?:the )?(?P<part>{'|'.join(_HALVES)})[ -]+(?:of )?(?P<year>{_YEAR})", _part_of_year),
    (rf"(?P<n>{_N}) {_UNIT} (?:ago|earlier)|(?P<n2>\d+) (?P<unit2>روز|هفته|ماه|سال) (?:پیش|قبل)", _ago),
    (rf"(?:in|over|during|within) (?:the )?(?:past|last|under|less than) (?:(?P<n>{_N}) )?{_UNIT}",
     _within_past),
    ("(?P<rel>" + "|".join(sorted(_RELATIVE, key=len, reverse=True)) + ")", _relative),
    (rf"(?:on )?(?P<weekday>{_WEEKDAY})", _weekday),
    (rf"(?P<year>{_YEAR})", _year),
]  # fmt: skip
_COMPILED = [(re.compile(source.replace(" ", r"\s+")), handler) for source, handler in _RULES]
_RANGE_JOIN = re.compile(r",?\s*(?:to|until|till|through|and|-|–)\s*")
_RANGE_START = re.compile(r"(?:from|between)\s+$")


def _merge_ranges(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """Join "from A to B" and "between A and B" into one range."""
    merged: list[DateMatch] = []
    for item in found:
        if merged:
            last = merged[-1]
            joined = _RANGE_JOIN.fullmatch(text[last.end : item.start])
            opened = _RANGE_START.search(text[max(0, last.start - 12) : last.start])
            if joined and opened and item.range.end >= last.range.start:
                precision = max(last.range.precision, item.range.precision, key=_PRECISIONS.index)
                span = DateRange(last.range.start, item.range.end, precision)
                merged[-1] = DateMatch(span, last.start, item.end)
                continue
        merged.append(item)
    return merged


_PRECISIONS = ["day", "month", "year", "approximate"]


def find_dates(text: str, *, published: date | None = None) -> list[DateMatch]:
    """Date expressions in `text`, resolved against the publication date, in order.

    published  the article's date; relative expressions ("last week") need it and are
               skipped without it
    """
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    for pattern, handler in _COMPILED:
        for m in pattern.finditer(folded.text):
            clash = any(m.start() < e and s < m.end() for s, e in taken)
            if clash or _inside_word(folded.text, m.start(), m.end()):
                continue
            resolved = handler(m, published)
            if resolved is not None:
                taken.append((m.start(), m.end()))
                start, end = folded.span(m.start(), m.end())
                found.append(DateMatch(resolved, start, end))
    return _merge_ranges(text, sorted(found, key=lambda d: d.start))


def _inside_word(text: str, start: int, end: int) -> bool:
    before = start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-/")
    after = end < len(text) and (text[end].isalnum() or text[end] == "-")
    return before or after


def resolve_date(expression: str, *, published: date | None = None) -> DateRange | None:
    """The first date range in `expression`, e.g. "last month" against 2024-03-15 → February."""
    found = find_dates(expression, published=published)
    return found[0].range if found else None
