"""Dates relative to the article's date ("yesterday", "دیروز") or an earlier one ("a day later")."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from desktop.events.dates.absolute import MONTH_PARTS, PASHTO_PARTS, part_key
from desktop.events.dates.calendars import WEEKDAYS, gregorian_to_solar, solar_to_gregorian
from desktop.events.dates.date_range import Context, DateRange, Rule, names, one_day, shift_months
from desktop.events.dates.periods import MONTH_PERIODS, TO_PUBLICATION
from desktop.events.numbers import WORD_VALUES
from desktop.events.script import fold_str

_PASHTO_NUMBERS = {"یو": 1, "دوه": 2, "درې": 3, "څلور": 4, "پنځه": 5, "شپږ": 6, "اووه": 7, "اته": 8, "لس": 10}
_NUMBERS = {fold_str(w): n for w, n in WORD_VALUES.items()} | _PASHTO_NUMBERS
_NUMBERS |= {"a": 1, "an": 1, "one": 1, "a few": 3, "several": 3, "چند": 3, "یک": 1, "څو": 3}
_FEW = {"a few", "several", "چند", "څو"}  # "a few days ago", «چند روز پیش»: about then, not that day
_UNITS = {
    "day": 1, "days": 1, "روز": 1, "ورځ": 1, "ورځې": 1, "ورځو": 1, "night": 1, "nights": 1, "شب": 1,
    "week": 7, "weeks": 7, "هفته": 7, "اونۍ": 7, "اونی": 7, "اونیو": 7,
    "quarter": 91, "quarters": 91,
    "month": 30, "months": 30, "ماه": 30, "میاشت": 30, "میاشتې": 30, "میاشتو": 30,
    "year": 365, "years": 365, "سال": 365, "کال": 365, "کاله": 365, "کلونه": 365,
}  # fmt: skip
_N = rf"(?P<n>\d+|{names(_NUMBERS)})"
_UNIT = rf"(?P<unit>{names(_UNITS)})"


def _amount(m: re.Match[str]) -> tuple[int, int]:
    """(how many, days in the unit) of "two days", "دو هفته", "دوه ورځې"."""
    word = re.sub(r"\s+", " ", m["n"] or "a")
    return (int(word) if word.isdigit() else _NUMBERS.get(word, 1)), _UNITS[re.sub(r"\s+", " ", m["unit"])]


def _shift(day: date, amount: int, unit_days: int) -> date:
    """`day` moved by `amount` units (months and years by the calendar, not by 30 or 365 days)."""
    if unit_days == 30:
        return shift_months(day, amount)
    if unit_days == 365:
        return shift_months(day, 12 * amount)
    if unit_days == 91:
        return shift_months(day, 3 * amount)
    return day + timedelta(days=amount * unit_days)


def _moved(anchor: DateRange, amount: int, unit_days: int) -> DateRange:
    """The previous date moved by `amount` units (negative: back).

    From one day or a stated range ("between 1 and 5 August"), later counts from its last day
    and earlier from its first: one day, "day" precise for a count of days. A loose stretch
    ("last week", "early June") moves as a whole and stays approximate.
    """
    if anchor.start == anchor.end or anchor.precision == "range":
        when = _shift(anchor.end if amount > 0 else anchor.start, amount, unit_days)
        return DateRange(when, when, "day" if unit_days == 1 else "approximate")
    return DateRange(
        _shift(anchor.start, amount, unit_days), _shift(anchor.end, amount, unit_days), "approximate"
    )


def _from_anchor(sign: int) -> Callable[[re.Match[str], Context], DateRange | None]:
    """A handler for "two days later" (sign +1) or "three days earlier" (-1): from the previous date."""

    def handler(m: re.Match[str], context: Context) -> DateRange | None:
        if context.anchor is None:
            return None
        amount, unit = _amount(m)
        moved = _moved(context.anchor, sign * amount, unit)
        if _ABOUT.search(
            m.string, max(0, m.start() - 12), m.start()
        ):  # "about ten days later": near that day
            return DateRange(moved.start, moved.end, "approximate")
        return moved

    return handler


_ABOUT = re.compile(
    r"(?<!\w)(?:about|around|some|roughly|nearly|almost|approximately|حدود|حدودا|تقریبا|قریب|شاوخوا|نږدې|نږدی)\s+$"
)


def _next_day(m: re.Match[str], context: Context) -> DateRange | None:
    """ "the next day", "روز بعد", "فردای آن روز", "بله ورځ"; also "that day", "the day before", "the same
    session", «در همین جلسه», «په همدې اونۍ کې» (the previous date's day or stretch)."""
    anchor = context.anchor
    words = re.sub(r"\s+", " ", m[0])
    if anchor is None and context.published and re.search("همدې (?:اونۍ|اونی)", words):
        # «په همدې اونۍ کې» with no date before it: this week
        return TO_PUBLICATION["په دې اونۍ"](context.published)
    if anchor is None:
        return None
    if "فردای" in words:  # «فردای ان روز»: the day after that day
        return _moved(anchor, 1, 1)
    if any(w in words for w in ("same", "that ", "همان", "همین", "هماغه", "همدغه", "همدې", "ان ", "هغه")):
        return anchor if anchor.start == anchor.end else DateRange(anchor.start, anchor.end, "approximate")
    if any(w in words for w in ("before", "previous", "preceding", "قبل", "پیش", "مخکې")):
        return _moved(anchor, -1, 1)
    if "week" in words or "هفته" in words or "اونۍ" in words:
        start = anchor.end + timedelta(days=7 - anchor.end.weekday())
        return DateRange(start, start + timedelta(days=6), "approximate")
    return _moved(anchor, 1, 1)


