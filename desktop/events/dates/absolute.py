"""Dates stated by calendar ("3 June 2024", "۲۳ اسد ۱۴۰۳", "۱۴۰۳/۴/۱۲", "June 2024", "mid-2024") as rules."""

from __future__ import annotations

import re
from datetime import date, timedelta

from desktop.events.dates.calendars import (
    GREGORIAN_YEARS,
    SOLAR_YEARS,
    WEEKDAYS,
    gregorian_to_solar,
    pashto_spellings,
    solar_year_span,
)
from desktop.events.dates.date_range import (
    ANY_MONTH,
    COMMA,
    ENGLISH_MONTH,
    ERA,
    INVALID,
    MONTH,
    YEAR,
    Context,
    DateRange,
    Rule,
    day_of,
    guess_year,
    is_solar,
    month_number,
    month_span,
    names,
    one_day,
)
from desktop.events.script import fold_str

# Parts of a year, as month numbers of its calendar, and parts of a month, as days.
YEAR_PARTS = {
    "first half": (1, 6), "second half": (7, 12), "first quarter": (1, 3), "second quarter": (4, 6),
    "third quarter": (7, 9), "fourth quarter": (10, 12), "last quarter": (10, 12),
    "early": (1, 4), "beginning of": (1, 4), "mid": (5, 8), "middle of": (5, 8), "late": (9, 12),
    "end of": (10, 12), "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
    "نیمه اول": (1, 6), "نیمه دوم": (7, 12), "اوایل": (1, 4), "اوائل": (1, 4), "اواسط": (5, 8),
    "اواخر": (9, 12), "اخر": (10, 12), "پایان": (10, 12),
}  # fmt: skip
MONTH_PARTS = {
    "early": (1, 10), "beginning of": (1, 10), "start of": (1, 10), "mid": (11, 20), "middle of": (11, 20),
    "late": (21, 31), "end of": (21, 31), "اوایل": (1, 10), "اوائل": (1, 10), "اول": (1, 10),
    "اواسط": (11, 20), "نیمه": (11, 20), "اواخر": (21, 31), "اخر": (21, 31), "پایان": (21, 31),
    "first days": (1, 10), "last days": (21, 31), "final days": (21, 31), "closing days": (21, 31),
    "روزهای اول": (1, 10), "روزهای نخست": (1, 10), "روزهای اخیر": (21, 31), "روزهای پایانی": (21, 31),
    "روزهای اخر": (21, 31), "نیمه اول": (1, 15), "نیمه دوم": (16, 31),
    "first half of": (1, 15), "second half of": (16, 31),
}  # fmt: skip
_SEASONS = frozenset({"spring", "summer", "autumn", "fall"})
WEEKDAY = rf"(?:(?:on|روز)\s+)?(?P<weekday>{names(WEEKDAYS)}){COMMA}\s+"
# An ordinal day: "3rd", Dari "۱۴ام", "۱۴ ام", Pashto "۱۴مه", "۱۴ مه" (not "۱۴ مهر", the month).
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|مه|مې|ام|م|\s(?:مه|مې|ام)(?!\w))?(?!\d)"
YEAR_WORD = r"(?:(?:سال|د)\s+)?"


# Pashto parts of a month, said after it: «د تېرې میاشتې په پای کې», «د کب په وروستیو ورځو کې».
PASHTO_PARTS = {
    "پیل": (1, 10), "سر": (1, 10), "لومړیو": (1, 10), "نیمایي": (11, 20), "نیمایی": (11, 20), "منځ": (11, 20),
    "پای": (21, 31), "وروستیو": (21, 31),
}  # fmt: skip


def part_key(words: str) -> str:
    """A part-of-period phrase as its table key ("Mid-", "the end of" → "mid", "end of")."""
    key = re.sub(r"[\s\-]+", " ", words).strip()
    return key.removeprefix("the ")


def _year_fits(year: int, *, solar: bool, era: str | None) -> bool:
    """True when `year` is one of its calendar's and no era says otherwise (Hijri Qamari is not read)."""
    if era and ("قمری" in era or re.search(r"ه\.?\s*ق", era)):
        return False
    return year in SOLAR_YEARS if solar else 1000 <= year <= 2999


