"""A cited summary's events table shows the source's words for a number no one counted ("dozens")."""

from __future__ import annotations

import io

import docx
import pytest

from desktop.export.summary import Summary
from desktop.export.summary_render import render_summary
from desktop.selection import Selection, resolve
from desktop.summaries import SummaryOptions, build_summary

from .conftest import Fixture

DOZENS = "“ده‌ها” (not counted)"  # the Persian passage says «ده‌ها سرباز پیشین»


@pytest.fixture
def summary(research: Fixture) -> Summary:
    """The summary of one event backed by the Persian passage, recorded with no count but "at least"."""
    nb = research.nb
    event = nb.events.create(
        evidence=[research.persian_note], type="detention", province="AF-BDS", count_qualifier="at least"
    )
    chosen = resolve(nb, Selection(event_ids=(event.id,)))
    return build_summary(nb, chosen, SummaryOptions(title="Vague counts", events_table=True))


def test_the_events_table_row_gives_the_words_instead_of_an_empty_count(summary: Summary) -> None:
    # the fixture's counted event rests on the same passage, so it comes along
    assert sorted(row.count for row in summary.events or []) == sorted([DOZENS, "at least 40"])


def test_markdown_html_and_docx_show_the_words(summary: Summary) -> None:
    markdown = render_summary(summary, fmt="md", style="apa").output.decode()
    assert DOZENS in markdown
    html = render_summary(summary, fmt="html", style="apa").output.decode()
    assert DOZENS in html
    document = docx.Document(io.BytesIO(render_summary(summary, fmt="docx", style="apa").output))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert DOZENS in cells
