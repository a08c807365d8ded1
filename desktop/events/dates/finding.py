"""Finding dates: fold the text, try each rule near its trigger words, resolve in document order."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from desktop.events.dates import absolute, quarters, relative
from desktop.events.dates.calendars import GREGORIAN_MONTHS, SOLAR_MONTHS, WEEKDAYS
from desktop.events.dates.date_range import INVALID, Context, DateRange, Rule
from desktop.events.dates.stamps import find_stamps
from desktop.events.script import FoldedText, fold, fold_str


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date expression found in a text; `text[start:end]` is the expression.

    relative  True when the text did not state the date in full: it was resolved against the
              publication date ("yesterday", "on Friday", "30 May" without a year) or against
              a previous date in the text ("two days later")
    """

    range: DateRange
    start: int
    end: int
    relative: bool = False
    said: bool = False  # it follows a word of saying ("announced on Wednesday"): when it was said
    aside: bool = False  # it is in a relative clause ("who had returned in January")


# Most specific first: relative-to-previous phrases before "N days ago", ranges before single
# days, days before months, months before years. A later rule never reads words an earlier one took.
_RULES: list[Rule] = relative.RULES[:3] + quarters.RULES + absolute.RULES + relative.RULES[3:]
# Rules are tried only within this many characters of a word of their trigger's kind.
_REACH = 40
# "two days later" counts from the previous date no longer than this (a day, a week, a range).
_ANCHOR_SPAN = timedelta(days=10)
_MONTH_SPAN = timedelta(days=31)
_TOKEN = re.compile(r"\w+")
_RANGE_JOIN = re.compile(r"\s*[,،]?\s*(?:څخه\s+|نه\s+)?(?:to|until|till|through|and|-|–|تا|و|تر)\s*")
_RANGE_START = re.compile(r"(?:from|between|night of|از|ب[یي]ن|م[یي]ان|له)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"(?:ever )?since\s+$", re.IGNORECASE)
# Pashto and Dari put "since" after the date: "له ۱۰مې د تلې راهیسې", "از ۱۰ میزان به این سو".
_FROM = re.compile(r"(?:له|از)\s+$")
_FROM_INSIDE = re.compile(r"\sله\s")
_ONWARDS = re.compile(r"\s*(?:on(?:wards?)|and (?:since|after))(?!\w)", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"\s*(?:څخه\s+)?(?:راهیسې|راهیسی|را\s*پدېخوا|به\s+این\s+سو|بدین\s+سو|تاکنون)")


_Day = Callable[[int], "date | None"]  # the day the words at a folded offset were written


@dataclass(slots=True)
class _Found:
    """A rule's match, resolved at once or (deferred) in document order."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]
    range: DateRange | None
    deferred: bool
    relative: bool


def find_dates(text: str, *, published: date | None = None, reference: date | None = None) -> list[DateMatch]:
    """Date expressions in `text`, resolved, in document order (sorted by `start`).

    text       pass the whole article, not one sentence, then pick the matches inside a
               sentence by their offsets: "two days later", "the next day", "دو روز بعد" count
               from the previous date in the text that spans ten days at most (a month in
               between leaves them unresolved; a year, "served since 2010", and the day a source
               spoke, "the group said on Wednesday", are skipped), and
               "30 May" without a publication date takes the year of the previous date stated
               with one
    published  the article's date. A day or month without a year is the latest such one not
               after it (a week's slack); a weekday is the latest such day on or before it;
               "yesterday", "last week", "late last month", "since 1 August" (a "range" up to
               it, the match starting at "since") need it and are left out without it

    reference  without `published`, the latest day the article can be from (the end of the month
               it is dated to): resolves the year of a day or month written without one

    Malformed dates (31 February, ۳۵ اسد, month 13) are left out, never raised. A match's
    `relative` says it was resolved against `published` or a previous date.
    """
    folded = _fold(text)
    seen: dict[int, list[re.Match[str]]] = {}  # each rule's matches, for a second pass with the stamps' days
    found = _match_rules(folded, text, lambda _: published, seen)
    resolved = _resolve_in_order(found, lambda _: published, reference)
    # A chat export's messages, a diary's entries: their "tonight" and "yesterday" count from their own day
    stamps = find_stamps(folded.text, [_Stamped(span, item.start, item.end) for item, span in resolved])
    if stamps and any(day != published for day in stamps.days):

        def local(at: int) -> date | None:
            return stamps.day_at(at) or published

        found = _match_rules(folded, text, local, seen)
        resolved = _resolve_in_order(found, local, reference)
    matches = []
    for i, (item, span) in enumerate(resolved):
        if item.relative and _restated(folded.text, item, resolved[i + 1 : i + 2]):
            continue  # "three weeks later, on 11 February": the date told is the day
        start, end = folded.span(item.start, item.end)
        matches.append(DateMatch(span, start, end, item.relative))
    return _since(text, _merge_ranges(text, matches), published)


# "Three weeks later, on 11 February,", «دو روز بعد، در ۱۷ حمل»: a date stated right after a counted one.
_APPOSED = re.compile(r"\s*[,،]\s*(?:on|in|در|روز|په|د)?\s*$")


def _restated(text: str, item: _Found, following: list[tuple[_Found, DateRange]]) -> bool:
    """A counted date ("three weeks later") is followed, after a comma, by the date itself."""
    if not following or item.rule.defer == "no_year" or following[0][0].start - item.end > 12:
        return False
    if following[0][0].relative and following[0][0].rule.defer != "no_year":  # a day without its year
        return False
    return _APPOSED.fullmatch(text, item.end, following[0][0].start) is not None


@dataclass(frozen=True, slots=True)
class _Stamped:
    """A resolved date at folded offsets (what `stamps.find_stamps` reads)."""

    range: DateRange
    start: int
    end: int


def resolve_date(expression: str, *, published: date | None = None) -> DateRange | None:
    """The first date range in `expression`, e.g. "last month" against 2024-03-15 → February."""
    found = find_dates(expression, published=published)
    return found[0].range if found else None


@cache
def _compiled() -> list[tuple[re.Pattern[str], Rule]]:
    """The rules' patterns, compiled on first use (~20 ms that start-up need not pay)."""
    return [(re.compile(rule.source.replace(" ", r"\s+")), rule) for rule in _RULES]


@cache
def _trigger_words() -> dict[str, str]:
    """Folded word → the kind of trigger it is ("month", "weekday", "unit")."""
    kinds = {word: "unit" for word in relative.UNIT_WORDS | quarters.TRIGGER_WORDS}
    kinds |= {name.split()[-1]: "weekday" for name in WEEKDAYS}  # "سه شنبه": "شنبه", not "سه" (3)
    return kinds | {name: "month" for name in (*GREGORIAN_MONTHS, *SOLAR_MONTHS)}


_DIGIT_TRIGGERS = {"year": re.compile(r"(?<!\d)\d{4}(?!\d)"), "numeric": re.compile(r"\d[/.\-]\d")}


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each trigger kind, the stretches of `text` within _REACH of a word of that kind.

    The words present are found with one C-speed pass (a set of the text's words), and only
    those are then searched for, so an article without dates costs a few milliseconds.
    """
    kinds = _trigger_words()
    present: dict[str, list[str]] = {"month": [], "weekday": [], "unit": []}
    for word in set(_TOKEN.findall(text)) & kinds.keys():
        present[kinds[word]].append(word)
    patterns = dict(_DIGIT_TRIGGERS)
    for kind, words in present.items():
        if words:
            patterns[kind] = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)")
    windows: dict[str, list[tuple[int, int]]] = {kind: [] for kind in (*_DIGIT_TRIGGERS, *present)}
    for kind, pattern in patterns.items():
        spans = windows[kind]
        for m in pattern.finditer(text):
            start, end = max(0, m.start() - _REACH), m.end() + _REACH
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return windows


def _match_rules(
    folded: _Shifted | FoldedText, original: str, published: _Day, seen: dict[int, list[re.Match[str]]]
) -> list[_Found]:
    """Every rule's matches on words no earlier rule took; those needing document order deferred.
    `published` gives the day a folded offset's words were written (the article's, or a message's);
    `seen` keeps each rule's pattern matches (by the rule's index), which do not depend on it, for
    another pass over the same text."""
    text = folded.text
    taken = bytearray(len(text) + 1)
    found: list[_Found] = []
    windows: dict[str, list[tuple[int, int]]] | None = None
    for index, (pattern, rule) in enumerate(_compiled()):
        matches = seen.get(index)
        if matches is None:
            windows = windows or _windows(text)
            spans = windows[rule.trigger]
            matches = seen[index] = [m for a, b in spans for m in pattern.finditer(text, a, b)]
        for m in matches:
            start, end = m.span()
            if any(taken[start:end]) or _inside_word(text, start, end):
                continue
            if _lowercase_month(m, folded, original):
                continue
            no_year = rule.defer == "no_year" and m.groupdict().get("year") is None
            deferred = rule.defer == "always" or no_year
            span = None if deferred else _apply(rule, m, Context(published(start)))
            if deferred or span is not None:
                taken[start:end] = b"\x01" * (end - start)
                relative = rule.relative and (rule.defer != "no_year" or no_year)
                found.append(_Found(start, end, rule, m, span, deferred, relative))
    found.sort(key=lambda f: f.start)
    return found


def _lowercase_month(m: re.Match[str], folded: _Shifted | FoldedText, original: str) -> bool:
    """True when an English month name is written in lower case: "they march 10 km", "it may 2…"."""
    groups = m.groupdict()
    for group in ("month", "first", "first2"):
        word = groups.get(group)
        if word and word.isascii():
            at = folded.span(m.start(group), m.end(group))[0]
            if not original[at].isupper():
                return True
    return False


def _apply(rule: Rule, m: re.Match[str], context: Context) -> DateRange | None:
    """The rule's range; INVALID when the arithmetic leaves the calendar ("9999999 years ago",
    a publication date of year 1): such a date is skipped like 31 February, never an error."""
    try:
        return rule.handler(m, context)
    except (ValueError, OverflowError):
        return INVALID


def _resolve_in_order(
    found: list[_Found], published: _Day, reference: date | None = None
) -> list[tuple[_Found, DateRange]]:
    """Resolve deferred matches against the dates before them; drop the unresolved and invalid."""
    anchor: DateRange | None = None
    anchor_end = -1
    stated: DateRange | None = None
    main: tuple[DateRange, int] | None = None  # the last anchor not told in passing (see _in_passing)
    passing = False
    resolved: list[tuple[_Found, DateRange]] = []
    for item in found:
        span = item.range
        if item.deferred:
            at, at_end = anchor, anchor_end
            if passing and main and _NEW_PARAGRAPH.search(item.match.string, anchor_end, item.start):
                at, at_end = main  # "… detained in Khost on 9 January, was acquitted." paragraphs before
            context = Context(published(item.start), at, stated, reference, at_end)
            span = _apply(item.rule, item.match, context)
        if span is None or span is INVALID:
            continue
        resolved.append((item, span))
        length = span.end - span.start
        if _reporting(item):
            pass  # the day a source spoke: the anchor stays
        elif length <= _ANCHOR_SPAN:
            anchor, anchor_end = span, item.end
            passing = _in_passing(item)
            main = main if passing else (span, item.end)
        elif length <= _MONTH_SPAN and not (anchor and span.start <= anchor.start and anchor.end <= span.end):
            anchor = None  # "In May. The next day …": no day to count from (a month holding it keeps it)
        # a year or more ("who served from 2010") is an aside: the anchor stays
        if not item.relative and span.precision != "approximate":
            stated = span
    return resolved


# A date told in passing about someone's past: in a clause opened by a participle between commas ("A seventh
# man, detained in Khost on 9 January on the same charge, was acquitted") or in the past perfect ("The six had
# been arrested in Zurmat on 2 January"). "The next day" a paragraph on does not count from it.
_PASSING = re.compile(
    r"(?:,\s*(?:[a-z]+ed|held|taken|caught|seized)\s[^,.;]*|\bhad\s+(?:been\s+)?[a-z]+\s[^,.;]*)$",
    re.IGNORECASE,
)
_NEW_PARAGRAPH = re.compile(r"\n\s*\n")


def _in_passing(item: _Found) -> bool:
    text = item.match.string
    before = re.split(r"[.!?\n]", text[max(0, item.start - 100) : item.start])[-1]
    return _PASSING.search(before) is not None


# "a rights group said on Wednesday": the day of the report, no day "two days later" counts from.
_REPORTED_ON = re.compile(
    r"(?<!\w)(?:said|says|told|tells|reported|added|confirmed|گفت|گفتند|افزود|وویل)\s+(?:\S+\s+){0,2}$"
)


def _reporting(item: _Found) -> bool:
    text = item.match.string
    before = text[max(0, item.start - 40) : item.start].rsplit("\n", 1)[-1]
    return _REPORTED_ON.search(before) is not None or still_after(text, item.end)


# "Eleven days later, she still does not know where he is", «دو هفته بعد، خانواده هنوز …»: the day a state
# still holds, told from the present; no event of that day, no day to count from.
_STILL = re.compile(
    r"\s*,?\s*(?:he|she|they|we|i|the\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+)\s+"
    r"(?:(?:is|are|was|were|has|have|had|does|do|did)\s+)?still\b"
    r"|\s*[,،]?\s*(?:\S+\s+){0,2}?(?:هنوز|تا هنوز|لا تر اوسه|لاهم)(?!\w)",
    re.IGNORECASE,
)


def still_after(text: str, end: int) -> bool:
    """The date at text[…:end] is followed by a state that still holds ("…, she still does not know")."""
    return _STILL.match(text, end) is not None


@dataclass(frozen=True, slots=True)
class _Shifted:
    """Folded text that only lost characters (marks, tatweel, LRM): offsets map back by bisection.

    shifts  for each dropped character, its index in the original minus the number dropped
            before it: a folded index `i` is at `i + bisect_right(shifts, i)` in the original
    """

    text: str
    shifts: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the folded slice [start, end)."""
        first = start + bisect_right(self.shifts, start)
        last = end - 1 + bisect_right(self.shifts, end - 1)
        return first, max(first, last + 1)


def _fold(text: str) -> _Shifted | FoldedText:
    """`script.fold` of `text`, ~10 times faster on a long article when no character folds to several.

    The same folding (`fold_str` is asked about each distinct character): lower-cased by
    str.lower, then only the characters that fold otherwise (Arabic yeh, Persian digits, marks)
    replaced; offsets are mapped back through the few dropped ones instead of one by one.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return fold(text)
    table: dict[str, str] = {}
    for ch in set(text):
        folded, low = fold_str(ch), ch.lower()
        if folded != low:
            if len(folded) > 1:
                return fold(text)  # a ligature or a presentation form: map offsets one by one
            table[low] = folded
    if not table:
        return _Shifted(lowered, [])
    folded_text = _char_class(table).sub(lambda m: table[m[0]], lowered)
    if len(folded_text) == len(text):
        return _Shifted(folded_text, [])
    dropped = _char_class({c: f for c, f in table.items() if not f})
    return _Shifted(folded_text, [m.start() - i for i, m in enumerate(dropped.finditer(lowered))])


fold_offsets = _fold  # for other readers of the dates' words (covered.py): the same folding, its offsets


def _char_class(chars: dict[str, str]) -> re.Pattern[str]:
    """A pattern matching any one of the keys of `chars`."""
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def _inside_word(text: str, start: int, end: int) -> bool:
    """True when the match is part of a longer word or number ("20-year", "a25", "1/2/2024/5")."""
    before = start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-/")
    after = end < len(text) and (text[end].isalnum() or text[end] == "-")
    return before or after


def _merge_ranges(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """Join "from A to B", "between A and B", "از A تا B" into one range."""
    merged: list[DateMatch] = []
    for item in found:
        if merged:
            last = merged[-1]
            joined = _RANGE_JOIN.fullmatch(text[last.end : item.start])
            before = text[max(0, last.start - 12) : last.start]
            opened = _RANGE_START.search(before)
            if joined and opened and item.range.end >= last.range.start:
                span = DateRange(last.range.start, item.range.end, "range")
                start = last.start - len(before) + opened.start()
                merged[-1] = DateMatch(span, start, item.end, last.relative or item.relative)
                continue
        merged.append(item)
    return merged


def _since(text: str, found: list[DateMatch], published: date | None) -> list[DateMatch]:
    """ "since 1 August": a range from that date to the publication date (when there is one)."""
    if published is None:
        return found
    out = []
    for item in found:
        before = text[max(0, item.start - 12) : item.start]
        since = _SINCE.search(before)
        opened = _FROM.search(before) or _FROM_INSIDE.search(text, item.start, item.end)  # "د تلې له ۱۰مې"
        after = _SINCE_AFTER.match(text, item.end, item.end + 30) if opened else None
        after = after or _ONWARDS.match(text, item.end, item.end + 30)  # "from 3 March onwards"
        if (since or after) and item.range.start <= published:
            span = DateRange(item.range.start, published, "range")
            start = item.start - len(before) + since.start() if since else item.start
            item = DateMatch(span, start, after.end() if after else item.end, True)
        out.append(item)
    return out