def _which_year(m: re.Match[str], *, month: int, day: int, context: Context, solar: bool) -> int | None:
    """The year written with the date, or guessed when none is (None: nothing to guess from).

    "this year" ("سال جاری", "د روان کال") is the publication's year in the date's calendar;
    0 when the written year is not one of the calendar's ("23 اسد 2024", a Hijri Qamari year):
    the words are a date that cannot be read, to be skipped.
    """
    written = m.groupdict().get("year")
    if written is None and m.groupdict().get("this_year") and context.published:
        return gregorian_to_solar(context.published)[0] if solar else context.published.year
    if written is None:
        return guess_year(month, day, context, solar=solar)
    year = int(written)
    return year if _year_fits(year, solar=solar, era=m.groupdict().get("era")) else 0


def _day(m: re.Match[str], context: Context) -> DateRange | None:
    """ "3 June 2024", "June 3, 2024", "۲۳ اسد ۱۴۰۳", "د زمري ۲۳مه"; without a year, guessed."""
    solar, month, day = is_solar(m["month"]), month_number(m["month"]), int(m["day"])
    year = _which_year(m, month=month, day=day, context=context, solar=solar)
    if year is None or (not solar and not m["month"].isascii() and year in SOLAR_YEARS):
        return None  # "۵ مه ۱۴۰۳" is Pashto "the 5th" of a Solar Hijri month, not May of 1403
    when = day_of(year, month, day, solar=solar) if year else None
    return one_day(when) if when else INVALID


# A day of a month as an ordinal word: "the third of July", «پنجم سرطان», «د چنګاښ په لومړۍ نېټه».
_ENGLISH_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth",
    "twentieth",
)  # fmt: skip
_DARI_ORDINALS = (
    "یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم", "یازدهم", "دوازدهم", "سیزدهم",
    "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم", "نوزدهم", "بیستم",
)  # fmt: skip
_PASHTO_ORDINALS = {
    "لومړۍ": 1, "لومړی": 1, "لومړنۍ": 1, "دویمه": 2, "دوهمه": 2, "دوېمه": 2, "درېیمه": 3, "دریمه": 3,
    "درېمه": 3, "څلورمه": 4, "پنځمه": 5, "شپږمه": 6, "اوومه": 7, "اتمه": 8, "نهمه": 9, "لسمه": 10,
}  # fmt: skip
# Dari days past the twentieth: «بیست و سوم», «بیست‌وسوم», «سی‌ام», «سی و یکم».
_DARI_LATER_ORDINALS = {
    f"{tens}{joint}{unit}": base + i
    for tens, base in (("بیست", 20), ("سی", 30))
    for joint in (" و ", "‌و", " و‌", "و")
    for i, unit in enumerate(_DARI_ORDINALS[: 9 if base == 20 else 1], 1)
} | {"سی‌ام": 30, "سی ام": 30, "سی‌اُم": 30}
DARI_ORDINAL_DAYS: dict[str, int] = {fold_str(w): i for i, w in enumerate(_DARI_ORDINALS, 1)} | {
    fold_str(w): i for w, i in _DARI_LATER_ORDINALS.items()
}
ORDINAL_DAYS: dict[str, int] = (
    {w: i for i, w in enumerate(_ENGLISH_ORDINALS, 1)}
    | DARI_ORDINAL_DAYS
    | {fold_str(v): i for w, i in _PASHTO_ORDINALS.items() for v in pashto_spellings(w)}
)


def _ordinal_day(m: re.Match[str], context: Context) -> DateRange | None:
    """ "the third of July", «روز پنجم سرطان», «د چنګاښ په لومړۍ نېټه»: that day of the month."""
    solar, month, day = is_solar(m["month"]), month_number(m["month"]), ORDINAL_DAYS[m["oday"]]
    year = _which_year(m, month=month, day=day, context=context, solar=solar)
    when = day_of(year, month, day, solar=solar) if year else None
    return one_day(when) if when else (None if year is None else INVALID)


