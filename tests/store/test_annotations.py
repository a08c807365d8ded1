"""Annotating passages: quotes and context, notes, colours, tags, deleting, re-anchoring, search by tag."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from desktop.store.articles import Article
from desktop.store.changes import Change
from desktop.store.errors import NotebookError, NotFound
from desktop.store.notebook import Notebook

Span = Callable[[Article, str], dict[str, int]]
Found = Callable[[str], set[str]]


def test_create_quotes_the_passage_with_context(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "three men"), note="Named in the report")

    assert a.exact == "three men"
    assert kabul.text[a.start : a.end] == "three men"
    assert a.prefix == kabul.text[a.start - 32 : a.start] and len(a.prefix) == 32
    assert a.suffix == kabul.text[a.end : a.end + 32]
    assert (a.note, a.color, a.tags) == ("Named in the report", "#ffe066", ())
    assert nb.annotations.get(a.id) == a


def test_context_is_shorter_at_the_edges_of_the_text(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "Former soldiers"))
    assert a.prefix == ""
    assert a.suffix == kabul.text[15:47]


def test_passage_outside_the_text_is_refused(nb: Notebook, kabul: Article) -> None:
    with pytest.raises(NotebookError):
        nb.annotations.create(kabul.id, start=10, end=10)
    with pytest.raises(NotebookError):
        nb.annotations.create(kabul.id, start=5, end=len(kabul.text) + 1)
    assert nb.annotations.for_article(kabul.id) == []


def test_annotating_a_missing_article_fails(nb: Notebook) -> None:
    with pytest.raises(NotFound):
        nb.annotations.create("no-such-article", start=0, end=3)


def test_for_article_lists_live_annotations_in_reading_order(
    nb: Notebook, kabul: Article, badakhshan: Article, span: Span
) -> None:
    later = nb.annotations.create(kabul.id, **span(kabul, "held without charge"))
    earlier = nb.annotations.create(kabul.id, **span(kabul, "detained in Kabul"))
    nb.annotations.create(badakhshan.id, **span(badakhshan, "executed"))

    assert [a.id for a in nb.annotations.for_article(kabul.id)] == [earlier.id, later.id]


def test_tags_are_created_from_paths(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(
        kabul.id, **span(kabul, "detained"), tags=["Persecution/Detention", "Place/Kabul"]
    )

    assert a.tags == ("Persecution/Detention", "Place/Kabul")
    assert [t.path for t in nb.tags.all()] == ["Persecution/Detention", "Place/Kabul"]


def test_existing_tag_is_reused_whatever_its_case(nb: Notebook, kabul: Article, span: Span) -> None:
    nb.tags.create("Persecution/Detention", color="#ff0000")
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"), tags=["persecution / detention"])

    assert a.tags == ("Persecution/Detention",)
    assert len(nb.tags.all()) == 1


def test_update_note_colour_and_tags(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"), tags=["Persecution"])

    b = nb.annotations.update(a.id, note="Confirmed by UNAMA", color="#a0d8ff")
    assert (b.note, b.color, b.tags) == ("Confirmed by UNAMA", "#a0d8ff", ("Persecution",))
    assert b.modified >= a.modified

    c = nb.annotations.update(a.id, tags=["Persecution/Detention", "Source/UN"])
    assert c.tags == ("Persecution/Detention", "Source/UN")
    assert c.note == "Confirmed by UNAMA"


def test_update_with_nothing_new_is_not_an_edit(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"), note="x", tags=["A"])
    seen: list[Change] = []
    nb.add_listener(seen.append)

    assert nb.annotations.update(a.id, note="x", tags=["a"]) == a
    assert seen == []
    assert nb.undo.undo_label() == "Undo Add annotation"


def test_delete_hides_the_annotation(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"))
    nb.annotations.delete(a.id)

    assert nb.annotations.for_article(kabul.id) == []
    with pytest.raises(NotFound):
        nb.annotations.get(a.id)
    assert nb.article_rows()[0].annotations == 0


def test_tag_search_finds_the_article_after_tagging_and_not_after_untagging(
    nb: Notebook, kabul: Article, span: Span, found: Found
) -> None:
    assert found("tag:detention") == set()
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"), tags=["Persecution/Detention"])
    assert found('tag:"Persecution/Detention"') == {"Detentions in Kabul"}
    assert found("tag:persecution") == {"Detentions in Kabul"}

    nb.annotations.update(a.id, tags=["Place/Kabul"])
    assert found('tag:"Persecution/Detention"') == set()
    assert found('tag:"place/kabul"') == {"Detentions in Kabul"}

    nb.annotations.delete(a.id)
    assert found('tag:"place/kabul"') == set()
    assert found("detained") == {"Detentions in Kabul"}  # the article itself stays searchable


def test_anchor_keeps_offsets_that_still_hold(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "three men"))
    assert nb.annotations.anchor(a, kabul.text) == (a.start, a.end)


def test_anchor_follows_the_quote_when_the_text_shifts(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "three men"))
    shifted = "Updated 12 May: a correction was added.\n\n" + kabul.text

    start, end = nb.annotations.anchor(a, shifted) or (-1, -1)
    assert shifted[start:end] == "three men"
    assert start == a.start + len("Updated 12 May: a correction was added.\n\n")


def test_anchor_picks_the_occurrence_with_matching_context(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"))
    added = "Two journalists were also detained briefly. "
    edited = added + kabul.text  # the new, nearer "detained" has the wrong surroundings

    assert nb.annotations.anchor(a, edited) == (a.start + len(added), a.end + len(added))


def test_anchor_tolerates_changed_whitespace(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "held without charge"))
    reflowed = kabul.text.replace("held without charge", "held\nwithout  charge")

    start, end = nb.annotations.anchor(a, reflowed) or (-1, -1)
    assert reflowed[start:end] == "held\nwithout  charge"


def test_anchor_says_so_when_the_quote_is_gone(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "three men"))
    assert nb.annotations.anchor(a, kabul.text.replace("three men", "several people")) is None
    assert nb.annotations.for_article(kabul.id) == [a]  # never silently dropped


def test_anchor_works_on_a_plain_record(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "night"))
    moved = replace(a, start=0, end=5)
    start, end = nb.annotations.anchor(moved, kabul.text) or (-1, -1)
    assert kabul.text[start:end] == "night"
