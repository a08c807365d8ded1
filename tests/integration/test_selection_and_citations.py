"""What goes in, and the citations behind it as CSL-JSON, BibTeX and RIS read by real consumers."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest
import rispy

from desktop.selection import Selection, resolve
from desktop.store import custody
from desktop.summaries import export_citations, write_citations

from .conftest import Fixture

SCHEMA = Path("/work/shared/schemas/csl-data.json")
KEYS = {"rasc2024thousands", "hasht2023bazdasht", "human2023no"}


def test_tag_takes_its_passages_with_sub_tags_and_tagged_events(research: Fixture) -> None:
    research.nb.events.update(research.event, tags=["Persecution/Detention"])
    resolved = resolve(research.nb, Selection(tag="Persecution"))
    assert [a.id for a in resolved.annotations] == [
        research.report_note,  # 2023-08, then 2023-11, then 2024-03: oldest source first
        research.persian_note,
        research.english_note,
    ]
    assert [e.id for e in resolved.events] == [research.event]
    detention = resolve(research.nb, Selection(tag="persecution/detention"))
    assert {a.id for a in detention.articles} == {research.english, research.persian}


def test_event_brings_its_evidence_and_their_articles(research: Fixture) -> None:
    resolved = resolve(research.nb, Selection(event_ids=(research.event,)))
    assert [a.id for a in resolved.articles] == [research.persian, research.english]
    assert {a.id for a in resolved.annotations} == {research.english_note, research.persian_note}


def test_query_takes_the_hits_and_their_passages(research: Fixture) -> None:
    resolved = resolve(research.nb, Selection(query="executions"))
    assert [a.id for a in resolved.articles] == [research.report]
    assert [a.id for a in resolved.annotations] == [research.report_note]


def test_citation_keys_are_author_year_word_and_stable(research: Fixture) -> None:
    everything = resolve(research.nb, Selection(everything=True))
    assert set(everything.keys.values()) == KEYS
    again = resolve(research.nb, Selection(annotation_ids=(research.english_note,)))
    assert again.keys[research.english] == "rasc2024thousands"


def test_csl_json_validates_against_the_published_schema(research: Fixture) -> None:
    items = json.loads(export_citations(research.nb, Selection(everything=True), "csl-json"))
    assert {i["id"] for i in items} == KEYS
    assert "بازداشت سربازان پیشین در بدخشان" in {i["title"] for i in items}
    if not SCHEMA.exists():
        pytest.skip("the CSL-JSON schema is not on this machine")
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(items, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_bibtex_reads_back_with_no_failed_blocks(research: Fixture) -> None:
    text = export_citations(research.nb, Selection(everything=True), "bibtex")
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    assert {e.key for e in library.entries} == KEYS
    report = next(e for e in library.entries if e.key == "human2023no")
    assert (report.entry_type, report["doi"]) == ("report", "10.9999/hrw.2023.001")


def test_ris_reads_back(research: Fixture) -> None:
    records = rispy.loads(export_citations(research.nb, Selection(tag="Persecution/Detention"), "ris"))
    assert sorted(r["id"] for r in records) == ["hasht2023bazdasht", "rasc2024thousands"]
    assert {r["type_of_reference"] for r in records} == {"NEWS"}


def test_written_export_is_logged_in_custody(research: Fixture, tmp_path: Path) -> None:
    dest = tmp_path / "refs.bib"
    write_citations(research.nb, Selection(tag="Persecution/Killing"), "bibtex", dest)
    assert "@report{human2023no," in dest.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("refs")] == ["refs.bib"]
    entry = list(custody.entries(research.nb.db))[-1]
    assert entry.action == "export"
    assert entry.details["files"][0]["name"] == "refs.bib"
    assert entry.details["selection"] == {"tag": "Persecution/Killing"}
    assert entry.details["articles"] == [research.report]
    assert custody.verify(research.nb.db) == []
