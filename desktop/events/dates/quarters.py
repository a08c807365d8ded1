"""Quarters of a year ("the third quarter", "Q3 2024", "over the quarter", «در این فصل», «سه‌ماهه سوم»).

A quarter is three calendar months: Gregorian (January–March …), also for Dari «سه‌ماهه سوم»,
«ربع سوم» and Pashto «دریمه درې میاشتنۍ» without a year (the quarters of the UN and NGO reports
these words mostly translate); a season, «فصل» («در این فصل», «فصل گذشته»), is a Solar Hijri
season (Hamal–Jawza, Saratan–Sunbula, Mizan–Qaws, Jadi–Hut). A year written with it decides the
calendar ("سه‌ماهه سوم ۲۰۲۴" is July–September 2024, "سه‌ماهه سوم ۱۴۰۳" Mizan–Qaws 1403).

Against the publication date (the rule for a quarter named without its year):
  - "the third quarter", "Q3": the latest third quarter that has begun by the publication date;
  - "this quarter", "the current quarter", «فصل جاری»: the quarter of the publication date, from
    its first day to the publication date (precision "range");
  - "last quarter", "the previous (past) quarter", «فصل گذشته»: the last complete quarter;
  - "the quarter", "over the quarter", "the reporting quarter", «در این فصل»: what a quarterly
    report means, the quarter it reports on: the last complete quarter when the publication date
    falls in the first month of a quarter (a report on April–June published on 12 July), else
    the current quarter up to the publication date.
A complete quarter has precision "month" (its months are named by the words); a quarter that runs
up to the publication date has precision "range".
"""

from __future__ import annotations

import re
from datetime import date

from desktop.events.dates.calendars import GREGORIAN_YEARS, SOLAR_YEARS, gregorian_to_solar
from desktop.events.dates.date_range import ERA, INVALID, YEAR, Context, DateRange, Rule, month_span, names
from desktop.events.script import fold_str

_ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4, "اول": 1, "نخست": 1, "دوم": 2, "سوم": 3, "چهارم": 4, "اخر": 4,
    "لومړی": 1, "لومړۍ": 1, "لمړی": 1, "دویم": 2, "دوهم": 2, "دویمه": 2, "دوهمه": 2, "دریم": 3, "دریمه": 3,
    "څلورم": 4, "څلورمه": 4,
}  # fmt: skip
ORDINALS = {fold_str(k): v for k, v in _ORDINALS.items()}
# Words a quarter is named with: near them the quarter rules are tried.
TRIGGER_WORDS = frozenset({"quarter", "q1", "q2", "q3", "q4", "فصل", "ماهه", "ربع", "میاشتنۍ", "میاشتنی"})

_THIS, _LAST, _REPORTED = "this", "last", "reported"


def _span(year: int, quarter: int, *, solar: bool) -> tuple[date, date] | None:
    first = month_span(year, 3 * quarter - 2, solar=solar)
    last = month_span(year, 3 * quarter, solar=solar)
    return (first[0], last[1]) if first and last else None


def _quarter_of(day: date, *, solar: bool) -> tuple[int, int, int]:
    """(year, quarter, month within the quarter 0–2) of a day in either calendar."""
    year, month = gregorian_to_solar(day)[:2] if solar else (day.year, day.month)
    return year, (month - 1) // 3 + 1, (month - 1) % 3


def _previous(year: int, quarter: int) -> tuple[int, int]:
    return (year, quarter - 1) if quarter > 1 else (year - 1, 4)


def _complete(year: int, quarter: int, *, solar: bool) -> DateRange | None:
    span = _span(year, quarter, solar=solar)
    return DateRange(*span, "month") if span else INVALID


def _to_publication(year: int, quarter: int, published: date, *, solar: bool) -> DateRange | None:
    span = _span(year, quarter, solar=solar)
    if span is None:
        return INVALID
    if span[1] < published:
        return DateRange(*span, "month")
    return DateRange(span[0], published, "range")


def _calendar_of(m: re.Match[str]) -> bool:
    """True for the Solar Hijri calendar: a year of 1300–1499 written with it, or a season («فصل»)."""
    year = m.groupdict().get("year")
    if year is not None:
        return int(year) in SOLAR_YEARS
    return "فصل" in m[0]


