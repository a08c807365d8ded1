"""The period a periodic report says it covers, and the words in its text that mean that period.

A report states what it covers in its title or opening: "Update on detention, April to June 2026",
"This update covers the first quarter of 2026", «گزارش ماه حوت ۱۴۰۴». Then "during the reporting
period", "in the period under review", "over the quarter", "this quarter", «در این دوره», «طی دوره
گزارش», «په دې موده کې» (and, when it covers one month, "during the month", «در ماه مورد گزارش») mean
that period, not the quarter or month of publication. In a report on one month, "during this month", «در
این ماه», «په دې میاشت کې» are that month too; "earlier this month", «ماه جاری» stay the month of publication,
as the keys read them ("Earlier this month" in a brief on May published 4 June is June).

The covered period is read from the title (the first line, when it names a report, update, bulletin,
«گزارش», «راپور» …) or a sentence of the head with a word of covering ("covers", "reporting period",
«پوشش», «دوره گزارش»): the span of its dates of a month or longer, or of a stretch of days ("29
June–5 July 2026": a weekly report); a day is a dateline, not a period. Without one, these words are
left to the rules that count from the publication date (see quarters.py and relative.py).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from desktop.events.dates.calendars import GREGORIAN_MONTHS, SOLAR_MONTHS
from desktop.events.dates.date_range import DateRange
from desktop.events.dates.finding import DateMatch, find_dates, fold_offsets
from desktop.events.script import fold_str

_HEAD_LINES = 12
_HEAD_CHARS = 1_500
_LONGEST_HEAD_LINE = 400
_PERIOD_DAYS = 27  # a month or longer: a period a report covers, not an incident's day or week …
_WEEK_DAYS = 4  # … unless stated as a stretch of days ("Weekly notes (2–8 March 2026)", «۱ تا ۷ جدی ۱۴۰۴»)
_COVER_WORDS = re.compile(
    r"\b(?:covers|covering|covered|reporting period|period under review|review period|period from)\b"
    r"|پوشش|دوره گزارش|دوره مورد گزارش|د راپور موده|رانغاړي|را نغاړي|در بر می‌?\s?گیرد|دربر می‌?\s?گیرد",
    re.IGNORECASE,
)
# A title naming a period is a periodic report's ("Quarterly update, April to June 2026", «گزارش ماه حوت»); a
# news headline naming a month is not.
_REPORT_WORDS = re.compile(
    r"\b(?:report|update|bulletin|brief|briefing|review|summary|overview|monitoring|quarterly|monthly|annual|"
    r"weekly|notes|digest|snapshot|factsheet|situation|sitrep|log|tracker|register|chronology|"
    r"incident list)\b"
    r"|گزارش|راپور|خبرنامه|بولتن|خبرپاڼه|گزارشنامه|هفته‌نامه|هفتگی|ماهانه|اونیز|میاشتنی|وضعیت",
    re.IGNORECASE,
)
# Over folded text (lower case, Arabic letters as Persian, ZWNJ as a space). Words for the whole period:
_PERIOD_WORDS = re.compile(
    r"\b(?:during|in|over|throughout|within|for|across) the "
    r"(?:reporting period|period under review|review period|period covered|reporting quarter)\b"
    r"|\b(?:during|over|throughout|within|across|in) the period\b"
    r"(?! (?:of|from|before|after|between|since|that|when)\b)"
    r"|\b(?:during|over|throughout|within|across) the quarter\b(?! (?:of|before|after|that|when)\b)"
    r"|\bthis (?:quarter|reporting period)\b"
    r"|(?<!\w)(?:در|طی|در طول|در جریان) (?:(?:این|همین) (?:دوره|مدت|فصل|سه ماهه)"
    r"|(?:دوره|مدت|فصل) (?:گزارش|مورد گزارش|مورد بررسی|تحت پوشش))(?!\w)"
    r"|(?<!\w)(?:په (?:دې|همدې) (?:موده|درې میاشتنۍ)|د راپور په (?:موده|دوره))(?: کې| کی)?(?!\w)"
)
# and for the month of a monthly report (only when it covers one month):
_MONTH_WORDS = re.compile(
    r"\b(?:during|over|throughout|within|in) the (?:reporting )?month\b(?! (?:of|before|after|that|when)\b)"
    r"|\b(?:during|throughout|in|within|over) this month\b"
    # "Detained or missing this month: five people" in a log of September compiled on 5 October
    r"|(?<!earlier )(?<!later )(?<!early )(?<!late )(?<!since )(?<!of )(?<!so far )\bthis month\b"
    r"|(?<!\w)(?:در|طی|در طول|در جریان) ماه (?:گزارش|مورد گزارش|مورد بررسی)(?!\w)"
    r"|(?<!\w)(?:در|طی|در طول|در جریان|در سراسر|در تمام|در تمامی|طول) (?:این|همین) ماه"
    r"(?! (?:گذشته|پیش|قبل|جاری|روان|اینده|بعد))(?!\w)"
    r"|(?<!\w)د راپور په میاشت(?:ې|ی)? (?:کې|کی)(?!\w)"
    r"|(?<!\w)(?:په (?:دې|همدې)|پدې|د دې|د همدې|ټوله) میاشت(?:ې|ی)? (?:کې|کی|په اوږدو کې|ترڅ کې)(?!\w)"
)  # «در این ماه» in a monthly report on Hamal is Hamal; not "earlier this month", «ماه جاری»: the month of
# publication ("Earlier this month" in a brief on May published 4 June is June)
_ONE_MONTH_DAYS = 31


def covered_period(text: str, published: date | None) -> DateRange | None:
    """The period the report's title or opening says it covers, or None."""
    lines = [line for line in text[:_HEAD_CHARS].split("\n") if line.strip()][:_HEAD_LINES]
    if not lines:
        return None
    candidates = [lines[0]] if _REPORT_WORDS.search(lines[0]) else []
    if candidates and len(lines) > 1 and len(lines[1].split()) <= 6:
        # the title's subtitle naming the period: «ماه جدی ۱۴۰۴», "October – December 2024"
        candidates.append(lines[1])
    for line in lines[1:]:
        for sentence in re.split(r"(?<=[.!?؟])\s+", line[:_LONGEST_HEAD_LINE]):
            if _COVER_WORDS.search(sentence):
                candidates.append(sentence)
    for line in candidates:
        found = _period_of(line, published)
        if found is not None:
            return found
    return None


