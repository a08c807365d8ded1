"""When an event happened: the date expression nearest its words, the incident's date, or the report's."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta

from desktop.events.dates import DateMatch, DateRange, find_dates, month_end
from desktop.events.dates.covered import covered_period, with_covered
from desktop.events.dates.published import published_date, published_issued, states_own_date
from desktop.events.dates.stamps import find_stamps
from desktop.events.numbers import WORD_VALUES
from desktop.events.script import fold_str

REPORTED = "reported"  # the date precision of "undated: the day the article was published"
_PLAUSIBLE_YEARS = (1000, 2999)  # the years the date readers accept (Gregorian; Solar Hijri converted)
_HISTORY = timedelta(days=365)
# A date after these words places something else ("served until 2021", "since the fall of Kabul in 2021").
_REFERENCE_POINT = re.compile(
    r"(?<!\w)(?:until|till|served|serving|takeover|fall of \S+|collapse|return to power|came to power|"
    r"born|graduated|تا|سقوط|از زمان|(?:پس|بعد) از(?![\s\u200c]+(?:آن|این)[\s\u200c]*که))\s+(?:\S+\s+){0,3}$"
    # "must leave by 20 March": a deadline
    r"|(?<!\w)(?:by|before|deadline|no later than|until)\s+(?:the\s+)?$"
    # "the highest single-day figure since January", «بالاترین رقم در یک روز از آغاز سال جاری»: a comparison
    r"|(?<!\w)(?:highest|largest|biggest|lowest)\s+(?:\S+\s+){0,5}?since\s+(?:the\s+)?$"
    r"|(?<!\w)(?:بالاترین|بیشترین|بزرگترین|کمترین|ترټولو|ټولو\s+لوړ)\s+(?:\S+\s+){0,5}$",
    re.IGNORECASE,
)
# "told reporters on Sunday", "said on Monday": when it was said, not when what was said happened; it dates
# only the saying itself ("the ministry announced on Wednesday that …": a statement). After "that" ("said that
# on Monday five were detained", «ویلي چې په همدې اونۍ کې …») the date is what was said's.
_SAID = re.compile(
    r"(?<!\w)(?:said|says|told|reported|announced|added|stated|confirmed|"
    r"گفت|گفتند|افزود|اعلام کرد|اعلام کردند|وویل|ویلي|اعلان وکړ)\s+(?:(?!(?:that|که|چې|چی)\s)\S+\s+){0,2}$",
    re.IGNORECASE,
)
_SAID_REACH = 25  # characters from the word of saying (the event's own trigger) to its date
# "KABUL, ", "HERAT, Afghanistan, ", "کابل، " at the start of a line, before the date the story was filed.
_DATELINE = re.compile(r"\W*[^\W\d]+(?:[ \-\u200c][^\W\d]+)?(?:[,،]\s*[^\W\d]+)?[,،]\s*")
# After a dateline's date: the dash, maybe after the agency ("KABUL, May 14 (Reuters) –").
_DATELINE_DASH = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?[—–\-:|]")
_FILED = 2  # days between a dateline's date and the publication date
_COUNTED = re.compile(r"later|after|next|following|earlier|before|بعد|پس|وروسته|فردا|فردای", re.IGNORECASE)
_DAYS_AFTER = re.compile(
    r"(?<!\w)(?P<n>\w+)\s+(?P<unit>days?|weeks?)\s+after\s+(?:\S+\s+){0,4}$"
    # «سه روز پس از بازداشتش»
    r"|(?<!\w)(?P<n2>\S+)\s+(?P<unit2>روز|هفته)\s+(?:پس|بعد)\s+از\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
_SINCE = re.compile(r"(?:since|از|راهیسې)\s+(?:the\s+)?$", re.IGNORECASE)
# Between a date and the event's words: "after receiving", "after being": what follows happened before the
# date's clause, on a day the sentence does not give.
_EARLIER_EVENT = re.compile(
    r"(?<!\w)(?:after|following)\s+(?:\w+ing|repeated|several|months of|weeks of)\b[^,;:]*$"
    r"|(?<!\w)(?:پس|بعد)\s+از\s+(?:دریافت|گرفتن|شنیدن|ماه‌ها|هفته‌ها|چندین)\s+$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class When:
    """An event's dates: `precision` is "day", "month", "year", "approximate", "reported" or None."""

    start: date | None
    end: date | None
    precision: str | None

    @property
    def known(self) -> bool:
        """The text dates it (not only the publication date)."""
        return self.start is not None and self.precision != REPORTED


