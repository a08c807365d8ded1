"""What the whole article says, for every sentence's events: its dates, the countries and provinces it
is about, its sections and its title.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.events.gazetteer import PlaceMatch
from desktop.events.suggesting.article.home import home_province
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.article.sections import one_province, sections, title_alone, title_index
from desktop.events.suggesting.when.dating import ArticleDates
from desktop.events.suggesting.where import sentence_places
from desktop.events.suggesting.where.origins import not_the_scene
from desktop.events.suggesting.where.placing import dominant_country


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """What the whole article says: its dates and the countries it is about."""

    dates: ArticleDates
    country: str | None  # the country named most
    abroad: str | None  # the country other than Afghanistan named most (deporting countries)
    paragraphs: dict[int, str | None]  # the country each paragraph names most
    sections: dict[int, str | None] = field(default_factory=dict)  # sentence start: its section's province
    province: str | None = None  # the one Afghan province all the article's places lie in, if only one
    title_alone: bool = False  # the first line is a short sentence of its own above a blank line
    subject: str | None = None  # the country the article opens with, up to its first event's words
    main: str | None = None  # the Afghan province of over half the article's places
    afghan: dict[int, str | None] = field(default_factory=dict)  # each paragraph's one Afghan province
    home: str | None = None  # the one province of the dateline or the title
    title_index: int = 0  # the title's sentence: 1 under a masthead line ("… — Press release")


def _subject(read: list[ReadSentence]) -> str | None:
    """The country the article opens with ("Pakistan: hundreds of Afghans rounded up in Islamabad"): named
    most in its sentences up to the first with an event's words; whose ministry "the ministry" is."""
    opening = next((i for i, s in enumerate(read) if s.triggers), len(read))
    return dominant_country([m for s in read[: opening + 1] for m in s.all_places])


def _paragraph_countries(read: list[ReadSentence]) -> dict[int, str | None]:
    """The country each paragraph names most."""
    places: dict[int, list[PlaceMatch]] = {}
    for s in read:  # (not the homes named as such: "three brothers originally from Nad Ali" held in Quetta)
        text = s.sentence.text  # (nor where the teller is now: "a woman now in a camp at Torkham said …")
        places.setdefault(s.paragraph, []).extend(m for m in s.places if not not_the_scene(text, m))
    return {paragraph: dominant_country(found) for paragraph, found in places.items()}


def article_facts(text: str, read: list[ReadSentence], dates: ArticleDates) -> ArticleFacts:
    """What the whole article says (see ArticleFacts), from its text and its sentences as read."""
    abroad = [m for s in read for m in s.all_places if m.place.country != "AF"]
    return ArticleFacts(
        dates,
        dominant_country([m for s in read for m in s.places]),
        dominant_country(abroad),
        _paragraph_countries(read),
        sections(text, read),
        one_province(read, dates),
        title_alone(text, read, dates),
        _subject(read),
        sentence_places.main_province(read),
        sentence_places.paragraph_provinces(read),
        home_province(text, read),
        title_index(read),
    )