def _same_period(m: re.Match[str], context: Context) -> DateRange | None:
    """ "in the same period", «در همین مدت», «په همدې موده کې»: the stretch stated before ("New displacement
    from 1 to 15 May 2025 …"), else the previous date's."""
    stated = context.stated
    if stated is not None and stated.start != stated.end:
        return stated
    return context.anchor


def _ago(m: re.Match[str], context: Context) -> DateRange | None:
    """ "two days ago", "دو روز پیش", "دوه ورځې مخکې": back from the publication date."""
    if context.published is None:
        return None
    amount, unit = _amount(m)
    when = _shift(context.published, -amount, unit)
    few = re.sub(r"\s+", " ", m["n"] or "") in _FEW
    return DateRange(when, when, "day" if unit == 1 and not few else "approximate")


def _within_past(m: re.Match[str], context: Context) -> DateRange | None:
    """ "in the past two weeks", "over the last month", "طی سه ماه گذشته", "په تېرو درې میاشتو کې":
    up to the publication date, a "range" (both ends follow from it); "in under two months" is approximate."""
    if context.published is None:
        return None
    amount, unit = _amount(m)
    loose = re.search(r"under|less than", m[0])
    return DateRange(
        _shift(context.published, -amount, unit), context.published, "approximate" if loose else "range"
    )


def _weekday(m: re.Match[str], context: Context) -> DateRange | None:
    """ "on Friday", "روز جمعه", "د جمعې په ورځ": the latest such day on or before publication.

    "last Friday" is the latest before it, and so is a Dari or Pashto weekday (README rule 7: "the most
    recent such day before the article's date"; a Dari or Pashto report calls its own day «امروز», «نن»,
    while English news name it: "said on Monday"). "شب شنبه" (the night before Saturday: Dari names a
    night after the day that follows it) is Friday to Saturday; English "Saturday night" and Pashto «د
    شنبې په شپه» (as the keys read it) are Saturday.
    """
    if context.published is None:
        return None
    wanted = WEEKDAYS[re.sub(r"\s+", " ", m["weekday"])]
    back = (context.published.weekday() - wanted) % 7
    # the eve of the article's own day (Friday night in a Saturday article) is the night before it
    if back == 0 and (m["last"] or m["past"] or not (m["weekday"].isascii() or m["eve"])):
        back = 7
    when = context.published - timedelta(days=back)
    if m["eve"]:
        return DateRange(when - timedelta(days=1), when, "range")
    return one_day(when)