UNDATED = When(None, None, None)


class ArticleDates:
    """Every date expression of an article, found once, so that relative ones ("two days later")
    resolve against the dates before them."""

    def __init__(self, text: str, *, published: date | None) -> None:
        # Without a publication date, the article's own dateline or date line ("LONDON, 14 February
        # 2025 —") still resolves its days without a year ("On 29 December" → 2024) and its weekdays;
        # events without a date of their own stay undated (see `reported`). A publication date at the ends of
        # the calendar (year 1, a malformed one) is no date: counting back or on from it would overflow.
        if published is not None and not _PLAUSIBLE_YEARS[0] <= published.year <= _PLAUSIBLE_YEARS[1]:
            published = None
        own = published or _stated_date(text)
        latest = None if own else _stated_month_end(text)  # "Background paper — February 2025"
        try:
            self.matches = find_dates(text, published=own, reference=latest)
        except (ValueError, OverflowError, KeyError, IndexError):
            self.matches = []  # a malformed date in the text must not stop the suggestions
        self.covered = _covered(text, own)  # "Update …, April to June 2026": what "the quarter" means
        if self.covered is not None:
            self.matches = with_covered(text, self.matches, self.covered)
        self.matches = [
            replace(m, said=_said(text, m), aside=_in_relative_clause(text, m)) for m in self.matches
        ]
        self.matches.sort(key=lambda m: m.start)
        self.stamps = find_stamps(text, self.matches)  # a chat message's or a diary entry's own day
        self._starts = [m.start for m in self.matches]
        self.published = published
        self._own = own
        self._text = text
        # an undated text: its latest date is now (an overview naming years, "December 1979 … in 2021": 2021)
        ends = [m.range.end for m in self.matches if m.range.precision in {"day", "month", "year"}]
        self.reference = own or (max(ends) if ends else None)

    def within(self, start: int, end: int) -> list[DateMatch]:
        """Dates inside the article span [start, end)."""
        first = bisect_left(self._starts, start)
        return [m for m in self.matches[first : bisect_left(self._starts, end)] if m.end <= end]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a date expression overlaps the article span [start, end) ("3" of "3 May")."""
        index = bisect_left(self._starts, end) - 1
        return index >= 0 and self.matches[index].end > start

    def is_old(self, match: DateMatch) -> bool:
        """Years before the article: a historical aside, not the event being reported."""
        if self.reference is None or self.reference.toordinal() <= _HISTORY.days:
            return False  # a publication date in year 1 (a malformed one) has no years before it
        return match.range.end < self.reference - _HISTORY

    def places_something_else(self, match: DateMatch) -> bool:
        """ "until August 2021", "since the fall of Kabul in 2021", "KABUL, May 14 (Reuters) –": the date
        is a point of reference, or the day the story was filed."""
        before = self._text[max(0, match.start - 40) : match.start]
        line = before.rsplit("\n", 1)[-1] if "\n" in before else before
        if _REFERENCE_POINT.search(line):
            return True
        shaped = line and _DATELINE.fullmatch(line) and _DATELINE_DASH.match(self._text, match.end)
        if not (shaped and match.range.precision == "day") and not self._own_date(match):
            return False
        # "Kunduz, 12 September — twelve were detained" in a list of incidents is shaped like a
        # dateline; a dateline states the day the story was filed, within a day or two of publication
        own = self._own
        return own is None or abs((match.range.start - own).days) <= _FILED

    def _own_date(self, match: DateMatch) -> bool:
        """The article's own date: "HERAT, Afghanistan (June 17, 2025) —", "Kabul – 17.06.2025",
        "کابل، د تلې ۱۴مه ۱۴۰۴ —", "Published 3 June 2024" (see desktop.events.dates.published)."""
        first = self._text.rfind("\n", 0, match.start) + 1
        if match.start - first > 160:
            return False
        last = self._text.find("\n", match.start)
        line = self._text[first : last if last >= 0 else len(self._text)]
        if line.lstrip().startswith("|"):
            return False  # "| 2025-04-16 | Bala Murghab | Body … found |": a table row's date, its incident's
        try:
            return states_own_date(line, match.start - first)
        except (ValueError, OverflowError, KeyError, IndexError):
            return False

    def usable(self, match: DateMatch) -> bool:
        """A date that can date an event: not a point of reference, and not "two days later" counted from
        one ("served until 2021. Two days later …" says nothing of 2021)."""
        if self.places_something_else(match):
            return False
        counted = _COUNTED.search(self._text, match.start, match.end)
        return not (counted and self.is_old(match))

    def when(self, match: DateMatch, *, before: str = "") -> When:
        """The event's dates from the expression; "since 1 May" runs to the publication date.

        before  the text from the date to the event's words: "found on 2 October, three days after he
                was detained" dates the detention three days before
        """
        found = match.range
        if _EARLIER_EVENT.search(before):
            return self.reported()  # "fled on Thursday after receiving threats": the threats came before
        back = _DAYS_AFTER.search(before)
        if back and found.precision == "day":
            unit = (back["unit"] or back["unit2"]).lower()
            days = _amount(back["n"] or back["n2"]) * (7 if unit.startswith("week") or unit == "هفته" else 1)
            when = found.start - timedelta(days=days)
            return When(when, when, "day")
        since = _SINCE.search(self._text[max(0, match.start - 12) : match.start])
        if since and self.published and found.start <= self.published:
            return When(found.start, self.published, "approximate")
        return When(found.start, found.end, found.precision)

    def undated(self, *, listed: bool = False) -> When:
        """The dates of an event its text does not date: a list-level event (provinces listed, none with an
        incident of its own) of a periodic report happened over the period it covers ("Update, April to June
        2026": a range); any other was reported on the publication date (see `reported`)."""
        if listed and self.covered is not None:
            return When(self.covered.start, self.covered.end, "range")
        return self.reported()

    def _fragment_before(self, at: int) -> DateMatch | None:
        """The date of a fragment that is the sentence just before `at` and says only when ("Once, in May.",
        "A: On 3 March.", «ج: روز دوشنبه.»): it dates the sentence that follows it."""
        index = bisect_left(self._starts, at) - 1
        if index < 0:
            return None
        match = self.matches[index]
        gap = self._text[match.end : at]
        if not _FRAGMENT_END.fullmatch(gap) or self.places_something_else(match) or self.is_old(match):
            return None
        line_start = self._text.rfind("\n", 0, match.start) + 1
        opening = self._text[line_start : match.start]
        opening = opening[max(opening.rfind(". "), opening.rfind("? "), opening.rfind("؟ ")) + 1 :]
        return match if _FRAGMENT_OPENING.fullmatch(opening) else None

    def _list_lead(self, at: int) -> DateMatch | None:
        """The date of the line that leads the list whose item `at` lies in ("In the past week (1 to 7 Jadi),
        returns went on. The monitors counted:" then "- Islam Qala: 6,380 deported"), when it ends with a
        colon."""
        line_start = self._text.rfind("\n", 0, at) + 1
        if not _LIST_ITEM.match(self._text, line_start):
            return None
        end = line_start - 1  # walk up the lines above: the list's other items, blank lines, then its lead
        while end > 0 and line_start - end < _LEAD_REACH:
            start = self._text.rfind("\n", 0, end) + 1
            line = self._text[start:end]
            if line.strip() and not _LIST_ITEM.match(line):
                if not line.rstrip().endswith((":", "：")):
                    return None
                own = [m for m in self.within(start, end) if self.usable(m) and not self.is_old(m)]
                return own[0] if own else None
            end = start - 1
        return None

    def reported(self, at: int | None = None) -> When:
        """The publication date, marked "reported"; undated when the article has none. With `at` (an
        offset in the article), the day of the chat message or diary entry it lies in, when it lies in one
        ("[18/03/2026, 16:20] S: two teachers detained …" was reported on 18 March)."""
        fragment = self._fragment_before(at) or self._list_lead(at) if at is not None else None
        if fragment is not None:  # "Once, in May. Men with guns came …"; "… last week (1–7 Jadi):" then "- …"
            return When(fragment.range.start, fragment.range.end, fragment.range.precision)
        day = self.stamps.day_at(at) if at is not None else None
        if day is not None and (self.published is None or day <= self.published):
            return When(day, day, REPORTED)
        if self.published is None:
            return UNDATED
        return When(self.published, self.published, REPORTED)


_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]")
_LEAD_REACH = 1_500  # characters a list may run below the line that leads it
# A sentence that is only a date ("Once, in May.", "A: On 3 March.", «ج: روز دوشنبه.»): its end, its opening.
_FRAGMENT_END = re.compile(r"[ \t]*[.!؟][ \t]*\n?[ \t]*")
_FRAGMENT_OPENING = re.compile(
    r"[ \t*_\-]*(?:[A-Zا-ی]{1,2}\s*:\s*|[جسځپ]\s*:\s*)?(?:(?:once|it was|that was|this was|it happened|"
    r"then|yes|no)[,.]?\s+)?(?:(?:on|in|at|during|late|early|last)\s+|(?:در|روز|په|طی)\s+)?"
    r"(?:(?:the\s+)?(?:night|morning|evening|afternoon|early hours)\s+of\s+|(?:شب|صبح|عصر)\s+)?",
    re.IGNORECASE,
)
# "two brothers who had returned from Iran in January fled on Thursday": the date of the relative clause.
_RELATIVE_CLAUSE = re.compile(
    r"(?<!\w)(?:who|which|that|whom)\s+(?:had|has|have|was|were|is|are)\s+(?:[^\s,;:.]+\s+){0,7}$",
    re.IGNORECASE,
)


