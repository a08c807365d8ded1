"""Cited summaries: Markdown read by pandoc, HTML, DOCX and ODT as editors open them."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree

from desktop.export.pandoc_run import pandoc_path
from desktop.export.summary import Quote, Section, Summary
from desktop.export.summary_markdown import summary_markdown
from desktop.export.summary_render import export_summary, render_summary

from .conftest import PERSIAN_QUOTE

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _pandoc(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([pandoc_path(), *args], cwd=cwd, capture_output=True, text=True)


def test_markdown_with_bibliography_beside_renders_in_pandoc_without_warnings(
    tmp_path: Path, summary: Summary
) -> None:
    written = export_summary(summary, dest=tmp_path / "summary.md", fmt="md", style="apa")
    assert [p.name for p in written] == ["summary.json", "summary.md"]
    assert "[@rasc2024thousands, p. 2]" in (tmp_path / "summary.md").read_text(encoding="utf-8")
    done = _pandoc("--citeproc", "summary.md", "-t", "plain", "--wrap=none", cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == ""
    assert "(RASC News Agency 2024, 2)" in done.stdout
    assert "Human Rights Watch. 2023." in done.stdout
    assert json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))[1]["language"] == "fa"
    assert set(tmp_path.iterdir()) == set(written)  # no temp files left beside them


def test_quotes_with_markdown_characters_come_out_verbatim(summary: Summary) -> None:
    odd = "1. Not a list * not emphasis _x_ [not a link](y) @not-a-cite $5 <i>raw</i> # no heading"
    summary.sections[0].items.insert(0, Quote(text=odd, cite_key="rasc2024thousands"))
    html = render_summary(summary, fmt="html", style="apa").output.decode()
    assert (
        "1. Not a list * not emphasis _x_ [not a link](y) @not-a-cite $5 &lt;i&gt;raw&lt;/i&gt; # no heading"
        in html
    )


def test_unknown_cite_key_is_refused_before_rendering(summary: Summary) -> None:
    summary.sections[0].items.append(Quote(text="x", cite_key="nobody2020"))
    with pytest.raises(ValueError, match="nobody2020: cited in the summary but not in its references"):
        summary_markdown(summary)


def test_html_keeps_persian_quote_right_to_left(summary: Summary) -> None:
    result = render_summary(summary, fmt="html", style="apa")
    html = result.output.decode()
    assert result.warnings == []
    rtl = html.index('<div dir="rtl">')
    assert rtl < html.index(PERSIAN_QUOTE) < html.index("</div>", rtl)
    assert "(RASC News Agency, 2024, p. 2)" in html
    assert '<div id="ref-hrw2023noforgiveness"' in html


def test_docx_note_style_has_real_footnotes(tmp_path: Path, summary: Summary) -> None:
    dest = tmp_path / "summary.docx"
    export_summary(summary, dest=dest, fmt="docx", style="chicago-note-bibliography")
    document = docx.Document(str(dest))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "At least 40 former soldiers were detained * in one week." in body
    assert "RASC News Agency" not in body.split("References")[0]  # citations are footnotes
    footnotes = _footnotes(document)
    assert len(footnotes) == 4
    assert footnotes[0].startswith("RASC News Agency, “Thousands of Former Soldiers Detained")


def test_docx_author_date_style_has_no_footnotes(tmp_path: Path, summary: Summary) -> None:
    dest = tmp_path / "summary.docx"
    export_summary(summary, dest=dest, fmt="docx", style="apa")
    document = docx.Document(str(dest))
    assert _footnotes(document) == []
    assert any("(RASC News Agency, 2024, p. 2)" in p.text for p in document.paragraphs)


def test_docx_persian_quote_is_a_bidi_paragraph(tmp_path: Path, summary: Summary) -> None:
    dest = tmp_path / "summary.docx"
    export_summary(summary, dest=dest, fmt="docx", style="apa")
    [paragraph] = [p for p in docx.Document(str(dest)).paragraphs if PERSIAN_QUOTE in p.text]
    assert paragraph._p.find(f"{W}pPr/{W}bidi") is not None
    assert paragraph.runs[0]._r.find(f"{W}rPr/{W}rtl") is not None
    english = [p for p in docx.Document(str(dest)).paragraphs if "At least 40" in p.text][0]
    assert english._p.find(f"{W}pPr/{W}bidi") is None


def test_odt_persian_quote_uses_a_right_to_left_paragraph_style(summary: Summary) -> None:
    odt = render_summary(summary, fmt="odt", style="mla").output
    with zipfile.ZipFile(io.BytesIO(odt)) as package:
        assert package.namelist()[0] == "mimetype"
        assert package.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        content = package.read("content.xml").decode()
        styles = package.read("styles.xml").decode()
    assert f'<text:p text:style-name="RTL_Quote">{PERSIAN_QUOTE}' in content
    assert 'style:name="RTL_Quote"' in styles and 'style:writing-mode="rl-tb"' in styles
    assert "(RASC News Agency 2)" in content


def test_export_writes_only_the_destination(tmp_path: Path, summary: Summary) -> None:
    (tmp_path / "summary.odt").write_bytes(b"old version")
    export_summary(summary, dest=tmp_path / "summary.odt", fmt="odt", style="apa")
    assert [p.name for p in tmp_path.iterdir()] == ["summary.odt"]
    assert zipfile.is_zipfile(tmp_path / "summary.odt")


def test_summary_without_bibliography_or_events(summary: Summary) -> None:
    summary.bibliography = False
    summary.events = None
    html = render_summary(summary, fmt="html", style="apa").output.decode()
    assert 'id="refs"' not in html and "Events" not in html
    assert "(Hasht-e Subh, 2023)" in html


def test_empty_summary_still_renders() -> None:
    empty = Summary(title="Nothing yet", sections=[Section(heading="Kunduz")])
    assert b"Kunduz" in render_summary(empty, fmt="html", style="apa").output


def _footnotes(document: docx.document.Document) -> list[str]:
    footnotes_part = next(
        (rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/footnotes")),
        None,
    )
    if footnotes_part is None:
        return []
    root = etree.fromstring(footnotes_part.blob)
    notes = []
    for note in root.iter(f"{W}footnote"):
        if note.get(f"{W}type") in ("separator", "continuationSeparator"):
            continue
        notes.append("".join(t.text or "" for t in note.iter(f"{W}t")).strip())
    return notes
