"""Small CSL items written for these tests: an English news article, a Persian one, a report."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.export.summary import EventRow, Note, Quote, Section, Summary

PERSIAN_QUOTE = "طالبان ده‌ها سرباز پیشین را در بدخشان بازداشت کردند"


@pytest.fixture
def rasc() -> dict[str, Any]:
    return {
        "id": "rasc2024thousands",
        "type": "article-newspaper",
        "title": "Thousands of former soldiers detained in Badakhshan",
        "author": [{"literal": "RASC News Agency"}],
        "container-title": "RASC News",
        "issued": {"date-parts": [[2024, 3, 5]]},
        "accessed": {"date-parts": [[2024, 3, 9]]},
        "URL": "https://rasc.example/news/2024/03/soldiers_detained?id=7&lang=en",
        "language": "en",
    }


@pytest.fixture
def hasht() -> dict[str, Any]:
    return {
        "id": "hasht2023bazdasht",
        "type": "article-newspaper",
        "title": "بازداشت سربازان پیشین در بدخشان",
        "author": [{"literal": "Hasht-e Subh"}],
        "container-title": "هشت صبح",
        "issued": {"date-parts": [[2023, 11, 20]]},
        "URL": "https://8am.example/fa/1234",
        "language": "fa",
    }


@pytest.fixture
def hrw() -> dict[str, Any]:
    return {
        "id": "hrw2023noforgiveness",
        "type": "report",
        "title": "“No Forgiveness for People Like You”: Executions and Enforced Disappearances",
        "author": [{"literal": "Human Rights Watch"}],
        "publisher": "Human Rights Watch",
        "publisher-place": "New York",
        "issued": {"date-parts": [[2023, 8, 1]]},
        "URL": "https://www.hrw.example/report/2023/08/01/no-forgiveness",
        "DOI": "10.9999/hrw.2023.001",
    }


@pytest.fixture
def items(rasc: dict, hasht: dict, hrw: dict) -> list[dict[str, Any]]:
    return [rasc, hasht, hrw]


@pytest.fixture
def summary(items: list[dict[str, Any]]) -> Summary:
    return Summary(
        title="Detentions of former soldiers, 2023–2024",
        sections=[
            Section(
                heading="Badakhshan",
                items=[
                    Quote(
                        text="At least 40 former soldiers were detained * in one week.",
                        cite_key="rasc2024thousands",
                        locator="p. 2",
                        note="Matches the HRW count.",
                    ),
                    Quote(text=PERSIAN_QUOTE, cite_key="hasht2023bazdasht", direction="rtl"),
                    Note(text="Two sources agree on the province; dates differ by a week."),
                ],
            ),
            Section(
                heading="Executions",
                items=[
                    Quote(
                        text="Witnesses described summary executions near the border.",
                        cite_key="hrw2023noforgiveness",
                        locator="12",
                    )
                ],
            ),
        ],
        events=[
            EventRow(
                date="2024-03-01",
                event_type="detention",
                place="Badakhshan | Faizabad",
                perpetrator="Taliban intelligence",
                count="at least 40",
                cite_keys=("rasc2024thousands", "hasht2023bazdasht"),
            )
        ],
        appendix="2024-03-10 import rasc.html sha256=ab12…\n2024-03-11 export summary",
        references=items,
    )
