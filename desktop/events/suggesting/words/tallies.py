"""Counts kept over time ("Since August 2021, the Committee has documented the detention of more than 140
journalists", «از سال ۱۴۰۰ تاکنون … ثبت کرده»): a tally, not an incident. Works on folded sentences."""

from __future__ import annotations

from datetime import timedelta

from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.when.dating import ArticleDates

# "Since August 2021, … has documented", «از سال ۱۴۰۰ تاکنون», «له ۲۰۲۱ راهیسې»: a count kept over time.
_CUMULATIVE = compile_folded(
    r"(?<!\w)(?:since|تاکنون|تا کنون|بدینسو|به این سو|به اینسو|راهیسې|راهیسی|را په دېخوا)(?!\w)"
)


# Keeping count: "has documented", "recorded", "registered", «ثبت کرده», «مستند», Pashto «ثبت کړي».
_DOCUMENTED = compile_folded(
    r"(?<!\w)(?:documented|recorded|registered|verified|counted|tallied|logged|ثبت|مستند\w*)(?!\w)"
)


def counted_since(folded: str, start: int, end: int) -> bool:
    """The date at folded [start, end) is the point a count runs from: right after "since" ("since August
    2021", "since the takeover in August 2021"), or before «تاکنون», «راهیسې» («از سال ۱۴۰۰ تاکنون»)."""
    kept = _DOCUMENTED.search(folded) is not None
    for word in _CUMULATIVE.finditer(folded):
        if word.start() > 4 and not kept:
            continue  # "a soldier who had served since 2010 was detained": no count kept since then
        inside = start <= word.start() < end  # "since August 2021" read as one date expression
        if inside or (word.group() == "since" and 0 <= start - word.end() <= 30):
            return True
        if word.group() != "since" and 0 <= word.start() - end <= 40:
            return True
    return False


_YEAR = timedelta(days=330)


def is_tally(item: ReadSentence, dates: ArticleDates) -> bool:
    """ "Since August 2021, the Committee has documented the detention of more than 140 journalists": a
    count kept since a date a year or more before the article, not an incident."""
    if dates.reference is None:
        return False
    offset = item.sentence.start
    return any(
        m.range.start < dates.reference - _YEAR
        and counted_since(item.folded.text, *item.span(m.start - offset, m.end - offset))
        for m in dates.within(offset, item.sentence.end)
    )
