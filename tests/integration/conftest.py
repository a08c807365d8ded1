"""A small notebook as a researcher leaves it: English and Persian articles, tagged passages, an event."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.store.notebook import Notebook
from tests.conftest import make_draft

ENGLISH_TEXT = (
    "Thousands of former soldiers detained in Badakhshan\n\n"
    "At least 40 former soldiers were detained in one week by Taliban intelligence in Faizabad.\n\n"
    "Relatives said the men were taken to an unknown location."
)
PERSIAN_TEXT = "بازداشت سربازان پیشین در بدخشان\n\nطالبان ده‌ها سرباز پیشین را در بدخشان بازداشت کردند."
REPORT_TEXT = (
    "No Forgiveness for People Like You\n\n"
    "Witnesses described summary executions of former soldiers near the border."
)
ENGLISH_QUOTE = "At least 40 former soldiers were detained in one week"
PERSIAN_QUOTE = "طالبان ده‌ها سرباز پیشین را در بدخشان بازداشت کردند"
REPORT_QUOTE = "Witnesses described summary executions of former soldiers near the border"


@dataclass
class Fixture:
    nb: Notebook
    english: str
    persian: str
    report: str
    english_note: str
    persian_note: str
    report_note: str
    event: str


def _span(text: str, quote: str) -> dict[str, int]:
    start = text.index(quote)
    return {"start": start, "end": start + len(quote)}


def fill(nb: Notebook) -> Fixture:
    """Three articles, three tagged passages (one with a note), one event backed by two of them."""
    english, persian, report = nb.add_articles(
        [
            make_draft(
                ENGLISH_TEXT,
                title="Thousands of former soldiers detained in Badakhshan",
                author=[{"literal": "RASC News Agency"}],
                issued={"date-parts": [[2024, 3, 5]]},
                URL="https://rasc.example/news/2024/03/soldiers",
                **{"container-title": "RASC News"},
            ),
            make_draft(
                PERSIAN_TEXT,
                title="بازداشت سربازان پیشین در بدخشان",
                language="fa",
                direction="rtl",
                author=[{"literal": "Hasht-e Subh"}],
                issued={"date-parts": [[2023, 11, 20]]},
                URL="https://8am.example/fa/1234",
                **{"container-title": "هشت صبح"},
            ),
            make_draft(
                REPORT_TEXT,
                title="No Forgiveness for People Like You",
                type="report",
                author=[{"literal": "Human Rights Watch"}],
                publisher="Human Rights Watch",
                issued={"date-parts": [[2023, 8, 1]]},
                DOI="10.9999/hrw.2023.001",
            ),
        ]
    )
    en = nb.annotations.create(
        english.id,
        **_span(ENGLISH_TEXT, ENGLISH_QUOTE),
        note="Matches the HRW count.",
        tags=["Persecution/Detention"],
    )
    fa = nb.annotations.create(
        persian.id, **_span(PERSIAN_TEXT, PERSIAN_QUOTE), tags=["Persecution/Detention"]
    )
    hrw = nb.annotations.create(report.id, **_span(REPORT_TEXT, REPORT_QUOTE), tags=["Persecution/Killing"])
    event = nb.events.create(
        evidence=[en.id, fa.id],
        type="detention",
        date_start="2024-03-01",
        province="Badakhshan",
        place="Faizabad",
        perpetrator="Taliban intelligence",
        count=40,
        count_qualifier="at least",
    )
    return Fixture(nb, english.id, persian.id, report.id, en.id, fa.id, hrw.id, event.id)


@pytest.fixture
def research(tmp_path: Path) -> Iterator[Fixture]:
    nb = Notebook.create(tmp_path / "research.fieldnotes", None)
    try:
        yield fill(nb)
    finally:
        nb.close()
