"""Events backed by evidence: creation rules, corroboration, filters, undo."""

from __future__ import annotations

import pytest

from desktop.store.events import EventError
from desktop.store.notebook import Notebook
from tests.conftest import make_draft

TEXT_A = "The Taliban detained 15 former soldiers in Badakhshan province on 3 March 2024."
TEXT_B = "Local sources said at least 12 ex-soldiers were arrested in Badakhshan in early March."


@pytest.fixture
def two(notebook: Notebook) -> tuple[Notebook, str, str]:
    a, b = notebook.add_articles(
        [
            make_draft(TEXT_A, title="A", **{"container-title": "Hasht-e Subh"}),
            make_draft(TEXT_B, title="B", **{"container-title": "Amu TV"}),
        ]
    )
    return notebook, a.id, b.id


def test_event_needs_evidence(notebook: Notebook) -> None:
    with pytest.raises(EventError, match="evidence"):
        notebook.events.create(evidence=[], type="detention")
    with pytest.raises(EventError, match="evidence"):
        notebook.events.create(evidence=["no-such-annotation"], type="detention")
    assert notebook.events.all() == []


def test_unknown_vocabulary_is_refused(two: tuple[Notebook, str, str]) -> None:
    nb, a, _ = two
    note = nb.annotations.create(a, start=0, end=20)
    with pytest.raises(EventError, match="type must be one of"):
        nb.events.create(evidence=[note.id], type="picnic")
    with pytest.raises(EventError, match="end date"):
        nb.events.create(evidence=[note.id], type="detention", date_start="2024-03-05", date_end="2024-03-01")


def test_from_passage_and_corroboration(two: tuple[Notebook, str, str]) -> None:
    nb, a, b = two
    event = nb.events.from_passage(
        a,
        start=0,
        end=len(TEXT_A),
        type="detention",
        province="AF-BDS",
        country="AF",
        count=15,
        date_start="2024-03-03",
        date_end="2024-03-03",
        perpetrator="Taliban",
    )
    assert event.sources == 1 and len(event.evidence) == 1
    [evidence] = nb.events.evidence(event.id)
    assert evidence.exact == TEXT_A and evidence.article_id == a
    other = nb.annotations.create(b, start=0, end=len(TEXT_B))
    event = nb.events.add_evidence(event.id, other.id)
    assert event.sources == 2 and set(event.articles) == {a, b}
    with pytest.raises(EventError):
        nb.events.update(event.id, evidence=[])


def test_filters(two: tuple[Notebook, str, str]) -> None:
    nb, a, b = two
    nb.events.from_passage(
        a,
        start=0,
        end=30,
        type="detention",
        province="AF-BDS",
        date_start="2024-03-03",
        tags=["Persecution/Detention"],
    )
    nb.events.from_passage(b, start=0, end=30, type="killing", province="AF-KAB", date_start="2023-06-01")
    assert [e.type for e in nb.events.all(type="killing")] == ["killing"]
    assert [e.province for e in nb.events.all(province="AF-BDS")] == ["AF-BDS"]
    assert [e.type for e in nb.events.all(date_from="2024-01-01")] == ["detention"]
    assert [e.type for e in nb.events.all(date_to="2023-12")] == ["killing"]
    assert [e.type for e in nb.events.all(tag="Persecution")] == ["detention"]
    assert [e.type for e in nb.events.all(article_id=b)] == ["killing"]


def test_undo_and_redo_event_edits(two: tuple[Notebook, str, str]) -> None:
    nb, a, _ = two
    event = nb.events.from_passage(a, start=0, end=30, type="detention", count=15)
    nb.events.update(event.id, count=16, status="corroborated")
    assert nb.events.get(event.id).count == 16
    nb.undo.undo()
    assert nb.events.get(event.id).count == 15
    nb.undo.redo()
    assert nb.events.get(event.id).status == "corroborated"
    nb.events.delete(event.id)
    assert nb.events.all() == []
    nb.undo.undo()
    assert [e.id for e in nb.events.all()] == [event.id]
    nb.undo.undo()
    nb.undo.undo()  # the event and its passage, created together, go together
    assert nb.events.all() == [] and nb.annotations.for_article(a) == []