def _nth(m: re.Match[str], context: Context) -> DateRange | None:
    """ "the third quarter (of 2024)", "Q3 2024", "2024-Q3", "سه‌ماهه سوم (سال ۱۴۰۳)"."""
    quarter = int(m["q"]) if m.groupdict().get("q") else ORDINALS[re.sub(r"\s+", " ", m["nth"])]
    solar = _calendar_of(m)
    written = m.groupdict().get("year")
    if written is not None:
        year = int(written)
        if year not in (SOLAR_YEARS if solar else GREGORIAN_YEARS):
            return None
        return _complete(year, quarter, solar=solar)
    if context.published is None:
        return None
    year, current, _ = _quarter_of(context.published, solar=solar)
    if quarter > current:
        year -= 1
    return _to_publication(year, quarter, context.published, solar=solar)


def _relative(m: re.Match[str], context: Context) -> DateRange | None:
    """ "this quarter", "last quarter", "over the quarter", «در این فصل», «فصل گذشته»."""
    if context.published is None:
        return None
    which = _kind(m)
    if which is None:
        return None
    solar = _calendar_of(m)
    year, quarter, month = _quarter_of(context.published, solar=solar)
    if which == _LAST or (which == _REPORTED and month == 0):
        return _complete(*_previous(year, quarter), solar=solar)
    return _to_publication(year, quarter, context.published, solar=solar)


def _kind(m: re.Match[str]) -> str | None:
    words = re.sub(r"\s+", " ", m[0])
    if re.search(r"\b(?:past|previous|last|preceding)\b|گذشته|قبلی|پیشین|تېر|تیر", words):
        return _LAST
    if re.search(r"\b(?:this|current)\b|جاری|روان", words):
        return _THIS
    if re.search(r"\b(?:the|reporting|over|during|throughout|in|within|across)\b|این|همین", words):
        return _REPORTED
    return None


_NTH = rf"(?P<nth>{names(ORDINALS)})"
_OF_YEAR = rf"(?: (?:of |in )?(?:the year |سال |د )?{YEAR}{ERA}| of (?:the|this) year)?"
_LEAD = r"(?:(?:in|during|over|throughout|for|across|within|در|طی|در جریان|در طول) )?"
_QUARTER_FA = r"(?:سه ماهه|ربع|فصل)"
_QUARTER_PS = r"(?:درې میاشتنۍ|درې میاشتنی|ربع)"

# Tried before the rules for years ("Q3 2024" is not the year 2024) and parts of years.
RULES: list[Rule] = [
    Rule(rf"(?:the )?{_NTH} quarter{_OF_YEAR}", _nth, relative=True, trigger="unit"),
    Rule(rf"q(?P<q>[1-4])(?:[ /\-]*{YEAR})?", _nth, relative=True, trigger="unit"),
    Rule(rf"{YEAR}[ /\-]*q(?P<q>[1-4])", _nth, relative=True, trigger="unit"),
    Rule(rf"{_QUARTER_FA} {_NTH}{_OF_YEAR}", _nth, relative=True, trigger="unit"),
    Rule(rf"{_NTH} {_QUARTER_PS}{_OF_YEAR}", _nth, relative=True, trigger="unit"),
    # "the quarter of the city", "three quarters of …", "فصل … از گزارش" (a chapter) are not quarters;
    # "throughout the quarter of journalists being detained" is
    Rule(rf"{_LEAD}(?:(?:the|this) )?(?:(?:current|reporting|past|previous|last|preceding) )?quarter"
         r"(?! of (?:the|a|an|its|this|that|his|her|their|kabul|\w+ city)\b)",
         _relative, relative=True, trigger="unit"),
    # «فصل» alone is also a season ("در فصل زمستان"): a quarter only as "this" or "last" one
    Rule(rf"{_LEAD}(?:(?:این|همین) فصل|فصل (?:جاری|روان|گذشته|قبلی|پیشین))(?! (?:از |این )?گزارش)",
         _relative, relative=True, trigger="unit"),
]  # fmt: skip
