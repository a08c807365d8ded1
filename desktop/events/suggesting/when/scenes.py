"""A story's day set by a short sentence that only dates it ("It began on the night of 1 August.", «ماجرا از
شب دهم اسد شروع شد.»): the events told after it in its paragraph, with no date of their own, happened then."""

from __future__ import annotations

from dataclasses import replace

from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.merge.merging import Candidate
from desktop.events.suggesting.when.dating import ArticleDates, When

_SHORT = 12  # words: a sentence that sets the scene says little more than its date


def _scene(item: ReadSentence, dates: ArticleDates) -> When | None:
    """The day a short sentence with no event's words dates, if it dates one day."""
    if item.triggers or item.unreal or len(item.sentence.text.split()) > _SHORT:
        return None
    found = [m for m in dates.within(item.sentence.start, item.sentence.end) if dates.usable(m)]
    if len(found) != 1:
        return None
    when = dates.when(found[0])
    return when if when.precision == "day" else None


def scene_dates(
    candidates: list[Candidate], read: list[ReadSentence], dates: ArticleDates
) -> list[Candidate]:
    """Events with no date of their own (dated by the publication) told after a scene's date in its paragraph,
    before any other date, take that day."""
    scenes: dict[int, When] = {}  # sentence index → the scene's day it falls under
    scene: When | None = None
    paragraph = -1
    for index, item in enumerate(read):
        if item.paragraph != paragraph:
            scene, paragraph = None, item.paragraph
        if dates.within(item.sentence.start, item.sentence.end):
            scene = _scene(item, dates)  # a sentence with a date of its own ends the scene before it
            continue
        if scene is not None:
            scenes[index] = scene
    out = []
    for c in candidates:
        day = scenes.get(c.sentence)
        if day is not None and c.event.date_reported:
            event = replace(c.event, date_start=day.start, date_end=day.end, date_precision=day.precision)
            c = replace(c, event=event)
        out.append(c)
    return out
