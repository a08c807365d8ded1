"""Queries on which `make fuzz` (scripts/fuzz.py, target `query`) made the search fail other than with
QuerySyntaxError, kept in tests/fuzz_findings/query-*.bin: each must search or be refused in one line.

A quoted single word in the date field that is not a date (`date:"xx"`, the finding's
`date:"[2023-0…"`, `date:"2024-13"`) passed the parser, and whoosh's DATETIME field then raised a
bare `Exception` or a TimeError while matching (a traceback from `fieldnotes search`);
SearchIndex.parse now converts each term of the parsed query, so the error is a QuerySyntaxError.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.store.notebook import Notebook, QuerySyntaxError

FINDINGS = Path(__file__).resolve().parents[1] / "fuzz_findings"
CASES = sorted(FINDINGS.glob("query-*.bin"))
QUERIES = [p.read_bytes().decode("utf-8", "replace") for p in CASES] + ['date:"2024-13"', 'date:"xx"']


def test_the_query_findings_are_kept() -> None:
    assert [p.name for p in CASES] == ["query-fa877acb3863.bin"]


@pytest.mark.parametrize("query", QUERIES)
def test_a_query_searches_or_is_refused_in_one_line(notebook: Notebook, query: str) -> None:
    try:
        notebook.search(query, limit=5)
    except QuerySyntaxError as exc:
        assert "\n" not in str(exc)
