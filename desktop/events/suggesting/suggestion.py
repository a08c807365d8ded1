"""SuggestedEvent: one candidate event found in an article, with the passage that supports it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.events.numbers import Count
from desktop.events.suggesting.confidence import confidence
from desktop.events.vague_counts import count_words
from desktop.events.vocabulary import choices


@dataclass(frozen=True, slots=True)
class SuggestedEvent:
    """A candidate event; `passage == text[start:end]` is the sentence (or sentences) to annotate as evidence.

    count           a numbers.Count (value and "exact" / "at least" / "about") or None
    date_precision  "day", "month", "year", "range", "approximate", or "reported" when the article gives
                    no date and the publication date stands in for it (None without a publication date)
    place           a district, town, city or region name when one is given
    place_inferred  True when the sentence names no place and it was taken from the context
    listed          True when the sentence names several provinces without saying what happened in each
                    (one event in the country stands for them: it is not any one province's incident)
    date_inferred   True when the sentence gives no date and the story's day or a date line above stands in
    uncounted       the qualifier of a number no one counted ("dozens", «ده‌ها»: "at least"); count is None;
                    to_dict()["count_words"] gives the passage's words for it ("Dozens")
    """

    type: str
    province: str | None
    country: str | None
    place: str | None
    count: Count | None
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    perpetrator: str | None
    victim_group: str | None
    passage: str
    start: int
    end: int
    trigger: str
    place_inferred: bool = False
    listed: bool = False
    uncounted: str | None = None
    date_inferred: bool = False  # the date is the story's or the paragraph's, not one its sentence gives

    @property
    def date_reported(self) -> bool:
        """The date is the publication date, not one the article gives for the event."""
        return self.date_precision == "reported"

    def event_fields(self) -> dict[str, Any]:
        """The event fields accepting this suggestion fills in (those it found; the rest left out).

        A precision the vocabulary does not know (the date finder's "range") is recorded as approximate.
        """
        d = self.to_dict()
        precision = d["date_precision"]
        if precision is not None and precision not in choices("date_precisions"):
            precision = "approximate"
        fields = {
            "type": self.type, "province": self.province, "country": self.country, "place": self.place,
            "count": d["count"], "count_qualifier": d["count_qualifier"], "date_start": d["date_start"],
            "date_end": d["date_end"] if d["date_end"] != d["date_start"] else None,
            "date_precision": precision, "perpetrator": self.perpetrator, "victim_group": self.victim_group,
        }  # fmt: skip
        return {k: v for k, v in fields.items() if v is not None}

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary (dates as ISO strings, the count split into value and qualifier, how sure
        it is: see confidence.py)."""
        sure = confidence(self)
        return {
            "type": self.type, "province": self.province, "country": self.country, "place": self.place,
            "count": self.count.value if self.count else None,
            "count_qualifier": self.count.qualifier if self.count else self.uncounted,
            "count_words": count_words([self.passage]) if self.uncounted else None,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "date_precision": self.date_precision, "perpetrator": self.perpetrator,
            "victim_group": self.victim_group, "passage": self.passage, "start": self.start,
            "end": self.end, "trigger": self.trigger, "place_inferred": self.place_inferred,
            "confidence": sure.level, "confidence_reasons": list(sure.reasons),
        }  # fmt: skip

    def facts(self) -> int:
        """How many fields the passage fills (to keep the richest of several passages of one event)."""
        known = (self.province, self.place, self.count, self.perpetrator, self.victim_group)
        return sum(x is not None for x in known) + (self.date_start is not None and not self.date_reported)
