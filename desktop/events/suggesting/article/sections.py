"""The parts of an article that place what they tell: headings and the province a section or the whole
article is about (an event no sentence places happened there)."""

from __future__ import annotations

import re

from desktop.events.dates.published import is_date_line
from desktop.events.gazetteer import PlaceMatch
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.when.dating import ArticleDates
from desktop.events.suggesting.where import continuity, origins
from desktop.events.suggesting.who.counting import people_counts


def one_province(read: list[ReadSentence], dates: ArticleDates) -> str | None:
    """The province of an article whose places (outside history: "took control of Charikar in 2021") all
    lie in one Afghan province."""
    provinces = {
        m.place.province
        for s in read
        if not continuity.historical_cue(s.folded.text)
        and not any(map(dates.is_old, dates.within(s.sentence.start, s.sentence.end)))
        for m in s.places
        if m.place.province and not _elsewhere(s.sentence.text, m)
    }
    return provinces.pop() if len(provinces) == 1 else None


# People going there ("left together … towards Kabul", «به کابل رفتند»), not "the entrance to Nili".
_WENT = re.compile(
    r"(?<!\w)(?:fled|flee|moved|went|left|travell?ed|relocated|resettled|headed|returned|sent|"
    r"رفتند|رفت|کوچ|فرار|مهاجر|ولاړ|تښتېدل|لاړل)",
    re.IGNORECASE,
)


def _elsewhere(text: str, match: PlaceMatch) -> bool:
    """A place people went to, live in now or come from ("originally from"), not where the article's events
    were."""
    went = origins.destination(text, match) and _WENT.search(text, max(0, match.start - 60), match.start)
    return origins.not_the_scene(text, match) or bool(went)


_HEADING = re.compile(r"^(?![-–•*])(?:#+\s*|\d{1,2}[.)]\s+|[IVX]{1,4}[.)]\s+)?[^.!?؟]{2,200}$")
_INITIALS = re.compile(r"\b(?:[A-Z]\.){1,4}(?=[\s,;:)]|$)")
# "[18/03/2026, 16:20] S: two teachers detained …": a chat message, however short, is no heading
_TIME_STAMP = re.compile(r"^\W{0,3}\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}[,،]?\s+\d{1,2}[:.]\d{2}(?!\d)")


# "### 1. Nili": a Markdown heading may be numbered too
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:#+[ \t]*)?(?:\d{1,2}[.)]|[IVX]{1,4}[.)])?[ \t]*$")


def is_heading(text: str, item: ReadSentence) -> bool:
    """A heading or a title: a short line of its own without a full stop or a count ("2. Taloqan (Takhar)",
    "## Badakhshan"), not a line of a breakdown ("Kunduz: 3")."""
    line = item.sentence.text
    longest = 20 if not text[: item.sentence.start].strip() else 10  # a title may be longer
    # "the detention of H.A., former prosecutor": initials end no sentence
    plain = _INITIALS.sub(lambda m: m.group().replace(".", ""), line)
    if not _HEADING.match(plain) or len(line.split()) > longest or "\n" in line or _TIME_STAMP.match(line):
        return False
    alone = _LINE_START.search(text, max(0, item.sentence.start - 12), item.sentence.start)
    line_end = text.find("\n", item.sentence.end)
    ends = not text[item.sentence.end : len(text) if line_end < 0 else line_end].strip(" \t»\"”')]*_")
    breakdown = len(line.split()) <= 6 and people_counts(line, item.counts)
    return bool(alone and ends) and not breakdown


def sections(text: str, read: list[ReadSentence]) -> dict[int, str | None]:
    """For each sentence (by its start), the province of the heading above it (or of the title) when it names
    one province ("1. Khan Abad district (Kunduz)", "## Takhar"); a heading naming none or several ends it."""
    sections: dict[int, str | None] = {}
    current: str | None = None
    for item in read:
        if is_heading(text, item) and not (item.sentence.start and is_date_line(item.sentence.text)):
            # a date line under the title ("Published 5 Hamal 1405", «تاریخ نشر: …») does not end its section
            provinces = {m.place.province for m in item.places if m.place.province}
            current = provinces.pop() if len(provinces) == 1 else None
        sections[item.sentence.start] = current
    return sections


_TERMINAL = re.compile(r"[.!?؟…:;\"”»)]$")


def title_index(read: list[ReadSentence]) -> int:
    """The sentence that is the article's title: the first, or the second when the first is a masthead
    ("Returnee Protection Network — Press release") with no event's words above a short line of its own that
    has them ("Former commandos detained at Islam Qala after forced return from Iran")."""
    if len(read) < 3:
        return 0
    masthead, title, after = read[0], read[1], read[2]
    alone = masthead.paragraph != title.paragraph != after.paragraph
    unterminated = not _TERMINAL.search(masthead.sentence.text) and not _TERMINAL.search(title.sentence.text)
    short = len(title.sentence.text.split()) <= 20
    return 1 if alone and unterminated and short and not masthead.triggers and title.triggers else 0


def title_alone(text: str, read: list[ReadSentence], dates: ArticleDates) -> bool:
    """The first line is a short sentence of its own above a blank line, without a date: a headline with a
    full stop ("Taliban detain former soldiers in three provinces."), not a lead ("… on Sunday.")."""
    if not read or not re.match(r"\s*[^\n]{1,160}\n[ \t]*\n", text):
        return False
    first = read[0].sentence
    return len(first.text.split()) <= 15 and not dates.within(first.start, first.end)


def is_headline(item: ReadSentence, index: int, title_alone: bool, title_index: int = 0) -> bool:
    """A title: the first line (the second under a masthead, see `title_index`), or a Markdown heading,
    without a full stop and short; or a first line with a full stop standing alone above the story ("Taliban
    detain former soldiers in three provinces.")."""
    text = item.sentence.text
    heading = text.startswith("#") or (index == title_index and (not _TERMINAL.search(text) or title_alone))
    return heading and len(text.split()) <= 20


# An event told in a verb ("Three men detained at the checkpoint tonight", «… بازداشت شدند»), not named.
_TOLD = re.compile(
    r"\b(?!(?:enforced|forced|alleged|targeted|armed|organi[sz]ed|related|suspected)\b)"
    r"(?:\w+ed|beaten|taken|shot|held|beat|took|fled)\b"
    r"|(?<!\w)(?:شد|شدند|کرد|کردند|گردید|گردیدند|شو|شول|شوي|کړل|کړ|ووژل|ونیول|وتښتول)(?!\w)",
    re.IGNORECASE,
)


def names_events(item: ReadSentence, dates: ArticleDates) -> bool:
    """A heading that only names events ("4. Returns and deportations", "E-112 | Surkh Rod, Nangarhar |
    Enforced disappearance", «۲. بازداشت‌ها و ناپدیدسازی‌ها»), with no count, date or verb telling one."""
    line = item.sentence.text
    counted = people_counts(line, item.counts)
    dated = any(dates.usable(m) for m in dates.within(item.sentence.start, item.sentence.end))
    return not counted and not dated and not _TOLD.search(line)