def _in_relative_clause(text: str, match: DateMatch) -> bool:
    before = text[max(0, match.start - 70) : match.start]
    return _RELATIVE_CLAUSE.search(before) is not None


def _said(text: str, match: DateMatch) -> bool:
    """The date follows a word of saying on its line ("announced on Wednesday", "told reporters on 3 May")."""
    before = text[max(0, match.start - 40) : match.start]
    return _SAID.search(before.rsplit("\n", 1)[-1]) is not None


def _stated_date(text: str) -> date | None:
    """The day the article's head (or closing line) says it was published, None when it says none."""
    try:
        return published_date(text)
    except (ValueError, OverflowError, KeyError, IndexError):
        return None


def _covered(text: str, own: date | None) -> DateRange | None:
    """The period the report says it covers (see desktop.events.dates.covered), None when it says none."""
    try:
        return covered_period(text, own)
    except (ValueError, OverflowError, KeyError, IndexError):
        return None


def _stated_month_end(text: str) -> date | None:
    """The last day of the month the article says it is from, when it states only a month."""
    try:
        issued = published_issued(text)
    except (ValueError, OverflowError, KeyError, IndexError):
        return None
    parts = issued["date-parts"][0] if issued else []
    return month_end(parts[0], parts[1]) if len(parts) == 2 else None


