"""Punishments ordered and carried out: "the court also ordered the public flogging of two women …; the
flogging was carried out in the stadium the next day", «… دستور شلاق زدن … را صادر کرد و این حکم روز بعد …
اجرا شد». The punishment is the event, dated when it was carried out; the order is no statement of its own.

Works on the sentence text (folded where it says so), like `clauses`.
"""

from __future__ import annotations

from desktop.events.script import fold_str
from desktop.events.suggesting import compile_folded
from desktop.events.suggesting.article.reading import ReadSentence
from desktop.events.suggesting.when.dating import DateMatch

_CARRIED_OUT = compile_folded(
    r"(?<!\w)(?:(?:was|were|been)\s+(?:\w+ly\s+)?(?:carried out|executed|implemented|enforced|administered)|"
    r"اجرا (?:شد|شدند|گردید|گردیدند|کردند)|عملی (?:شد|گردید)|پلي (?:شو|شول|کړل|کړ)|عملي (?:شو|شول|کړل|کړ))"
    r"(?!\w)"
)
# Words one of which the carrying out needs (a cheap test before the pattern, run for every event).
_CUES = tuple(
    fold_str(cue)
    for cue in ("carried", "executed", "implemented", "enforced", "administered", "اجرا", "عملی", "پلي")
)
_ORDERED = compile_folded(r"(?<!\w)(?:ordered|orders|ordering|order|دستور|حکم|فرمان|امر)(?!\w)")
# The date of the carrying out stands near its verb: "… was carried out in the stadium the next day".
_NEAR = 80


def order_carried_out(folded: str, start: int) -> bool:
    """The statement word at `start` of the folded sentence is an order the sentence says was carried out
    after it: the punishment is the event."""
    found = _CARRIED_OUT.search(folded, start)
    return bool(_ORDERED.match(folded, start) and found)


def carried_out_date(item: ReadSentence, own: list[DateMatch]) -> DateMatch | None:
    """Of the sentence's own dates, the one nearest the carrying out of an ordered punishment, if any."""
    folded = item.folded.text
    found = _CARRIED_OUT.search(folded) if any(cue in folded for cue in _CUES) else None
    if found is None or not _PUNISHED.search(folded, 0, found.start()):
        return None
    start, end = item.article_span(found.start(), found.end())

    def distance(m: DateMatch) -> int:
        return max(m.start - end, start - m.end, 0)

    near = [m for m in own if distance(m) <= _NEAR]
    return min(near, key=distance) if near else None


# What was ordered before it was carried out: a sentence, an order, a punishment.
_PUNISHED = compile_folded(
    r"(?<!\w)(?:ordered|order|sentence|sentenced|verdict|ruling|punishment|flogging|lashes|execution|"
    r"حکم|دستور|فرمان|مجازات|شلاق|قصاص|اعدام|دورې|دره|سزا)"
)