# "April to June 2026", «حمل تا جوزا ۱۴۰۵»: the first month takes the year written after the second.
_MONTH_TO_MONTH = re.compile(
    r"(?P<first>[^\W\d_]+)(?P<gap>\s*(?:to|through|until|till|and|[-–—]|تا|و|څخه تر)\s*)(?P<second>[^\W\d_]+)"
    r"(?P<rest>\s*[,،]?\s*)(?P<year>\d{4}|[۰-۹]{4})"
)


def _years_written(line: str) -> str:
    """`line` with a month range's year written after its first month too ("April 2026 to June 2026")."""

    def month(word: str) -> bool:
        folded = fold_str(word)
        return folded in GREGORIAN_MONTHS or folded in SOLAR_MONTHS

    def add(m: re.Match[str]) -> str:
        if not (month(m["first"]) and month(m["second"])):
            return m[0]
        return f"{m['first']} {m['year']}{m['gap']}{m['second']}{m['rest']}{m['year']}"

    return _MONTH_TO_MONTH.sub(add, line)


def _period_of(line: str, published: date | None) -> DateRange | None:
    try:
        written = _years_written(line)
        found = find_dates(written, published=published)
    except (ValueError, OverflowError, KeyError, IndexError):
        return None
    shortest = {"range": _WEEK_DAYS}
    spans = [
        m.range
        for m in found
        if m.range.precision not in ("day", "approximate")
        and (m.range.end - m.range.start).days >= shortest.get(m.range.precision, _PERIOD_DAYS)
    ]
    spans += _day_to_day(written, found)
    if not spans:
        return None
    start, end = min(r.start for r in spans), max(r.end for r in spans)
    if published is not None and start > published + timedelta(days=7):
        return None  # a period ahead of the report ("plans for 2027") is not what it covers
    one_month = len(spans) == 1 and spans[0].precision == "month" and (end - start).days < 32
    return DateRange(start, end, "month" if one_month else "range")


_DAY_TO_DAY = re.compile(r"\s*(?:[-–—]|to|until|through|till|تا|څخه تر)\s*", re.IGNORECASE)


def _day_to_day(line: str, found: list[DateMatch]) -> list[DateRange]:
    """ "29 June–5 July 2026", «۲۸ قوس تا ۵ جدی ۱۴۰۴»: two days joined by a dash or "to", a stretch."""
    return [
        DateRange(a.range.start, b.range.end, "range")
        for a, b in zip(found, found[1:], strict=False)
        if a.range.precision == b.range.precision == "day"
        and _DAY_TO_DAY.fullmatch(line, a.end, b.start)
        and (b.range.end - a.range.start).days >= _WEEK_DAYS
    ]


def with_covered(text: str, matches: list[DateMatch], covered: DateRange) -> list[DateMatch]:
    """`matches` with each phrase meaning the covered period ("during the reporting period", "over the
    quarter", «در این ماه») dated to it, replacing what the publication date made of it."""
    folded = fold_offsets(text)
    one_month = _PERIOD_DAYS <= (covered.end - covered.start).days <= _ONE_MONTH_DAYS
    words = [_PERIOD_WORDS, _MONTH_WORDS] if one_month else [_PERIOD_WORDS]
    phrases = [folded.span(*m.span()) for pattern in words for m in pattern.finditer(folded.text)]
    if not phrases:
        return matches
    kept = [m for m in matches if not any(m.start < end and start < m.end for start, end in phrases)]
    added = [DateMatch(covered, start, end, True) for start, end in phrases]
    return sorted(kept + added, key=lambda m: m.start)
