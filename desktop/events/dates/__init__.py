"""Dates in English, Dari and Pashto, Gregorian or Solar Hijri, found in an article as date ranges.

    find_dates(text, *, published) -> list[DateMatch]     every expression, in document order
    resolve_date(expression, *, published) -> DateRange | None
    DateMatch(range, start, end, relative)                DateRange(start, end, precision)

Modules: finding (the engine: folding, where rules are tried, document order), absolute
("3 June 2024", "۲۳ اسد ۱۴۰۳", "۱۴۰۳/۴/۱۲"), relative ("yesterday", "on Friday", "two days
later"), date_range (DateRange and what rules share), calendars (month and weekday names in each
language, Solar Hijri ↔ Gregorian), stamps (the day of each message of a chat export or entry of a
diary, which its "tonight" and "yesterday" count from).
"""

from desktop.events.dates.date_range import PRECISIONS, DateRange, month_end
from desktop.events.dates.finding import DateMatch, find_dates, resolve_date

__all__ = ["PRECISIONS", "DateMatch", "DateRange", "find_dates", "month_end", "resolve_date"]
