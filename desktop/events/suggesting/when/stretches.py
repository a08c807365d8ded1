"""Dates an event takes from another event of the article: a stretch counted from an earlier arrest ("for the
first ten days after his arrest he was beaten"), a detention that ended with a later act of its sentence
("deported on 12 March after two weeks in a holding centre"), and harm told of "these cases" of a period
("Over the quarter … detentions … In several of these cases the detainees were beaten"); and a date that is
another act's: the day bodies were brought back is not the day of the killing."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from desktop.events.numbers import WORD_VALUES
from desktop.events.script import fold_str
from desktop.events.suggesting.merge.merging import Candidate
from desktop.events.suggesting.when.dating import ArticleDates

_RANGE = "range"
# Units in days (months as 30: a stretch of a detention, not a calendar month).
_UNITS = {
    "day": 1, "days": 1, "night": 1, "nights": 1, "week": 7, "weeks": 7, "month": 30, "months": 30,
    "روز": 1, "شب": 1, "هفته": 7, "ماه": 30, "ورځو": 1, "ورځې": 1, "شپو": 1, "اونیو": 7, "اونۍ": 7, "اونی": 7,
    "میاشتو": 30, "میاشتې": 30,
}  # fmt: skip
_UNIT = "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True))
_ARREST = {"detention", "disappearance"}
# Over folded text (Pashto letters as written, ZWNJ as a space).
# "for the first ten days after his arrest", "during the first week of her detention", «در ده روز نخست پس از
# بازداشتش», «د نیول کېدو وروسته په لومړیو لسو ورځو کې»: a stretch from the day of the arrest told before.
_FROM_ARREST = re.compile(
    rf"\b(?:for|during|in|over|throughout|within) the first (?:(?P<n>\w+) )?(?P<unit>{_UNIT}) "
    r"(?:after|following|of) (?:his|her|their|the) "
    r"(?:arrest|detention|abduction|capture|imprisonment|custody)"
    rf"|(?<!\w)(?:در|طی|در طول) (?:(?P<n2>\S+) )?(?P<unit2>{_UNIT})(?: های| ها)? (?:نخست|اول|اولیه|ابتدایی) "
    r"(?:پس از |بعد از |از )?(?:بازداشت|دستگیری|گرفتاری|ربوده شدن)"
    r"|(?<!\w)د (?:نیول کېدو|نیول کیدو|نیولو|توقیف|بندي کېدو) (?:نه |څخه )?وروسته (?:په )?(?:لومړیو|لومړنیو) "
    rf"(?:(?P<n3>\S+) )?(?P<unit3>{_UNIT})"
)
# "after two weeks in a holding centre", "after holding them for two weeks", «پس از دو هفته بازداشت», «له دوو
# اونیو بند وروسته»: a detention that ended on the day of the sentence's other event.
_BEFORE_ACT = re.compile(
    rf"\b(?:after|following) (?:being held for |spending |holding (?:them|him|her) for )?(?P<n>\w+) "
    rf"(?P<unit>{_UNIT}) (?:in|at|of|inside)\b"
    rf"|\b(?:had been|been|was|were) held for (?P<n2>\w+) (?P<unit2>{_UNIT})\b"
    rf"|(?<!\w)(?:پس|بعد) از (?P<n3>\S+) (?P<unit3>{_UNIT}) (?:بازداشت|نگهداری|زندان|حبس)"
    rf"|(?<!\w)له (?P<n4>\S+) (?P<unit4>{_UNIT}) (?:بند|توقیف|زندان)"
)
# "in several of these cases", «در برخی از این موارد», «په دغو پېښو کې»: the cases of the sentence before.
_THESE_CASES = re.compile(
    r"\b(?:(?:some|several|many|most|a number|one|two|three|all) of (?:these|those|the) "
    r"(?:cases|incidents|detainees|men|women|people|individuals)|in (?:these|those|such) cases)\b"
    r"|(?<!\w)(?:(?:در )?(?:برخی|بعضی|شماری|تعدادی|یکی|بسیاری|چند تن|چند نفر) از "
    r"(?:(?:این|همین) (?:موارد|رویدادها|افراد|بازداشت شدگان)|آنان|آنها)|در (?:این|همین) موارد)(?!\w)"
    r"|(?<!\w)(?:په|له) (?:دغو|دې|همدې) (?:پېښو|قضیو|کسانو)(?!\w)"
)
_PERIOD = ("range", "month", "approximate")


# "the bodies of two migrants killed by Iranian guards were handed over on Tuesday", «اجساد … که … به قتل
# رسیده بودند، روز سه‌شنبه … انتقال یافت»: the day the bodies were moved, not the day of the killing.
_BODIES = re.compile(
    r"\b(?:bod(?:y|ies)|remains)\b|(?<!\w)(?:اجساد|جسد|جسدهای|جسدونه|جسدونو|جنازه|جنازې|مړي|مړی)(?!\w)"
)
_MOVED = re.compile(
    # (not "a commander who had returned from Iran in the spring": the man, alive)
    r"\b(?:brought|transferred|handed (?:over|back)|repatriated|returned(?! from)|sent back|delivered|"
    r"received)\b"
    r"|(?<!\w)(?:انتقال|تحویل|منتقل|آورده|راوړل|وسپارل|ولېږدول|ولیږدول)"
)
_MOVE_REACH = 60  # characters between the date and the word of moving


def date_stretches(candidates: list[Candidate], dates: ArticleDates) -> list[Candidate]:
    """`candidates` with the dates they take from the events around them (see the module's docstring)."""
    return [_moved_bodies(_dated(c, candidates), dates) for c in candidates]


def _moved_bodies(c: Candidate, dates: ArticleDates) -> Candidate:
    """A killing dated only by the day its victims' bodies were moved is reported, not dated by it."""
    event = c.event
    if event.type != "killing" or event.date_reported or event.date_start is None:
        return c
    own = dates.within(event.start, event.end)
    if len(own) != 1:
        return c
    passage = _folded(event.passage)
    if not _BODIES.search(passage) or passage.lstrip().startswith("|"):
        return c  # (a table's row: its date cell is the death's, "| 17 May | … | Body handed back |")
    at, end = own[0].start - event.start, own[0].end - event.start
    near = passage[max(0, at - _MOVE_REACH) : end + _MOVE_REACH]
    if not _MOVED.search(near):
        return c
    when = dates.reported(event.start)
    return replace(
        c, event=replace(event, date_start=when.start, date_end=when.end, date_precision=when.precision)
    )


# Words each pattern needs (lower case, unfolded): most passages have none and are not folded at all.
_STRETCH_WORDS = re.compile(r"first|نخست|اول|لومړ")
_CASES_WORDS = re.compile(r"these|those|such|این|همین|آنان|آنها|دغو|دې|همدې|پدې")
_HELD_WORDS = re.compile(r"after|following|held|پس|بعد|له")


@lru_cache(maxsize=256)
def _folded(passage: str) -> str:
    return fold_str(passage)


def _dated(c: Candidate, candidates: list[Candidate]) -> Candidate:
    passage = c.event.passage.lower()
    folded = _folded(c.event.passage) if _STRETCH_WORDS.search(passage) else ""
    stretch = _FROM_ARREST.search(folded)  # it says when better than another date of its sentence
    if stretch is not None:
        arrest = _last_arrest(c, candidates)
        days = _days(stretch)
        if arrest is not None and days:
            return _with(c, arrest, arrest + timedelta(days=days - 1))
    if c.event.date_reported:
        if _CASES_WORDS.search(passage) and _THESE_CASES.search(_folded(c.event.passage)):
            period = _period_before(c, candidates)
            if period is not None:
                return _with(c, *period)
        return c
    if c.event.type == "detention" and c.event.date_precision == "day" and c.event.date_start:
        held = _BEFORE_ACT.search(_folded(c.event.passage)) if _HELD_WORDS.search(passage) else None
        days = _days(held) if held else 0
        if days and _ended_with_another_act(c, candidates):
            return _with(c, c.event.date_start - timedelta(days=days), c.event.date_start)
    return c


def _with(c: Candidate, start: date, end: date) -> Candidate:
    return replace(c, event=replace(c.event, date_start=start, date_end=end, date_precision=_RANGE))


def _days(m: re.Match[str]) -> int:
    """The length of "ten days", "the first week", «دو هفته», «لسو ورځو» in days (0 when unreadable)."""
    groups = m.groupdict()
    word = next((groups[k] for k in ("n", "n2", "n3", "n4") if groups.get(k)), None)
    unit = next(groups[k] for k in ("unit", "unit2", "unit3", "unit4") if groups.get(k))
    if word is None or word in ("a", "an", "one"):
        amount = 1
    elif word.isdigit():
        amount = int(word)
    else:
        amount = WORD_VALUES.get(word, 0)
    return amount * _UNITS[unit]


def _last_arrest(c: Candidate, candidates: list[Candidate]) -> date | None:
    """The day of the last detention or disappearance told before `c`."""
    days = [
        d.event.date_start
        for d in candidates
        if d.event.type in _ARREST
        and d.event.date_precision == "day"
        and (d.sentence, d.event.start) < (c.sentence, c.event.start)
    ]
    return days[-1] if days else None


def _period_before(c: Candidate, candidates: list[Candidate]) -> tuple[date, date] | None:
    """The period of the events of the sentence before `c` in its paragraph (a quarter, a month)."""
    before = [
        d.event
        for d in candidates
        if d.sentence == c.sentence - 1 and d.paragraph == c.paragraph and d.event.date_precision in _PERIOD
    ]
    if not before or before[-1].date_start is None or before[-1].date_end is None:
        return None
    return before[-1].date_start, before[-1].date_end


def _ended_with_another_act(c: Candidate, candidates: list[Candidate]) -> bool:
    """Another event of the sentence (a deportation, a release, a death) has the detention's day."""
    return any(
        d.sentence == c.sentence and d.event.type != c.event.type and d.event.date_start == c.event.date_start
        for d in candidates
    )
