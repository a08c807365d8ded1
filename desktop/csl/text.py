"""CSL values as plain text: a date as ISO text, names as one searchable string."""

from __future__ import annotations

from typing import Any


def csl_date_text(issued: Any) -> str:
    """ "2024-03-05", "2024-03" or "2024" from a CSL date, "" when there is none."""
    try:
        parts = issued["date-parts"][0]
    except (TypeError, KeyError, IndexError):
        return str(issued.get("raw", "")) if isinstance(issued, dict) else ""
    return "-".join(f"{int(p):02d}" if i else f"{int(p):04d}" for i, p in enumerate(parts[:3]))


def csl_names(names: Any) -> str:
    """CSL names as one searchable string: "Given Family" or the literal, joined by "; "."""
    if not isinstance(names, list):
        return ""
    out = []
    for n in names:
        if isinstance(n, dict):
            out.append(n.get("literal") or " ".join(filter(None, [n.get("given"), n.get("family")])))
    return "; ".join(str(x) for x in out if x)