def _amount(word: str) -> int:
    """A small number written in digits or words ("three" → 3, "a" → 1, «سه» → 3, «۳» → 3)."""
    word = fold_str(word)
    return int(word) if word.isdigit() else {"a": 1, "one": 1, "یک": 1}.get(word, WORD_VALUES.get(word, 0))


def nearest_date(
    dates: list[DateMatch], spans: list[tuple[int, int]], clause: tuple[int, int], *, lead: int = -1
) -> DateMatch | None:
    """The date closest to the event's first word, those in its clause (or opening the sentence) first.

    dates   candidate dates (article offsets)
    spans   the event's trigger spans (article offsets), the first one first
    clause  the first trigger's clause (article offsets)
    lead    where the sentence's opening words end: a date starting before it opens the sentence
    """

    # "X said on Monday that five were detained": the day of the saying dates only the saying
    dates = [m for m in dates if not m.said or any(0 <= m.start - end <= _SAID_REACH for _, end in spans)]

    def distance(m: DateMatch) -> tuple[bool, bool, int]:
        # a date opening the sentence ("On 9 June, …", "Two days later, …") dates all of it
        outside = not (clause[0] <= m.start and m.end <= clause[1]) and m.start > lead
        # "who had returned in January" before the event's words dates the relative clause, not the event
        aside = m.aside and m.end <= spans[0][0]
        return outside, aside, max(spans[0][0] - m.end, m.start - spans[0][1], 0)

    return min(dates, key=distance, default=None)
