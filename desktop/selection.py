"""What goes into an export: a tag, a search, events, annotations or articles, resolved to records.

A `Selection` says what the researcher chose; `resolve` turns it into the articles, passages
(annotations) and events behind it, in a deterministic order, so the same choice always gives
the same citation keys and the same summary.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.csl.item import CslItem, date_parts
from desktop.export.citekeys import with_citekeys
from desktop.export.excerpts import Span, lead_passage, matched_passages
from desktop.store.annotations import Annotation
from desktop.store.articles import Article
from desktop.store.errors import NotFound
from desktop.store.events import Event
from desktop.store.notebook import Notebook

# Search hits taken from a query; more than this is a sign the query is too broad for a report.
QUERY_LIMIT = 1000


@dataclass(frozen=True)
class Selection:
    """The researcher's choice; every part is optional and the parts add up (a union).

    tag             annotations tagged with it or a tag below it, and events tagged with it
    query           the articles a search finds, with their annotations (an article without any
                    is represented by the sentences the search matched: `Resolved.excerpts`)
    event_ids       events, with the passages that are their evidence (events backed by any
                    chosen passage come along too, without their other evidence)
    annotation_ids  passages picked one by one
    article_ids     whole articles (with their annotations; without any, by their lead)
    everything      every live article, annotation and event (what an empty CLI choice means)
    """

    tag: str | None = None
    query: str | None = None
    event_ids: tuple[str, ...] = ()
    annotation_ids: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = ()
    everything: bool = False

    def is_empty(self) -> bool:
        return not (
            self.tag
            or self.query
            or self.event_ids
            or self.annotation_ids
            or self.article_ids
            or self.everything
        )

    def describe(self) -> dict[str, Any]:
        """The choice as JSON-friendly details (for the custody log)."""
        out: dict[str, Any] = {}
        for name in ("tag", "query", "event_ids", "annotation_ids", "article_ids", "everything"):
            value = getattr(self, name)
            if value:
                out[name] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass
class Resolved:
    """The records behind a Selection: articles by date, title and id; annotations by article
    then position; events by date. `keys` maps each article id to its citation key.

    `excerpts`: for an article chosen without any annotation, the (start, end) spans of its text
    to quote instead: the sentences the query matched, or its lead.
    """

    articles: list[Article] = field(default_factory=list)
    annotations: list[Annotation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)
    excerpts: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def article(self, article_id: str) -> Article:
        return next(a for a in self.articles if a.id == article_id)

    def citation_items(self) -> list[CslItem]:
        """The articles' CSL-JSON items, each with its citation key as `id`, in article order."""
        return [{**a.csl, "id": self.keys[a.id]} for a in self.articles]


def resolve(nb: Notebook, selection: Selection) -> Resolved:
    """The articles, passages and events behind `selection` (live records only).

    Raises NotFound for an id that names no live record, and QuerySyntaxError for a bad query.
    """
    annotations: dict[str, Annotation] = {}
    events: dict[str, Event] = {}
    article_ids: set[str] = set()
    found: list[str] = []
    if selection.everything:
        article_ids |= _live_article_ids(nb)
        events |= {e.id: e for e in nb.events.all()}
    if selection.tag:
        _add(annotations, nb.tags.annotations_with(selection.tag))
        events |= {e.id: e for e in nb.events.all(tag=selection.tag)}
    if selection.query:
        found = [hit.id for hit in nb.search(selection.query, limit=QUERY_LIMIT).hits]
        article_ids |= set(found)
    for event_id in selection.event_ids:
        event = nb.events.get(event_id)
        events[event.id] = event
    for event in events.values():
        _add(annotations, nb.events.evidence(event.id))
    _add(annotations, (nb.annotations.get(i) for i in selection.annotation_ids))
    article_ids |= {nb.article(i).id for i in selection.article_ids}
    for article_id in article_ids:
        _add(annotations, nb.annotations.for_article(article_id))
    # Events backed by a chosen passage come along (for the events table), without their other evidence.
    for article_id in {a.article_id for a in annotations.values()}:
        for event in nb.events.all(article_id=article_id):
            if set(event.evidence) & annotations.keys():
                events.setdefault(event.id, event)
    article_ids |= {a.article_id for a in annotations.values()}
    resolved = _ordered(nb, article_ids, annotations, events)
    resolved.excerpts = _excerpts(nb, selection, resolved, found)
    return resolved


def _excerpts(
    nb: Notebook, selection: Selection, resolved: Resolved, found: list[str]
) -> dict[str, list[Span]]:
    """What to quote from the query's and the chosen articles that have no annotation: the
    sentences the query matched (the lead when it matched only the title or metadata)."""
    annotated = {a.article_id for a in resolved.annotations}
    live: dict[str, Article] = {a.id: a for a in resolved.articles}
    chosen = [nb.article(i).id for i in selection.article_ids]
    wanted = [i for i in dict.fromkeys([*found, *chosen]) if i in live and i not in annotated]
    if not wanted:
        return {}
    query = selection.query or ""
    hits = set(found)
    matched = nb.index.matched_spans(query, {i: live[i].text for i in wanted if i in hits}) if query else {}
    out: dict[str, list[Span]] = {}
    for article_id in wanted:
        article = live[article_id]
        spans = matched_passages(article.text, matched.get(article_id, []), title=article.title)
        out[article_id] = spans or lead_passage(article.text, title=article.title)
    return {i: s for i, s in out.items() if s}


def _add(into: dict[str, Annotation], found: Iterable[Annotation]) -> None:
    for annotation in found:
        into.setdefault(annotation.id, annotation)


def _live_article_ids(nb: Notebook) -> set[str]:
    return {r[0] for r in nb.db.execute("SELECT id FROM articles WHERE deleted = 0")}


def _ordered(
    nb: Notebook, article_ids: set[str], annotations: dict[str, Annotation], events: dict[str, Event]
) -> Resolved:
    articles = []
    for article_id in article_ids:
        try:
            articles.append(nb.article(article_id))
        except NotFound:  # a passage of a deleted article: leave it out with its article
            continue
    articles.sort(key=article_sort_key)
    position = {a.id: n for n, a in enumerate(articles)}
    passages = sorted(
        (a for a in annotations.values() if a.article_id in position),
        key=lambda a: (position[a.article_id], a.start, a.end, a.id),
    )
    ordered_events = sorted(events.values(), key=lambda e: (e.date_start or "9999", e.created, e.id))
    keyed = with_citekeys([a.csl for a in articles])
    keys: dict[str, str] = {a.id: str(item["id"]) for a, item in zip(articles, keyed, strict=True)}
    return Resolved(articles=articles, annotations=passages, events=ordered_events, keys=keys)


def article_sort_key(article: Article) -> tuple[list[int], str, str]:
    """Oldest first (undated last), then by title, then by id: the same order every time."""
    return (date_parts(article.csl) or [9999], article.title.casefold(), article.id)
