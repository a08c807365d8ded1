"""Importing CSL-JSON, BibTeX and RIS, round trips through our exports, and matching."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.export.bibtex import to_bibtex
from desktop.export.csl_json import to_csl_json
from desktop.export.ris import to_ris
from desktop.ingest.references import (
    match_key,
    parse_bibtex,
    parse_csl_json,
    parse_ris,
    read_references,
)


def _essentials(item: dict) -> tuple:
    return (item["title"], item.get("author"), item["issued"], item.get("URL"))


@pytest.mark.parametrize(
    ("export", "parse"),
    [(to_csl_json, parse_csl_json), (to_bibtex, parse_bibtex), (to_ris, parse_ris)],
    ids=["csl-json", "bibtex", "ris"],
)
def test_round_trip_keeps_title_authors_date_url(items: list[dict], export, parse) -> None:  # type: ignore[no-untyped-def]
    again = parse(export(items))
    assert [_essentials(i) for i in again] == [_essentials(i) for i in items]


def test_bibtex_round_trip_keeps_types_access_date_and_doi(items: list[dict]) -> None:
    again = parse_bibtex(to_bibtex(items))
    assert [i["type"] for i in again] == ["article-newspaper", "article-newspaper", "report"]
    assert again[0]["accessed"] == {"date-parts": [[2024, 3, 9]]}
    assert again[0]["container-title"] == "RASC News"
    assert again[2]["DOI"] == "10.9999/hrw.2023.001"


def test_bibtex_latex_markup_becomes_plain_text() -> None:
    text = r"""@article{m, title = {{\"U}ber {RASC} \& 50\% of cases}, journal = {J},
    author = {M{\"u}ller, J{\"o}rg and {Human Rights Watch}}, year = 2021, month = feb}"""
    [item] = parse_bibtex(text)
    assert item["title"] == "Über RASC & 50% of cases"
    assert item["author"] == [{"family": "Müller", "given": "Jörg"}, {"literal": "Human Rights Watch"}]
    assert item["issued"] == {"date-parts": [[2021, 2]]}


def test_ris_person_names_and_pages() -> None:
    text = "TY  - JOUR\nAU  - Karimi, Zahra\nTI  - Returnees\nT2  - Migration Review\n"
    text += "PY  - 2022\nSP  - 10\nEP  - 19\nER  - \n"
    [item] = parse_ris(text)
    assert item["type"] == "article-journal"
    assert item["author"] == [{"family": "Karimi", "given": "Zahra"}]
    assert (item["page"], item["container-title"]) == ("10-19", "Migration Review")


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("refs.json", "[{", "not valid JSON"),
        ("refs.json", '[{"type": "report"}]', "item 1 has no title"),
        ("refs.json", "[42]", "item 1 is not an object"),
        ("refs.bib", "@article{a, title = {unclosed\n@misc{b, title={x}}", "line 1 is malformed"),
        ("refs.bib", "just some text", "no BibTeX entries"),
        ("refs.ris", "TY  - JOUR\nTI  - no end tag\n", "no RIS records"),
        ("refs.xml", "<x/>", "unknown reference format"),
    ],
)
def test_bad_files_raise_a_one_line_error_naming_the_file(
    tmp_path: Path, name: str, content: str, problem: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=problem) as error:
        read_references(path)
    assert str(error.value).startswith(f"{name}: ")


def test_read_references_by_extension(tmp_path: Path, items: list[dict]) -> None:
    (tmp_path / "a.json").write_text(json.dumps(items), encoding="utf-8")
    (tmp_path / "a.bib").write_text(to_bibtex(items), encoding="utf-8")
    (tmp_path / "a.ris").write_text(to_ris(items), encoding="utf-8")
    titles = {p: [i["title"] for i in read_references(tmp_path / p)] for p in ("a.json", "a.bib", "a.ris")}
    assert len({tuple(t) for t in titles.values()}) == 1


def test_match_key_ignores_scheme_www_slash_tracking_and_doi_prefix(hrw: dict) -> None:
    stored = match_key(hrw)
    imported = match_key(
        {
            "title": "“no forgiveness for people like you” executions and enforced disappearances",
            "URL": "http://hrw.example/report/2023/08/01/no-forgiveness/?utm_source=x#top",
            "DOI": "https://doi.org/10.9999/HRW.2023.001",
        }
    )
    assert (imported.url, imported.doi, imported.title) == (stored.url, stored.doi, stored.title)
    assert stored.same_source(imported)


def test_match_key_title_ignores_persian_letter_variants_and_zwnj(hasht: dict) -> None:
    arabic_yeh = {"title": hasht["title"].replace("ی", "ي")}
    assert match_key(arabic_yeh).title == match_key(hasht).title
    assert match_key({"title": "ده‌ها"}).title == match_key({"title": "ده ها"}).title


def test_different_dois_are_different_sources_even_with_equal_titles(hrw: dict) -> None:
    other = {**hrw, "DOI": "10.9999/other"}
    assert not match_key(hrw).same_source(match_key(other))