def _weekday_of_last_week(m: re.Match[str], context: Context) -> DateRange | None:
    """ "on Tuesday last week", «روز سه‌شنبه هفته گذشته», «د تېرې اونۍ په سه شنبه»: that day of the previous
    calendar week (Monday to Sunday), not the latest Tuesday."""
    if context.published is None:
        return None
    monday = context.published - timedelta(days=context.published.weekday() + 7)
    return one_day(monday + timedelta(days=WEEKDAYS[re.sub(r"\s+", " ", m["weekday"])]))


def _nowruz(m: re.Match[str], context: Context) -> DateRange | None:
    """ "on Nowruz", «روز نوروز», «د نوروز په ورځ»: 1 Hamal, the latest one not after publication (a week's
    slack); "the eve of Nowruz", «شب نوروز», the night before it (30 Hut to 1 Hamal)."""
    if context.published is None:
        return None
    year = gregorian_to_solar(context.published)[0]
    day = solar_to_gregorian(year, 1, 1)
    if day is None:
        return None
    if day > context.published + timedelta(days=7):
        day = solar_to_gregorian(year - 1, 1, 1) or day
    if m["eve"] or m["eve2"]:
        return DateRange(day - timedelta(days=1), day, "range")
    return one_day(day)


def _to_publication(m: re.Match[str], context: Context) -> DateRange | None:
    if context.published is None:
        return None
    period = TO_PUBLICATION[re.sub(r"\s+", " ", m["rel"])]
    stamp = _line_stamp(m, context)
    if stamp is not None and period(context.published).precision == "day":
        return period(stamp)  # "[2] Gardez Youth, 2 Nov, 16:05 — … today": the post's own day
    return period(context.published)


# A line opening with its own day and time, as live updates, tickers and channel posts are ("[1] Paktia
# News, 1 Nov, 18:20 —", "- 2 Nov 09:40:", «۱۲ عقرب، ساعت ۱۰:۳۰ —»): its "today", "yesterday" count from it.
_STAMP_AFTER = re.compile(
    r"[,،]?\s*(?:(?:at|ساعت)\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|gmt|utc)?\s*[\]\)]?\s*[—–\-:|]"
)
_LINE_HEAD = 60  # characters: the stamp stands at the line's start


def _line_stamp(m: re.Match[str], context: Context) -> date | None:
    """The day stamped at the start of the match's line, when the anchor is that stamp."""
    anchor = context.anchor
    if anchor is None or anchor.precision != "day" or context.anchor_end < 0:
        return None
    text = m.string
    line = text.rfind("\n", 0, m.start()) + 1
    if not line <= context.anchor_end <= line + _LINE_HEAD or not _STAMP_AFTER.match(
        text, context.anchor_end
    ):
        return None
    if context.published is not None and anchor.start > context.published:
        return None
    return anchor.start


_HELD_FOR = re.compile(r"(?:held|kept|detained|stayed|spent|remained|locked up|questioned)\s+(?:\w+\s+)?$")


def _overnight(m: re.Match[str], context: Context) -> DateRange | None:
    """ "overnight" (the night before the report: its eve to its day), not "held overnight" (how long)."""
    if context.published is None or _HELD_FOR.search(m.string, max(0, m.start() - 30), m.start()):
        return None
    return DateRange(context.published - timedelta(days=1), context.published, "range")


def _reported_month(m: re.Match[str], context: Context) -> DateRange | None:
    """ "during the month", "throughout the month": the month a report covers, the last one when the report
    is from its first ten days (a snapshot published on 2 December is about November), else this one."""
    if context.published is None:
        return None
    p = context.published
    if p.day <= _EARLY_IN_MONTH:
        last = shift_months(p.replace(day=1), -1)
        return DateRange(last, p.replace(day=1) - timedelta(days=1), "month")
    return DateRange(p.replace(day=1), p, "month")


