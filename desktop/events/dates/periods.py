"""Periods named from the publication date ("yesterday", "last week", "ماه گذشته") in the writer's calendar.

English phrases count in the Gregorian calendar with weeks from Monday. "Last week" is the previous
calendar week, Monday to Sunday, in every language (bench/evidence/README.md, rule 7: «هفته گذشته»,
«تېره اونۍ» too). Other Dari and Pashto periods count as Afghan writers do: "this week" from
Saturday (Friday is the weekend), months and years in
the Solar Hijri calendar ("ماه گذشته" in an article of 20 August 2024, 30 Asad 1403, is Saratan
1403: 21 June – 21 July).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from desktop.events.dates.calendars import gregorian_to_solar, solar_month_span, solar_year_span
from desktop.events.dates.date_range import DateRange, month_end, one_day, shift_months
from desktop.events.script import fold_str

Period = Callable[[date], DateRange]
_SATURDAY = 5


def _back(days: int) -> Period:
    return lambda p: one_day(p - timedelta(days=days))


def _week_start(p: date, first_weekday: int) -> date:
    return p - timedelta(days=(p.weekday() - first_weekday) % 7)


def _last_week(first_weekday: int) -> Period:
    def period(p: date) -> DateRange:
        start = _week_start(p, first_weekday) - timedelta(days=7)
        return DateRange(start, start + timedelta(days=6), "approximate")

    return period


def _this_week(first_weekday: int) -> Period:
    return lambda p: DateRange(_week_start(p, first_weekday), p, "approximate")


def _weekend(p: date) -> DateRange:
    """ "over the weekend": the latest Saturday and Sunday up to the publication date."""
    saturday = p - timedelta(days=(p.weekday() - _SATURDAY) % 7)
    return DateRange(saturday, min(saturday + timedelta(days=1), p), "range")


def _last_month(p: date) -> DateRange:
    previous = shift_months(p.replace(day=1), -1)
    return DateRange(previous, month_end(previous.year, previous.month), "month")


def _this_month(p: date) -> DateRange:
    return DateRange(p.replace(day=1), p, "month")


def _last_year(p: date) -> DateRange:
    return DateRange(date(p.year - 1, 1, 1), date(p.year - 1, 12, 31), "year")


def _this_year(p: date) -> DateRange:
    return DateRange(date(p.year, 1, 1), p, "year")


def _last_solar_month(p: date) -> DateRange:
    year, month, _ = gregorian_to_solar(p)
    year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    span = solar_month_span(year, month)
    return DateRange(*span, "month") if span else _last_month(p)


def _this_solar_month(p: date) -> DateRange:
    year, month, _ = gregorian_to_solar(p)
    span = solar_month_span(year, month)
    return DateRange(span[0], p, "month") if span else _this_month(p)


def _last_solar_year(p: date) -> DateRange:
    span = solar_year_span(gregorian_to_solar(p)[0] - 1)
    return DateRange(*span, "year") if span else _last_year(p)


def _this_solar_year(p: date) -> DateRange:
    span = solar_year_span(gregorian_to_solar(p)[0])
    return DateRange(span[0], p, "year") if span else _this_year(p)


def _since(start: Callable[[date], date], precision: str = "approximate") -> Period:
    return lambda p: DateRange(start(p), p, precision)


def _solar_year_start(p: date) -> date:
    span = solar_year_span(gregorian_to_solar(p)[0])
    return span[0] if span else date(p.year, 1, 1)


_SOLAR_YEAR_SO_FAR = _since(_solar_year_start, "range")
_AFGHAN_LAST_WEEK, _AFGHAN_THIS_WEEK = _last_week(0), _this_week(_SATURDAY)  # README rule 7: Monday
_PHRASES: dict[str, Period] = {
    "today": _back(0), "this morning": _back(0), "امروز": _back(0), "نن": _back(0),
    "tonight": _back(0), "this evening": _back(0), "this afternoon": _back(0), "earlier today": _back(0),
    "امشب": _back(0), "صبح امروز": _back(0), "امروز صبح": _back(0), "عصر امروز": _back(0),
    "نن شپه": _back(0), "نن سهار": _back(0), "نن ماښام": _back(0),
    "yesterday": _back(1), "last night": _back(1), "دیروز": _back(1), "دیشب": _back(1), "پرون": _back(1),
    "پرونۍ شپه": _back(1), "روز گذشته": _back(1), "شب گذشته": _back(1), "تېره ورځ": _back(1),
    "تیره ورځ": _back(1), "تېره شپه": _back(1), "تیره شپه": _back(1),
    "the day before yesterday": _back(2), "پریروز": _back(2), "پرېروز": _back(2), "پریشب": _back(2),
    "a fortnight ago": lambda p: DateRange(p - timedelta(days=14), p - timedelta(days=14), "approximate"),
    "last week": _last_week(0), "this week": _this_week(0), "earlier this week": _this_week(0),
    "هفته گذشته": _AFGHAN_LAST_WEEK, "هفته پیش": _AFGHAN_LAST_WEEK, "هفته قبل": _AFGHAN_LAST_WEEK,
    "تېره اونۍ": _AFGHAN_LAST_WEEK, "تیره اونۍ": _AFGHAN_LAST_WEEK, "تېره اونی": _AFGHAN_LAST_WEEK,
    "این هفته": _AFGHAN_THIS_WEEK, "همین هفته": _AFGHAN_THIS_WEEK, "روانه اونۍ": _AFGHAN_THIS_WEEK,
    "هفته جاری": _AFGHAN_THIS_WEEK, "هفته روان": _AFGHAN_THIS_WEEK, "پدې اونۍ": _AFGHAN_THIS_WEEK,
    "په دې اونۍ": _AFGHAN_THIS_WEEK, "تېرې اونۍ": _AFGHAN_LAST_WEEK, "تیرې اونۍ": _AFGHAN_LAST_WEEK,
    "over the weekend": _weekend, "this weekend": _weekend, "last weekend": _weekend,
    "at the weekend": _weekend, "on the weekend": _weekend,
    "last month": _last_month, "this month": _this_month,
    "earlier this month": _since(lambda p: p.replace(day=1)),
    "ماه گذشته": _last_solar_month, "ماه پیش": _last_solar_month, "ماه قبل": _last_solar_month,
    "تېره میاشت": _last_solar_month, "تیره میاشت": _last_solar_month,
    "ماه جاری": _this_solar_month, "این ماه": _this_solar_month, "همین ماه": _this_solar_month,
    "ماه روان": _this_solar_month, "روانه میاشت": _this_solar_month, "پدې میاشت": _this_solar_month,
    "په دې میاشت": _this_solar_month, "په همدې میاشت": _this_solar_month, "همدا میاشت": _this_solar_month,
    "ماه حاضر": _this_solar_month, "همین ماه جاری": _this_solar_month, "روانې میاشتې": _this_solar_month,
    "تېرې میاشتې": _last_solar_month, "تیرې میاشتې": _last_solar_month, "تېره میاشته": _last_solar_month,
    "ماه گذشته میلادی": _last_month, "ماه جاری میلادی": _this_month,
    "last year": _last_year, "this year": _this_year,
    "earlier this year": _since(lambda p: date(p.year, 1, 1)),
    "سال گذشته": _last_solar_year, "سال پار": _last_solar_year, "پارسال": _last_solar_year,
    "پار سال": _last_solar_year,
    "تېر کال": _last_solar_year, "تیر کال": _last_solar_year, "پروسږکال": _last_solar_year,
    "امسال": _this_solar_year, "سال جاری": _this_solar_year, "سال روان": _this_solar_year,
    "سږکال": _this_solar_year, "روان کال": _this_solar_year, "پدې کال": _this_solar_year,
    "په دې کال": _this_solar_year,
    "since the start of the year": _since(lambda p: date(p.year, 1, 1), "range"),
    "since the beginning of the year": _since(lambda p: date(p.year, 1, 1), "range"),
    "so far this year": _since(lambda p: date(p.year, 1, 1), "range"),
    "از آغاز سال جاری": _SOLAR_YEAR_SO_FAR, "از ابتدای سال جاری": _SOLAR_YEAR_SO_FAR,
    "از اول سال جاری": _SOLAR_YEAR_SO_FAR, "د روان کال له پیل راهیسې": _SOLAR_YEAR_SO_FAR,
    "recent weeks": _since(lambda p: p - timedelta(days=28)),
    "recent days": _since(lambda p: p - timedelta(days=7)),
    "recent months": _since(lambda p: shift_months(p, -3)),
}  # fmt: skip
# Folded phrase → its period, counted back from the publication date.
TO_PUBLICATION: dict[str, Period] = {fold_str(k): v for k, v in _PHRASES.items()}
# The month periods a part of a month can be taken from ("late last month", "اواخر ماه گذشته").
MONTH_PERIODS: dict[str, Period] = {
    k: v
    for k, v in TO_PUBLICATION.items()
    if v in (_last_month, _this_month, _last_solar_month, _this_solar_month)
}
