"""An article's publication date from its own text: datelines, "Published …" lines, a date under the title.

Only the head (the first 15 lines, at most 1,500 characters) and the last lines (a closing
"Prepared by …, 3 June 2024" or "Dated …") are read, and only lines shaped like a date line: a
date in the first paragraph of a news story is what happened, not when it was published.

A day, or a month and year ("September 2024": `published_issued` gives [[2024, 9]]). Which wins,
best first (among equals a day before a month, then the earliest; the tail only when the head
has none):
  1. a labelled date: "Published 12 March 2024", "Date: 2024-06-03", "Posted on …", "تاریخ: ۱۴۰۳/۴/۱۲",
     "منتشر شده در …", "نېټه: …", "Date of submission: …", "Submitted on …", "Date issued: …", «تاریخ صدور»
     a call's or interview's note: "Call of 29 October 2026, 40 minutes, …", "Interview on …",
     «تاریخ تماس: …», «تاریخ ثبت: …»
  2. a dateline: "KABUL, 3 June 2024 —", "Kabul, Afghanistan (June 3, 2024) —", "کابل، ۱۲ سرطان ۱۴۰۳"
  3. a line that is only a date (under the title): "Saturday, 02/03/2024", "۱۲ سرطان ۱۴۰۳", or a date and
     what the document is ("Wednesday 21 October 2026, transcript (English service)")
  4. "Prepared by a field monitor, 3 June 2024", "Written …" (written before publication), and
     a subtitle or byline ending in its date: "Background paper for new staff — September 2024",
     "Situation update #12 (3 November 2025)", "…, as of 3 November 2025" — not a bullet or a bold
     lead of notes ("- **Detention of nine men, 4 March 2026.**"), nor a date closing a sentence
  5. "Updated: …" (a later date than publication: used only when nothing else is there)

Lines of a log that open with their own, different dates ("9 February 2026 — Aqcha — …") are no
date lines. A note's own header sentence ranks with 3: "Exported from the monitoring group and forwarded 16
April 2025", "Sent: Wednesday, 16 April 2025 10:32", "ارسال شده در …" (the clause begins with such
a word, or the word just before the date is one; "sent" and "received" only as "Sent:"). A
label opening its line may have the publisher after the date ("Published 25 November 2025 by the
protection working group (Herat, Nimroz hubs)", "**تاریخ نشر: ۱۰ جدی ۱۴۰۴** · گروه کاری …");
Markdown's "_" and "*" around it are ignored. Words
that are also events ("released", "issued") label a date only at the start of its clause
("Released: 3 June 2024", not "the men were released on 3 June 2024"). A long line (a paragraph)
is read only at its start, where a dateline is; once a line opens with a dateline, the later
dates of that paragraph ("LONDON, 14 February 2025 — … On 29 December 2024 …") are what
happened, not publication. A story opening with its date ("On Monday, 3 June 2025, the Taliban
…", "در ۱۳ جوزا ۱۴۰۴ طالبان …") is no dateline; a Dari or Pashto one needs no dash ("کابل، ۱۲
سرطان ۱۴۰۳ طالبان …"). A time after the date ("10:32 GMT", "2025-06-17T10:32:00Z") is ignored.

Numeric dates are read day/month/year, the international reading, unless the second number is
over 12 (then it cannot be a month), or a weekday written with the date fits only the
month-first reading ("Friday, 03/08/2024" is 8 March 2024: 3 August 2024 was a Saturday).
A `language` of "en-US" reads an ambiguous date without a weekday month first. Year-first dates
("2024-06-03", "۱۴۰۳/۴/۱۲") are never ambiguous; a year of 1200–1499 is Solar Hijri.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from desktop.events.dates import DateMatch, find_dates
from desktop.events.dates.calendars import GREGORIAN_MONTHS, SOLAR_MONTHS, WEEKDAYS
from desktop.events.dates.date_range import names
from desktop.events.script import fold_str

HEAD_LINES = 15
HEAD_CHARS = 1_500
TAIL_LINES = 4
TAIL_CHARS = 600
_TAIL_RANK = 10

_LABELS: list[tuple[int, re.Pattern[str]]] = [
    # "تاریخ" alone is also "history" and "on the date of" an event ("به تاریخ ۱۲ سرطان ۱۴۰۳
    # طالبان …"): a label only with a colon or followed by "of publication"; "date" likewise.
    (0, re.compile(
        r"\b(?:published|posted|publication date|date of publication|dated|submitted)\b"
        # a broadcast's date: "Broadcast: Thursday 22 October 2026", "Aired 3 May", «تاریخ پخش:», «خپور شو»
        r"|^\W*(?:broadcast|aired|first aired|on air)\b\s*:?|تاریخ\s+پخش|پخش\s*شده"
        r"|\b(?:report |issue |release )?date(?: of (?:the |this )?(?:report|issue|release|note|brief|"
        r"submission|complaint|letter|statement|appeal|communication|petition|memo|update|bulletin)|"
        r" issued| published| posted| released)?\s*:"
        r"|^\W*(?:issued|released)\b"  # also event words: only opening the clause
        r"|^\W*(?:recorded|date recorded|date of recording)\s*:"  # an interview's: "Recorded: Monday, …"
        # a witness account's: "Date of interview: 8 July 2026 — Place: Mashhad", "Interview date: …"
        r"|\b(?:date of (?:the )?interview|interview date)\s*:"
        # "Recorded by phone on Saturday 26 September 2026; translated from Dari"
        # "Testimony recorded by telephone on Tuesday, 18 August 2026", "Interview conducted in person on …"
        r"|^\W*(?:(?:testimony|interview|account|statement|call|conversation)\s+)?"
        r"(?:recorded|interviewed|conducted|taken)"
        # (a place may be hyphenated: "recorded in Pul-i-Khumri on 2 December 2026")
        r"(?:\s+(?:by|over|via|in|at)\s+[^\W\d_]+(?:[-'][^\W\d_]+)*(?:\s+[^\W\d_]+)?)?\s+(?:on\s+)?$"
        # a press release's: "For immediate release: Thursday, 12 November 2026", "Embargoed until …"
        r"|^\W*(?:for (?:immediate )?release|embargoed (?:until|till))\b"
        # a weekly log's: "**Week ending Friday, 30 October 2026** · compiled by the bureau chief"
        r"|^\W*(?:week|fortnight|period|month) ending\b"
        # "Bulletin of Thursday 19.11.2026, 18:00", "Edition of 3 May 2026", "Newsletter for 4 June 2026"
        r"|^\W*(?:bulletin|edition|issue|newsletter|digest|programme|program|broadcast|news)\s+(?:of|for|dated)\b"
        # a call's or interview's note: "Call of 29 October 2026, 40 minutes", «تاریخ تماس: …», «تاریخ ثبت: …»
        r"|^\W*(?:(?:phone |telephone )?call|interview|conversation)\s+(?:of|on|dated)\b"
        r"|تاریخ\s+(?:تماس|ثبت|مصاحبه|گفتگو|گفت[\s\u200c]*و[\s\u200c]*گو|ارسال|گزارش|بیانیه|اعلامیه|خبرنامه)\s*:"
        r"|تاریخ\s*:|تاریخ\s+(?:نشر|انتشار|صدور|تهیه|تنظیم)|منتشر\s*شده|نشر\s*شده|نېټه\s*:|خپور|خپره|د\s+خپرېدو",
        re.IGNORECASE)),
    (3, re.compile(r"\b(?:prepared|written|compiled)\b|تهیه\s*شده|چمتو|لیکل", re.IGNORECASE)),
    (4, re.compile(r"\b(?:updated|last updated|modified|revised)\b|به\s*روز|تازه\s*شوی", re.IGNORECASE)),
]  # fmt: skip
# "Incident date:", "Date of arrest:": the labelled date is an event's, not the article's.
_EVENT_DATE_LABEL = re.compile(
    r"\b(?:incident|event|arrest|detention|death|killing|abduction|disappearance|deportation|birth)"
    r"s?\s+date\b|\bdate\s+of\s+(?:the\s+)?(?:incident|event|arrest|detention|death|killing|abduction|"
    r"disappearance|deportation|birth)\b|تاریخ\s+(?:حادثه|رویداد|واقعه|بازداشت|ربودن|قتل)|د\s+پېښې\s+نېټه",
    re.IGNORECASE,
)
# A note's header sentence: "Exported from the monitoring group and forwarded 16 April 2025",
# "Sent: …", "Compiled on … by …"; the clause starts with such a word or it stands just before the date.
_HEADER_WORDS = (
    r"(?:forwarded|exported|compiled|shared|saved|copied|transcribed|translated|archived|typed up|written up"
    r"|filed"
    r"|ارسال\s*شده|ارسال\s*شد|فرستاده\s*شده|گردآوری\s*شده|لېږل\s*شوی|لیږل\s*شوی|راټول\s*شوی"
    # an interview's note: «ثبت‌شده در ۵ قوس ۱۴۰۵ (مصاحبه تلفنی)», Pashto «ثبت شوی: …»
    r"|ثبت[\s\u200c]*شده|ثبت[\s\u200c]*شوی|ثبت[\s\u200c]*شوې|مصاحبه[\s\u200c]*شده)"
)
# "sent" and "received" are also events ("Sent back from Iran on 3 June 2025 …"): only as "Sent:".
_HEADER_START = re.compile(rf"^\W*(?:{_HEADER_WORDS}(?!\w)|(?:sent|received)\s*:)", re.IGNORECASE)
_HEADER_BEFORE_DATE = re.compile(
    rf"(?<!\w){_HEADER_WORDS}\s*[:,،]?\s*(?:on\s+|در\s+|به\s+تاریخ\s+|په\s+)?$", re.IGNORECASE
)
_HEADER_RANK = 2
# Where a clause before a date starts: after a full stop or a dash between words.
_CLAUSE_START = re.compile(r"(?:[.。!?؟]\s|\s[—–|·•]\s)(?!.*(?:[.。!?؟]\s|\s[—–|·•]\s))", re.DOTALL)
# A paragraph longer than this is a story, not a date line: only its start is read (a dateline).
_LINE_CHARS = 300
_LINE_START = 160
# A dateline's place: one to four words, maybe ", Country", before the date; "KABUL," "Kabul (".
_PLACE = r"[^\W\d_][\w.'’\u200c\- /]{0,40}?"  # ZWNJ: "اسلام‌آباد"
# "KABUL (Frontier Wire), 3 June 2026 —", «کابل (خبرگزاری …)، ۱۴ قوس ۱۴۰۴ –»: the agency before the date.
_AGENCY = r"(?:\s*\([^()\n]{1,40}\))?"
_DATELINE_BEFORE = re.compile(
    rf"^\W*{_PLACE}{_AGENCY}(?:\s*[,،]\s*{_PLACE}{_AGENCY})?(?:\s*(?:[,،(]|\s[—–\-])|(?<=\)))\s*$"
)  # "KUNDUZ (Amu Wire) 14 Oct 2026 —": the agency's bracket ends the place
# Words that make the words before a date a sentence, not a place: "On 3 June 2024 Taliban fighters…",
# "In March 2024", "در ۱۲ سرطان ۱۴۰۳ طالبان…", "روز دوشنبه، …".
_LEADS_A_SENTENCE = re.compile(
    r"(?<!\w)(?:on|in|at|by|since|from|until|till|before|after|during|between|در|به|از|تا|روز|په)\W*$"
    r"|^\W*(?:on|in|at|by|since|from|until|during|در|به|از|تا|روز|په)\s",
    re.IGNORECASE,
)
_ARABIC_SCRIPT = re.compile(r"^[^A-Za-z]*[\u0600-\u06ff]")
# After the date: the dash, maybe after the agency ("KABUL, 3 June 2024 (Fieldwire) —").
_DATELINE_AFTER = re.compile(
    r"^\s*\)?\s*(?:\([^()]{1,40}(?:\)|$)\s*)?(?:[—–\-:|]|$)"
)  # "(updated 18 June …)"
# A time after the date ("17 June 2025 10:32 GMT") and an ISO timestamp ("2025-06-17T10:32:00Z").
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|gmt|utc|ast|pkt|irst)?(?:\s*[+-]\d{4})?\b", re.IGNORECASE
)
_ISO_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")
_BYLINE_END = re.compile(r"[—–\-|·,،(]\s*$|\bas of\s*$", re.IGNORECASE)  # "Update #12 (3 November 2025)"
# Where the words after a date stop belonging to its line: a full stop, a dash or bar, or (in a
# PDF, whose lines pdfminer joins into one paragraph) a capital letter starting the next line.
_CLAUSE_END = re.compile(r"[.。]\s|\s[—–|·•]\s|\s(?=[A-Z][a-z])")
# A label opening its line with the publisher after the date: "Published 25 November 2025 by the … group",
# "**تاریخ نشر: ۱۰ جدی ۱۴۰۴** · گروه کاری …" (the bold ends the label's date).
_BYLINE_AFTER = re.compile(r"^\W*(?:by|from)\s|^\s*(?:\*\*|__|_)\s*(?:[·•|,،\-—–]|$)", re.IGNORECASE)
# A bullet or a bold lead of working notes ("- **Detention of nine men, 4 March 2026.**"), or a date closing
# a sentence ("Arrest of two teachers, 9 January 2026."): what happened, not a byline.
_NOTE_ITEM = re.compile(r"^\s*(?:[-*•+]\s|\d{1,2}[.)]\s|\*\*|__)")
_BULLET = re.compile(r"^\s*[-*•+]\s")
_SENTENCE_AFTER = re.compile(r"^[\s*_)\]]*[.!?؟]")
_DASH = re.compile(r"^\s*\)?\s*(?:\([^()]{1,40}\)\s*)?[—–\-:|]?\s*")
_WORD = re.compile(r"[^\W\d_]+")
_US = re.compile(r"^en[-_]us$", re.IGNORECASE)
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
# A weekday after the date: "30 November 2025, Sunday", «د ۱۴۰۴ لمریز کال د لیندۍ ۹مه، یکشنبه».
_DAY_NAMES = names(WEEKDAYS)
_WEEKDAY_AFTER = re.compile(rf"^\s*[,،]?\s*(?:{_DAY_NAMES})\s*[.\-—–|]?\s*$")


def published_date(text: str, *, language: str = "") -> date | None:
    """The day the article says it was published (or prepared), or None when it states none.

    text      the article's plain text
    language  a BCP-47 tag; "en-US" reads an ambiguous 03/06/2024 as 6 March, others as 3 June
    """
    found = _best(text, language=language)
    return found[0] if found and found[1] == "day" else None


def published_issued(
    text: str, *, language: str = "", today: date | None = None
) -> dict[str, list[list[int]]] | None:
    """The same as CSL `issued` ({"date-parts": [[2024, 6, 3]]}); a month when the text states
    only a month ("Background paper — September 2024" → [[2024, 9]]); None when it states none.

    today  the day the article is read (imported): a dateline without its year ("KABUL, Sept 28
           (Newswire) —") takes the year that puts it just after the last day the article states in
           full, or, when it states none, the latest such day up to `today`; None reads no such dateline
    """
    found = _best(text, language=language)
    if found is None:
        yearless = _yearless_dateline(text, today=today)
        return {"date-parts": [[yearless.year, yearless.month, yearless.day]]} if yearless else None
    when, precision = found
    parts = [when.year, when.month, when.day] if precision == "day" else [when.year, when.month]
    return {"date-parts": [parts]}


def _best(text: str, *, language: str) -> tuple[date, str] | None:
    """The best-ranked stated date of the head and tail lines, and its precision ("day", "month")."""
    best: tuple[int, int, int, date, str] | None = None
    lines = _candidate_lines(text)
    log = _log_lines(lines)
    prose = False  # a paragraph of the notes came before: a date alone on its line now heads an entry
    for order, (line, later) in enumerate(lines):
        entry = prose and not later or (order > 0 and _SECTION_HEADING.match(line) is not None)
        prose = prose or _PROSE.search(line) is not None
        for match in _stated_matches(line):
            rank = _rank(line, match)
            if rank is None and order == 0 and not later and _SENT.search(line[: match.start]):
                rank = _HEADER_RANK  # a title "Field notes – Kunduz, sent 20 March 2026"
            if rank is None or ((order in log or entry) and rank == _DATE_ONLY_RANK):
                continue
            rank += later
            precision = match.range.precision
            when = _us_reading(line, match) if _US.match(language) else match.range.start
            candidate = (rank, precision != "day", order, when, precision)
            if best is None or candidate[:3] < best[:3]:
                best = candidate
            if rank - later == 1:
                break  # a dateline opens the paragraph: its later dates are what happened
    return (best[3], best[4]) if best else None


def _yearless_dateline(text: str, *, today: date | None) -> date | None:
    """The day of a dateline that states no year, its year from the article's other dates or `today`."""
    if _dateline_day(text, anchor=today or _ANY_DAY) is None:
        return None  # (the cheap test first: no such dateline, no reading of the body)
    found = find_dates(text[:_BODY_CHARS], published=None)
    stated = [m.range.start for m in found if not m.relative and m.range.precision == "day"]
    # the dateline follows what it reports: on or after the last stated day less two months
    anchor = max(stated) + timedelta(days=_AFTER_THE_LAST) if stated else today
    return _dateline_day(text, anchor=anchor) if anchor else None


def _dateline_day(text: str, *, anchor: date) -> date | None:
    """The day of the head's yearless dateline ("KABUL, Sept 28 (Newswire) -") resolved against `anchor`."""
    for line, later in _candidate_lines(text):
        if later:
            break
        for match in find_dates(line[:_LINE_START], published=anchor):
            named = _MONTH_WORD.search(fold_str(line[match.start : match.end])) is not None
            if match.relative and match.range.precision == "day" and named and _rank(line, match) == 1:
                return match.range.start
    return None


_ANY_DAY = date(2000, 1, 1)
_BODY_CHARS = 20_000  # the dates the body states, read this far (a 40 MB file is not read through)
# A day without a year resolves to the latest one up to a week after its anchor: an anchor this long after the
# article's last stated day gives the first such day on or after that day less about two months.
_AFTER_THE_LAST = 305
# "Sept 28", «۲۸ سنبله»: a month's name, not "Saturday" alone
_MONTH_WORD = re.compile(rf"(?<!\w){names({*GREGORIAN_MONTHS, *SOLAR_MONTHS})}(?!\w)", re.IGNORECASE)


_DATE_ONLY_RANK = 2
_OPENS_LINE = re.compile(r"^[\s#*_\-–•]*$")
# Notes that go on in sentences ("We drove from Kunduz city in the morning.") before a date alone on its line
# ("14 March 2026"), or a date as a section heading ("## 12 March 2026") below the title: that date heads an
# entry of the notes (see dates/stamps.py), it is not the day the notes were published.
# (an abbreviation's full stop, "Update No. 7", "Mr. A. W.", ends no sentence)
_PROSE = re.compile(
    r"[^\W\d_]{2,}[^.!?؟\n]{20,}(?<!\bNo)(?<!\bno)(?<!\bMr)(?<!\bDr)(?<!\bSt)(?<!\bvol)(?<!\b[A-Z])"
    r"[.!?؟](?:\s|$)"
)
_SECTION_HEADING = re.compile(r"^\s*#{2,}\s")
_SENT = re.compile(r"(?:^|[,،(–—\-]\s*)(?:sent|received|filed|written|typed up)\s+(?:on\s+)?$", re.IGNORECASE)


def _log_lines(lines: list[tuple[str, int]]) -> set[int]:
    """The lines of a log or diary opening with their own dates ("9 February 2026 — Aqcha — …", "## 3
    February 2026" then "## 5 February 2026"): when two or more open with different dates, none of them is
    the article's date."""
    opening: dict[int, date] = {}
    for order, (line, _) in enumerate(lines):
        for match in _stated_matches(line):
            if _OPENS_LINE.match(line[: match.start]) and _rank(line, match) == _DATE_ONLY_RANK:
                opening[order] = match.range.start
                break
    return set(opening) if len(set(opening.values())) >= 2 else set()


def is_date_line(line: str) -> bool:
    """True when `line` is a dateline, a labelled date or just a date (not a title, not a sentence)."""
    return any(_rank(line, m) is not None for m in _stated_matches(line))


def states_own_date(line: str, start: int) -> bool:
    """True when the date starting at `start` in `line` is the article's own (a dateline, a labelled
    date, a line that is only a date): the day the story was filed, not when something happened."""
    if start >= _LINE_START:
        return False
    return _states_own_date(_untimed(line), start)


@lru_cache(maxsize=256)
def _states_own_date(line: str, start: int) -> bool:
    for match in _stated_matches(line):
        if match.start == start:
            rank = _rank(line, match)
            if (
                rank == 3
            ):  # "Prepared by …, 3 June 2024", not a list item "Five detained in Khanabad, 3 June 2024"
                return _LABELS[1][1].search(fold_str(line[:start])) is not None
            return rank is not None
    return False


def strip_dateline(line: str) -> str:
    """`line` after its dateline ("KABUL, 3 June 2024 — The Taliban…" → "The Taliban…"); "" for a
    line that is only a date line ("Published 12 March 2024"); else `line` itself."""
    for match in _stated_matches(line):
        rank = _rank(line, match)
        if rank == 1:
            return _DASH.sub("", line[match.end :], count=1).strip()
        if rank is not None:
            return ""
    return line


def _candidate_lines(text: str) -> list[tuple[str, int]]:
    """The head's lines, then the tail's (when the text is longer than the head), each with the
    rank it adds: a date at the end counts only when the head states none."""
    head = _untimed(text[:HEAD_CHARS]).split("\n")[:HEAD_LINES]
    lines = [(line, 0) for line in head if line.strip()]
    if len(text) > HEAD_CHARS or text.count("\n") >= HEAD_LINES:
        tail = [line for line in _untimed(text[-TAIL_CHARS:]).split("\n")[1:] if line.strip()][-TAIL_LINES:]
        lines += [(line, _TAIL_RANK) for line in tail]
    return lines


def _untimed(text: str) -> str:
    """`text` with the time of its ISO timestamps blanked ("2025-06-17T10:32:00Z" → "2025-06-17")."""
    return _ISO_TIMESTAMP.sub(lambda m: m[1] + " " * (len(m[0]) - len(m[1])), text)


def _stated_matches(line: str) -> list[DateMatch]:
    """The days and months a line states in full (nothing resolved against another date)."""
    if len(line) > _LINE_CHARS:  # a paragraph: only a dateline at its start
        found = [m for m in find_dates(line[:_LINE_START], published=None) if m.end < _LINE_START]
    else:
        found = find_dates(line, published=None)
    return [m for m in found if m.range.precision in {"day", "month"} and not m.relative]


_CAPTION = re.compile(
    r"^\W*(?:table|figure|fig\.|chart|map|graph|annex|جدول|شکل|نمودار|نقشه|ضمیمه)\s*[\d۰-۹]", re.IGNORECASE
)


def _rank(line: str, match: DateMatch) -> int | None:
    """How good a publication date this is (0 best, see the module's docstring), None if not one."""
    if _CAPTION.match(line):
        return None  # "Table 1. Detentions in the eastern region, November 2024": what the table covers
    before, after = line[: match.start], _CLAUSE_END.split(line[match.end :], maxsplit=1)[0]
    opened = _CLAUSE_START.search(before)
    # the clause the date is in, without Markdown's italics ("_Published 25 November 2025 …_")
    clause = fold_str(before[opened.end() :] if opened else before).replace("_", " ")
    for rank, label in _LABELS:
        # a label near the date, on a line that says little else ("Posted on … by Jane Doe")
        if rank == 0 and _EVENT_DATE_LABEL.search(clause):
            continue  # "Incident date: 3 November 2025" is when it happened
        if label.search(clause) and len(_WORD.findall(before)) <= 8 and len(_WORD.findall(after)) <= 6:
            return rank
        if rank == 0 and _opens_with(label, clause) and _BYLINE_AFTER.match(after):
            return rank  # "Published 25 November 2025 by the returnee protection working group (…)"
        if rank == 0 and _opens_with(label, clause) and not _WORD.search(after):
            return rank  # "[Translated by a volunteer. Original post. Published 24 March 2026]"
        if rank == 0 and _opens_with(label, clause) and _NEW_CLAUSE.match(line[match.end :]):
            return rank  # "Posted 30 June 2026, notebook of a local reporter (entries lightly edited)"
        if _opens_with(label, clause) and len(_WORD.findall(before)) <= 14 and len(_WORD.findall(after)) <= 6:
            return rank  # "*Prepared by the field team of the Highland Rights Network, 3 August 2026. …*"
    if (_HEADER_START.match(clause) or _HEADER_BEFORE_DATE.search(clause)) and (
        len(_WORD.findall(clause)) <= 16 and len(_WORD.findall(after)) <= 12
    ):
        return _HEADER_RANK
    if _BULLET.match(line):
        return None  # "* Arrest of two teachers, 9 January 2026.": an item of notes, not a date line
    if _BOLD_DAY_BEFORE.match(before) and _BOLD_END.match(line[match.end :]):
        return _DATE_ONLY_RANK  # "**Tuesday 6 October 2026**, Kabul office, notes taken by …": the notes' day
    # the day's name after its date ("30 November 2025, Sunday"): a date line, not a sentence going on
    named_day = _WEEKDAY_AFTER.match(fold_str(line[match.end :])) is not None
    # what the line is after its date: "Wednesday 21 October 2026, transcript (English service)"
    named_day = named_day or _DOCUMENT_AFTER.match(line[match.end :]) is not None
    after = "" if named_day else after
    stated = line[match.start : match.end]
    # "On Monday, 3 June 2024, the Taliban …", "3 June 2024, the Taliban …": a sentence, what happened
    in_a_sentence = (
        _LEADS_A_SENTENCE.search(before) is not None
        or _LEADS_A_SENTENCE.match(stated) is not None
        or (
            re.match(r"\s*[,،]\s*[^\W\d_]", line[match.end :]) is not None
            and not _WORD.findall(before)
            and not named_day
        )
    )
    # Dari and Pashto have no capital to show where the dateline's date ends: "کابل، ۱۲ سرطان ۱۴۰۳ طالبان …"
    story = _ARABIC_SCRIPT.match(line[match.end :]) is not None and match.range.precision == "day"
    timeless = re.sub(r"^[\s,]*(?:at\b)?", "", _TIME.sub("", after))  # "Kabul, 17 June 2025, 10:32 —"
    dateline = (
        _DATELINE_BEFORE.match(before) and (_DATELINE_AFTER.match(timeless) or story) and before.strip()
    )
    if dateline and not in_a_sentence and match.range.precision == "day":
        return 1  # a title ending in its month ("MONTHLY PRESS FREEDOM TABLE — JULY 2025") is no dateline
    rest = _WORD.findall(before + " " + _TIME.sub(" ", after))
    if len(rest) <= 1 and not re.search(r"\d", _TIME.sub(" ", after)) and not in_a_sentence:
        return 2
    if (
        _BYLINE_END.search(before)
        and not _WORD.search(after)
        and len(_WORD.findall(before)) <= 12
        and not _NOTE_ITEM.match(line)
        and not _SENTENCE_AFTER.match(line[match.end :])
    ):
        return 3  # a subtitle or byline ending in its date: "Background paper for new staff — September 2024"
    return None


# A day in bold opening its line, maybe after the day's name: "**Tuesday 6 October 2026**, Kabul office".
_BOLD_DAY_BEFORE = re.compile(
    rf"^\s*(?:\*\*|__)\s*(?:(?:{_DAY_NAMES})\s*[,،]?\s*)?$",
    re.IGNORECASE,
)
_BOLD_END = re.compile(r"^\s*(?:\*\*|__)")
_DOCUMENT_AFTER = re.compile(
    # (maybe after a place: "Tuesday 6 October 2026, Kabul office, notes taken by the duty researcher")
    r"\s*[,،;]\s*(?:[^\W\d_]+\s+){0,3}?(?:[^\W\d_]+\s*[,،]\s*)?"
    r"(?:transcript|translation|translated|edition|unofficial|draft|final|summary|excerpts?|notes|log|minutes)\b"
    r"[^.!?؟\n]{0,60}$",
    re.IGNORECASE,
)
_NEW_CLAUSE = re.compile(r"\s*(?:[,;·|(—–]|\s-\s)")


def _opens_with(label: re.Pattern[str], clause: str) -> bool:
    """True when `label` opens `clause` (after marks: "_Published …", "**تاریخ نشر: …")."""
    found = label.search(clause)
    return found is not None and not _WORD.search(clause[: found.start()])


def _us_reading(line: str, match: DateMatch) -> date:
    """Month first for an ambiguous numeric date in US English ("03/06/2024" → 6 March)."""
    numeric = _NUMERIC.match(line[match.start : match.end])
    if numeric is None or _WORD.search(line[match.start : match.end]):  # a weekday decides
        return match.range.start
    first, second, year = (int(g) for g in numeric.groups())
    if first > 12 or second > 12 or first == second:
        return match.range.start
    try:
        return date(year, first, second)
    except ValueError:
        return match.range.start