def _reported_week(m: re.Match[str], context: Context) -> DateRange | None:
    """ "during the week", «در طول هفته»: the week a weekly report covers, a stated stretch of a week before
    it ("week 47 (17–23 November 2025)"), else the last full week when the report is from the first
    three days of the next (Monday to Sunday; Saturday to Friday in Dari and Pashto), else this one."""
    anchor = context.anchor
    if anchor is not None and anchor.precision == "range" and 4 <= (anchor.end - anchor.start).days <= 7:
        return anchor
    if context.published is None:
        return None
    p = context.published
    first = 0 if m[0].isascii() else 5
    start = p - timedelta(days=(p.weekday() - first) % 7)
    if (p - start).days <= 2:
        start -= timedelta(days=7)
        return DateRange(start, start + timedelta(days=6), "range")
    return DateRange(start, p, "range")


def _since_then(m: re.Match[str], context: Context) -> DateRange | None:
    """ "He has been missing since.", "not heard from since and …", «از آن روز تاکنون»: since the previous
    date of the text, which dates the event (he went missing then); only a date of the same paragraph."""
    between = m.string[context.anchor_end : m.start()] if context.anchor_end >= 0 else "\n\n"
    if len(between) > _SINCE_REACH or re.search(r"\n\s*\n", between):
        return None
    return context.anchor


def _part_of_relative_month(m: re.Match[str], context: Context) -> DateRange | None:
    """ "late last month", "early this month", "اواخر ماه گذشته", «د تېرې میاشتې په پای کې»: ten days of that
    month."""
    if context.published is None:
        return None
    whole = MONTH_PERIODS[re.sub(r"\s+", " ", m["rel"])](context.published)
    part = m.groupdict().get("part")
    first, last = MONTH_PARTS[part_key(part)] if part else _PASHTO_PARTS[m["ppart"]]
    start = whole.start + timedelta(days=first - 1)
    end = min(whole.start + timedelta(days=last - 1), whole.end)
    return DateRange(start, end, "approximate") if start <= end else None


