"""Readers date an article by what its text says before what its file's metadata says; plain-text titles."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import docx

from desktop.ingest.reader import read_file
from tests.ingest.samples import minimal_pdf

STORY = "The Taliban detained five former soldiers in Takhar on 28 May 2024, relatives said."


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def issued(path: Path) -> list[int] | None:
    parts = read_file(path).csl.get("issued")
    return parts["date-parts"][0] if parts else None


def word_file(path: Path, paragraphs: list[str], *, created: datetime, modified: datetime) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.core_properties.created = created
    document.core_properties.modified = modified
    document.save(str(path))
    return path


def test_docx_prefers_the_date_in_its_text_to_the_templates_created_date(tmp_path: Path) -> None:
    old = datetime(2013, 12, 23, 23, 15, tzinfo=UTC)
    path = word_file(
        tmp_path / "report.docx", ["Detentions in Takhar", "3 June 2024", STORY], created=old, modified=old
    )
    assert issued(path) == [2024, 6, 3]


def test_docx_without_a_date_in_its_text_ignores_template_and_stale_created_dates(tmp_path: Path) -> None:
    template = datetime(2013, 12, 23, 23, 15, tzinfo=UTC)
    only_template = word_file(tmp_path / "a.docx", [STORY], created=template, modified=template)
    assert issued(only_template) is None
    # created years before the last save: a copy of an old file; the last save dates it
    stale = word_file(
        tmp_path / "b.docx", [STORY], created=datetime(2019, 1, 5), modified=datetime(2024, 6, 4, 10)
    )
    assert issued(stale) == [2024, 6, 4]
    fresh = word_file(
        tmp_path / "c.docx", [STORY], created=datetime(2024, 6, 2, 9), modified=datetime(2024, 6, 4, 10)
    )
    assert issued(fresh) == [2024, 6, 2]


def test_pdf_prefers_the_prepared_date_to_the_files_creation_date(tmp_path: Path) -> None:
    today = date.today().strftime("%Y%m%d").encode()
    info = b"<< /Title (Detentions in Takhar) /CreationDate (D:" + today + b"120000Z) >>"
    lines = [b"Detentions in Takhar", b"Prepared by a field monitor, 3 June 2024", STORY.encode()]
    path = write(tmp_path / "report.pdf", minimal_pdf(lines, info=info))
    assert issued(path) == [2024, 6, 3]


def test_pdf_without_a_date_in_its_text_keeps_its_creation_date(tmp_path: Path) -> None:
    info = b"<< /CreationDate (D:20230415120000+02'00') >>"
    path = write(tmp_path / "report.pdf", minimal_pdf([STORY.encode()], info=info))
    assert issued(path) == [2023, 4, 15]


def test_plain_text_finally_gets_a_date_from_its_dateline(tmp_path: Path) -> None:
    text = f"Detentions in Takhar\n\nKABUL, 3 June 2024 — {STORY}\n"
    assert issued(write(tmp_path / "a.txt", text)) == [2024, 6, 3]
    dari = "بازداشت سربازان پیشین\n\nکابل، ۱۲ سرطان ۱۴۰۳ - طالبان پنج سرباز پیشین را بازداشت کردند.\n"
    assert issued(write(tmp_path / "b.txt", dari)) == [2024, 7, 2]
    assert issued(write(tmp_path / "c.txt", f"Detentions in Takhar\n\n{STORY}\n")) is None


def test_markdown_front_matter_date_then_the_texts(tmp_path: Path) -> None:
    front = '---\ntitle: "Deportations from Iran"\ndate: 2024-01-02\n---\n\nPublished 5 January 2024\n\nText.'
    assert issued(write(tmp_path / "a.md", front)) == [2024, 1, 2]
    assert issued(write(tmp_path / "b.md", "# Deportations\n\nPublished 5 January 2024\n\nText.")) == [
        2024,
        1,
        5,
    ]


def test_html_meta_date_first_then_the_text(tmp_path: Path) -> None:
    body = f"<p>KABUL, 3 June 2024 — {STORY}</p>" + f"<p>{STORY} More details follow here.</p>" * 5
    page = (
        f"<html><head><title>Detentions</title>{{meta}}</head><body><article>{body}</article></body></html>"
    )
    meta = '<meta property="article:published_time" content="2024-06-04T08:00:00Z">'
    assert issued(write(tmp_path / "a.html", page.format(meta=meta))) == [2024, 6, 4]
    assert issued(write(tmp_path / "b.html", page.format(meta=""))) == [2024, 6, 3]


def test_plain_text_title_is_a_title_line_or_a_shortened_first_sentence(tmp_path: Path) -> None:
    titled = write(tmp_path / "a.txt", f"Detentions in Takhar\n\nKABUL, 3 June 2024 — {STORY}")
    assert read_file(titled).csl["title"] == "Detentions in Takhar"
    long_story = (
        "The Taliban detained five former soldiers in the Taloqan district of Takhar province late on "
        "Saturday night, their relatives told us. They have not been seen since."
    )
    untitled = read_file(write(tmp_path / "b.txt", f"KABUL, 3 June 2024 — {long_story}")).csl["title"]
    assert untitled.startswith("The Taliban detained five former soldiers")
    assert untitled.endswith("…") and len(untitled) <= 90 and "KABUL" not in untitled
    dated_first = read_file(write(tmp_path / "c.txt", "Published 12 March 2024\n\nFive men were held.\n"))
    assert dated_first.csl["title"] == "Five men were held."


def test_html_slashed_meta_dates_read_and_a_bare_year_is_refined_by_the_text(tmp_path: Path) -> None:
    body = f"<p>KABUL, 3 June 2024 — {STORY}</p>" + f"<p>{STORY} More details follow here.</p>" * 5
    page = (
        f"<html><head><title>Detentions</title>{{meta}}</head><body><article>{body}</article></body></html>"
    )
    slashed = '<meta name="citation_publication_date" content="2024/06/04">'
    assert issued(write(tmp_path / "a.html", page.format(meta=slashed))) == [2024, 6, 4]
    year_only = '<meta name="citation_publication_date" content="2024">'
    assert issued(write(tmp_path / "b.html", page.format(meta=year_only))) == [2024, 6, 3]
