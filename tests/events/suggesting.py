"""What the suggester tests share: suggesting from a short passage, and the facts a researcher checks."""

from __future__ import annotations

from datetime import date

from desktop.events.suggest import SuggestedEvent, suggest_events

PUBLISHED = date(2024, 5, 20)  # a Monday


def suggest(text: str, language: str = "en", published: date | None = PUBLISHED) -> list[SuggestedEvent]:
    """The suggestions for `text`, checking each passage is the text at its offsets."""
    events = suggest_events(text, published=published, language=language)
    assert all(e.passage == text[e.start : e.end] for e in events)
    return events


def facts(events: list[SuggestedEvent]) -> set[tuple[object, ...]]:
    """(type, province or country, count, qualifier) of each suggestion."""
    return {
        (
            e.type,
            e.province or e.country,
            e.count.value if e.count else None,
            e.count.qualifier if e.count else None,
        )
        for e in events
    }
