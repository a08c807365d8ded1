"""A temporary plain notebook holding two articles, for the store's tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.store.articles import Article
from desktop.store.notebook import Notebook
from tests.conftest import make_draft

KABUL_TEXT = (
    "Former soldiers were detained in Kabul last week. Relatives said three men were taken "
    "from their homes at night and held without charge. The provincial police denied the reports."
)
BADAKHSHAN_TEXT = (
    "In Badakhshan, two former army officers were executed after surrendering their weapons. "
    "Local elders confirmed the killings to reporters."
)


@pytest.fixture
def nb(notebook: Notebook) -> Notebook:
    """The `notebook` fixture (plain, temporary) with the Kabul and Badakhshan articles."""
    notebook.add_articles(
        [
            make_draft(KABUL_TEXT, title="Detentions in Kabul", **{"container-title": "Kabul Daily"}),
            make_draft(BADAKHSHAN_TEXT, title="Executions in Badakhshan"),
        ]
    )
    return notebook


def _by_title(nb: Notebook, title: str) -> Article:
    return next(nb.article(r.id) for r in nb.article_rows() if r.title == title)


@pytest.fixture
def kabul(nb: Notebook) -> Article:
    return _by_title(nb, "Detentions in Kabul")


@pytest.fixture
def badakhshan(nb: Notebook) -> Article:
    return _by_title(nb, "Executions in Badakhshan")


Span = Callable[[Article, str], dict[str, int]]
Found = Callable[[str], set[str]]


@pytest.fixture
def span() -> Span:
    """span(article, phrase) → {"start": …, "end": …} of the phrase in the article's text."""

    def locate(article: Article, phrase: str) -> dict[str, int]:
        start = article.text.index(phrase)
        return {"start": start, "end": start + len(phrase)}

    return locate


@pytest.fixture
def found(nb: Notebook) -> Found:
    """found(query) → the titles a notebook search finds."""

    def titles(query: str) -> set[str]:
        return set(nb.titles([hit.id for hit in nb.search(query).hits]).values())

    return titles
