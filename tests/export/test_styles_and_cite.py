"""Formatted references and citations in the shipped styles and in a user's own .csl file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.export.cite import format_bibliography, format_citation
from desktop.export.styles import resolve_style, shipped_style_names

MINIMAL_CSL = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Field office house style</title><id>field-office</id>
    <updated>2024-01-01T00:00:00+00:00</updated></info>
  <citation><layout prefix="&lt;&lt;" suffix="&gt;&gt;">
    <names variable="author"/><text variable="locator" prefix=" at "/></layout></citation>
  <bibliography><layout><text value="SOURCE: "/><text variable="title" text-case="uppercase"/>
  </layout></bibliography>
</style>
"""
DEPENDENT_CSL = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="de-DE">
  <info><title>Zeitschrift für Menschenrechte</title><id>zfmr</id>
    <link href="http://www.zotero.org/styles/apa" rel="independent-parent"/>
    <updated>2024-01-01T00:00:00+00:00</updated></info>
</style>
"""


def test_each_shipped_style_formats_a_reference_differently(items: list[dict]) -> None:
    outputs = {name: format_bibliography(items, name) for name in shipped_style_names()}
    assert len(set(outputs.values())) == 5
    assert all("Thousands" in text and "بازداشت سربازان" in text for text in outputs.values())
    assert "RASC News Agency. (2024, March 5)." in outputs["apa"]
    assert "5 Mar. 2024" in outputs["mla"]
    assert "(Accessed: 9 March 2024)" in outputs["harvard"]  # Cite Them Right is British


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("apa", "(RASC News Agency, 2024, p. 3)"),
        ("chicago-author-date", "(RASC News Agency 2024, 3)"),
        ("mla", "(RASC News Agency 3)"),
        ("harvard", "(RASC News Agency, 2024, p. 3)"),
    ],
)
def test_in_text_citation_with_page(rasc: dict, style: str, expected: str) -> None:
    assert format_citation(rasc, style, locator="p. 3") == expected


def test_note_style_citation_is_the_footnote_text(rasc: dict) -> None:
    note = format_citation(rasc, "chicago-note-bibliography", locator="3")
    assert note.startswith("RASC News Agency, “Thousands of Former Soldiers Detained")
    assert ", 3, https://rasc.example/" in note


def test_markdown_and_html_bibliographies(items: list[dict]) -> None:
    markdown = format_bibliography(items, "apa", "markdown")
    assert "*RASC News*" in markdown and ":::" not in markdown
    html = format_bibliography(items, "apa", "html")
    assert '<div id="ref-rasc2024thousands"' in html and "<em>RASC News</em>" in html


def test_markdown_characters_in_titles_are_not_formatting(rasc: dict) -> None:
    rasc["title"] = "Raids *at night* in [Kabul] @ 5_000 homes <b>"
    text = format_bibliography([rasc], "apa")
    assert "Raids *at night* in [Kabul] @ 5_000 homes <b>" in text


def test_user_csl_file(tmp_path: Path, rasc: dict) -> None:
    path = tmp_path / "field-office.csl"
    path.write_text(MINIMAL_CSL, encoding="utf-8")
    assert format_bibliography([rasc], path) == "SOURCE: THOUSANDS OF FORMER SOLDIERS DETAINED IN BADAKHSHAN"
    assert format_citation(rasc, path, locator="12") == "<<RASC News Agency at 12>>"


def test_dependent_user_style_resolves_its_parent_offline_with_its_locale(tmp_path: Path, rasc: dict) -> None:
    path = tmp_path / "zfmr.csl"
    path.write_text(DEPENDENT_CSL, encoding="utf-8")
    style = resolve_style(path)
    assert style.path.name == "apa.csl" and style.locale == "de-DE"
    assert "(2024, März 5)" in format_bibliography([rasc], style)


@pytest.mark.parametrize(
    ("content", "problem"),
    [("<html/>", "not a CSL style"), ("<style", "not a readable CSL style")],
)
def test_bad_user_style_is_a_clear_error(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "bad.csl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        resolve_style(path)


def test_unknown_style_name() -> None:
    with pytest.raises(ValueError, match="no-such-style: no such CSL style"):
        resolve_style("no-such-style")


def test_hundred_references_in_one_call_is_quick(rasc: dict) -> None:
    many = [{**rasc, "id": f"r{n}", "title": f"Report number {n}"} for n in range(100)]
    start = time.perf_counter()
    text = format_bibliography(many, "chicago-author-date")
    assert text.count("Report Number") == 100
    assert time.perf_counter() - start < 5
