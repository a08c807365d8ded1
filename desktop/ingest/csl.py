"""CSL-JSON metadata shared by every reader: clean strings, titles, names and dates."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Any

TITLE_MAX_CHARS = 300

# Bidi embeddings/overrides/isolates, LRM/RLM, ALM, BOM: in a title they can make
# "gpj.exe" look like "exe.jpg" or reorder a list of titles. ZWNJ/ZWJ are kept: Persian needs them.
_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff"
_CONTROLS = "\x00-\x1f\x7f-\x9f"
_UNSAFE_IN_METADATA = re.compile(f"[{_BIDI_CONTROLS}{_CONTROLS}]+")
_SPACES = re.compile(r"\s+")
_LATIN_NAME = re.compile(r"^[A-Za-z\u00c0-\u024f.'’\- ]+$")
_ISO_DATE = re.compile(r"^\s*D?:?\s*(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?")
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:;|\||\band\b|&|،)\s*")
_BY_PREFIX = re.compile(r"^(?:by|from)\s+", re.IGNORECASE)


def clean_field(value: object) -> str:
    """A metadata string with bidi and control characters removed and whitespace collapsed."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    text = _UNSAFE_IN_METADATA.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def clean_title(value: object, *, limit: int = TITLE_MAX_CHARS) -> str:
    """A title safe to show in a list: `clean_field`, then cut at a word boundary to `limit`."""
    title = clean_field(value)
    if len(title) <= limit:
        return title
    cut = title[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-") + "…"


def csl_names(value: object, *, organisation: bool = False) -> list[dict[str, str]]:
    """CSL names from "Jane Doe", "Doe, Jane", "A; B", a list of those, or an organisation.

    Latin-script "Given Family" names are split on the last word; anything else (Arabic-script
    names, organisations, single words) stays a `literal`, because splitting them guesses wrong.
    """
    raw = value if isinstance(value, list) else [value]
    names: list[dict[str, str]] = []
    for item in raw:
        parts = clean_field(item).split(";") if organisation else _AUTHOR_SEPARATORS.split(clean_field(item))
        for part in parts:
            name = _BY_PREFIX.sub("", part).strip(" ,")
            entry = {"literal": name} if organisation else _csl_name(name)
            if name and entry not in names:
                names.append(entry)
    return names


def _csl_name(name: str) -> dict[str, str]:
    """One CSL name: family/given for Latin "Given Family" or "Family, Given", else literal."""
    if not _LATIN_NAME.match(name.replace(",", "")):
        return {"literal": name}
    if name.count(",") == 1:
        family, given = (p.strip() for p in name.split(","))
        if family and given:
            return {"family": family, "given": given}
    words = name.split()
    if 2 <= len(words) <= 4:
        return {"family": words[-1], "given": " ".join(words[:-1])}
    return {"literal": name}


def csl_date(value: object) -> dict[str, list[list[int]]] | None:
    """CSL `issued` from a datetime, "2024-03-05T10:00Z", "2024-03", "2024" or "D:20240305…"."""
    if isinstance(value, datetime | date):
        return {"date-parts": [[value.year, value.month, value.day]]}
    match = _ISO_DATE.match(clean_field(value))
    if not match:
        return None
    parts = [int(p) for p in match.groups() if p is not None]
    if not 1000 <= parts[0] <= 2999:
        return None
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        parts = parts[:1]
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        parts = parts[:2]
    return {"date-parts": [parts]}


def make_csl(
    *,
    kind: str,
    title: object,
    fallback_title: str,
    authors: list[dict[str, str]] | None = None,
    issued: dict[str, Any] | None = None,
    url: object = None,
    container: object = None,
) -> dict[str, Any]:
    """A CSL-JSON record with only the fields that have a value; every string cleaned."""
    csl: dict[str, Any] = {"type": kind, "title": clean_title(title) or clean_title(fallback_title)}
    if authors:
        csl["author"] = authors
    if issued:
        csl["issued"] = issued
    if clean_field(url):
        csl["URL"] = clean_field(url).replace(" ", "%20")
    if clean_field(container):
        csl["container-title"] = clean_field(container)
    return csl