def _day_range(m: re.Match[str], context: Context) -> DateRange | None:
    """ "between 1 and 5 August 2024", "1–5 August", "August 1-5, 2024", "از ۱ تا ۵ اسد"."""
    solar, month = is_solar(m["month"]), month_number(m["month"])
    groups = m.groupdict()
    first, last = int(groups.get("d1") or groups["d1b"]), int(m["day"])
    year = _which_year(m, month=month, day=first, context=context, solar=solar)
    if year is None:
        return None
    start, end = day_of(year, month, first, solar=solar), day_of(year, month, last, solar=solar)
    if not year or start is None or end is None:
        return INVALID
    if end <= start:
        return None  # "Bulletin No. 12 – 3 November 2025", «شماره ۱۲ – ۱۲ عقرب»: a number, then the date
    return DateRange(start, end, "range")


def _week_from(m: re.Match[str], context: Context) -> DateRange | None:
    """ "the week of 9 March": seven days from that day (a week named by its first day)."""
    day = _day(m, context)
    if day is None or day is INVALID:
        return day
    return DateRange(day.start, day.start + timedelta(days=6), "range")


def _numeric_year_first(m: re.Match[str], context: Context) -> DateRange | None:
    """ "2024-06-03", "۲۰۲۴/۶/۳", "۱۴۰۳/۴/۱۲": year, month, day."""
    solar = _solar_year(int(m["year"]))
    if solar is None:
        return None
    when = day_of(int(m["year"]), int(m["a"]), int(m["b"]), solar=solar)
    return one_day(when) if when else INVALID


def _numeric(m: re.Match[str], context: Context) -> DateRange | None:
    """ "03/06/2024", "۱۲/۴/۱۴۰۳": day first, as most of the world writes, unless the second
    number is over 12 or the weekday written before the date fits only the month-first reading
    ("Friday, 03/08/2024" is 8 March 2024: 3 August 2024 was a Saturday)."""
    year = int(m["year"])
    solar = _solar_year(year)
    if solar is None:
        return None
    first, second = int(m["a"]), int(m["b"])
    day_first = day_of(year, second, first, solar=solar)
    month_first = day_of(year, first, second, solar=solar)
    wanted = WEEKDAYS.get(m["weekday"] or "")
    fits = wanted is not None and month_first is not None and month_first.weekday() == wanted
    if fits and (day_first is None or day_first.weekday() != wanted):
        return one_day(month_first)  # type: ignore[arg-type]
    when = day_first or month_first
    return one_day(when) if when else INVALID


def _solar_year(year: int) -> bool | None:
    """For a year written in digits alone: True if Solar Hijri, False if Gregorian, None if neither."""
    if year in GREGORIAN_YEARS:
        return False
    return True if year in SOLAR_YEARS else None


def _month(m: re.Match[str], context: Context) -> DateRange | None:
    """ "June 2024", "اسد ۱۴۰۳", "ماه اسد سال ۱۴۰۳"; "in June", "ماه اسد" with the year guessed."""
    solar, month = is_solar(m["month"]), month_number(m["month"])
    year = _which_year(m, month=month, day=1, context=context, solar=solar)
    if year is None:
        return None
    span = month_span(year, month, solar=solar) if year else None
    return DateRange(*span, "month") if span else INVALID


def _months_between(m: re.Match[str], context: Context) -> DateRange | None:
    """ "between January and March 2024", "April–June 2024", "از حمل تا سرطان ۱۴۰۳"; without a year
    ("from July to September") the last month is the latest one not after publication."""
    groups = m.groupdict()
    first_name = groups.get("first") or groups.get("first2")
    if first_name is None:
        return None
    return _months_span(first_name, m["month"], groups, context)


def _months_span(
    first_name: str, last_name: str, groups: dict[str, str | None], context: Context
) -> DateRange | None:
    solar = is_solar(first_name)
    if solar != is_solar(last_name):
        return None
    first_month, last_month = month_number(first_name), month_number(last_name)
    written = groups.get("year")
    if written is None:
        guessed = guess_year(last_month, 1, context, solar=solar)
        if guessed is None:
            return None
        end_year, start_year = guessed, guessed if first_month < last_month else guessed - 1
    else:
        end_year = start_year = int(written)
        if not _year_fits(end_year, solar=solar, era=groups.get("era")):
            return INVALID
        if first_month > last_month:
            start_year -= 1  # "November–January 2025"
    first = month_span(start_year, first_month, solar=solar)
    last = month_span(end_year, last_month, solar=solar)
    if first is None or last is None or last[1] <= first[0]:
        return INVALID
    return DateRange(first[0], last[1], "range")


