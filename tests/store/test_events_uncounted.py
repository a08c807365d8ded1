"""Events whose sources give a number only in words: stored as no count with its qualifier, the words
read back from the evidence (no column holds them)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.events.suggest import suggest_events
from desktop.events_batch import accept_suggestions
from desktop.store.notebook import Notebook
from tests.conftest import make_draft

DOZENS = "Dozens of protesters were detained in Herat city on 4 May 2024."
SCORES = "Scores of protesters were arrested in Herat on 4 May 2024, a witness said."
TWO_WORDS = "Hundreds gathered in Herat on 4 May 2024; dozens of them were detained."
DARI = "روز شنبه ده‌ها معترض در شهر هرات بازداشت شدند."


@pytest.fixture
def articles(notebook: Notebook) -> dict[str, str]:
    texts = {"dozens": DOZENS, "scores": SCORES, "two": TWO_WORDS, "dari": DARI}  # in this order
    drafts = [make_draft(t, title=k, **{"container-title": k}) for k, t in texts.items() if k != "dari"]
    drafts.append(make_draft(DARI, title="dari", language="fa", direction="rtl"))
    added = notebook.add_articles(drafts)
    return {k: a.id for k, a in zip(texts, added, strict=True)}


def _accept(nb: Notebook, article_id: str) -> list:
    article = nb.article(article_id)
    found = suggest_events(article.text, published=date(2024, 5, 20), language=article.language or "en")
    return accept_suggestions(nb, article_id=article_id, suggestions=found)


def test_an_accepted_vague_count_keeps_its_qualifier_and_shows_the_sources_words(
    notebook: Notebook, articles: dict[str, str]
) -> None:
    (event,) = _accept(notebook, articles["dozens"])
    assert (event.count, event.count_qualifier, event.count_words) == (None, "at least", "Dozens")
    assert notebook.events.get(event.id).count_words == "Dozens"  # read again, not kept in memory


def test_dari_words_are_kept_as_written(notebook: Notebook, articles: dict[str, str]) -> None:
    (event,) = _accept(notebook, articles["dari"])
    assert (event.count, event.count_qualifier, event.count_words) == (None, "at least", "ده‌ها")


def test_corroborating_evidence_adds_its_own_words(notebook: Notebook, articles: dict[str, str]) -> None:
    (event,) = _accept(notebook, articles["dozens"])
    scores = notebook.annotations.create(articles["scores"], start=0, end=len(SCORES))
    assert notebook.events.add_evidence(event.id, scores.id).count_words == "Dozens / Scores"


def test_a_passage_with_two_vague_numbers_gives_no_words(
    notebook: Notebook, articles: dict[str, str]
) -> None:
    note = notebook.annotations.create(articles["two"], start=0, end=len(TWO_WORDS))
    event = notebook.events.create(evidence=[note.id], type="detention", count_qualifier="at least")
    assert (event.count, event.count_qualifier, event.count_words) == (None, "at least", "")


def test_a_number_typed_later_replaces_the_words(notebook: Notebook, articles: dict[str, str]) -> None:
    (event,) = _accept(notebook, articles["dozens"])
    counted = notebook.events.update(event.id, count=40, count_qualifier="exact")
    assert (counted.count, counted.count_qualifier, counted.count_words) == (40, "exact", "")
    back = notebook.events.update(event.id, count=None, count_qualifier="at least")
    assert back.count_words == "Dozens"  # the evidence still says it
    plain = notebook.events.update(event.id, count_qualifier="exact")
    assert plain.count_words == ""  # no count and no qualifier: simply unknown