_EARLY_IN_MONTH = 10
_PASHTO_PARTS = PASHTO_PARTS  # after the month: «د تېرې میاشتې په پای کې» (at the end of last month)
_SINCE_REACH = 400  # characters from the previous date to a bare "since"
# «سه روز پس از آن» counts from the date before; «سه روز پس از بازداشتش» from an event (see dating.py)
_EVENT_NOUNS = (
    r"(?:بازداشت|دستگیری|گرفتاری|ربوده|ربودن|ناپدید|قتل|کشته|آزادی|رهایی|اخراج|احضار|بازگشت|مرگ|اعدام)"
)
# "two days after the raid": counted from the incident told last (its date is the previous date in the text)
_AFTER_THE = (
    r"after (?:the|that|this|these|those|their|his|her) (?:\w+ )?(?:raids?|arrests?|attacks?|incidents?|"
    r"detentions?|killings?|abductions?|searches|search|operations?|shootings?|explosions?|floggings?|"
    r"executions?|deportations?|summons|visits?)"
)
_AFTER = (
    rf"(?:later|afterwards|after that|{_AFTER_THE}|بعدتر|پس از ان|بعد از ان|(?:بعد|پس)(?! از {_EVENT_NOUNS})|"
    r"وروسته)"
)
_BEFORE = r"(?:earlier|before that|قبل از ان|پیش از ان|مخکې له هغه)"
_NEXT = (
    r"the (?:next|following|same) (?:day|morning|evening|night|week)|the day after"
    r"|that (?:same )?(?:day|night|evening|morning|afternoon)(?! (?:before|after))"
    r"|همان شب|په هماغه شپه|هماغه شپه|په هغه (?:ورځ|شپه)"
    r"|(?<!\w)(?<!فردای\s)(?:در )?ان (?:روز|شب)(?! (?:ها|به این سو|تاکنون))"  # «آن روز» (that day)
    r"|the (?:previous|preceding) (?:day|night|evening)|the (?:day|night|evening) before(?! yesterday)"
    r"|روز بعد|روز دیگر|فردای ان(?: روز)?"
    r"|همان روز|روز قبل از ان|یک روز قبل از ان|هفته بعد|بله ورځ|په هماغه ورځ|هماغه ورځ|ورپسې ورځ"
    # the same sitting of a court, the same week as the date before: «در همین جلسه», «په همدې اونۍ کې»
    r"|(?:(?:in|at|during) )?the same (?:session|hearing|sitting)"
    r"|(?:در )?(?:همین|همان) (?:جلسه|نشست)|(?:در )?همان هفته(?! (?:گذشته|اخیر|جاری|روان|بعد|اینده))"
    r"|(?:په )?(?:همدې|هماغه|همدغه) (?:غونډه|غونډې|ناسته|اونۍ|اونی)(?: کې)?"
)
# "in the same period", «در همین مدت», «طی همین دوره», «په همدې موده کې»
_SAME_PERIOD = (
    r"(?:(?:in|during|over|for|within) )?the same (?:period|time period|fortnight|timeframe)"
    r"|(?:در |طی |در طول )?(?:همین|همان) (?:مدت|دوره|بازه|فاصله)(?! ?ای)"
    r"|(?:په )?(?:همدې|هماغه|همدغه) (?:موده|دوره|مودې)(?: کې)?"
)
_WEEKDAY = rf"(?P<weekday>{names(WEEKDAYS)})"
# Words near which the "unit" rules are tried: units, and the words of the phrases above but the common
# ones (each phrase has a rarer word: "weekend", "year", «میاشت»), which would have every rule tried
# all over the text.
_COMMON = {
    "the", "a", "this", "last", "earlier", "before", "این", "همین", "of", "so", "at", "on", "over", "از", "د",
    "له", "په", "دې", "همدې", "همدا",
}  # fmt: skip
UNIT_WORDS = frozenset(_UNITS) | {w for phrase in TO_PUBLICATION for w in phrase.split() if w not in _COMMON}
UNIT_WORDS |= {"فردای", "morning", "evening", "afternoon", "همان", "هماغه", "overnight", "night", "شب", "شپه"}
UNIT_WORDS |= {"since", "then", "زمان", "وقت", "وخته", "ورځې", "nowruz", "nawruz", "norooz", "نوروز"}
UNIT_WORDS |= {
    "week",
    "اوږدو",
    "بهیر",
    "session",
    "hearing",
    "sitting",
    "جلسه",
    "نشست",
    "غونډه",
    "غونډې",
    "ناسته",
    "اونی",
    "period",
    "fortnight",
    "timeframe",
    "مدت",
    "دوره",
    "بازه",
    "فاصله",
    "موده",
    "مودې",
}

