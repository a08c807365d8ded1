"""Suggesting events across many articles, and recording the suggestions a researcher accepts.

The suggester (desktop.events) reads one text and knows nothing of the notebook; this module
runs it over the articles a researcher chose (all of them, or a search's hits) as a generator
yielding Progress, so the CLI draws a progress line and the app runs it off the GUI thread with
Cancel. Accepting stays explicit: nothing is recorded here unless `accept_suggestions` is called.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from desktop.events.suggest import SuggestedEvent, suggest_events
from desktop.progress import Progress
from desktop.store.events import Event
from desktop.store.notebook import Notebook

REPORTED = "reported"  # the date precision of an event dated by its article's publication date


@dataclass(frozen=True)
class ArticleSuggestions:
    """What the suggester found in one article; `recorded` counts those left out because an
    event of the same type already rests on the same passage (suggesting twice adds nothing)."""

    article_id: str
    title: str
    suggestions: tuple[SuggestedEvent, ...]
    recorded: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "title": self.title,
            "suggestions": [s.to_dict() for s in self.suggestions],
            "already_recorded": self.recorded,
        }


def suggestion_fields(suggestion: SuggestedEvent) -> dict[str, Any]:
    """The event fields accepting `suggestion` records. A date taken from the article's
    publication date keeps the precision "reported", so it can be told apart and filtered."""
    fields = suggestion.event_fields()
    if suggestion.date_precision == REPORTED and "date_start" in fields:
        fields["date_precision"] = REPORTED
    return fields


def accept_suggestions(
    nb: Notebook, *, article_id: str, suggestions: Sequence[SuggestedEvent]
) -> list[Event]:
    """Record the chosen suggestions of one article, each one undoable step; several from one
    sentence share one annotation."""
    made: list[Event] = []
    spans: dict[tuple[int, int], str] = {}
    for s in suggestions:
        fields = suggestion_fields(s)
        if (s.start, s.end) in spans:
            made.append(nb.events.create(evidence=[spans[s.start, s.end]], **fields))
        else:
            made.append(nb.events.from_passage(article_id, start=s.start, end=s.end, **fields))
            spans[s.start, s.end] = made[-1].evidence[0]
    return made


def article_ids(nb: Notebook, *, query: str | None = None) -> list[str]:
    """The articles to look through: a search's hits, best first, or every live article in the
    order they were added. Raises QuerySyntaxError for a query the search cannot read."""
    total = nb.count_articles()
    if query is not None:
        return [hit.id for hit in nb.search(query, limit=max(1, total)).hits]
    return [row.id for row in nb.article_rows(limit=max(1, total), order="added")]


def _recorded_spans(nb: Notebook, article_id: str) -> set[tuple[str, int, int]]:
    """(type, start, end) of the passages of this article that already back an event."""
    spans: set[tuple[str, int, int]] = set()
    for event in nb.events.all(article_id=article_id):
        for passage in nb.events.evidence(event.id):
            if passage.article_id == article_id:
                spans.add((event.type, passage.start, passage.end))
    return spans


def suggest_in_article(nb: Notebook, article_id: str) -> ArticleSuggestions:
    """The suggestions for one article that are not recorded yet."""
    article = nb.article(article_id)
    found = suggest_events(article.text, published=article.published, language=article.language)
    recorded = _recorded_spans(nb, article.id) if found else set()
    new = tuple(s for s in found if (s.type, s.start, s.end) not in recorded)
    return ArticleSuggestions(article.id, article.title, new, recorded=len(found) - len(new))


def suggest_in_articles(nb: Notebook, ids: Sequence[str]) -> Iterator[Progress | ArticleSuggestions]:
    """Suggestions for each article in `ids`, yielded per article (those with new suggestions or
    recorded ones), with a Progress before each. Closing the generator stops it; nothing is written."""
    total = len(ids)
    for done, article_id in enumerate(ids):
        yield Progress(done, total, article_id)
        result = suggest_in_article(nb, article_id)
        if result.suggestions or result.recorded:
            yield result
    yield Progress(total, total, "done")
