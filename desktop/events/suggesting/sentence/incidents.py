"""A sentence's triggers of one event type, by incident: "four were taken from the mosque on 19 Aqrab, and a
fifth man was arrested two days later" tells two.
"""

from __future__ import annotations

import re

from desktop.events.suggesting import PARTS
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.when.dating import ArticleDates
from desktop.events.vocabulary import Hit

# What may part two incidents of one type in a sentence: "…, and a fifth man was arrested two days later".
_APART = re.compile(r"[,;،؛]|\b(?:and|then|while)\b|(?<!\w)(?:و|او)(?!\w)", re.IGNORECASE)
_ANOTHER = re.compile(
    r"\b(?:another|a (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|later)\b|"
    r"(?<!\w)(?:\S+می|دیگری|دوم|سوم|چهارم|پنجم|ششم|دویم|دریم|څلورم|پنځم|شپږم|بل)(?!\w)",
    re.IGNORECASE,
)


def sentence_incidents(
    item: ReadSentence, mine: list[Hit], dates: ArticleDates
) -> list[tuple[list[Hit], int, tuple[int, int] | None]]:
    """The triggers of one type in a sentence, by incident: a trigger after a comma or "and" whose stretch
    names another person ("a fifth man", «مرد پنجمی», «پنځم سړی») and a date of its own is another
    incident ("four were taken from the mosque on 19 Aqrab, and a fifth man was arrested two days later");
    each with the sentence offset its counts stand after (the four are not the fifth man's), and, when the
    sentence tells them in parts between semicolons, the part each stands in."""
    actors = _actors_split(item, mine)
    if actors:
        return actors
    groups = [mine[:1]]
    starts = [0]
    parts = False
    offset = item.sentence.start
    for before, hit in zip(mine, mine[1:], strict=False):
        stretch = item.sentence.text[before.end : hit.start]
        dated = any(dates.usable(m) for m in dates.within(offset + before.end, offset + hit.start))
        # "… hanged in Mashhad on 29 December; three men … executed in Zahedan on 2 January": each a part
        parted = PARTS.search(stretch) and _own_date(item, hit, dates)
        if (dated and _APART.search(stretch) and _ANOTHER.search(stretch)) or parted:
            groups.append([hit])
            starts.append(before.end)
            parts = parts or bool(parted)
        else:
            groups[-1].append(hit)
    text = item.sentence.text
    return [(g, s, _part_of(text, g) if parts else None) for g, s in zip(groups, starts, strict=True)]


def _part_of(text: str, group: list[Hit]) -> tuple[int, int]:
    """The stretch between the semicolons around an incident's triggers."""
    start = max((m.end() for m in PARTS.finditer(text, 0, group[0].start)), default=0)
    end = min((m.start() for m in PARTS.finditer(text, group[-1].end)), default=len(text))
    return start, end


def _own_date(item: ReadSentence, hit: Hit, dates: ArticleDates) -> bool:
    """The part of the sentence `hit` stands in (up to the next semicolon) has a date of its own."""
    text = item.sentence.text
    end = min((m.start() for m in PARTS.finditer(text, hit.end)), default=len(text))
    offset = item.sentence.start
    return any(dates.usable(m) for m in dates.within(offset + hit.end, offset + end))


# "Iran deported 96,400 Afghans … and Pakistan deported 41,250": each country its own deportation, counted by
# the number after its own verb.
_JOINED = re.compile(r"(?:,|;|\band\b|\bwhile\b|\bwhereas\b|(?<!\w)(?:و|او|در حالی که)(?!\w))\s*(?:\S+\s+)?$")


def _actors_split(item: ReadSentence, mine: list[Hit]) -> list[tuple[list[Hit], int, tuple[int, int] | None]]:
    """Triggers each right after a different foreign country named as the one acting ("Iran deported …, and
    Pakistan deported …"): one incident each, its part running from its country to the next one's."""
    if len(mine) < 2:
        return []
    text = item.sentence.text
    countries = [m for m in item.all_places if m.place.kind == "country" and m.place.country != "AF"]
    subjects = []
    for hit in mine:
        near = [m for m in countries if m.end <= hit.start and hit.start - m.end <= 20]
        subjects.append(near[-1] if near else None)
    if any(s is None for s in subjects) or len({s.place.country for s in subjects if s}) < len(mine):
        return []
    if not all(_JOINED.search(text, 0, s.start) for s in subjects[1:] if s):
        return []
    bounds = [s.start for s in subjects if s] + [len(text)]
    return [([hit], bounds[i], (bounds[i], bounds[i + 1])) for i, hit in enumerate(mine)]