def _part_of_month(m: re.Match[str], context: Context) -> DateRange | None:
    """ "early June", "mid-June 2024", "اواخر ماه اسد ۱۴۰۳": ten days of the month, approximately."""
    whole = _month(m, context)
    if whole is None or whole is INVALID:
        return whole
    key = part_key(m["part"])
    first, last = MONTH_PARTS[key] if key in MONTH_PARTS else PASHTO_PARTS[key]
    start = whole.start.toordinal() + first - 1
    end = min(whole.start.toordinal() + last - 1, whole.end.toordinal())
    return DateRange(date.fromordinal(start), date.fromordinal(end), "approximate")


# Weeks of a month: "the first week of May", «هفته دوم ماه اسد», «د لړم میاشتې په لومړۍ اونۍ کې».
_WEEKS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "last": 5, "final": 5,
    "اول": 1, "نخست": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "اخر": 5, "اخیر": 5, "پایانی": 5,
    "لومړۍ": 1, "لومړی": 1, "دویمه": 2, "دوهمه": 2, "درېیمه": 3, "دریمه": 3, "څلورمه": 4, "وروستۍ": 5,
    "وروستی": 5,
}  # fmt: skip


def _week_of_month(m: re.Match[str], context: Context) -> DateRange | None:
    """ "in the first week of May 2025": days 1–7 of the month (the last week: its last seven days)."""
    whole = _month(m, context)
    if whole is None or whole is INVALID:
        return whole
    week = _WEEKS[m["week"] or m.groupdict().get("week_fa") or "first"]
    if week == 5:
        return DateRange(date.fromordinal(whole.end.toordinal() - 6), whole.end, "range")
    start = whole.start.toordinal() + 7 * (week - 1)
    return DateRange(
        date.fromordinal(start), date.fromordinal(min(start + 6, whole.end.toordinal())), "range"
    )


def _weekday_of_month(m: re.Match[str], context: Context) -> DateRange | None:
    """ "on the first Sunday of July", "the last Friday of May 2025": that day of the month."""
    whole = _month(m, context)
    if whole is None or whole is INVALID:
        return whole
    wanted = WEEKDAYS[m["weekday"]]
    week = _WEEKS[m["week"]]
    if week == 5:  # the last such day
        day = whole.end.toordinal() - (whole.end.weekday() - wanted) % 7
    else:
        day = whole.start.toordinal() + (wanted - whole.start.weekday()) % 7 + 7 * (week - 1)
    if day > whole.end.toordinal():
        return INVALID
    found = date.fromordinal(day)
    return DateRange(found, found, "day")


def _part_of_year(m: re.Match[str], context: Context) -> DateRange | None:
    """ "in the first half of 2024", "mid-2024", "اوایل سال ۱۴۰۳": months of that year."""
    year = int(m["year"])
    solar = _solar_year(year)
    if solar is None or not _year_fits(year, solar=solar, era=m.groupdict().get("era")):
        return INVALID
    key = part_key(m["part"])
    first, last = YEAR_PARTS[key]
    end_year = year + 1 if last < first else year  # winter runs into the next year
    start, end = month_span(year, first, solar=solar), month_span(end_year, last, solar=solar)
    if start is None or end is None:
        return INVALID
    stated = "half" in key or "quarter" in key or "نیمه" in key
    return DateRange(start[0], end[1], "month" if stated and key not in _SEASONS else "approximate")


def _year(m: re.Match[str], context: Context) -> DateRange | None:
    """ "in 2023", "سال ۱۴۰۳", "۱۴۰۳ هجری شمسی", "د ۱۴۰۳ کال", "۲۰۲۴ میلادی"."""
    year = int(m["year"])
    solar = _solar_year(year)
    if solar is None:
        return None
    if solar and not (m["era"] or m["lead"]):
        return None  # a bare 1403 may be a count; a Solar Hijri year is introduced or followed
    if not _year_fits(year, solar=solar, era=m.groupdict().get("era")):
        return INVALID if m.groupdict().get("era") else None
    if solar:
        span = solar_year_span(year)
        return DateRange(*span, "year") if span else INVALID
    if year not in GREGORIAN_YEARS:
        return None
    return DateRange(date(year, 1, 1), date(year, 12, 31), "year")


