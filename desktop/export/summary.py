"""The cited-summary input model: sections of quotes and notes, events, appendix, references."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

Direction = Literal["ltr", "rtl"]


@dataclass(frozen=True)
class Quote:
    """A passage quoted from a source.

    text       the exact words (paragraphs separated by blank lines)
    cite_key   the `id` of its source in `Summary.references`
    locator    where in the source, in pandoc's syntax: "3", "p. 3", "para. 4"
    note       the researcher's comment on the passage, shown under it
    direction  "rtl" for Persian, Dari, Pashto, Urdu or Arabic text
    """

    text: str
    cite_key: str
    locator: str | None = None
    note: str | None = None
    direction: Direction = "ltr"


@dataclass(frozen=True)
class Note:
    """A paragraph of the researcher's own text (no citation unless it contains one)."""

    text: str
    direction: Direction = "ltr"


@dataclass
class Section:
    """A heading and the quotes and notes under it, in order."""

    heading: str
    items: list[Quote | Note] = field(default_factory=list)


@dataclass(frozen=True)
class EventRow:
    """One row of the events table; `cite_keys` are the sources that back it."""

    date: str
    event_type: str
    place: str = ""
    perpetrator: str = ""
    count: str = ""
    description: str = ""
    cite_keys: tuple[str, ...] = ()


@dataclass
class Summary:
    """Everything a cited summary shows; `references` are CSL-JSON items whose ids are keys."""

    title: str
    sections: list[Section]
    events: list[EventRow] | None = None
    appendix: str | None = None
    references: list[dict[str, Any]] = field(default_factory=list)
    bibliography: bool = True
    references_heading: str = "References"
    events_heading: str = "Events"
    appendix_heading: str = "Custody appendix"

    def cited_keys(self) -> Iterator[str]:
        """Every citation key the summary uses, in order of use (repeats included)."""
        for section in self.sections:
            for item in section.items:
                if isinstance(item, Quote):
                    yield item.cite_key
        for row in self.events or []:
            yield from row.cite_keys

    def check_keys(self) -> None:
        """Raise ValueError naming the first citation key with no reference behind it."""
        known = {str(ref.get("id")) for ref in self.references}
        for key in self.cited_keys():
            if key not in known:
                raise ValueError(f"{key}: cited in the summary but not in its references")


def text_direction(text: str) -> Direction:
    """ "rtl" when most letters of `text` are right-to-left (Arabic script, Hebrew)."""
    rtl = ltr = 0
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            rtl += 1
        elif kind == "L":
            ltr += 1
    return "rtl" if rtl > ltr else "ltr"
