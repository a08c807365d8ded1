"""Sharing part of a notebook: a tag or a search picks records and brings what they refer to."""

from __future__ import annotations

from pathlib import Path

from desktop.store import sharing
from desktop.store.notebook import Notebook
from tests.sharing.conftest import add_article, add_event, add_tag, annotate


def build(nb: Notebook) -> dict[str, str]:
    kunduz = add_article(nb, "Police officers were detained in Kunduz.", title="Kunduz")
    herat = add_article(nb, "A journalist was threatened in Herat.", title="Herat")
    detention = add_tag(nb, "Persecution/Detention")
    threat = add_tag(nb, "Persecution/Threat")
    private = add_tag(nb, "Private/To check")
    k_note = annotate(nb, kunduz, exact="were detained", tags=[detention])
    h_note = annotate(nb, herat, exact="threatened", tags=[threat, private])
    event = add_event(nb, evidence=[k_note], description="detention in Kunduz")
    return {
        "kunduz": kunduz,
        "herat": herat,
        "detention": detention,
        "threat": threat,
        "private": private,
        "k_note": k_note,
        "h_note": h_note,
        "event": event,
    }


def test_a_tag_picks_its_annotations_their_articles_and_events(notebook: Notebook) -> None:
    ids = build(notebook)
    chosen = sharing.select(notebook, tag="persecution/detention")
    assert chosen["articles"] == {ids["kunduz"]}
    assert chosen["annotations"] == {ids["k_note"]}
    assert chosen["events"] == {ids["event"]}
    assert chosen["tags"] == {ids["detention"]}


def test_a_parent_tag_picks_its_subtree(notebook: Notebook) -> None:
    ids = build(notebook)
    chosen = sharing.select(notebook, tag="Persecution")
    assert chosen["articles"] == {ids["kunduz"], ids["herat"]}
    # the Herat annotation also carries a private tag: it comes along so the link is not broken
    assert chosen["tags"] == {ids["detention"], ids["threat"], ids["private"]}


def test_a_search_picks_articles_with_their_annotations(notebook: Notebook) -> None:
    ids = build(notebook)
    chosen = sharing.select(notebook, query="journalist")
    assert chosen["articles"] == {ids["herat"]}
    assert chosen["annotations"] == {ids["h_note"]}
    assert chosen["events"] == set()


def test_a_selection_share_merges_on_the_other_side(pair: tuple[Notebook, Notebook], tmp_path: Path) -> None:
    alice, bob = pair
    ids = build(alice)
    chosen = sharing.select(alice, tag="Persecution/Detention")
    sharing.share(alice, tmp_path / "s.age", to=["Bob"], selection=chosen, description={"tag": "x"})
    report = sharing.receive(bob, tmp_path / "s.age")
    assert report.counts == {"added": 4, "originals": 1}
    assert bob.count_articles() == 1 and bob.article(ids["kunduz"]).title == "Kunduz"
    evidence = bob.db.execute("SELECT annotation_id FROM event_evidence").fetchall()
    assert evidence == [(ids["k_note"],)]
