"""DateRange, and what every date rule shares: the context it resolves in, month arithmetic, year guessing."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.events.dates.calendars import (
    AMBIGUOUS_MONTHS,
    GREGORIAN_MONTHS,
    GREGORIAN_YEARS,
    LATIN_SOLAR_AMBIGUOUS,
    SOLAR_MONTHS,
    gregorian_to_solar,
    solar_month_span,
    solar_to_gregorian,
)

PRECISIONS = ("day", "month", "year", "range", "approximate")
# A date written without its year may fall a few days after the article's date (a report dated
# on the 1st about "the 3rd", a dateline in another time zone, a draft dated before it was done).
YEAR_SLACK = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class DateRange:
    """When something happened: from `start` to `end` inclusive, known to `precision`.

    precision  "day" (one day), "month", "year" (a calendar month or year, Gregorian or Solar
               Hijri), "range" (stated ends: "between 1 and 5 August", "since 1 August") or
               "approximate" ("early June", "mid-2024", "last week", "a week later")
    """

    start: date
    end: date
    precision: str


@dataclass(frozen=True, slots=True)
class Context:
    """What a rule resolves against.

    published  the article's date (None when unknown)
    anchor     the previous date in the text spanning ten days at most ("two days later" counts
               from it; a month or a year named in between is an aside)
    stated     the previous date stated with its year (gives a year when `published` is None)
    reference  when `published` is None, a day the article is known to be from at the latest (the
               end of the month it is dated to: "Background paper — February 2025"): a day or month
               without a year is the latest one not after it, before `stated` is asked
    anchor_end where the anchor's words end (a bare "since" looks back only within its paragraph)
    """

    published: date | None
    anchor: DateRange | None = None
    stated: DateRange | None = None
    reference: date | None = None
    anchor_end: int = -1  # where the anchor's words end in the folded text


# A rule's handler: the range, None when it does not apply (another rule may read the words),
# or INVALID when the words are a date that does not exist (31 February): nothing is read there.
Handler = Callable[[re.Match[str], Context], "DateRange | None"]
INVALID = DateRange(date.min, date.min, "invalid")


@dataclass(frozen=True, slots=True)
class Rule:
    """A date pattern over folded text and its handler.

    defer     "" resolve at once; "always" resolve in document order (relative to a previous date);
              "no_year" resolve in document order when the `year` group did not match
    relative  True when the result depends on the publication date or a previous date
    trigger   the kind of word every match contains ("digit", "month", "weekday", "unit"): the
              rule is only tried near such words, which keeps a long article fast
    """

    source: str
    handler: Handler
    defer: str = ""
    relative: bool = False
    trigger: str = "digit"


def names(words: Iterable[str]) -> str:
    """A regex alternation of folded words, longest first, spaces matching any white space."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in ordered) + ")"


_SAFE = [n for n in (*GREGORIAN_MONTHS, *SOLAR_MONTHS) if n not in AMBIGUOUS_MONTHS]
YEAR = r"(?P<year>\d{4})(?!\d)"
COMMA = r"\s*[,،]?"
# Month names; the ambiguous ones ("می", "دی", "تیر") only where a year follows them, and the Pashto months
# "کب" (a fish) and "تله" (a trap) also right after a day ("په ۱۵ کب").
_AFTER_A_DAY = rf"(?<=\d\s)(?:کب|تله|تلې|تلی|{names(LATIN_SOLAR_AMBIGUOUS)[3:-1]})(?!\w)"
# "during Asad", "since the start of Mizan", "in early Hamal": a Latin-script Solar month after a month's cue
_LATIN_SOLAR_CUED = (
    r"(?:"
    + "|".join(
        rf"(?<=\b{cue}\s)"
        for cue in (
            "in",
            "during",
            "since",
            "of",
            "early",
            "late",
            "mid",
            "until",
            "before",
            "after",
            "throughout",
            "from",
            "to",
            "and",
        )
    )
    + rf"|(?<=\bmid-)){names(LATIN_SOLAR_AMBIGUOUS)}(?!\w)"
)
MONTH = (
    rf"(?P<month>{names(_SAFE)}|{names(AMBIGUOUS_MONTHS)}(?={COMMA}\s*(?:سال\s+)?\d{{4}})|{_AFTER_A_DAY}|"
    rf"{_LATIN_SOLAR_CUED})"
    r"(?:\.(?=\s*\d))?"
)
ANY_MONTH = rf"(?P<month>{names(_SAFE + list(AMBIGUOUS_MONTHS))})(?:\.(?=\s*\d))?"
ENGLISH_MONTH = rf"(?P<month>{names(n for n in GREGORIAN_MONTHS if n.isascii())})(?:\.(?=\s*\d))?"
# After a year: the era, absorbed ("۱۴۰۳ هجری شمسی", "۲۰۲۴ میلادی", "د ۱۴۰۳ لمریز کال").
ERA = (
    r"(?P<era>\s+(?:هجری\s+)?(?:شمسی|خورشیدی|قمری)|\s*ه\.?\s*[شق](?!\w)\.?|\s+[شمع](?!\w)\.?"
    r"|\s+میلادی|\s+عیسوی|\s+(?:لمریز\s+)?کال)?"
)


def month_end(year: int, month: int) -> date:
    """The last day of a Gregorian month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def shift_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), clipped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def is_solar(month_name: str) -> bool:
    """True for a Solar Hijri month name (حمل, فروردین, زمری), False for a Gregorian one."""
    return month_name in SOLAR_MONTHS


def month_number(month_name: str) -> int:
    """1–12 for a folded month name of either calendar."""
    return SOLAR_MONTHS.get(month_name) or GREGORIAN_MONTHS[month_name.rstrip(".")]


def day_of(year: int, month: int, day: int, *, solar: bool) -> date | None:
    """The Gregorian date of a day in either calendar, None if there is no such day."""
    if solar:
        return solar_to_gregorian(year, month, day)
    if year not in GREGORIAN_YEARS and not 1000 <= year <= 2999:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_span(year: int, month: int, *, solar: bool) -> tuple[date, date] | None:
    """First and last Gregorian day of a month in either calendar."""
    if solar:
        return solar_month_span(year, month)
    if not 1 <= month <= 12 or not 1000 <= year <= 2999:
        return None
    return date(year, month, 1), month_end(year, month)


def guess_year(month: int, day: int, context: Context, *, solar: bool) -> int | None:
    """The year of a date written without one ("30 May", "۲۳ اسد").

    With a publication date (or else the context's `reference`): the most recent such day not
    after it (allowing YEAR_SLACK); without either: the year of the previous date the text stated
    with its year; else None — never the current year.
    """
    latest = context.published or context.reference
    if latest is None:
        if context.stated is None:
            return None
        return gregorian_to_solar(context.stated.start)[0] if solar else context.stated.start.year
    year = gregorian_to_solar(latest)[0] if solar else latest.year
    # Compared as the 28th at most, so that 29 February or 30 Hut exist in the year tried;
    # whether the day exists in the year chosen is the caller's check.
    when = day_of(year, month, min(day, 28), solar=solar)
    if when is None:
        return None
    return year - 1 if when > latest + YEAR_SLACK else year


def one_day(day: date) -> DateRange:
    """A single day."""
    return DateRange(day, day, "day")