RULES: list[Rule] = [
    Rule(rf"{_N} {_UNIT} {_AFTER}", _from_anchor(+1), defer="always", relative=True, trigger="unit"),
    Rule(rf"{_N} {_UNIT} {_BEFORE}", _from_anchor(-1), defer="always", relative=True, trigger="unit"),
    Rule(rf"(?:(?<!\w)on )?(?:{_NEXT})", _next_day, defer="always", relative=True, trigger="unit"),
    Rule(_SAME_PERIOD, _same_period, defer="always", relative=True, trigger="unit"),
    # before "last week" and the weekday alone are read apart
    Rule(rf"(?:on |روز )?{_WEEKDAY}(?: (?:night|evening|morning|afternoon))?,? (?:of )?"
         r"(?:last week|the previous week|the week before|هفته گذشته|هفته پیش|هفته قبل)(?![\w'’])",
         _weekday_of_last_week, relative=True, trigger="weekday"),
    Rule(rf"(?:(?<!\w)د )?(?:تېرې|تیرې|تېره|تیره) (?:اونۍ|اونی) (?:په |د )?{_WEEKDAY}(?: په ورځ)?",
         _weekday_of_last_week, relative=True, trigger="weekday"),
    Rule(rf"(?:the )?(?P<part>{names(MONTH_PARTS)})[ -]+(?:of )?(?P<rel>{names(MONTH_PERIODS)})",
         _part_of_relative_month, relative=True, trigger="unit"),
    Rule(rf"(?:د )?(?P<rel>{names(MONTH_PERIODS)}) په (?P<ppart>{names(_PASHTO_PARTS)}) (?:ورځو )?کې",
         _part_of_relative_month, relative=True, trigger="unit"),
    Rule(rf"{_N} {_UNIT} (?:ago|back|پیش|قبل|مخکې|وړاندې|دمخه)", _ago, relative=True, trigger="unit"),
    Rule(rf"(?:in|over|during|within) (?:the )?(?:past|last|previous|preceding|under|less than) "
         rf"(?:{_N} )?{_UNIT}(?! of\b)",
         _within_past,
         relative=True, trigger="unit"),
    Rule(rf"(?:(?:در|طی|ظرف|در جریان|در طول) )?{_N} {_UNIT} (?:گذشته|اخیر)", _within_past,
         relative=True, trigger="unit"),
    Rule(rf"په (?:تېرو|تیرو|وروستیو) {_N} {_UNIT}", _within_past, relative=True, trigger="unit"),
    # not «هفته پیش از آن» (the week before that one)
    Rule(rf"(?P<rel>{names(TO_PUBLICATION)})(?! (?:از|له) (?:ان|هغه|هغې)(?!\w))", _to_publication,
         defer="always", relative=True, trigger="unit"),  # in order: a post's stamp before its "today"
    Rule(r"overnight(?! (?:stay|shelter|curfew))", _overnight, relative=True, trigger="unit"),
    # a day named, not a festival ("banned Nowruz celebrations", «جشن نوروز» are no date)
    Rule(r"(?:on |during |over )(?P<eve>the eve of )?(?:nowruz|nawruz|norooz)(?: day)?"
         r"|(?:در )?(?:روز|(?P<eve2>شب)) نوروز|د نوروز په (?:ورځ|شپه)",
         _nowruz, relative=True, trigger="unit"),
    Rule(r"(?:during|throughout|over|within|in the course of) the (?:reporting )?month"
         r"(?! (?:of|before|after))", _reported_month, relative=True, trigger="unit"),
    Rule(r"(?:during|throughout|over|in the course of) the (?:reporting )?week"
         r"(?! (?:of|before|after|ending|that))"
         r"|(?:در طول|طی|در جریان) (?:این )?هفته(?! (?:گذشته|اخیر|جاری|روان|بعد|اینده|پیش|قبل|دوم|سوم|اول))"
         r"|د (?:اونۍ|اونی) په (?:اوږدو|بهیر) کې",
         _reported_week, defer="always", relative=True, trigger="unit"),
    Rule(r"(?<=\s)since(?=\s*[;.,)]|\s+(?:and|but|then|when)\s)|since then|since that (?:day|night|time)"
         r"|از ان (?:روز|زمان|وقت)(?: به این سو| تاکنون| تا کنون)?|له هغې? (?:ورځې|وخته) راهیسې",
         _since_then, defer="always", relative=True, trigger="unit"),
    # not a prayer named after its day ("Friday prayers", «نماز جمعه», «د جمعې لمونځ»)
    # (the Pashto «د» before the day only as a word: not the last letter of «سیدآباد» before «شنبه»)
    Rule(rf"(?<!نماز\s)(?P<eve>شب )?(?:(?<!\w)(?:on|روز|د) )?"
         rf"(?P<last>last |this past |تېره |تیره )?{_WEEKDAY}"
         rf"(?: (?:night|evening|morning|afternoon|په ورځ)|(?P<night> (?:په )?شپه))?"
         rf"(?P<past> گذشته| پیش| قبل)?(?! (?:prayers?|sermon|لمونځ|لمانځه|لمانځ|نماز|خطبه|خطبې))",
         _weekday, relative=True, trigger="weekday"),
]  # fmt: skip
