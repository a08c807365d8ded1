"""Calendars: month and weekday names in English, Dari/Persian and Pashto; Solar Hijri ↔ Gregorian."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from desktop.events.script import fold_str

# Solar Hijri years written in today's sources, and Gregorian years: a four-digit number is read
# in the calendar its range belongs to (1300–1499 SH is 1921–2121; Gregorian 1900–2099).
SOLAR_YEARS = range(1300, 1500)
GREGORIAN_YEARS = range(1900, 2100)

_SOLAR_NAMES: dict[int, tuple[str, ...]] = {
    # Dari (Afghanistan, zodiac names), Iranian Persian, Pashto (with common spellings, the
    # oblique forms Pashto puts after "د": "د زمري", "د سلواغې", and Dari's "جوزای سال …")
    1: ("حمل", "فروردین", "وری", "وري"),
    2: ("ثور", "اردیبهشت", "غویی", "غوایی", "غوای"),
    3: ("جوزا", "جوزاء", "جوزای", "خرداد", "غبرگولی", "غبرګولی", "غبرګولي"),
    4: ("سرطان", "تیر", "چنگاښ", "چنګاښ", "چنگاش"),
    5: ("اسد", "مرداد", "امرداد", "زمری", "زمري"),
    6: ("سنبله", "شهریور", "وږی", "وږي"),
    7: ("میزان", "مهر", "تله", "تلې"),
    8: ("عقرب", "آبان", "لړم"),
    9: ("قوس", "آذر", "لیندۍ", "لیندی", "لیندئ"),
    10: ("جدی", "دی", "مرغومی", "مرغومي"),
    11: ("دلو", "بهمن", "سلواغه", "سلواغې"),
    12: ("حوت", "اسفند", "کب"),
}
_GREGORIAN_NAMES: dict[int, tuple[str, ...]] = {
    # Afghan Dari and Pashto transliterations, then Iranian Persian
    1: ("جنوری", "جنوري", "ژانویه"),
    2: ("فبروری", "فبروري", "فوریه"),
    3: ("مارچ", "مارس"),
    4: ("اپریل", "اپرېل", "آپریل", "آوریل"),
    5: ("می", "مئی", "مه"),
    6: ("جون", "ژوئن"),
    7: ("جولای", "جولائی", "ژوئیه"),
    8: ("اگست", "آگست", "اګست", "اگوست", "اوت"),
    9: ("سپتمبر", "سپټمبر", "سپتامبر"),
    10: ("اکتوبر", "اکتبر"),
    11: ("نومبر", "نوامبر"),
    12: ("دسمبر", "ډسمبر", "دسامبر"),
}
# Short names that are also everyday words ("می" begins verbs, "تیر" is a bullet, "دی" is
# Pashto "is", "مه" fog, "مهر" a seal, "کب" a fish): read as a month only with a year after them.
AMBIGUOUS_MONTHS = frozenset(fold_str(w) for w in ("می", "مه", "دی", "تیر", "مهر", "کب", "تله", "اوت", "مئی"))

# Pashto is typed with Persian keyboards too (گ for ګ, ش for ښ, ژ for ږ, ر for ړ), and a month's
# last vowel is written ی, ي, ې, ۍ or ئ (and ه or ې: "تله", "د تلې") in the direct and oblique forms.
_PASHTO_LETTERS = {"ګ": "گ", "ښ": "ش", "ږ": "ژ", "ړ": "ر"}
_FINAL_VOWELS = ("ی", "ې", "ۍ")
_PASHTO_SOLAR = frozenset(
    {"وری", "غویی", "غبرګولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب"}
)


def pashto_spellings(word: str) -> set[str]:
    """A Pashto word as it is also typed on a Persian keyboard (ی for ې and ۍ, and the letters above)."""
    forms = {word}
    for pashto, persian in (*_PASHTO_LETTERS.items(), ("ې", "ی"), ("ۍ", "ی")):
        forms |= {f.replace(pashto, persian) for f in forms}
    return forms


def _spellings(name: str) -> set[str]:
    """A Pashto month name's spellings: Persian-keyboard letters and its final vowel's forms."""
    forms = {name}
    for pashto, persian in _PASHTO_LETTERS.items():
        forms |= {f.replace(pashto, persian) for f in forms}
    for form in list(forms):
        stem, last = form[:-1], form[-1]
        if last in _FINAL_VOWELS or last == "ی":
            forms |= {stem + v for v in _FINAL_VOWELS}
        elif last == "ه":  # "سلواغه", "د سلواغې", "د سلواغي" (not "تلی", Pashto "gone")
            forms |= {stem + "ې"} | ({stem + "ی"} if len(stem) > 3 else set())
    return forms


for _month, _names in list(_SOLAR_NAMES.items()):
    _extra = {v for n in _names if fold_str(n) in _PASHTO_SOLAR for v in _spellings(fold_str(n))}
    _SOLAR_NAMES[_month] = _names + tuple(sorted(_extra - set(_names)))

# The Dari month names as English texts from Afghanistan write them ("on 5 Saratan 1403", "during Sonbola").
_SOLAR_LATIN: dict[int, tuple[str, ...]] = {
    1: ("hamal",), 2: ("sawr", "saur", "sowr", "sor"), 3: ("jawza", "jauza", "jowza", "jawzā"),
    4: ("saratan", "sartan"), 5: ("asad",), 6: ("sonbola", "sunbula", "sunbulah", "sumbula", "sonbula"),
    7: ("mizan",), 8: ("aqrab", "akrab"), 9: ("qaws", "qaus", "qous"), 10: ("jadi", "jaddi", "jady"),
    11: ("dalw", "dalv"), 12: ("hut", "hoot", "hout"),
}  # fmt: skip
for _month, _names in _SOLAR_LATIN.items():
    _SOLAR_NAMES[_month] = _SOLAR_NAMES[_month] + _names
# … those that are also names or words ("Asad" and "Mizan" are men's names, "hut" a hut): months only with a
# year after them, a day before them, or a month's cue before them (see date_range._LATIN_SOLAR_CUED).
LATIN_SOLAR_AMBIGUOUS = frozenset(
    {"hamal", "sawr", "saur", "sowr", "sor", "asad", "mizan", "qaws", "qaus", "qous", "jadi", "jaddi", "jady",
     "dalw", "dalv", "hut", "hoot", "hout"}
)  # fmt: skip
AMBIGUOUS_MONTHS |= LATIN_SOLAR_AMBIGUOUS

SOLAR_MONTHS: dict[str, int] = {fold_str(n): m for m, names in _SOLAR_NAMES.items() for n in names}
# "لرم" is Pashto "I have", "وژی" a form of "to kill": those spellings are months only before a year.
AMBIGUOUS_MONTHS |= {n for n in SOLAR_MONTHS if n.startswith(("لرم", "وژ"))}
GREGORIAN_MONTHS: dict[str, int] = {n.lower(): i for i, n in enumerate(calendar.month_name) if n}
GREGORIAN_MONTHS |= {n.lower(): i for i, n in enumerate(calendar.month_abbr) if n} | {"sept": 9}
GREGORIAN_MONTHS |= {fold_str(n): m for m, names in _GREGORIAN_NAMES.items() for n in names}

_WEEKDAY_NAMES: dict[int, tuple[str, ...]] = {
    # Python's numbering (Monday 0). The Dari/Persian names, which Pashto uses too, with and
    # without a space (ZWNJ folds to a space), and Pashto's oblique forms ("د جمعې په ورځ").
    # Pashto's own names for Monday–Thursday and Saturday are everyday words ("ګل" flower,
    # "زیارت" shrine) and "جمعی" is "collective" ("دسته‌جمعی"): left out.
    0: ("monday", "دوشنبه", "دو شنبه", "دوشنبې", "دو شنبې"),
    1: ("tuesday", "سه شنبه", "سشنبه", "سه شنبې"),
    2: ("wednesday", "چهارشنبه", "چهار شنبه", "چارشنبه", "چهارشنبې", "چهار شنبې"),
    3: ("thursday", "پنجشنبه", "پنج شنبه", "پنجشنبې", "پنج شنبې"),
    4: ("friday", "جمعه", "جمعې", "آدینه"),
    5: ("saturday", "شنبه", "شنبې"),
    6: ("sunday", "یکشنبه", "یک شنبه", "یکشنبې", "یک شنبې", "اتوار"),
}
# Pashto's oblique "-شنبې" is typed "-شنبی" on a Persian keyboard ("جمعی" stays out, see above).
_WEEKDAY_NAMES = {
    d: names + tuple(n[:-1] + "ی" for n in names if n.endswith("شنبې")) for d, names in _WEEKDAY_NAMES.items()
}
WEEKDAYS: dict[str, int] = {fold_str(n): d for d, names in _WEEKDAY_NAMES.items() for n in names}


def solar_month_length(year: int, month: int) -> int:
    """Days in a Solar Hijri month: 31 in the first six, 30 in the next five, 29 or 30 in the last."""
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if is_solar_leap(year) else 29


@lru_cache(maxsize=512)
def is_solar_leap(year: int) -> bool:
    """True when Solar Hijri `year` has 366 days (the 33-year arithmetic rule)."""
    first, following = _solar_to_gregorian(year, 1, 1), _solar_to_gregorian(year + 1, 1, 1)
    return (following - first).days == 366


def solar_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Solar Hijri one ("23 Asad 1403" → 2024-08-13), None if no such day.

    Afghanistan and Iran share this calendar: month 1 (Hamal = Farvardin) starts at the
    March equinox. A day past its month's end (35 Asad, 30 Hut in a common year) gives None.
    """
    if year not in SOLAR_YEARS or not 1 <= month <= 12 or not 1 <= day <= solar_month_length(year, month):
        return None
    return _solar_to_gregorian(year, month, day)


def _solar_to_gregorian(year: int, month: int, day: int) -> date:
    # jalali_core is jdatetime's arithmetic (FarsiWeb's jalali.c) without jdatetime's objects,
    # whose constructor parses the locale each time (0.1 ms a date); imported on first use.
    import jalali_core

    return date(*jalali_core.JalaliToGregorian(year, month, day).getGregorianList())


def gregorian_to_solar(day: date) -> tuple[int, int, int]:
    """(year, month, day) in the Solar Hijri calendar."""
    import jalali_core

    year, month, dom = jalali_core.GregorianToJalali(day.year, day.month, day.day).getJalaliList()
    return year, month, dom


def solar_month_span(year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a Solar Hijri month, None for no such month."""
    first = solar_to_gregorian(year, month, 1)
    if first is None:
        return None
    return first, first + timedelta(days=solar_month_length(year, month) - 1)


def solar_year_span(year: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a Solar Hijri year (1403 → 2024-03-20 … 2025-03-20)."""
    first = solar_to_gregorian(year, 1, 1)
    following = solar_to_gregorian(year + 1, 1, 1)
    if first is None or following is None:
        return None
    return first, following - timedelta(days=1)
