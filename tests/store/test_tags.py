"""The tag tree: counts, create, rename and move with children, merge, colour, delete, listeners."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.store.articles import Article
from desktop.store.changes import Change
from desktop.store.errors import NotebookError
from desktop.store.notebook import Notebook
from desktop.store.tags import TagNode

Span = Callable[[Article, str], dict[str, int]]
Found = Callable[[str], set[str]]


def shape(nodes: list[TagNode]) -> list[tuple[str, int, bool, list]]:  # type: ignore[type-arg]
    """(name, count, is a real tag, children) for every node, to compare trees at a glance."""
    return [(n.name, n.count, n.tag is not None, shape(n.children)) for n in nodes]


@pytest.fixture
def coded(nb: Notebook, kabul: Article, badakhshan: Article, span: Span) -> Notebook:
    """Three annotations coded under Persecution, one of them also under Place."""
    nb.annotations.create(kabul.id, **span(kabul, "detained"), tags=["Persecution/Detention", "Place/Kabul"])
    nb.annotations.create(kabul.id, **span(kabul, "held without charge"), tags=["Persecution/Detention"])
    nb.annotations.create(badakhshan.id, **span(badakhshan, "executed"), tags=["Persecution/Execution"])
    return nb


def test_tree_counts_annotations_with_the_tag_or_below(coded: Notebook) -> None:
    assert shape(coded.tags.tree()) == [
        ("Persecution", 3, False, [("Detention", 2, True, []), ("Execution", 1, True, [])]),
        ("Place", 1, False, [("Kabul", 1, True, [])]),
    ]


def test_counts_drop_when_an_annotation_or_article_goes(coded: Notebook, badakhshan: Article) -> None:
    coded.delete_article(badakhshan.id)
    assert shape(coded.tags.tree())[0][:2] == ("Persecution", 2)
    kabul_annotations = coded.tags.annotations_with("Persecution/Detention")
    coded.annotations.delete(kabul_annotations[0].id)
    assert shape(coded.tags.tree())[0][:2] == ("Persecution", 1)


def test_create_and_ensure(nb: Notebook) -> None:
    tag = nb.tags.create("Actors / Taliban ", color="#333333", description="De facto authorities")
    assert (tag.path, tag.name, tag.color, tag.description) == (
        "Actors/Taliban",
        "Taliban",
        "#333333",
        "De facto authorities",
    )
    assert nb.tags.ensure("actors/taliban") == tag
    assert nb.tags.ensure("Actors/ISKP").path == "Actors/ISKP"
    with pytest.raises(NotebookError):
        nb.tags.create("ACTORS/TALIBAN")
    with pytest.raises(NotebookError):
        nb.tags.create(" / ")


def test_annotations_with_includes_descendants(coded: Notebook) -> None:
    assert [a.exact for a in coded.tags.annotations_with("Persecution/Detention")] == [
        "detained",
        "held without charge",
    ]
    assert {a.exact for a in coded.tags.annotations_with("persecution")} == {
        "detained",
        "held without charge",
        "executed",
    }
    assert coded.tags.annotations_with("Persecution/Detent") == []


def test_rename_moves_children(coded: Notebook, found: Found) -> None:
    parent = coded.tags.create("Persecution")
    renamed = coded.tags.rename(parent.id, "Abuse")

    assert renamed.path == "Abuse"
    assert [t.path for t in coded.tags.all()] == [
        "Abuse",
        "Abuse/Detention",
        "Abuse/Execution",
        "Place/Kabul",
    ]
    assert {a.exact for a in coded.tags.annotations_with("Abuse")} == {
        "detained",
        "held without charge",
        "executed",
    }
    assert found("tag:abuse/detention") == {"Detentions in Kabul"}
    assert found("tag:persecution") == set()


def test_move_a_tag_under_another(coded: Notebook) -> None:
    kabul_tag = coded.tags.find("Place/Kabul")
    assert kabul_tag is not None
    coded.tags.rename(kabul_tag.id, "Place/Afghanistan/Kabul")

    assert shape(coded.tags.tree())[1] == (
        "Place",
        1,
        False,
        [("Afghanistan", 1, False, [("Kabul", 1, True, [])])],
    )


def test_rename_an_implicit_parent(coded: Notebook) -> None:
    coded.tags.rename_path("Persecution", "Violations")
    assert [t.path for t in coded.tags.all()][:2] == ["Place/Kabul", "Violations/Detention"]


def test_rename_onto_an_existing_tag_is_refused(coded: Notebook) -> None:
    detention = coded.tags.find("Persecution/Detention")
    assert detention is not None
    with pytest.raises(NotebookError, match="merge"):
        coded.tags.rename(detention.id, "persecution/execution")
    assert coded.tags.get(detention.id).path == "Persecution/Detention"


def test_merge_keeps_every_annotation(coded: Notebook, found: Found) -> None:
    detention = coded.tags.find("Persecution/Detention")
    kabul_tag = coded.tags.find("Place/Kabul")
    assert detention and kabul_tag

    into = coded.tags.merge(detention.id, kabul_tag.id)

    assert into.path == "Place/Kabul"
    assert [a.exact for a in coded.tags.annotations_with("Place/Kabul")] == [
        "detained",
        "held without charge",
    ]
    assert coded.tags.find("Persecution/Detention") is None
    assert [a.tags for a in coded.tags.annotations_with("Place")] == [("Place/Kabul",), ("Place/Kabul",)]
    assert found('tag:"persecution/detention"') == set()


def test_merge_into_itself_is_refused(coded: Notebook) -> None:
    tag = coded.tags.find("Place/Kabul")
    assert tag is not None
    with pytest.raises(NotebookError):
        coded.tags.merge(tag.id, tag.id)


def test_set_color(coded: Notebook) -> None:
    tag = coded.tags.find("Place/Kabul")
    assert tag is not None
    assert coded.tags.set_color(tag.id, "#00aa00").color == "#00aa00"
    assert coded.tags.tree()[1].children[0].tag == coded.tags.get(tag.id)


def test_delete_untags_annotations_and_search(coded: Notebook, found: Found) -> None:
    tag = coded.tags.find("Place/Kabul")
    assert tag is not None
    coded.tags.delete(tag.id)

    assert [t.path for t in coded.tags.all()] == ["Persecution/Detention", "Persecution/Execution"]
    assert [a.tags for a in coded.tags.annotations_with("Persecution/Detention")][0] == (
        "Persecution/Detention",
    )
    assert found("tag:place") == set()


def test_listeners_hear_each_action_once(nb: Notebook, kabul: Article, span: Span) -> None:
    heard: list[Change] = []
    nb.add_listener(heard.append)

    a = nb.annotations.create(kabul.id, **span(kabul, "detained"), tags=["Persecution"])
    tag = nb.tags.create("Place/Kabul")
    nb.tags.set_color(tag.id, "#ff0000")
    nb.annotations.update(a.id, note="seen")
    nb.annotations.delete(a.id)
    nb.remove_listener(heard.append)
    nb.tags.delete(tag.id)

    assert [(c.kind, c.label) for c in heard] == [
        ("annotation", "Add annotation"),
        ("tag", "Create tag"),
        ("tag", "Change tag colour"),
        ("annotation", "Edit note"),
        ("annotation", "Delete annotation"),
    ]
    assert heard[0].ids == (a.id,) and heard[0].articles == (kabul.id,)
    assert heard[1].ids == (tag.id,)


def test_listener_sees_the_committed_state(nb: Notebook, kabul: Article, span: Span) -> None:
    seen: list[int] = []
    nb.add_listener(lambda change: seen.append(len(nb.annotations.for_article(kabul.id))))
    nb.annotations.create(kabul.id, **span(kabul, "detained"))
    assert seen == [1]


def test_a_failing_listener_does_not_undo_the_action(nb: Notebook, kabul: Article, span: Span) -> None:
    def broken(change: Change) -> None:
        raise RuntimeError("view crashed")

    nb.add_listener(broken)
    nb.annotations.create(kabul.id, **span(kabul, "detained"))
    assert len(nb.annotations.for_article(kabul.id)) == 1
