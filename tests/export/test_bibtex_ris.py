"""BibTeX and RIS exports, read back by bibtexparser and rispy as other tools would."""

from __future__ import annotations

import bibtexparser
import rispy

from desktop.export.bibtex import escape, to_bibtex
from desktop.export.ris import to_ris


def test_bibtex_reads_back_without_failed_blocks(items: list[dict]) -> None:
    library = bibtexparser.parse_string(to_bibtex(items))
    assert library.failed_blocks == []
    entries = {e.key: e for e in library.entries}
    assert set(entries) == {"rasc2024thousands", "hasht2023bazdasht", "human2023no"}
    news = entries["rasc2024thousands"]
    assert news.entry_type == "article"
    assert news["journal"] == "RASC News"
    assert news["url"] == "https://rasc.example/news/2024/03/soldiers_detained?id=7&lang=en"
    assert news["urldate"] == "2024-03-09"
    assert entries["hasht2023bazdasht"]["title"] == "بازداشت سربازان پیشین در بدخشان"
    assert entries["human2023no"].entry_type == "report"
    assert entries["human2023no"]["doi"] == "10.9999/hrw.2023.001"


def test_organisation_authors_are_braced_so_they_are_not_split(rasc: dict) -> None:
    assert "author = {{RASC News Agency}}" in to_bibtex([rasc])


def test_newspaper_article_without_paper_is_misc(rasc: dict) -> None:
    del rasc["container-title"]
    assert to_bibtex([rasc]).startswith("@misc{")


def test_webpage_is_online(rasc: dict) -> None:
    assert to_bibtex([{**rasc, "type": "webpage"}]).startswith("@online{")


def test_specials_are_escaped_and_the_entry_still_parses(rasc: dict) -> None:
    rasc["title"] = "50% of {cases} & costs $5 in #kabul_province ~ ^ \\"
    text = to_bibtex([rasc])
    assert r"50\% of \{cases\} \& costs \$5 in \#kabul\_province" in text
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == [] and len(library.entries) == 1
    assert escape("a\\b") == r"a\textbackslash{}b"


def test_person_names_are_last_first(rasc: dict) -> None:
    rasc["author"] = [
        {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"},
        {"family": "Karimi", "given": "Zahra"},
    ]
    assert "author = {van Beethoven, Ludwig and Karimi, Zahra}" in to_bibtex([rasc])


def test_ris_reads_back_with_types_names_dates_links(items: list[dict]) -> None:
    records = rispy.loads(to_ris(items))
    assert [r["type_of_reference"] for r in records] == ["NEWS", "NEWS", "RPRT"]
    first = records[0]
    assert first["title"] == "Thousands of former soldiers detained in Badakhshan"
    assert first["authors"] == ["RASC News Agency"]
    assert first["date"] == "2024/03/05/"
    assert first["access_date"] == "2024/03/09/"
    assert first["urls"] == ["https://rasc.example/news/2024/03/soldiers_detained?id=7&lang=en"]
    assert records[1]["title"] == "بازداشت سربازان پیشین در بدخشان"
    assert records[2]["doi"] == "10.9999/hrw.2023.001"


def test_ris_has_no_record_counter_lines(items: list[dict]) -> None:
    assert to_ris(items).splitlines()[0] == "TY  - NEWS"
