"""The province an article is about, for events no sentence, paragraph or heading places: the one Afghan
province its dateline or its title names ("HERAT, 12 May —", «هرات، ۲۲ ثور —», "Two
journalists detained in Kunduz", «په کندهار کې …»), when no other province competes there. Events told
country-wide ("across the country", «در سراسر کشور», Pashto «په ټول هېواد کې») keep no province."""

from __future__ import annotations

import re

from desktop.events.gazetteer import find_places
from desktop.events.name_index import merge_pashto
from desktop.events.place_context import dateline_places
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.article.sections import is_heading

_OPENING = 3  # sentences: a dateline stands in the first of the story, after a title and a date line

# Over folded text (lower case, Pashto letters merged: ټول reads تول, هېواد هیواد).
_NATIONWIDE = re.compile(
    r"\b(?:across|throughout|all over|around) (?:the )?(?:country|afghanistan|nation)\b"
    r"|\b(?:nationwide|country-?wide|in (?:several|many|multiple|various|at least \w+|\w+) provinces"
    r"|in all (?:\w+ )?provinces|in provinces across)\b"
    r"|\bin (?:the )?(?:north|south|east|west|centre|center|northeast|northwest|southeast|southwest)"
    r"(?:ern)?(?: (?:provinces|region|part of the country))?(?! of)\b"
    r"|(?<!\w)(?:در|سر|به) (?:سراسر|تمام|همه ی|کل) (?:کشور|افغانستان|ولایات|ولایت ها)(?!\w)"
    r"|(?<!\w)(?:در|از) (?:\S+ )?ولایت(?:های|ها ی| های) (?:مختلف|گوناگون|متعدد)(?!\w)"
    r"|(?<!\w)(?:په|د) (?:تول|ټول|توله|ټوله) (?:هیواد|افغانستان)(?!\w)"
    r"|(?<!\w)(?:په|له) (?:بیلا بیلو|بیلابیلو|ګڼو|گنو|څو|خو) ولایتونو(?!\w)",
    re.IGNORECASE,
)


def nationwide(folded: str) -> bool:
    """The sentence tells of events across the country or in many provinces: no one province is theirs."""
    return bool(_NATIONWIDE.search(merge_pashto(folded)))


def home_province(text: str, read: list[ReadSentence]) -> str | None:
    """The one Afghan province of the article's dateline, else of its title; None when several compete there
    (an article whose places all lie in one province is placed by sections.one_province)."""
    if not read:
        return None
    filed: set[str] = set()
    for item in read[:_OPENING]:
        found = find_places(item.sentence.text)
        spans = [(m.start, m.end) for m in found]
        filed |= {
            province
            for i in dateline_places(item.sentence.text, spans, labels=False)
            if (province := found[i].place.province) and found[i].place.country == "AF"
        }
    if filed:
        return filed.pop() if len(filed) == 1 else None
    named = _provinces([read[0]]) if is_heading(text, read[0]) else set()
    return named.pop() if len(named) == 1 else None


def _provinces(read: list[ReadSentence]) -> set[str]:
    return {m.place.province for s in read for m in s.places if m.place.province and m.place.country == "AF"}