_PARTS_OF_MONTH = names(MONTH_PARTS)
_PARTS_OF_YEAR = names(YEAR_PARTS)
# «د ۱۴۰۵ هـ ش کال د وږي ۳۰مه»: the Solar Hijri mark between the year and «کال» (folded, «هـ» is «ه»)
_KAL_YEAR = rf"(?:د )?{YEAR}(?:\s*ه\.?\s*ش(?!\w)\.?)? (?:لمریز )?کال"
_YEAR_LATER = rf"(?:{COMMA}\s*(?:of\s+)?{YEAR_WORD}{YEAR}{ERA})"
# "of this year" after a day or month: "۱۵ جوزا سال جاری", "د روان کال"; the publication's year.
_THIS_YEAR = r"(?P<this_year>\s+(?:of\s+)?(?:this\s+year|سال\s+(?:جاری|روان|حاضر)|امسال))"
_YEAR_OR_THIS = rf"(?:{_YEAR_LATER}|{_THIS_YEAR})?"
_ORDINAL = r"(?:st|nd|rd|th|مه|مې|ام|م|\s(?:مه|مې|ام)(?!\w))?"
_DAY_FIRST = rf"(?P<d1>\d{{1,2}}){_ORDINAL}\s+(?:and|و)\s+"
_DAY_FIRST_B = rf"(?P<d1b>\d{{1,2}}){_ORDINAL}\s*(?:-|–|to|until|till|through|تا|تر)\s*"
_SEP = r"[/.\-]"
_SEVERAL_DATES = (
    r"\s*[(,،\-–—:]\s*(?:on\s+)?(?:several|various|multiple|different|unspecified|unknown|exact|two|three)\s+"
    r"(?:\w+\s+)?(?:dates|days)|\s*[(،,]\s*(?:در\s+)?(?:چند|چندین)\s+(?:تاریخ|روز)|\s*[(،,]\s*په\s+څو\s+ورځو"
)
_PASHTO_MONTH_WORD = r"(?:میاشتې|میاشتی|میاشت)"
_FIRST_MONTH = ANY_MONTH.replace("?P<month>", "")
# Before a month named without a year: "in June", "ماه اسد", "طی سنبله", or "since" (left
# outside the match, so that "since June" becomes a range up to publication like "since 1 June").
_MONTH_LEAD = (
    r"(?:in|during|throughout|over|across|در|طی|در جریان|در طول) (?:the month of |ماه )?|ماه |(?<=since\s)"
)

