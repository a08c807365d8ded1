"""Undo and redo of every kind of edit, kept in the store: rows, tags, search and custody log agree."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.store import custody
from desktop.store.articles import Article
from desktop.store.changes import Change
from desktop.store.errors import NotebookError, NotFound
from desktop.store.notebook import Notebook
from desktop.store.undo import UndoHistory

Span = Callable[[Article, str], dict[str, int]]
Found = Callable[[str], set[str]]


def paths(nb: Notebook) -> list[str]:
    return [t.path for t in nb.tags.all()]


def test_nothing_to_undo_in_a_fresh_notebook(nb: Notebook) -> None:
    assert not nb.undo.can_undo() and not nb.undo.can_redo()
    assert (nb.undo.undo_label(), nb.undo.redo_label()) == ("Undo", "Redo")
    assert nb.undo.undo() is None and nb.undo.redo() is None
    assert nb.count_articles() == 2  # importing is not an undoable edit


def test_undo_and_redo_adding_an_annotation(nb: Notebook, kabul: Article, span: Span, found: Found) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"), tags=["Persecution/Detention"])
    assert nb.undo.undo_label() == "Undo Add annotation"

    change = nb.undo.undo()
    assert change == Change("annotation", (a.id,), "Undo Add annotation", (kabul.id,))
    assert nb.annotations.for_article(kabul.id) == []
    assert paths(nb) == []  # the tag it created goes too
    assert found("tag:persecution") == set()
    assert nb.undo.redo_label() == "Redo Add annotation"

    assert nb.undo.redo() == Change("annotation", (a.id,), "Redo Add annotation", (kabul.id,))
    again = nb.annotations.get(a.id)
    assert (again.exact, again.tags) == ("detained", ("Persecution/Detention",))
    assert found("tag:persecution") == {"Detentions in Kabul"}
    assert nb.article_rows(order="title")[0].annotations == 1


def test_undo_editing_note_colour_and_tags(nb: Notebook, kabul: Article, span: Span, found: Found) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"), note="first", tags=["Place/Kabul"])
    nb.annotations.update(a.id, note="second", color="#a0d8ff", tags=["Source/UN"])
    assert found("tag:source/un") == {"Detentions in Kabul"}

    nb.undo.undo()
    back = nb.annotations.get(a.id)
    assert (back.note, back.color, back.tags) == ("first", "#ffe066", ("Place/Kabul",))
    assert found("tag:source/un") == set()
    assert found("tag:place/kabul") == {"Detentions in Kabul"}

    nb.undo.redo()
    assert nb.annotations.get(a.id).note == "second"
    assert found("tag:source/un") == {"Detentions in Kabul"}


def test_undo_deleting_an_annotation_brings_back_its_tags(
    nb: Notebook, kabul: Article, span: Span, found: Found
) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"), tags=["Persecution"])
    nb.annotations.delete(a.id)
    assert found("tag:persecution") == set()

    nb.undo.undo()
    assert nb.annotations.for_article(kabul.id) == [nb.annotations.get(a.id)]
    assert nb.annotations.get(a.id).tags == ("Persecution",)
    assert found("tag:persecution") == {"Detentions in Kabul"}

    nb.undo.redo()
    with pytest.raises(NotFound):
        nb.annotations.get(a.id)


def test_undo_creating_and_colouring_a_tag(nb: Notebook) -> None:
    tag = nb.tags.create("Actors/Taliban")
    nb.tags.set_color(tag.id, "#ff0000")

    assert nb.undo.undo_label() == "Undo Change tag colour"
    nb.undo.undo()
    assert nb.tags.get(tag.id).color == ""
    nb.undo.undo()
    assert paths(nb) == []
    nb.undo.redo()
    nb.undo.redo()
    assert nb.tags.get(tag.id).color == "#ff0000"


def test_undo_rename_puts_children_back(nb: Notebook, kabul: Article, span: Span, found: Found) -> None:
    nb.annotations.create(kabul.id, **span(kabul, "detained"), tags=["Persecution/Detention"])
    parent = nb.tags.create("Persecution")
    nb.tags.rename(parent.id, "Abuse")
    assert found("tag:abuse/detention") == {"Detentions in Kabul"}

    nb.undo.undo()
    assert paths(nb) == ["Persecution", "Persecution/Detention"]
    assert found("tag:persecution/detention") == {"Detentions in Kabul"}
    assert found("tag:abuse") == set()

    nb.undo.redo()
    assert paths(nb) == ["Abuse", "Abuse/Detention"]
    assert found("tag:abuse/detention") == {"Detentions in Kabul"}


def test_undo_merge_splits_the_tags_again(nb: Notebook, kabul: Article, span: Span, found: Found) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"), tags=["Detention"])
    b = nb.annotations.create(kabul.id, **span(kabul, "held without charge"), tags=["Arrest", "Detention"])
    source, into = nb.tags.find("Arrest"), nb.tags.find("Detention")
    assert source and into
    nb.tags.merge(source.id, into.id)
    assert nb.annotations.get(b.id).tags == ("Detention",)

    nb.undo.undo()
    assert paths(nb) == ["Arrest", "Detention"]
    assert nb.annotations.get(a.id).tags == ("Detention",)
    assert nb.annotations.get(b.id).tags == ("Arrest", "Detention")
    assert found("tag:arrest") == {"Detentions in Kabul"}

    nb.undo.redo()
    assert paths(nb) == ["Detention"]
    assert found("tag:arrest") == set()


def test_undo_deleting_a_tag(nb: Notebook, kabul: Article, span: Span, found: Found) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"), tags=["Place/Kabul"])
    tag = nb.tags.find("Place/Kabul")
    assert tag is not None
    nb.tags.delete(tag.id)

    nb.undo.undo()
    assert nb.annotations.get(a.id).tags == ("Place/Kabul",)
    assert nb.tags.tree()[0].count == 1
    assert found("tag:place") == {"Detentions in Kabul"}


def test_undo_and_redo_deleting_an_article(nb: Notebook, kabul: Article, span: Span, found: Found) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"), tags=["Persecution"])
    nb.delete_article(kabul.id)
    assert nb.count_articles() == 1
    assert found("detained") == set()
    assert nb.undo.undo_label() == "Undo Delete article"

    nb.undo.undo()
    assert nb.count_articles() == 2
    assert nb.article(kabul.id).title == "Detentions in Kabul"
    assert found("detained") == {"Detentions in Kabul"}
    assert found("tag:persecution") == {"Detentions in Kabul"}
    assert nb.annotations.for_article(kabul.id)[0].id == a.id

    nb.undo.redo()
    assert found("detained") == set()
    with pytest.raises(NotFound):
        nb.article(kabul.id)


def test_restore_article(nb: Notebook, kabul: Article, found: Found) -> None:
    nb.delete_article(kabul.id)
    restored = nb.restore_article(kabul.id)

    assert restored.title == "Detentions in Kabul"
    assert found("detained") == {"Detentions in Kabul"}
    with pytest.raises(NotFound):
        nb.restore_article(kabul.id)  # it is not deleted any more
    nb.undo.undo()
    assert found("detained") == set()


def test_edit_metadata_reindexes_and_undo_restores_it(nb: Notebook, kabul: Article, found: Found) -> None:
    edited = nb.update_metadata(
        kabul.id,
        {
            "title": "Night raids in Kabul",
            "author": [{"family": "Rahimi", "given": "Zahra"}],
            "container-title": "",
        },
    )
    assert edited.title == "Night raids in Kabul" and edited.outlet == ""
    assert edited.text == kabul.text
    assert found('title:"night raids"') == {"Night raids in Kabul"}
    assert found("author:rahimi") == {"Night raids in Kabul"}
    assert found("outlet:daily") == set()

    nb.undo.undo()
    assert nb.article(kabul.id).title == "Detentions in Kabul"
    assert nb.article(kabul.id).outlet == "Kabul Daily"
    assert found("title:raids") == set()
    assert found("title:detentions") == {"Detentions in Kabul"}
    assert found("outlet:daily") == {"Detentions in Kabul"}

    nb.undo.redo()
    assert nb.article(kabul.id).csl["author"][0]["family"] == "Rahimi"
    assert found("title:raids") == {"Night raids in Kabul"}


def test_metadata_cannot_lose_its_title_or_id(nb: Notebook, kabul: Article) -> None:
    with pytest.raises(NotebookError):
        nb.update_metadata(kabul.id, {"title": "  "})
    assert nb.update_metadata(kabul.id, {"id": "other", "title": "Kabul"}).csl["id"] == kabul.id
    assert nb.update_metadata(kabul.id, {"title": "Kabul"}) == nb.article(kabul.id)
    assert nb.undo.undo_label() == "Undo Edit metadata"


def test_a_new_edit_clears_redo(nb: Notebook, kabul: Article, span: Span) -> None:
    nb.annotations.create(kabul.id, **span(kabul, "detained"))
    nb.undo.undo()
    assert nb.undo.can_redo()

    nb.tags.create("Place/Kabul")
    assert not nb.undo.can_redo()
    assert nb.undo.redo() is None
    assert nb.annotations.for_article(kabul.id) == []


def test_undo_walks_back_through_several_edits(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"))
    nb.annotations.update(a.id, note="one")
    nb.annotations.update(a.id, note="two")

    nb.undo.undo()
    assert nb.annotations.get(a.id).note == "one"
    nb.undo.undo()
    assert nb.annotations.get(a.id).note == ""
    nb.undo.undo()
    assert nb.annotations.for_article(kabul.id) == []
    assert not nb.undo.can_undo()
    for _ in range(3):
        nb.undo.redo()
    assert nb.annotations.get(a.id).note == "two"


def test_history_is_capped(nb: Notebook) -> None:
    nb.undo = UndoHistory(nb, limit=3)
    for name in "ABCDE":
        nb.tags.create(name)
    undone = 0
    while nb.undo.undo():
        undone += 1
    assert undone == 3
    assert paths(nb) == ["A", "B"]


def test_listeners_hear_undo_and_redo_once_each(nb: Notebook, kabul: Article, span: Span) -> None:
    heard: list[str] = []
    nb.add_listener(lambda change: heard.append(f"{change.kind}: {change.label}"))
    nb.update_metadata(kabul.id, {"title": "New"})
    nb.undo.undo()
    nb.undo.redo()
    nb.delete_article(kabul.id)
    nb.undo.undo()

    assert heard == [
        "metadata: Edit metadata",
        "metadata: Undo Edit metadata",
        "metadata: Redo Edit metadata",
        "article: Delete article",
        "article: Undo Delete article",
    ]


def test_undo_and_redo_are_in_the_custody_log(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"))
    nb.undo.undo()
    nb.undo.redo()

    log = list(custody.entries(nb.db))[-3:]
    assert [(e.action, e.record_id, e.details["label"]) for e in log] == [
        ("annotate", a.id, "Add annotation"),
        ("undo", a.id, "Add annotation"),
        ("redo", a.id, "Add annotation"),
    ]
    assert custody.verify(nb.db) == []


def test_undone_records_read_as_newer_to_a_merge(nb: Notebook, kabul: Article, span: Span) -> None:
    a = nb.annotations.create(kabul.id, **span(kabul, "detained"))
    nb.annotations.update(a.id, note="x")
    nb.undo.undo()
    revision = nb.db.execute("SELECT revision FROM annotations WHERE id = ?", [a.id]).fetchone()[0]
    assert revision == 3  # created (1), edited (2), edit undone (3): never back to 2
    assert nb.annotations.get(a.id).note == ""


def test_history_belongs_to_the_open_notebook(nb: Notebook, kabul: Article, span: Span) -> None:
    nb.annotations.create(kabul.id, **span(kabul, "detained"))
    reopened = Notebook.open(nb.path, None)
    try:
        assert not reopened.undo.can_undo()
        assert len(reopened.annotations.for_article(kabul.id)) == 1
    finally:
        reopened.close()


def test_undoing_an_annotation_keeps_a_tag_that_was_already_there(
    nb: Notebook, kabul: Article, span: Span
) -> None:
    nb.tags.create("Persecution", color="#cc0000")
    nb.annotations.create(kabul.id, **span(kabul, "detained"), tags=["Persecution"])
    nb.undo.undo()
    assert paths(nb) == ["Persecution"]
    assert nb.tags.tree()[0].count == 0


def test_a_refused_edit_leaves_nothing_to_undo(nb: Notebook) -> None:
    heard: list[Change] = []
    first = nb.tags.create("Arrest")
    nb.tags.create("Detention")
    nb.add_listener(heard.append)
    with pytest.raises(NotebookError):
        nb.tags.rename(first.id, "Detention")

    assert heard == []
    assert nb.undo.undo_label() == "Undo Create tag"
    assert paths(nb) == ["Arrest", "Detention"]
