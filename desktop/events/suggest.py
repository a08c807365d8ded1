"""Candidate events in an article's text: type, place, count, date and actors, each with its passage.

The rules, in the order they apply, are described for researchers in docs/EVENTS.md.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from desktop.events.numbers import find_counts
from desktop.events.suggesting.article import training
from desktop.events.suggesting.article.article_facts import article_facts
from desktop.events.suggesting.article.reading import ReadSentence, read_article
from desktop.events.suggesting.article.sections import is_heading, is_headline, names_events
from desktop.events.suggesting.article.tables import (
    breakdown_line,
    counted_row,
    find_tables,
    row_events,
    table_date,
)
from desktop.events.suggesting.merge.continuations import custody_dates, date_continuations, join_silence
from desktop.events.suggesting.merge.dropping import (
    drop_accounts,
    drop_headlines,
    drop_missing_before_death,
    drop_raids,
    drop_summaries,
    drop_told_marks,
    drop_totals,
)
from desktop.events.suggesting.merge.merging import Candidate, merge_repeats
from desktop.events.suggesting.merge.tolls import rising_tolls
from desktop.events.suggesting.sentence import outcomes, taken_to_fight
from desktop.events.suggesting.sentence.sentence_events import sentence_events
from desktop.events.suggesting.suggestion import SuggestedEvent
from desktop.events.suggesting.when import stretches
from desktop.events.suggesting.when.dating import ArticleDates, When
from desktop.events.suggesting.when.told_next import dated_by_next
from desktop.events.suggesting.where.locating import event_places
from desktop.events.suggesting.where.placing import Where
from desktop.events.suggesting.where.running_context import Context, next_paragraph
from desktop.events.suggesting.words import authority_acts, relocations, retractions

__all__ = ["SuggestedEvent", "Where", "event_places", "suggest_events"]


_NUMBER_ALONE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]?\s*$")


def _retract(candidates: list[Candidate], item: ReadSentence, index: int) -> list[Candidate]:
    """A sentence saying a report was withdrawn or false cancels its own events, or else the last ones."""
    own = [c for c in candidates if c.sentence == index]
    if own:
        return [c for c in candidates if c.sentence != index]
    if item.triggers and retractions.claims_itself(item.folded.text):
        return candidates  # "an outlet had reported three killed, but the report was false": its own claim
    # "the number killed in Balkh … is corrected to four": a correction naming what it corrects leaves the
    # other events told before it (a flogging in the paragraph above) standing
    named = {t.key for t in item.triggers}
    earlier = [
        c.sentence
        for c in candidates
        if c.paragraph >= item.paragraph - 1 and (not named or c.event.type in named)
    ]
    last = max(earlier, default=None)
    return [c for c in candidates if c.sentence != last]


def suggest_events(text: str, *, published: date | None, language: str) -> list[SuggestedEvent]:
    """Candidate events in an article, in text order, one per incident.

    text       the article's plain text (offsets in the result index into it)
    published  the publication date: resolves "last week", dates events the article does not date
               (precision "reported"); None leaves them undated
    language   BCP-47 code of the text ("en", "fa", "prs", "ps"; "" for unknown or mixed)
    """
    dates = ArticleDates(text, published=published)
    read = read_article(text, language, dates)
    article = article_facts(text, read, dates)
    candidates: list[Candidate] = []
    tables = find_tables(read, language)
    context = Context()
    incident = context  # the context of the last sentence with events
    seen_types: set[str] = set()
    correcting = False
    lesson = training.training_document(text)  # a training's, a workshop's or a methodology's document
    acts = outcomes.pairs(read)  # act sentence → the sentence telling its outcome
    for index, item in enumerate(read):
        if acts.get(index, index) != index:
            outcomes.add_act(item)
        if index in acts.values():
            outcomes.add_outcome(item)
        relocations.add_relocation(item, seen_types)  # "dozens of families have since moved to Herat city"
        taken_to_fight.add_taken_to_fight(item)  # «… برای پیوستن به یک قطعه نظامی برده شدند»: recruitment
        authority_acts.add_authority_act(item)  # "the department of public health closed three institutes"
        authority_acts.add_authority_rule(
            item
        )  # "the department … told NGOs that women may no longer work …"
        authority_acts.add_ordered_act(item)  # "closed … by order of the provincial education department"
        authority_acts.add_official_speech(item)  # "A spokesman for the Ministry of Defence condemned …"
        if is_heading(text, item):  # "2. Taloqan (Takhar)": what follows is not the last incident's
            context = incident = Context(item.paragraph)
        elif item.paragraph != context.paragraph and not _NUMBER_ALONE.match(item.sentence.text):
            # "3." before "When his brother returned …": the paragraph begins with its words, not its number
            context = next_paragraph(item, context, incident)
        # "4. Returns and deportations": a section's name, not "Three men detained at the checkpoint tonight"
        label = index and is_heading(text, item) and names_events(item, dates)
        skipped = index in tables.skipped or label
        alone = context.alone
        # "Of these, about 13,500 were deported": the period of the sentence before, for this sentence only
        part = part_of_before(read, index, dates) if index and not skipped else None
        context.alone = part or alone
        found = [] if skipped else sentence_events(item, index, context, article, seen_types)
        if part is not None and context.alone is part:
            context.alone = alone
        if index in tables.counts:
            found = counted_row(found, tables.counts[index])  # "| … | Eight men detained … | 8 |"
        if index in tables.rows:
            # "| Islam Qala | Herat | Iran | 9,412 |" under "Deported"; "| 17 May | Kandahar city | … | 1 |
            # Burns on both hands |" under "Deaths": the column's event besides what the notes tell
            when = table_date(candidates, tables.rows[index], dates, tables.caption(index, read), item)
            told = {c.event.type for c in found}
            rows = row_events(item, tables.rows[index], when, tables.counts.get(index))
            found += [Candidate(e, index, item.paragraph) for e in rows if e.type not in told]
        elif not found and not item.triggers:
            found = breakdown_line(item, index, candidates)
        if lesson and not training.tells_incident(item, dates):
            found = []  # a training's or a methodology's topics: "how to document detention"
        if correcting and found:  # "Correction" on a line of its own: the claim below it is corrected away
            found, correcting = [], False
        if found and retractions.corrects_itself(item.folded.text):
            found = []  # "A correction to last night's bulletin: we reported that a teacher … was arrested"
        candidates += found
        folded = item.folded.text
        previous = read[index - 1].folded.text if index else ""
        if retractions.retracts(folded) or retractions.corrects_previous(folded, previous):
            candidates = _retract(candidates, item, index)
        elif retractions.unconfirmed(
            folded
        ):  # a rumour or a claim on social media the author could not confirm
            own = [c for c in candidates if c.sentence == index]
            candidates = [c for c in candidates if c.sentence != index]
            if retractions.points_back(folded, bool(own)):  # "This could not be verified.": the claim before
                candidates = _retract(candidates, item, index)
        correcting = correcting or retractions.correction_heading(folded)
        # a title announces, it reports nothing before; a type seen only in words no suggestion came of (a
        # detention inside a deportation's "held … before being bussed to the border") was not told
        if not is_headline(item, index, article.title_alone, article.title_index):
            seen_types |= {c.event.type for c in found}
        incident = context if found else incident
    # «… این دو تن روز پنجشنبه …»: dated by the next sentence; marks of a beating told before are its own
    candidates = dated_by_next(date_continuations(drop_told_marks(candidates)), read, dates)
    candidates = custody_dates(stretches.date_stretches(candidates, dates))
    early = drop_missing_before_death(drop_raids(drop_headlines(drop_summaries(drop_accounts(candidates)))))
    joined = join_silence(early, text, {outcome: act for act, outcome in acts.items()})
    kept = drop_totals(merge_repeats(rising_tolls(joined, read), text))  # "… has risen to 19": one killing
    return sorted((_uncounted(c.event) for c in kept), key=lambda e: e.start)


# "Of these, …", "Among them, …", «از این میان …», «از جمله …», Pashto «له دې ډلې …»: part of the people the
# sentence before counted, in its period.
_OF_THESE = re.compile(
    r"^\W*(?:of (?:these|them|those|whom)|among (?:them|these|those)|"
    r"از (?:این|ان|آن) (?:میان|جمله|تعداد|شمار)|از میان (?:انان|آنان|آنها|انها)|"
    r"له دې (?:ډلې|جملې|شمېر)|له دوی)"
    r"(?!\w)",
    re.IGNORECASE,
)


# "Fifteen of them were detained in Chaghcharan", "Six others disappeared", «پانزده تن از آنان …», «شش تن
# دیگر …», Pashto «پنځلس تنه یې …», «شپږ نور …»: a count opening the sentence takes a part of those counted
# before.
_PART_OPENING = re.compile(
    r"^\W*(?:\S+\s+){0,2}?\S+\s+(?:(?:تن|نفر|تنه|کسان)\s+)?"
    r"(?:of (?:them|these|those|whom)|others|more|از (?:این|ان|آن) (?:میان|جمله)|"
    r"از (?:آنان|آنها|انان|انها|ایشان|این ها|اینها)|دیگر|یې|یی|نور|له دوی)(?!\w)",
    re.IGNORECASE,
)


def _a_part(item: ReadSentence) -> bool:
    """The sentence opens with "Of these", or with a count of some of those counted before."""
    folded = item.folded.text
    if _OF_THESE.match(folded):
        return True
    opening = _PART_OPENING.match(folded)
    return bool(opening and any(c.start < opening.end() for c in find_counts(item.sentence.text[:60])))


def part_of_before(read: list[ReadSentence], index: int, dates: ArticleDates) -> When | None:
    """The date of the sentence that counted the whole, for a sentence with no date of its own that opens by
    taking a part of the people it counted ("… returned between 8 and 14 September. Of these, about 13,500
    were deported"; "At least 21 were detained or disappeared in Hamal. Fifteen of them … Six others …")."""
    item = read[index]
    if not _a_part(item) or dates.within(item.sentence.start, item.sentence.end):
        return None
    for back in range(index - 1, max(-1, index - 4), -1):
        before = read[back]
        if before.paragraph != item.paragraph and back != index - 1:
            return None
        found = [m for m in dates.within(before.sentence.start, before.sentence.end) if dates.usable(m)]
        if found:
            return dates.when(found[-1])
        if not _a_part(before):
            return None
    return None


def _uncounted(event: SuggestedEvent) -> SuggestedEvent:
    """ "Dozens of protesters were detained": no count (the key's rule 6), its qualifier kept."""
    if event.count is None or not event.count.vague:
        return event
    return replace(event, count=None, uncounted=event.count.qualifier)
