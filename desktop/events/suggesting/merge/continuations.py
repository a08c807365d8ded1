"""Suggestions completed by the sentence before: a detention then silence about the person is one
disappearance; a quoted witness or harm done resisting takes the day of the incident just told.
"""

from __future__ import annotations

import re
from dataclasses import replace

from desktop.events.numbers import Count
from desktop.events.script import fold_str
from desktop.events.suggesting.merge.merging import Candidate, agree, fill
from desktop.events.suggesting.words.mentions import is_marks, is_silence, silence_of_one


def join_silence(
    candidates: list[Candidate], text: str, acts: dict[int, int] | None = None
) -> list[Candidate]:
    """A detention told in one sentence and silence about the person in the next ("… took him away. Since
    that day we have had no news of him.", «… با خود بردند. از همان روز هیچ خبری از او نداریم») is one
    disappearance, dated and placed by the detention; `acts` (outcome sentence → act sentence, see
    outcomes.pairs) reaches an act a sentence or two further back ("… was summoned on 9 May. His wife went
    to the office. He has not been seen since.")."""
    acts = acts or {}
    kept = list(candidates)
    for silent in candidates:
        paired = silent.sentence in acts
        if silent.event.type != "disappearance" or not (paired or is_silence(silent.event.trigger)):
            continue
        act = acts.get(silent.sentence, silent.sentence - 1)
        taken = [
            c for c in kept
            if c.event.type in ("detention", "disappearance") and c is not silent
            and c.paragraph == silent.paragraph
            and c.sentence == act and agree(c.event.province, silent.event.province)
            and not (act == silent.sentence and not is_silence(silent.event.trigger))  # "held and vanished"
            and (c.event.count is None or silent.event.count is None or c.event.count == silent.event.count)
        ]  # fmt: skip
        if len(taken) != 1 or not any(c is silent for c in kept):
            continue
        detained = taken[0].event
        start, end = detained.start, silent.event.end if act == silent.sentence - 1 else detained.end
        after = text[silent.event.start : silent.event.end]
        after = after[after.find(silent.event.trigger) + len(silent.event.trigger) :][:20]
        if _EITHER.match(after) and detained.type == "detention":
            kept = [c for c in kept if c is not silent]  # "he did not come back either": held like the others
            continue
        if detained.count is None and silent.event.count is None and silence_of_one(fold_str(after)):
            detained = replace(detained, count=Count(1, "exact"))  # «هیچ خبری از او»: of one person
        event = replace(
            fill(replace(detained, type="disappearance", trigger=silent.event.trigger), silent.event),
            passage=text[start:end], start=start, end=end,
        )  # fmt: skip
        at = next(i for i, c in enumerate(kept) if c is taken[0])  # by identity: == compares every field
        kept[at] = replace(taken[0], event=event, sentence=silent.sentence)
        kept = [c for c in kept if c is not silent]
    return kept


_EITHER = re.compile(r"\s*(?:either|as well)\b", re.IGNORECASE)
_QUOTE_OPENS = re.compile(r"^[\s\-*•]*[\"“«‘']")
# Harm done while resisting the incident just told: "were beaten when they tried to stop the men from taking
# her", «هنگامی که خواستند جلوی بردن او را بگیرند لت و کوب شدند», «کله یې چې د نیولو مخه ونیوله».
_RESISTING = re.compile(
    r"\b(?:when|as|while|after)\s+(?:they|he|she|we|I)\s+(?:tried|attempted|wanted|refused|resisted|protested)"
    r"|(?:هنگامی که|وقتی که|وقتی|زمانی که)\s+(?:\S+\s+){0,3}(?:مانع|جلوی|جلو|مقاومت|اعتراض)"
    r"|(?:کله چې|کله یې چې)\s+(?:\S+\s+){0,3}(?:مخه|مخنیوی|مقاومت|اعتراض)",
    re.IGNORECASE,
)


def date_continuations(candidates: list[Candidate]) -> list[Candidate]:
    """A witness's words quoted right after a dated sentence of the same paragraph ("Two men were killed on
    Aug. 9 … \"They beat us with rifle butts, … they took my brother\", said a farmer") tell that day's
    incident, as does harm done resisting it ("were beaten when they tried to stop the men from taking her",
    also opening the next paragraph), and the marks seen on someone just released or handed back ("His back
    was covered in bruises"): an event they give no date of their own takes its day instead of the
    publication date."""
    carried = []
    for c in candidates:
        if not c.event.date_reported:  # dated by its own words (most): nothing to look for (speed)
            carried.append(c)
            continue
        quoted = _QUOTE_OPENS.match(c.event.passage) is not None
        resisting = _RESISTING.search(c.event.passage) is not None
        marks = c.event.type == "torture" and is_marks(c.event.trigger)
        before = [
            d.event
            for d in candidates
            if d.sentence == c.sentence - 1
            and (d.paragraph == c.paragraph or resisting)  # the sentence just before, in any paragraph
            and d.event.date_precision == "day"
        ]
        if c.event.date_reported and before and (quoted or resisting or marks):
            day = before[-1]
            c = replace(
                c,
                event=replace(
                    c.event, date_start=day.date_start, date_end=day.date_end, date_precision="day"
                ),
            )
        carried.append(c)
    return carried


# Ill-treatment during the custody just told: "beaten … while held at the checkpoint", «در دوران بازداشت».
_IN_CUSTODY = re.compile(
    r"\b(?:while (?:being )?(?:held|detained|in custody)|in (?:custody|detention)|"
    r"during (?:their |his |her )?(?:detention|custody|interrogation|questioning)|"
    r"every (?:day|night) they held)\b"
    r"|(?:در دوران|در جریان|در زمان|حین|هنگام)\s+بازداشت|در بازداشت|"
    r"په توقیف کې|د توقیف پر مهال|د بند پر مهال",
    re.IGNORECASE,
)


def custody_dates(candidates: list[Candidate]) -> list[Candidate]:
    """Torture told as done in custody, with no date of its own ("had been beaten … while held at the
    checkpoint"), is dated from the detention of those people told before it (same province, counts that
    agree) to the article's date, precision "range": it happened in that custody, on a day not said."""
    out: list[Candidate] = []
    for c in candidates:
        event = c.event
        if event.type == "torture" and event.date_reported and _IN_CUSTODY.search(event.passage):
            held = [
                d.event for d in out
                if d.event.type == "detention" and d.event.date_start and not d.event.date_reported
                and agree(d.event.province, event.province)
                and (d.event.count is None or event.count is None or d.event.count == event.count)
            ]  # fmt: skip
            if held:
                since = held[-1].date_start  # from the detention to the report: when in custody is not said
                until = max(event.date_end or event.date_start or since, since) if since else None
                c = replace(c, event=replace(event, date_start=since, date_end=until, date_precision="range"))
        out.append(c)
    return out
