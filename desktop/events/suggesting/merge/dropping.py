"""Suggestions left out as another's restatement: a title's, a sum's, a total's, a raid's that is told
with what it did to people, a witness's account, a disappearance told as the background of a death, the
marks of a beating told just before.
"""

from __future__ import annotations

import re
from itertools import accumulate

from desktop.events.numbers import Count
from desktop.events.script import fold_str
from desktop.events.suggesting.merge.merging import Candidate, agree
from desktop.events.suggesting.suggestion import SuggestedEvent
from desktop.events.suggesting.words.mentions import HARMS, before_then, is_marks, is_search


def drop_headlines(candidates: list[Candidate]) -> list[Candidate]:
    """A title announces what the story reports: its events are left out when the story has events of
    their type (the story's have the details and the passage to quote)."""

    def announced(c: Candidate) -> bool:
        return c.headline and any(o.event.type == c.event.type and not o.headline for o in candidates)

    return [c for c in candidates if not announced(c)]


def drop_summaries(candidates: list[Candidate]) -> list[Candidate]:
    """Leave out events of a sentence adding events up ("in total, seven were detained") when other
    sentences report events of that type."""

    def restates(c: Candidate) -> bool:
        return c.summary and any(
            o.event.type == c.event.type and o.sentence != c.sentence for o in candidates
        )

    return [c for c in candidates if not restates(c)]


def _is_total(event: SuggestedEvent, others: list[SuggestedEvent], types: frozenset[str]) -> bool:
    """A country's count that adds up the counts of events in its provinces, or a province's that adds up
    those of its districts ("eight detained or disappeared in Takhar: five in Rustaq and three in
    Farkhar"); `types` are the event's type and those its sentence allows."""
    if event.count is None:
        return False
    same = [
        e for e in others if e is not event and e.type in types and e.country == event.country and e.count
    ]
    same = list({(e.province, e.place, e.count.value if e.count else None): e for e in same}.values())
    # a part happened within the total's days: "three relatives seized on Sunday" adds up no teachers who
    # disappeared a week before and a colleague held last month
    if event.date_precision == "day" and not event.date_inferred:
        same = [e for e in same if _within(e, event)]
    if event.province is None and event.country not in (None, "AF"):
        # abroad no province is named: "the execution of five Afghans in Iranian prisons this month", then
        # four hanged in Karaj on 4 February and a fifth executed in Isfahan two days later
        parts = [e for e in same if e.province is None and _within(e, event)]
    elif event.province is None or _AND_PROVINCES.search(fold_str(event.passage)):
        # (or "in Kabul and the eastern provinces", «در کابل و ولایات شرقی»: more than the province it names;
        # a list of provinces told apart is one of its parts: «دوازده تن دیگر در ولایات لغمان، کنر و نورستان»)
        parts = [e for e in same if e.province or (e.listed and e is not event)]
    elif event.place is None:
        parts = [e for e in same if e.province == event.province and e.place]
    else:  # "five in Faizabad": four taken from the mosque there, and a fifth man two days later
        parts = [e for e in same if e.province == event.province and e.place in (event.place, None)]
    if len(parts) >= 2 and _adds_up(event.count, sum(e.count.value for e in parts if e.count)):
        return True
    # or a run of parts told one after the other ("Six of them were arrested in Spin Boldak … Five more were
    # detained in Lashkar Gah …"), when the article tells other incidents of the type too
    if len(parts) <= 2:
        return False
    sums = [0, *accumulate(e.count.value if e.count else 0 for e in sorted(parts, key=lambda e: e.start))]
    return any(
        sums[j] - sums[i] == event.count.value for i in range(len(sums)) for j in range(i + 2, len(sums))
    )


_AND_PROVINCES = re.compile(
    r"\b(?:and|or) (?:the |other |neighbouring |several )?(?:\w+ )?provinces\b|"
    r"(?<!\w)(?:و|یا) (?:دیگر |سایر )?ولایات(?:\s\S+)?|(?<!\w)او (?:نورو )?(?:\S+ )?ولایتونو"
)


def _within(part: SuggestedEvent, total: SuggestedEvent) -> bool:
    """The part's dates lie in the total's range (or either is undated or only reported)."""
    if part.date_start is None or total.date_start is None or total.date_reported or part.date_reported:
        return True
    return total.date_start <= part.date_start and (part.date_end or part.date_start) <= (
        total.date_end or total.date_start
    )


def _adds_up(total: Count, found: int) -> bool:
    """The parts' sum is the total: equal, or close for a total with a qualifier ("at least twelve
    detained", then six and five listed; "about 40", then 20 and 18)."""
    if total.qualifier in ("at least", "about"):
        return 0.85 * total.value <= found <= 1.25 * total.value
    return found == total.value


