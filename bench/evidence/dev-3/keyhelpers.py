"""Small constructors for the dev-3 key entries: they only fill the fixed fields of the key format."""

from __future__ import annotations

from typing import Any


def ev(
    type_: str,
    province: str | None,
    country: str,
    district: str | None,
    count: int | None,
    qualifier: str | None,
    start: str | None,
    end: str | None,
    precision: str,
    quote: str,
    case: list[str],
    note: str,
) -> dict[str, Any]:
    """One key event in the order of the README's format."""
    return {
        "type": type_, "province": province, "country": country, "district": district,
        "count": count, "count_qualifier": qualifier,
        "date_start": start, "date_end": end, "date_precision": precision,
        "quote": quote, "case": case, "note": note,
    }  # fmt: skip


def nev(quote: str, case: str, note: str) -> dict[str, str]:
    """One passage that looks like an event but is not."""
    return {"quote": quote, "case": case, "note": note}


def article(
    published: str | None, language: str, events: list[dict[str, Any]], not_events: list[dict[str, str]]
) -> dict[str, Any]:
    """One article's entry."""
    return {"published": published, "language": language, "events": events, "not_events": not_events}
