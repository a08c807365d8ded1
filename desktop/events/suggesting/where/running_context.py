"""What earlier sentences told the next ones: the incident a sentence may continue (its actor, place,
people and whether it is history), carried from sentence to sentence and paragraph to paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.events.numbers import Count
from desktop.events.sentences import Sentence
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.suggestion import SuggestedEvent
from desktop.events.suggesting.when.dating import ArticleDates, DateMatch, When
from desktop.events.suggesting.where import continuity, sentence_places
from desktop.events.suggesting.where.incident_openings import incident_where
from desktop.events.suggesting.where.placing import Where
from desktop.events.suggesting.who.counting import people_counts
from desktop.events.vocabulary import Hit


@dataclass(slots=True)
class Context:
    """What earlier sentences of the paragraph said: the incident a sentence may continue.

    historical  the last dated sentence looked back years: undated ones after it do too
    count       how many people the last counted event concerned ("They were detained …" are those)
    """

    paragraph: int = -1
    actor: Hit | None = None
    where: Where | None = None
    historical: bool = False
    count: Count | None = None
    by_type: dict[str, Where] = field(default_factory=dict)  # the last place of each type of event
    scene: Where | None = None  # the one province a sentence of the paragraph without events named
    alone: When | None = None  # a sentence that is only a date ("A: On 25 Saur."): the day the next ones tell
    day: When | None = None  # the paragraph's last day: "On 28 May I was summoned. I was taken to a room …"


# What is left of a sentence that is only a date: "On 25 Saur.", «روز ۲۵ ثور.», "پاسخ: د غویي په ۳مه."
_DATE_ALONE = re.compile(
    r"(?:\W*(?<!\w)(?:on|روز|در|به تاریخ|په|a|answer|پاسخ|ځواب|جواب)(?!\w))*\W*", re.IGNORECASE
)


_SAYING = re.compile(
    r"\b(?:said|says|told|confirmed|announced|reported|stated|denied|published|posted|wrote|added)\b"
    r"|(?<!\w)(?:گفت|گفتند|تایید|تأیید|اعلام|گزارش|وویل|ویلي|تایید کړ)"
)


def _without(sentence: Sentence, found: DateMatch) -> str:
    """The sentence's text without the date (article offsets)."""
    text, at = sentence.text, sentence.start
    return text[: max(0, found.start - at)] + text[found.end - at :]


_SCENE_WORDS = 12  # a sentence that sets the story's day says little more than its date


def _scene(item: ReadSentence, found: DateMatch) -> bool:
    """A short sentence with no event's words that dates the story ("It began on the night of 1 August.",
    «ماجرا از شب دهم اسد شروع شد.»): the events told after it in its paragraph happened that day."""
    return (
        found.range.precision == "day" and not item.triggers and not item.unreal
        and len(item.sentence.text.split()) <= _SCENE_WORDS
        and not _SAYING.search(item.folded.text)
    )  # fmt: skip


def update_context(
    context: Context, item: ReadSentence, events: list[SuggestedEvent], dates: ArticleDates
) -> None:
    """What the sentence tells the next ones: the actor, the place and people, whether it is history."""
    if item.perpetrators:
        context.actor = item.perpetrators[-1]
    # a place abroad is carried too ("Iranian police held 40 Afghans in Mashhad. One of them said …"), but
    # not a deportation's country: the deported are back in Afghanistan
    abroad = [e for e in events if e.country not in (None, "AF") and e.type != "deportation"]
    # (an incident abroad carries its country even when only the story placed it there: "… drove us to a camp
    # outside the city. We were kept in that camp …")
    located = [e for e in events if (e.province and not e.place_inferred) or e in abroad]
    own = [m for m in dates.within(item.sentence.start, item.sentence.end) if dates.usable(m)]
    if not events and not continuity.historical_cue(item.folded.text) and not any(map(dates.is_old, own)):
        provinces = {m.place.province for m in item.places if m.place.country == "AF" and m.place.province}
        context.scene = Where(provinces.pop(), "AF") if len(provinces) == 1 else context.scene
    if located:
        context.where = Where(located[-1].province, located[-1].country, located[-1].place)
        context.by_type |= {e.type: Where(e.province, e.country, e.place) for e in located}
    elif not events and not continuity.historical_cue(item.folded.text) and not any(map(dates.is_old, own)):
        # "Taliban intelligence raided homes in Nili on Monday.": the next sentences continue it
        acted = bool(item.perpetrators or own)
        lead = sentence_places.place_lead(item)
        context.where = lead or incident_where(item.sentence.text, item.places, acted) or context.where
    if own:
        context.alone = None  # a sentence with a date of its own ends the day set before it
    if (
        not events
        and len(own) == 1
        and (_DATE_ALONE.fullmatch(_without(item.sentence, own[0])) or _scene(item, own[0]))
    ):
        context.alone = dates.when(own[0])
    dated = [e for e in events if e.date_start and e.date_precision == "day"]
    if dated:
        last = dated[-1]
        context.day = When(last.date_start, last.date_end or last.date_start, "day")
    elif (
        not events and own and not any(map(dates.is_old, own)) and own[-1].range.precision == "day"
        and not _SAYING.search(item.folded.text)  # "Her arrest was confirmed by a spokesman on Tuesday"
    ):  # fmt: skip
        context.day = dates.when(own[-1])
    counted = [e.count for e in events if e.count and e.count.value > 1]
    if counted:
        context.count = counted[-1]
    elif not events and item.victims:
        # "Among those sent back were six former soldiers. They were detained …": the people named last
        named = [c for c in people_counts(item.sentence.text, item.counts) if c.count.value > 1]
        context.count = named[-1].count if len(named) == 1 else context.count
    if own or continuity.historical_cue(item.folded.text):
        old = [m for m in own if dates.is_old(m)]
        context.historical = len(old) == len(own) or continuity.historical_cue(item.folded.text)


def next_paragraph(item: ReadSentence, context: Context, incident: Context) -> Context:
    """The context of a new paragraph: one about the people of the last incident ("The men were beaten")
    continues its place and count, even after a paragraph without events ("Abdul Rahim, 45, served …")."""
    same = continuity.refers_back(item.folded.text)
    return Context(
        item.paragraph,
        None,
        incident.where if same else None,
        # "the men" after an aside about 2022 are the last incident's, when one was told before the aside
        context.historical and same and not (0 <= incident.paragraph < context.paragraph),
        incident.count if same else None,
        dict(incident.by_type),  # "the detainees" may be those of any earlier paragraph
        day=context.day if same else None,
    )
