"""A death toll that rises across a story is one killing, counted by its last toll: "The number of worshippers
killed in Friday's explosion … has risen to 19", "two of the wounded died …, raising the death toll to seven",
«شمار کشته‌شدگان انفجار … به دوازده تن رسیده است», Pashto «د مړو شمېر … درویشت تنو ته رسېدلی دی». The earlier
tolls of that attack ("local sources had reported six dead") are no killings of their own."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from desktop.events.numbers import Count, find_counts
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.merge.merging import Candidate

_TOLL_WORDS = ("toll", "number", "شمار", "تعداد", "شمېر", "شمیر")
# The toll and where its new number stands: after "to" in English, before «تن رسید» in Dari, «تنو ته» in
# Pashto.
_TOLL = re.compile(
    r"(?:death toll|toll|number of (?:\S+\s+){0,4}?(?:killed|dead|deaths|victims|those killed|people killed|"
    r"who died|who lost their lives))"
    r"(?:\s+\S+){0,14}?\s+(?:has\s+|had\s+)?(?:risen|rose|climbed|increased|gone up|reached|reaches|rises|"
    r"climbs|now stands|stands)\s+(?:to\s+|at\s+)?(?P<en>[^.;:]{1,30})"
    r"|(?:raising|bringing|taking|pushing)\s+(?:the\s+)?(?:death\s+)?toll\s+(?:\S+\s+){0,4}?to\s+(?P<en2>[^.;:]{1,30})"
    r"|(?:شمار|تعداد)\s+(?:کشته شدگان|کشته ها|جان ?باختگان|قربانیان|کشته|فوت ?شدگان)(?:\s+\S+){0,16}?\s+به\s+"
    r"(?P<fa>[^.;:،]{1,30}?\s+(?:تن|نفر)|[^.;:،]{1,30}?)\s+(?:رسیده|رسید|افزایش)"
    r"|د\s+(?:مړو|وژل شویو|قربانیانو|وژل شوو)\s+(?:شمېر|شمیر)(?:\s+\S+){0,16}?\s+"
    r"(?:(?:اوس|تر اوسه|نن)\s+)?(?P<ps>[^.;:،]{1,30}?\s+(?:تنو|کسانو))\s+ته\s+"
    r"(?:رسېدلی|رسیدلی|ورسېد|ورسید|لوړ)",
    re.IGNORECASE,
)
_SAME_ATTACK = timedelta(days=3)


def _toll(folded: str) -> Count | None:
    """The count a toll sentence (folded) raises the killing to, if it tells one."""
    if not any(word in folded for word in _TOLL_WORDS):
        return None  # the cheap test first
    found = _TOLL.search(folded)
    if found is None:
        return None
    group = next(g for g in ("en", "en2", "fa", "ps") if found[g] is not None)
    counts = find_counts(found[group])
    return counts[0].count if counts else None


def rising_tolls(candidates: list[Candidate], read: list[ReadSentence]) -> list[Candidate]:
    """One killing per attack whose toll rises: the first killing of its province told within a few days of
    the toll's takes the last toll's count and keeps its own date; the others, smaller or uncounted, go. A
    toll told with no killing of its own («شمار کشته‌شدگان … به دوازده تن رسیده است») raises the killing told
    nearest it, in its paragraph or the two around it."""
    kept = list(candidates)
    for index, item in enumerate(read):
        count = _toll(item.folded.text)
        if count is None:
            continue
        killings = [c for c in kept if c.event.type == "killing"]
        own = [c for c in killings if c.sentence == index]
        near = own or sorted(
            (c for c in killings if abs(c.paragraph - item.paragraph) <= 2),
            key=lambda c: abs(c.sentence - index),
        )
        if not near:
            continue
        toll = near[0]
        attack = [
            c for c in killings
            if c.event.province == toll.event.province and c.event.country == toll.event.country
            and _near(c, toll) and (c is toll or c.event.count is None or c.event.count.value <= count.value)
        ]  # fmt: skip
        first = attack[0]
        merged = replace(first, event=replace(first.event, count=count))
        kept = [merged if c is first else c for c in kept if c is first or not any(c is a for a in attack)]
    return kept


def _near(c: Candidate, toll: Candidate) -> bool:
    """Told within a few days of the toll (or dated by the report only)."""
    a, b = c.event, toll.event
    if a.date_start is None or b.date_start is None or a.date_reported or b.date_reported:
        return True
    return abs(a.date_start - b.date_start) <= _SAME_ATTACK
