"""Helpers that fill the fixed fields of the dev-2 key entries (the entries are in entries_*.py)."""

from typing import Any


def ev(
    type_: str,
    province: str | None,
    quote: str,
    *,
    country: str = "AF",
    district: str | None = None,
    count: int | None = None,
    qualifier: str | None = None,
    start: str | None = None,
    end: str | None = None,
    precision: str = "day",
    case: list[str] | None = None,
    note: str = "",
) -> dict[str, Any]:
    """One key event; the count qualifier defaults to exact when a count is given."""
    if count is not None and qualifier is None:
        qualifier = "exact"
    return {
        "type": type_,
        "province": province,
        "country": country,
        "district": district,
        "count": count,
        "count_qualifier": qualifier,
        "date_start": start,
        "date_end": end,
        "date_precision": precision,
        "quote": quote,
        "case": case or [],
        "note": note,
    }


def nev(quote: str, case: str, note: str) -> dict[str, Any]:
    """One passage that looks like an event but is not."""
    return {"quote": quote, "case": [case], "note": note}


def article(
    published: str | None, language: str, events: list[dict[str, Any]], not_events: list[dict[str, Any]]
) -> dict[str, Any]:
    """One article's entry."""
    return {"published": published, "language": language, "events": events, "not_events": not_events}