RULES: list[Rule] = [
    Rule(rf"(?:between|from|از|بین|میان) (?:the months of )?(?:ماه )?(?P<first>{_FIRST_MONTH})"
         rf" (?:and|to|until|تا|و) (?:ماه )?{ANY_MONTH}{_YEAR_LATER}", _months_between,
         trigger="month"),
    # "April–June 2024", "July-September", "(the months of) July to September", "از اسد تا سنبله"
    Rule(rf"(?:(?:between|from|از|بین|میان|the months of) (?:the months of )?(?:ماه )?"
         rf"(?P<first>{_FIRST_MONTH}) (?:and|to|until|تا|و) (?:ماه )?|(?P<first2>{_FIRST_MONTH})\s*[–\-]\s*)"
         rf"{MONTH}{_YEAR_LATER}?", _months_between, defer="no_year", relative=True, trigger="month"),
    # "in January and February 2026", «در ماه‌های جدی و دلو», «د مرغومي او سلواغې میاشتو کې»: both months
    Rule(rf"(?:(?:in|during|throughout|over|across|در|طی|در جریان|در طول|د) )?"
         rf"(?:the months of |ماه های |ماههای |ماه )?(?P<first>{_FIRST_MONTH}) (?:and|و|او) (?:ماه )?"
         rf"{MONTH}{_YEAR_LATER}?", _months_between, defer="no_year", relative=True, trigger="month"),
    Rule(rf"{YEAR}{_SEP}(?P<a>\d{{1,2}}){_SEP}(?P<b>\d{{1,2}})(?!\d)", _numeric_year_first,
         trigger="numeric"),
    Rule(rf"(?:(?P<weekday>{names(WEEKDAYS)}){COMMA} )?(?P<a>\d{{1,2}}){_SEP}(?P<b>\d{{1,2}}){_SEP}{YEAR}"
         rf"(?!{_SEP}\d)", _numeric, trigger="numeric"),
    # "between 1 and 5 August", "19 and 20 July", "1–5 August", «۱۹ و ۲۰ عقرب»
    Rule(rf"(?:(?:(?:between|بین|میان) )?{_DAY_FIRST}|(?:(?:from|از|له) )?{_DAY_FIRST_B}){DAY}"
         rf" (?:of |د )?{MONTH}{_YEAR_OR_THIS}", _day_range, defer="no_year", relative=True, trigger="month"),
    Rule(rf"(?:between )?{ENGLISH_MONTH} {_DAY_FIRST_B.replace('d1b', 'd1')}{DAY}{_YEAR_OR_THIS}",
         _day_range, defer="no_year", relative=True, trigger="month"),
    # Pashto, the month first: «د مرغومي له ۱۵ څخه تر ۲۱ پورې», «د ۱۴۰۴ کال د لړم له ۱۰مې نه تر ۱۶مې»
    Rule(rf"(?:{_KAL_YEAR} )?د {ANY_MONTH} (?:{_PASHTO_MONTH_WORD} )?(?:له|د) "
         rf"(?P<d1b>\d{{1,2}}){_ORDINAL} (?:(?:څخه|نه) )?تر {DAY}(?: (?:پورې|پوري|نېټې|نیټې))*",
         _day_range, defer="no_year", relative=True, trigger="month"),
    Rule(rf"(?P<day>\d{{1,2}})[\-/]{ENGLISH_MONTH}[\-/]{YEAR}", _day, trigger="month"),  # "17-Jun-2025"
    Rule(rf"(?:the )?week (?:of|beginning|starting) (?:the )?{DAY} (?:of )?{ENGLISH_MONTH}{_YEAR_OR_THIS}",
         _week_from, defer="no_year", relative=True, trigger="month"),
    Rule(rf"(?:{WEEKDAY})?(?:the )?{DAY} (?:of |ماه |د )?{MONTH}{_YEAR_OR_THIS}", _day, defer="no_year",
         relative=True, trigger="month"),
    Rule(rf"(?:{WEEKDAY})?{ENGLISH_MONTH} {DAY}{_YEAR_OR_THIS}", _day, defer="no_year", relative=True,
         trigger="month"),
    # a Solar month first, with its year: «کابل، لیندۍ ۱۰، ۱۴۰۵», «قوس ۱۰، ۱۴۰۵»
    Rule(rf"(?<!د\s){MONTH} (?P<day>\d{{1,2}})(?!\d)\s*[,،]\s*{YEAR}{ERA}", _day, trigger="month"),
    # Pashto: "د تلې ۱۴مه ۱۴۰۴", "د تلې میاشتې ۱۴مه د ۱۴۰۴ کال" (the year after), then the year first
    Rule(rf"د {ANY_MONTH} (?:{_PASHTO_MONTH_WORD} )?(?:په |پر |له |د )?{DAY}(?: نېټه)?{COMMA}"
         rf" (?:د |سال )?{YEAR}{ERA}", _day, trigger="month"),
    Rule(rf"(?:{_KAL_YEAR} |(?P<this_year>د روان کال) )?د {ANY_MONTH}"
         rf" (?:{_PASHTO_MONTH_WORD} )?(?:په |پر |له |د )?{DAY}(?: نېټه)?", _day, defer="no_year",
         relative=True, trigger="month"),
    Rule(rf"(?:{_KAL_YEAR} )?د {ANY_MONTH} (?:{_PASHTO_MONTH_WORD} )?(?:په |پر )"
         rf"(?P<oday>{names(ORDINAL_DAYS)}) (?:نېټه|نیټه|نېټې|نیټې|ورځ)", _ordinal_day, defer="no_year",
         relative=True, trigger="month"),
    Rule(rf"(?:(?:(?<!\w)on )?the |روز )(?P<oday>{names(ORDINAL_DAYS)}) (?:day )?(?:of |ماه )?{MONTH}"
         rf"{_YEAR_OR_THIS}", _ordinal_day, defer="no_year", relative=True, trigger="month"),
    # Dari, a day as an ordinal word with no «روز»: «سه‌شنبه سوم قوس», «به تاریخ بیست‌وسوم اسد», «سوم قوس ۱۴۰۵»;
    # without its year only after a weekday or a word that leads to a date, not "the second, serious …"
    Rule(rf"(?:{WEEKDAY}|(?<!\w)(?:به )?تاریخ |(?<!\w)(?:در|از|تا|الی|قبل از|پس از|بعد از) )"
         rf"(?P<oday>{names(DARI_ORDINAL_DAYS)}) (?:ماه )?{MONTH}{_YEAR_OR_THIS}", _ordinal_day,
         defer="no_year", relative=True, trigger="month"),
    Rule(rf"(?<!\w)(?P<oday>{names(DARI_ORDINAL_DAYS)}) (?:ماه )?{MONTH}{_YEAR_LATER}", _ordinal_day,
         trigger="month"),
    Rule(rf"(?:on )?the (?P<week>{names(_WEEKS)}) (?P<weekday>{names(n for n in WEEKDAYS if n.isascii())})"
         rf" (?:of|in) {MONTH}{_YEAR_OR_THIS}", _weekday_of_month, defer="no_year", relative=True,
         trigger="month"),
    Rule(rf"(?:(?:the )?(?P<week>{names(_WEEKS)}) week of|هفته (?P<week_fa>{names(_WEEKS)})(?: ماه)?)"
         rf" {MONTH}{_YEAR_OR_THIS}", _week_of_month, defer="no_year", relative=True, trigger="month"),
    Rule(rf"(?:the )?(?P<part>{_PARTS_OF_MONTH})[ -]+(?:of )?(?:ماه )?{MONTH}{_YEAR_OR_THIS}", _part_of_month,
         defer="no_year", relative=True, trigger="month"),
    Rule(rf"د {MONTH} (?:{_PASHTO_MONTH_WORD} )?په (?P<week>{names(_WEEKS)}) (?:اونۍ|اونی|هفته)",
         _week_of_month, defer="no_year", relative=True, trigger="month"),
    # Pashto puts the part after the month: «د کب میاشتې په وروستیو ورځو کې», «د وري په پیل کې»
    Rule(rf"(?:{_KAL_YEAR} )?د {ANY_MONTH} (?:{_PASHTO_MONTH_WORD} )?په "
         rf"(?P<part>{names(PASHTO_PARTS)})(?: ورځو)? (?:کې|کی)", _part_of_month, defer="no_year",
         relative=True, trigger="month"),
    Rule(rf"(?:ماه |میاشت |د )?{MONTH}{_YEAR_LATER}", _month, trigger="month"),
    Rule(rf"(?:{_MONTH_LEAD}){MONTH}(?: میاشت)?", _month, defer="always", relative=True, trigger="month"),
    # a month named alone in a list or a table: "September (several dates)", "September, various dates"
    Rule(rf"{MONTH}{_YEAR_LATER}?(?={_SEVERAL_DATES})", _month, defer="no_year", relative=True,
         trigger="month"),
    # Pashto "د وږي په میاشت کې": the zodiac names are also words ("د زمري" of the lion, "د وږي" of the
    # hungry), a month after "د" only with "میاشت" (month) or "میاشتې"
    Rule(rf"(?:د|په) {MONTH} (?:په )?(?:{_PASHTO_MONTH_WORD})", _month, defer="always", relative=True,
         trigger="month"),
    Rule(rf"(?:the )?(?P<part>{_PARTS_OF_YEAR})[ -]+(?:of )?(?:سال )?{YEAR}{ERA}", _part_of_year,
         trigger="year"),
    # «در سال‌های ۱۳۹۴ و ۱۳۹۵»: the first of the years (enough to tell history from news)
    Rule(rf"(?P<lead>سال |سال[\s\u200c]*های |د )?{YEAR}{ERA}", _year, trigger="year"),
]  # fmt: skip
