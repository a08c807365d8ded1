"""Tables and breakdown lines: a Markdown row under a header whose column names an event ("Deported",
"Detained", «بازداشت») is an event of that type, with the row's count in that column and its place; a short
line "- Four in Herat" below a counted event breaks it down."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from desktop.events.numbers import Count, parse_count
from desktop.events.script import fold_str
from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.merge.merging import Candidate
from desktop.events.suggesting.suggestion import SuggestedEvent
from desktop.events.suggesting.when.dating import ArticleDates, When
from desktop.events.suggesting.where.placing import where_of
from desktop.events.suggesting.where.sentence_places import crossing_country
from desktop.events.suggesting.who.counting import people_counts
from desktop.events.vocabulary import find_triggers

_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}")
_TOTAL = re.compile(r"\btotals?\b|\ball\b|مجموع|جمع|ټول", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Tables:
    """Which sentences are table lines: headers and rules (no events of their own), and rows with the event
    type of each of their header's columns."""

    skipped: frozenset[int]
    rows: dict[int, tuple[str | None, ...]]
    counts: dict[int, Count] = field(default_factory=dict)  # a row's count column ("| … | 8 |", "~30")
    captions: dict[int, int] = field(default_factory=dict)  # a row: the line above its table saying what

    def caption(self, index: int, read: list[ReadSentence]) -> ReadSentence | None:
        """The caption line of the table row `index` ("New displacement from 1 to 15 May:"), if any."""
        return read[self.captions[index]] if index in self.captions else None


# A column of a tracker's table naming the dead or the missing in a word the vocabulary leaves to context
# (in prose "deaths" is often a topic): "Deaths", "Killed", "Dead", "Missing", «کشته‌ها», «جان‌باختگان», «مړي».
_HEADER_TYPES = (
    (
        compile_folded(r"^\s*(?:deaths?|dead|killed|fatalities|کشته\S*|جان باختگان|مړی|مړي|وژل شوي)\s*$"),
        "killing",
    ),
    (compile_folded(r"^\s*(?:missing|disappeared|ناپدید\S*|ورک شوي|ورک)\s*$"), "disappearance"),
)


def _column_types(line: str, language: str) -> tuple[str | None, ...]:
    """The event type each header cell names ("Deported" → deportation, "Deaths" → killing), or None."""
    types = []
    for start, end in _spans(line):
        hits = find_triggers(line[start:end], language=language)
        cell = fold_str(line[start:end])
        named = next((kind for pattern, kind in _HEADER_TYPES if pattern.match(cell)), None)
        types.append(hits[0].key if hits else named)
    return tuple(types)


