"""Reading an article once: its sentences and, in each, the event words, counts, actors and places."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import TypeVar

from desktop.events.gazetteer import PlaceMatch, find_places
from desktop.events.numbers import CountMatch, find_counts
from desktop.events.script import FoldedText, fold
from desktop.events.sentences import Sentence, soft_breaks, split_sentences
from desktop.events.suggesting.when.dating import ArticleDates
from desktop.events.suggesting.where.locating import locating
from desktop.events.suggesting.where.origins import without_origins
from desktop.events.vocabulary import Hit, find_perpetrators, find_triggers, find_victim_groups

_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z]{3}")
T = TypeVar("T", Hit, CountMatch, PlaceMatch)


@dataclass(slots=True)
class ReadSentence:
    """One sentence and what was found in it; offsets of hits, counts and places are sentence-local."""

    sentence: Sentence
    paragraph: int
    folded: FoldedText
    to_folded: list[int]
    triggers: list[Hit] = field(default_factory=list)
    counts: list[CountMatch] = field(default_factory=list)
    perpetrators: list[Hit] = field(default_factory=list)
    victims: list[Hit] = field(default_factory=list)
    places: list[PlaceMatch] = field(default_factory=list)
    all_places: list[PlaceMatch] = field(default_factory=list)
    alternatives: set[str] = field(default_factory=set)  # "detained or disappeared": the other types
    unreal: list[Hit] = field(default_factory=list)  # negated, hypothetical: they still claim their counts
    background: list[Hit] = field(default_factory=list)  # "who had been missing since Friday": not reported

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded (start, end) of the sentence-local original span."""
        return self.to_folded[start], self.to_folded[end]

    def article_span(self, start: int, end: int) -> tuple[int, int]:
        """Article (start, end) of a folded span of the sentence."""
        origin, offset = self.folded.origin, self.sentence.start
        if start >= len(origin) or end <= start:
            return offset + len(self.sentence.text), offset + len(self.sentence.text)
        return offset + origin[start], offset + origin[end - 1] + 1


def _folded(sentence: Sentence, whole: FoldedText) -> tuple[FoldedText, list[int]]:
    """The folded sentence (cut from the folded article) and, for each original offset, the folded one."""
    first, last = bisect_left(whole.origin, sentence.start), bisect_left(whole.origin, sentence.end)
    origin = tuple(o - sentence.start for o in whole.origin[first:last])
    folded = FoldedText(whole.text[first:last], origin, len(sentence.text))
    size = len(sentence.text)
    to_folded = [len(folded.text)] * (size + 1)
    for index in range(len(folded.text) - 1, -1, -1):
        to_folded[folded.origin[index]] = index
    produced = set(folded.origin)
    for original in range(size - 1, -1, -1):
        if original not in produced:  # a dropped character (tatweel, a direction mark)
            to_folded[original] = to_folded[original + 1]
    return folded, to_folded


def _distribute(items: list[T], sentences: list[ReadSentence], starts: list[int], name: str) -> None:
    """Put each item found in the whole text into its sentence, with sentence-local offsets."""
    for item in items:
        index = bisect_right(starts, item.start) - 1
        if index < 0:
            continue
        sentence = sentences[index].sentence
        if item.end <= sentence.end:
            local = replace(item, start=item.start - sentence.start, end=item.end - sentence.start)
            getattr(sentences[index], name).append(local)


def _trigger_language(text: str, language: str) -> str:
    """The vocabulary to look for: the article's language, or all of them when its script says otherwise
    (a Dari article tagged "en", English quoted in a Dari one)."""
    arabic, latin = bool(_ARABIC_SCRIPT.search(text)), bool(_LATIN.search(text))
    if language in {"fa", "prs", "ps"} and not latin:
        return language
    if language == "en" and not arabic:
        return language
    return ""


class _Spans:
    """Spans of the text, to ask whether one overlaps another in O(log n) (a long article has hundreds)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))  # the furthest end so far

    def overlap(self, start: int, end: int) -> bool:
        before = bisect_left(self._starts, end)  # the spans starting before `end`
        return before > 0 and self._reach[before - 1] > start


# Markdown strikethrough: text the author deleted ("| 7 | ~~23 Aug~~ | ~~Killing~~ | … (withdrawn) |").
_STRUCK = re.compile(r"~~[^~\n]+~~")
# A table row's first cell holding a bare number: the row's number, no count ("| 3 | 25 Aug | …").
_ROW_START = re.compile(r"[ \t]*\|[ \t]*")
_CELL_END = re.compile(r"[ \t]*\.?[ \t]*\|")


def _row_number(text: str, start: int, end: int) -> bool:
    """The count [start, end) fills the first cell of a table row alone: the row's number."""
    line = text.rfind("\n", 0, start) + 1
    return bool(
        _ROW_START.fullmatch(text, line, start) and text[start:end].isdigit() and _CELL_END.match(text, end)
    )


def read_article(text: str, language: str, dates: ArticleDates) -> list[ReadSentence]:
    """Sentences with their triggers, counts, actors and places (each matcher run once over the text)."""
    whole = fold(text)
    paragraph, counted = 0, 0
    soft = soft_breaks(text)  # a hard-wrapped paragraph's line ends: the paragraph goes on
    read: list[ReadSentence] = []
    for sentence in split_sentences(text):
        gap = text.count("\n", counted, sentence.start)
        paragraph += gap - sum(1 for i in range(counted, sentence.start) if i in soft) if gap else 0
        counted = sentence.end
        read.append(ReadSentence(sentence, paragraph, *_folded(sentence, whole)))
    starts = [s.sentence.start for s in read]
    struck = _Spans([(m.start(), m.end()) for m in _STRUCK.finditer(text)])  # "~~Two men killed~~": deleted
    triggers = find_triggers(text, language=_trigger_language(text, language))
    _distribute([t for t in triggers if not struck.overlap(t.start, t.end)], read, starts, "triggers")
    places = [p for p in find_places(text) if not struck.overlap(p.start, p.end)]
    named = _Spans([(p.start, p.end) for p in places])  # «کارته سه» (Karte Se), "District 6": a name
    found = find_counts(text)
    counts = [
        c
        for c in found
        if not (
            dates.overlaps(c.start, c.end) or named.overlap(c.start, c.end) or struck.overlap(c.start, c.end)
        )
        and not _row_number(text, c.start, c.end)  # "| 3 | 25 Aug | …": row 3
    ]
    _distribute(counts, read, starts, "counts")
    _distribute(find_perpetrators(text), read, starts, "perpetrators")
    _distribute(find_victim_groups(text), read, starts, "victims")
    _distribute(places, read, starts, "all_places")
    for item in read:
        item.places = locating(item.sentence.text, item.all_places)
        if not any(t.key == "flight" for t in item.triggers):  # flight is keyed where people fled from
            item.places = without_origins(item.sentence.text, item.places)
        item.all_places = locating(item.sentence.text, item.all_places, modifiers=True)
    return read
