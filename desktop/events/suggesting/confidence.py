"""How far a researcher can rely on a suggestion as it stands: "high", "medium" or "low", with the reasons.

A suggestion is an event a sentence tells; what makes it likely to be one real incident, placed, counted and
dated as the article says, is whether the sentence itself anchors it: a date of its own (not the article's),
a place named in the sentence (not carried over from the one before), a count. Measured on answer keys no
one tuned on (docs/EVENTS.md, "How sure a suggestion is"): suggestions with a date of their own and a count
or a place of their own were right nine times in ten; those with neither a date nor a place of their own
fewer than four times in ten. The level sorts and filters suggestions; it never removes one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol


class SuggestedEvent(Protocol):
    """What the level is read from (suggestion.SuggestedEvent has it; named here so that the two modules do
    not import each other)."""

    @property
    def type(self) -> str: ...
    @property
    def province(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...
    @property
    def count(self) -> object: ...
    @property
    def uncounted(self) -> str | None: ...
    @property
    def date_start(self) -> date | None: ...
    @property
    def place_inferred(self) -> bool: ...
    @property
    def date_inferred(self) -> bool: ...
    @property
    def date_reported(self) -> bool: ...


Level = Literal["high", "medium", "low"]
LEVELS: tuple[Level, ...] = ("high", "medium", "low")

# Why a suggestion is less sure (codes for JSON; the GUI and the CLI give them words).
NO_DATE = "no_date_of_its_own"  # dated by the article's publication date, the story's day, or not at all
PLACE_FROM_CONTEXT = "place_from_context"  # the sentence names no place: the last incident's or the article's
NO_PLACE = "no_place"  # no province and no foreign country
NO_COUNT = "no_count"  # how many people is not said


@dataclass(frozen=True, slots=True)
class Confidence:
    level: Level
    reasons: tuple[str, ...]


def confidence(event: SuggestedEvent) -> Confidence:
    """The suggestion's level and what lowers it."""
    dated = event.date_start is not None and not event.date_reported and not event.date_inferred
    placed = not event.place_inferred and (event.province is not None or event.country not in (None, "AF"))
    counted = event.count is not None or event.uncounted is not None or event.type == "statement"
    reasons = []
    if not dated:
        reasons.append(NO_DATE)
    if event.place_inferred:
        reasons.append(PLACE_FROM_CONTEXT)
    elif not placed:
        reasons.append(NO_PLACE)
    if not counted:
        reasons.append(NO_COUNT)
    if dated and (counted or placed):
        level: Level = "high"
    elif not dated and not placed:
        level = "low"
    else:
        level = "medium"
    return Confidence(level, tuple(reasons))


def at_least(event: SuggestedEvent, level: Level) -> bool:
    """The suggestion is at `level` or surer."""
    return LEVELS.index(confidence(event).level) <= LEVELS.index(level)
