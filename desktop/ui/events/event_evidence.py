"""Evidence while an event is being edited: passages already annotated or still to annotate, and saving.

The editor works on a list of EvidenceItem; `save_event` turns it into store calls, so undo
works as everywhere else (a single new passage: one step, "Add event from passage").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.events.suggest import suggest_events
from desktop.events_batch import suggestion_fields
from desktop.store.annotations import Annotation
from desktop.store.articles import Article
from desktop.store.events import EVIDENCE_COLOR, Event, EventError
from desktop.store.notebook import Notebook


@dataclass(frozen=True)
class EvidenceItem:
    """A passage behind an event; `annotation_id` is None until it is saved as an annotation."""

    article_id: str
    start: int
    end: int
    quote: str
    title: str
    annotation_id: str | None = None


def from_annotation(nb: Notebook, annotation: Annotation) -> EvidenceItem:
    article = nb.article(annotation.article_id)
    return EvidenceItem(
        article.id, annotation.start, annotation.end, annotation.exact, _title(article), annotation.id
    )


def from_passage(nb: Notebook, article_id: str, start: int, end: int) -> EvidenceItem:
    article = nb.article(article_id)
    return EvidenceItem(article.id, start, end, article.text[start:end], _title(article))


def _title(article: Article) -> str:
    return f"{article.title} ({article.outlet})" if article.outlet else article.title


def guess_fields(nb: Notebook, article_id: str, start: int, end: int) -> dict[str, Any]:
    """Fields read from a selected passage ("New event from passage"), {} when nothing is found."""
    article = nb.article(article_id)
    found = suggest_events(article.text[start:end], published=article.published, language=article.language)
    return suggestion_fields(found[0]) if found else {}


def save_event(
    nb: Notebook,
    *,
    event_id: str | None,
    fields: dict[str, Any],
    tags: Sequence[str],
    evidence: Sequence[EvidenceItem],
) -> Event:
    """Create (event_id None) or update an event with this evidence, annotating new passages.

    Raises EventError with a message for the user (no evidence, a bad value).
    """
    if not evidence:
        raise EventError("an event needs at least one passage as evidence")
    pending = [e for e in evidence if e.annotation_id is None]
    existing = [e.annotation_id for e in evidence if e.annotation_id is not None]
    if event_id is None and pending:
        first = pending.pop(0)
        event = nb.events.from_passage(
            first.article_id, start=first.start, end=first.end, tags=tags, **fields
        )
        if not pending and not existing:
            return event
        ids = [*event.evidence, *existing, *(_annotate(nb, p) for p in pending)]
        return nb.events.update(event.id, evidence=ids)
    ids = [*existing, *(_annotate(nb, p) for p in pending)]
    if event_id is None:
        return nb.events.create(evidence=ids, tags=tags, **fields)
    return nb.events.update(event_id, evidence=ids, tags=tags, **fields)


def _annotate(nb: Notebook, item: EvidenceItem) -> str:
    return nb.annotations.create(item.article_id, start=item.start, end=item.end, color=EVIDENCE_COLOR).id