def drop_totals(candidates: list[Candidate]) -> list[Candidate]:
    """Leave out aggregates restating events already suggested ("eight detained: five in X, three in Y")."""
    events = [c.event for c in candidates]

    def types(c: Candidate) -> frozenset[str]:  # the detained who then disappeared were detained
        extra = {"disappearance"} if c.event.type == "detention" else set()
        return c.alternatives | {c.event.type} | extra

    return [c for c in candidates if not _is_total(c.event, events, types(c))]


def drop_raids(candidates: list[Candidate]) -> list[Candidate]:
    """A house search or raid told next to what it did to people ("Taliban intelligence raided homes in
    Nili. Two former police officers were detained.") is that event, not a threat besides."""

    def harmed(c: Candidate) -> bool:
        return any(
            o.event.type in HARMS and o.paragraph == c.paragraph and abs(o.sentence - c.sentence) <= 1
            and agree(o.event.province, c.event.province)
            for o in candidates
        )  # fmt: skip

    return [
        c for c in candidates if not (c.event.type == "threat" and is_search(c.event.trigger) and harmed(c))
    ]


def drop_told_marks(candidates: list[Candidate]) -> list[Candidate]:
    """ "Two men were beaten with cables at the district office. R. saw bruises on two of them.": marks seen
    with no day of their own, in the paragraph of a beating told before them or the one after it, are that
    beating's, not another; on a body just told of ("His body was handed back on 7 May. His chest was
    covered in bruises."), as in the body's own sentence, they are its killing's (marks dated or placed
    apart, as a custody-death table's rows, stay)."""

    def beating(o: Candidate, c: Candidate) -> bool:
        near = 0 <= c.paragraph - o.paragraph <= 1
        return o.event.type == "torture" and near and not is_marks(o.event.trigger)

    def body(o: Candidate, c: Candidate) -> bool:
        return o.event.type == "killing" and o.paragraph == c.paragraph and o.sentence == c.sentence - 1

    def next_to(o: Candidate, c: Candidate) -> bool:
        # "… beat two shopkeepers on 9 October. When the younger one was let go two days later his back was
        # covered in bruises": the day is the release's; the marks are still the beating's (not a table's
        # rows)
        row = c.event.passage.lstrip().startswith("|")
        return not row and o.paragraph == c.paragraph and o.sentence == c.sentence - 1

    def told_before(c: Candidate) -> bool:
        return (
            c.event.type == "torture"
            and is_marks(c.event.trigger)
            and any(
                o.sentence < c.sentence and (beating(o, c) or body(o, c))
                and (c.event.date_precision == "reported" or next_to(o, c))
                and agree(o.event.province, c.event.province)
                for o in candidates
            )
        )  # fmt: skip

    return [c for c in candidates if not told_before(c)]


def drop_missing_before_death(candidates: list[Candidate]) -> list[Candidate]:
    """ "The body of a former commander was found on 18 April. He had been missing since 15 April.": the
    disappearance before a killing told just before it is its background, not another event; an abduction
    ("he had been abducted by armed men at a checkpoint", «ربوده شده بود») is an act of its own."""

    def background(c: Candidate) -> bool:
        return (
            c.event.type == "disappearance"
            and before_then(fold_str(c.event.passage))
            and not _ABDUCTED.search(fold_str(c.event.trigger))
            and any(
                o.event.type == "killing" and o.paragraph == c.paragraph and o.sentence == c.sentence - 1
                and agree(o.event.province, c.event.province)
                for o in candidates
            )
        )  # fmt: skip

    return [c for c in candidates if not background(c)]


_ABDUCTED = re.compile(r"abduct|kidnap|taken|ربود|اختطاف|تښتول|تښتاو|بوتلل|پایین", re.IGNORECASE)
# A witness's words: the passage opens with a quote, or someone "said:" one («یکی از آنان گفت: «…»»).
_ACCOUNT = re.compile(r"^[\s\-*•]*[\"“«‘']|(?:said|says|told \w+|گفت|گفته است|وویل|ویلي)\s*:\s*[\"“«]")


def drop_accounts(candidates: list[Candidate]) -> list[Candidate]:
    """A witness's quoted account with no date of its own, told right after (up to two sentences) an event
    of its type in the same place ("At least six men were rounded up in Khan Abad …" then "\"They took my
    brother and my two cousins\", one Khan Abad resident said"), is that event told again, not another."""

    def told_before(c: Candidate) -> bool:
        if not c.event.date_reported or not _ACCOUNT.search(c.event.passage):
            return False
        return any(
            o.event.type == c.event.type and 0 < c.sentence - o.sentence <= 2 and not o.event.date_reported
            and agree(o.event.province, c.event.province) and agree(o.event.country, c.event.country)
            for o in candidates
        )  # fmt: skip

    return [c for c in candidates if not told_before(c)]