def _spans(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row, empty ones too."""
    inner = line.strip()
    offset = line.index(inner) + 1 if inner.startswith("|") else line.index(inner)
    body = inner[1:] if inner.startswith("|") else inner
    body = body[:-1] if body.endswith("|") else body
    spans, at = [], offset
    for cell in body.split("|"):
        spans.append((at, at + len(cell)))
        at += len(cell) + 1
    return spans


def find_tables(read: list[ReadSentence], language: str) -> Tables:
    """The table lines of an article read sentence by sentence."""
    skipped: set[int] = set()
    rows: dict[int, tuple[str | None, ...]] = {}
    counts: dict[int, Count] = {}
    header: tuple[str | None, ...] | None = None
    names: list[str] = []
    for index, item in enumerate(read):
        line = item.sentence.text
        if not _ROW.match(line):
            header = None
            continue
        following = read[index + 1].sentence.text if index + 1 < len(read) else ""
        if _RULE.match(line) or _RULE.match(following):
            skipped.add(index)
            if _RULE.match(following):
                header = _column_types(line, language)
                names = [line[a:b] for a, b in _spans(line)]
            continue
        if header and any(header):
            rows[index] = header
        counted = _row_count(line, names, header or ())
        if counted is not None:
            counts[index] = counted
    captions: dict[int, int] = {}
    for header_at, body in _bare_tables(read):
        kinds = _caption_types(read, header_at, language)
        if kinds is None:
            continue
        skipped.add(header_at)
        for index in body:
            rows[index] = kinds
            captions[index] = header_at - 1
    return Tables(frozenset(skipped), rows, counts, captions)


# "Ghormach | Badghis | 1,250": a table's line without outer bars.
_BARE_ROW = re.compile(r"^[^|\n]*[^|\s][^|\n]*(?:\|[^|\n]*)+$")


def _bare_row(line: str) -> bool:
    """A line of cells without outer bars; the test for a bar first (the pattern is slow on long lines)."""
    return "|" in line and _BARE_ROW.match(line) is not None and _ROW.match(line) is None


def _bare_tables(read: list[ReadSentence]) -> list[tuple[int, list[int]]]:
    """Tables written without outer bars or a rule line: a header line and the lines below it with as many
    cells, each as (header index, row indexes)."""
    found = []
    index = 0
    while index < len(read):
        line = read[index].sentence.text
        if not _bare_row(line):
            index += 1
            continue
        cells = line.count("|")
        body: list[int] = []
        while index + 1 + len(body) < len(read):
            row = read[index + 1 + len(body)].sentence.text
            if not _bare_row(row) or row.count("|") != cells:
                break
            body.append(index + 1 + len(body))
        if body and not any(_COUNT_CELL.match(line[a:b]) for a, b in _spans(line)):
            found.append((index, body))
        index += 1 + len(body)
    return found


# A caption or a column naming displacement: "New displacement …", "People displaced", «بیجاشدگان تازه».
_DISPLACED = compile_folded(
    r"(?<!\w)(?:displaced|displacement|بیجا ?شد\w*|بی جا شد\w*|بیجاشدگ\w*|بیجاشدگی|اواره\w*|اوارگ\w*|"
    r"بېځایه\w*|بیځایه\w*|بې ځایه|بی ځایه)(?!\w)"
)
# Columns a per-place count table has besides its count: "District of origin", "Province", «ولسوالی».
_PLACE_COLUMN = re.compile(
    r"district|province|place|location|area|village|town|city|origin|crossing|region|"
    r"ولسوالی|ولسوالي|ولایت|محل|ساحه|قریه|شهر|سیمه|ځای|ښار|کلی",
    re.IGNORECASE,
)


def _caption_types(read: list[ReadSentence], header_at: int, language: str) -> tuple[str | None, ...] | None:
    """The event type of each column of a table without outer bars: those its header names, else the type
    its caption names (the line above: "New displacement from 1 to 15 May, by district:") for its one count
    column, when its other columns name places; None when the table tells no event."""
    header = read[header_at].sentence.text
    names = [header[a:b] for a, b in _spans(header)]
    typed = _column_types(header, language)
    if any(typed):
        return typed
    caption = read[header_at - 1].sentence.text if header_at else ""
    kinds = {h.key for h in find_triggers(caption, language=language)}
    if _DISPLACED.search(fold_str(caption)) or any(_DISPLACED.search(fold_str(n)) for n in names):
        kinds.add("flight")
    people = [i for i, n in enumerate(names) if _PEOPLE_COLUMN.search(n) or _DISPLACED.search(fold_str(n))]
    places = all(_PLACE_COLUMN.search(n) for i, n in enumerate(names) if i not in people)
    if len(kinds) != 1 or len(people) != 1 or not places:
        return None
    return tuple(next(iter(kinds)) if i == people[0] else None for i in range(len(names)))


# A cell holding only a count: "8", "~30", "c. 40", "12+", "۶"; the qualifier in its sign.
_COUNT_CELL = re.compile(
    r"^\s*(?P<about>~|≈|c\.|ca\.|approx\.?|about|حدود|تقریبا|شاوخوا)?\s*"
    r"(?P<least>>|more than|over|at least|بیش از)?\s*"
    r"(?P<n>[\d۰-۹٠-٩][\d۰-۹٠-٩,.٬]*)\s*(?P<plus>\+)?\s*"
    # "5 men", "12 people", «۵ مرد», «۴ تنه»: a count with its people
    r"(?:(?:men|women|people|persons|individuals|children|boys|girls|civilians|detainees|victims|families|"
    r"returnees|deportees|مرد|زن|تن|نفر|کس|تنه|کسان|سړي|ښځې)\s*)?$",
    re.IGNORECASE,
)
# A column that is not a count: dates, years, codes, a row's number ("#", "No.").
_NOT_COUNT = re.compile(
    r"date|year|day|month|time|ref|id\b|code|تاریخ|سال|ماه|روز|نېټه|نیټه|کال|"
    r"^\W*(?:#|no\.?|n°|nr\.?|s\.?\s?no\.?|serial|case|شماره|ګڼه|ردیف)\W*$",
    re.IGNORECASE,
)
# A column that names the people counted: "No. of victims", "People", «تعداد», «شمېر».
_PEOPLE_COLUMN = re.compile(
    r"(?<!\w)(?:victims|people|persons|number|count|detained|affected|killed|deported|individuals|تعداد|شمار|"
    r"شمېر|شمیر|قربانیان)(?!\w)",
    re.IGNORECASE,
)


def _row_count(line: str, names: list[str], types: tuple[str | None, ...]) -> Count | None:
    """The count of a row's one count column ("| 11 July | Paktia | … | 8 |": 8; "~30": about 30), whose
    header names no event type and no date; None when no such cell or several."""
    found: list[tuple[Count, bool]] = []
    for column, (start, end) in enumerate(_spans(line)):
        cell = _COUNT_CELL.match(line[start:end])
        name = names[column] if column < len(names) else ""
        typed = column < len(types) and types[column] is not None
        if cell is None or typed or (_NOT_COUNT.search(name) and not _PEOPLE_COLUMN.search(name)):
            continue
        value = parse_count(cell["n"])
        if value is None:
            continue
        qualifier = "about" if cell["about"] else "at least" if cell["least"] or cell["plus"] else "exact"
        found.append((Count(value.value, qualifier), bool(_PEOPLE_COLUMN.search(name))))
    named = [count for count, people in found if people]  # of several, the column that names its people
    if len(found) > 1 and len(named) == 1:
        return named[0]
    return found[0][0] if len(found) == 1 else None


def counted_row(events: list[Candidate], count: Count) -> list[Candidate]:
    """A row's events told in its words ("Eight men detained …") take the row's count column; of a row telling
    several types ("Eight men detained and beaten"), those its words did not count."""
    one_type = len({c.event.type for c in events}) == 1
    return [
        replace(c, event=replace(c.event, count=count, uncounted=None))
        if one_type or c.event.count is None
        else c
        for c in events
    ]


def row_events(
    item: ReadSentence, types: tuple[str | None, ...], when: When, row_count: Count | None = None
) -> list[SuggestedEvent]:
    """The events of a table row: one per column whose header names an event and whose cell holds a count
    ("| Islam Qala | Herat | Iran | 9,412 |" under "Deported": 9,412 deported by Iran), or, for the one such
    column whose cells name something else ("Deported by": "Iran"), the row's count column (`row_count`,
    "Persons": 6,842); not a "Total" row."""
    line = item.sentence.text
    spans = _spans(line)
    if not spans or _TOTAL.search(line[spans[0][0] : spans[0][1]]):
        return []
    foreign = [
        m.place.country for m in item.all_places if m.place.kind == "country" and m.place.country != "AF"
    ]
    located = [where_of(m) for m in item.places if m.place.province]
    events = []
    typed = [t for t in types if t]
    for (start, end), type_id in zip(spans, types, strict=False):
        count = parse_count(line[start:end]) if type_id else None
        if count is None and len(typed) == 1 and not _COUNT_CELL.match(line[start:end]):
            count = row_count  # "| Islam Qala | Herat | Iran | 6,842 |" under "Deported by" and "Persons"
        if type_id is None or count is None:
            continue
        crossed = [c for m in item.places if (c := crossing_country(m.place.name))]
        if type_id == "deportation" and (foreign or crossed):  # "| Milak | 6,700 |": deported by Iran
            province, country, place = None, (foreign or crossed)[0], None
        elif located:
            province, country, place = located[0].province, "AF", located[0].place
        else:
            province, country, place = None, foreign[0] if foreign else "AF", None
        events.append(
            SuggestedEvent(
                type_id, province, country, place, count, when.start, when.end, when.precision, None, None,
                line, item.sentence.start, item.sentence.end, line[start:end].strip(),
            )
        )  # fmt: skip
    return events


# "- Four in Herat", "Kunduz: 3", "• ۴ تن در هرات": a line of a breakdown, without the event's words.
_BREAKDOWN = re.compile(r"^\W{0,3}(?:\S+\s*){1,6}$")
_BREAKDOWN_WORDS = 8  # at most, with two of the marks \W{0,3} allows: the pattern backtracks long on more


def breakdown_line(item: ReadSentence, index: int, candidates: list[Candidate]) -> list[Candidate]:
    """A short line with only a count and a province right after a counted event (or another such line)
    breaks that event down ("Nine people were detained this month.\n- Four in Herat\n- Three in Kunduz"):
    an event of its type in that province; the total is then left out as adding them up."""
    text = item.sentence.text
    if len(text.split(None, _BREAKDOWN_WORDS)) > _BREAKDOWN_WORDS:
        return []
    people = people_counts(text, item.counts)
    located = [where_of(m) for m in item.places if where_of(m).province]
    if not _BREAKDOWN.match(text) or len(people) != 1 or len({w.province for w in located}) != 1:
        return []
    before = [c for c in candidates if c.sentence == index - 1]
    if len({c.event.type for c in before}) != 1:
        return []
    model = before[-1]
    where = located[0]
    event = replace(
        model.event, province=where.province, country=where.country, place=where.place,
        count=people[0].count, passage=text, start=item.sentence.start, end=item.sentence.end,
        place_inferred=False,
    )  # fmt: skip
    return [Candidate(event, index, item.paragraph, alternatives=model.alternatives)]


_DAY_NAME = 4  # "Sat 24 Oct": a day's short name beside the date in its cell


def table_date(
    candidates: list[Candidate],
    types: tuple[str | None, ...],
    dates: ArticleDates,
    caption: ReadSentence | None = None,
    row: ReadSentence | None = None,
) -> When:
    """A table row's date: that of its cell holding only a date ("| 4 Oct | Nangarhar | Achin | … | 2 |"),
    else its caption's ("New displacement from 1 to 15 May 2025, by district:"), else that
    of the sentence above the table about the same events ("17,027 people were deported during the week"),
    else the publication date (reported)."""
    if row is not None:
        line, offset = row.sentence.text, row.sentence.start
        for start, end in _spans(line):
            cell = [m for m in dates.within(offset + start, offset + end) if dates.usable(m)]
            stated = line[start:end].strip()
            if len(cell) == 1 and len(stated) <= (cell[0].end - cell[0].start) + _DAY_NAME:
                return dates.when(cell[0])
    if caption is not None:
        start = caption.sentence.start
        own = [m for m in dates.within(start, caption.sentence.end) if dates.usable(m)]
        if own:
            return dates.when(own[0])
    above = [c.event for c in candidates if c.event.type in types and c.event.date_start is not None]
    if above and not above[-1].date_reported:
        last = above[-1]
        return When(last.date_start, last.date_end, last.date_precision)
    return dates.reported()
