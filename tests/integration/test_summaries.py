"""Cited summaries built from a notebook, checked in the files editors and readers open."""

from __future__ import annotations

import io
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from lxml import etree
from pdfminer.high_level import extract_text

from desktop.export.pandoc_run import pandoc_path
from desktop.export.summary import Quote
from desktop.export.summary_render import render_summary
from desktop.selection import Selection, resolve
from desktop.store import custody
from desktop.store.notebook import Notebook
from desktop.summaries import SummaryOptions, build_summary, export_summary
from tests.conftest import make_draft

from .conftest import ENGLISH_QUOTE, PERSIAN_QUOTE, REPORT_QUOTE, Fixture

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EVERYTHING = Selection(everything=True)


def _export(research: Fixture, dest: Path, **options: object) -> list[Path]:
    style = str(options.pop("style", "apa"))
    fmt = dest.suffix.lstrip(".")
    chosen = SummaryOptions(title="Detentions of former soldiers", **options)  # type: ignore[arg-type]
    return export_summary(research.nb, EVERYTHING, options=chosen, style=style, fmt=fmt, dest=dest)  # type: ignore[arg-type]


def test_markdown_renders_in_pandoc_with_its_bibliography_and_no_warnings(
    research: Fixture, tmp_path: Path
) -> None:
    written = _export(research, tmp_path / "summary.md", events_table=True)
    assert [p.name for p in written] == ["summary.json", "summary.md"]
    markdown = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "[@rasc2024thousands]" in markdown and "[@human2023no]" in markdown
    done = subprocess.run(
        [pandoc_path(), "--citeproc", "summary.md", "-t", "plain", "--wrap=none"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and done.stderr == ""
    # pandoc's default style (Chicago author-date): the .md names only its bibliography file
    assert "(RASC News Agency 2024)" in done.stdout
    assert "Human Rights Watch. 2023. No Forgiveness for People Like You." in done.stdout
    assert "at least 40" in done.stdout  # the events table


def test_docx_with_a_note_style_has_real_footnotes(research: Fixture, tmp_path: Path) -> None:
    dest = tmp_path / "summary.docx"
    _export(research, dest, style="chicago-note-bibliography")
    document = docx.Document(str(dest))
    body = "\n".join(p.text for p in document.paragraphs)
    assert ENGLISH_QUOTE in body and REPORT_QUOTE in body
    footnotes = _footnotes(document)
    assert len(footnotes) == 3
    assert any(note.startswith("RASC News Agency, “Thousands of Former Soldiers") for note in footnotes)


def test_docx_keeps_the_persian_quote_right_to_left(research: Fixture, tmp_path: Path) -> None:
    dest = tmp_path / "summary.docx"
    _export(research, dest)
    paragraphs = docx.Document(str(dest)).paragraphs
    [persian] = [p for p in paragraphs if PERSIAN_QUOTE in p.text]
    assert persian._p.find(f"{W}pPr/{W}bidi") is not None
    [english] = [p for p in paragraphs if ENGLISH_QUOTE in p.text]
    assert english._p.find(f"{W}pPr/{W}bidi") is None


def test_html_keeps_the_persian_quote_right_to_left(research: Fixture) -> None:
    summary = build_summary(research.nb, resolve(research.nb, EVERYTHING), SummaryOptions(title="S"))
    result = render_summary(summary, fmt="html", style="apa")
    html = result.output.decode("utf-8")
    assert result.warnings == []
    rtl = html.index('<div dir="rtl">')
    assert rtl < html.index(PERSIAN_QUOTE) < html.index("</div>", rtl)
    assert "Matches the HRW count." in html  # the note under the English quote


@pytest.mark.usefixtures("qapp")  # a QApplication first: the PDF writer would make a bare QGuiApplication
def test_pdf_text_contains_the_quotes(research: Fixture, tmp_path: Path) -> None:
    dest = tmp_path / "summary.pdf"
    _export(research, dest)
    text = " ".join(extract_text(io.BytesIO(dest.read_bytes())).split())
    assert ENGLISH_QUOTE in text and REPORT_QUOTE in text
    assert "RASC News Agency" in text


@pytest.mark.parametrize(
    ("order", "headings"),
    [
        ("source", ["No Forgiveness", "بازداشت سربازان", "Thousands of former"]),
        ("date", ["2023-08", "2023-11", "2024-03"]),
        ("tag", ["Persecution/Detention", "Persecution/Killing"]),
        ("event", ["2024-03-01 · Detention · Faizabad, Badakhshan", "Other passages"]),
    ],
)
def test_sections_follow_the_chosen_order(research: Fixture, order: str, headings: list[str]) -> None:
    options = SummaryOptions(order=order)  # type: ignore[arg-type]
    summary = build_summary(research.nb, resolve(research.nb, EVERYTHING), options)
    assert len(summary.sections) == len(headings)
    for section, start in zip(summary.sections, headings, strict=True):
        assert section.heading.startswith(start)


def test_options_leave_out_notes_and_add_events_and_custody_appendix(research: Fixture) -> None:
    options = SummaryOptions(notes=False, events_table=True, appendix=True, bibliography=False)
    summary = build_summary(research.nb, resolve(research.nb, EVERYTHING), options)
    assert all(getattr(item, "note", None) is None for s in summary.sections for item in s.items)
    [row] = summary.events or []
    assert row.count == "at least 40" and set(row.cite_keys) == {"rasc2024thousands", "hasht2023bazdasht"}
    assert summary.appendix is not None and "import" in summary.appendix
    assert research.english[:8] in summary.appendix
    assert summary.bibliography is False


def test_exported_summary_is_logged_in_custody(research: Fixture, tmp_path: Path) -> None:
    written = _export(research, tmp_path / "summary.html", style="mla")
    entry = list(custody.entries(research.nb.db))[-1]
    assert (entry.action, entry.details["kind"], entry.details["format"]) == ("export", "summary", "html")
    assert entry.details["files"][0]["name"] == written[0].name
    assert entry.details["style"] == "mla"


def _footnotes(document: docx.document.Document) -> list[str]:
    part = next(
        (rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/footnotes")), None
    )
    if part is None:
        return []
    notes = []
    for note in etree.fromstring(part.blob).iter(f"{W}footnote"):
        if note.get(f"{W}type") not in ("separator", "continuationSeparator"):
            notes.append("".join(t.text or "" for t in note.iter(f"{W}t")).strip())
    return notes


# -- a search over articles nobody has annotated yet ---------------------------------------------
CHECKPOINT_TEXT = (
    "Checkpoints multiply on the Kabul road\n\n"
    "Travellers said new checkpoints appeared along the highway in March. "
    "At one checkpoint near Maidan Shahr, former soldiers were taken off a bus and detained. "
    "The weather was cold and the road was icy for most of the week.\n\n"
    "Shopkeepers in the town said business was slow. "
    "Relatives of the detained men said they had not been told where they were held."
)
MARKET_TEXT = (
    "Prices rise in Kabul markets\n\n"
    "Flour and cooking oil cost a third more than a year ago, traders said. "
    "Nobody expected prices to fall before the harvest."
)


@pytest.fixture
def unannotated(tmp_path: Path) -> Iterator[Notebook]:
    nb = Notebook.create(tmp_path / "unannotated.fieldnotes", None)
    nb.add_articles(
        [
            make_draft(
                CHECKPOINT_TEXT,
                title="Checkpoints multiply on the Kabul road",
                author=[{"literal": "Amu TV"}],
                issued={"date-parts": [[2024, 3, 20]]},
                **{"container-title": "Amu TV"},
            ),
            make_draft(
                MARKET_TEXT, title="Prices rise in Kabul markets", issued={"date-parts": [[2024, 4, 2]]}
            ),
        ]
    )
    try:
        yield nb
    finally:
        nb.close()


def test_a_query_over_unannotated_articles_quotes_the_sentences_it_matched(
    unannotated: Notebook, tmp_path: Path
) -> None:
    options = SummaryOptions(title="Detentions at checkpoints")
    dest = tmp_path / "search.md"
    export_summary(
        unannotated, Selection(query="detained"), options=options, style="apa", fmt="md", dest=dest
    )
    markdown = dest.read_text(encoding="utf-8")
    assert (
        "> At one checkpoint near Maidan Shahr, former soldiers were taken off a bus and detained."
        in markdown
    )
    assert "> Relatives of the detained men said they had not been told where they were held. [@" in markdown
    assert "weather" not in markdown and "Shopkeepers" not in markdown  # only the matched sentences
    assert "Prices rise" not in markdown  # the search did not find that article
    (reference,) = json.loads((tmp_path / "search.json").read_text(encoding="utf-8"))
    assert markdown.count(f"[@{reference['id']}]") == 2 and reference["title"].startswith("Checkpoints")
    assert "# References" in markdown

    docx_file = tmp_path / "search.docx"
    export_summary(
        unannotated, Selection(query="detained"), options=options, style="apa", fmt="docx", dest=docx_file
    )
    body = "\n".join(p.text for p in docx.Document(str(docx_file)).paragraphs)
    assert "former soldiers were taken off a bus and detained. (Amu TV, 2024)" in body
    assert "Amu TV. (2024, March 20). Checkpoints multiply on the Kabul road" in body  # the reference list


def test_a_short_matched_sentence_takes_the_next_and_annotated_articles_keep_their_passages(
    research: Fixture, unannotated: Notebook
) -> None:
    summary = build_summary(unannotated, resolve(unannotated, Selection(query="highway")), SummaryOptions())
    (quote,) = summary.sections[0].items
    assert isinstance(quote, Quote)
    assert quote.text.startswith(
        "Travellers said new checkpoints appeared along the highway in March. At one"
    )

    annotated = build_summary(
        research.nb, resolve(research.nb, Selection(query="detained")), SummaryOptions()
    )
    quotes = [i.text for s in annotated.sections for i in s.items if isinstance(i, Quote)]
    assert quotes == [ENGLISH_QUOTE]  # its annotation, not the sentences the search matched
