"""The CSL-JSON item, cleaned to the CSL-JSON schema: what readers produce and exports start from."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

CslItem = dict[str, Any]

CSL_TYPES = frozenset(
    [
        "article",
        "article-journal",
        "article-magazine",
        "article-newspaper",
        "bill",
        "book",
        "broadcast",
        "chapter",
        "classic",
        "collection",
        "dataset",
        "document",
        "entry",
        "entry-dictionary",
        "entry-encyclopedia",
        "figure",
        "graphic",
        "hearing",
        "interview",
        "legal_case",
        "legislation",
        "manuscript",
        "map",
        "motion_picture",
        "musical_score",
        "pamphlet",
        "paper-conference",
        "patent",
        "performance",
        "periodical",
        "personal_communication",
        "post",
        "post-weblog",
        "regulation",
        "report",
        "review",
        "review-book",
        "software",
        "song",
        "speech",
        "standard",
        "thesis",
        "treaty",
        "webpage",
    ]
)
# Types older tools (citeproc-js, Zotero 5) still write, mapped onto the current vocabulary.
TYPE_ALIASES = {
    "newspaper-article": "article-newspaper",
    "magazine-article": "article-magazine",
    "journal-article": "article-journal",
    "web-page": "webpage",
    "blogpost": "post-weblog",
    "conference-paper": "paper-conference",
}
NAME_FIELDS = frozenset(
    [
        "author",
        "chair",
        "collection-editor",
        "compiler",
        "composer",
        "container-author",
        "contributor",
        "curator",
        "director",
        "editor",
        "editorial-director",
        "executive-producer",
        "interviewer",
        "illustrator",
        "organizer",
        "original-author",
        "performer",
        "producer",
        "recipient",
        "reviewed-author",
        "translator",
    ]
)
DATE_FIELDS = frozenset(
    ["accessed", "available-date", "container", "event-date", "issued", "original-date", "submitted"]
)
NUMBER_FIELDS = frozenset(
    [
        "chapter-number",
        "citation-number",
        "collection-number",
        "edition",
        "first-reference-note-number",
        "issue",
        "locator",
        "number",
        "number-of-pages",
        "number-of-volumes",
        "page",
        "page-first",
        "part",
        "printing",
        "supplement",
        "volume",
    ]
)
STRING_FIELDS = frozenset(
    [
        "language",
        "journalAbbreviation",
        "shortTitle",
        "abstract",
        "annote",
        "archive",
        "archive_collection",
        "archive_location",
        "archive-place",
        "authority",
        "call-number",
        "citation-label",
        "collection-title",
        "container-title",
        "container-title-short",
        "dimensions",
        "division",
        "DOI",
        "event",
        "event-place",
        "genre",
        "ISAN",
        "ISBN",
        "ISCI",
        "ISMN",
        "ISRC",
        "ISSN",
        "ISWC",
        "jurisdiction",
        "keyword",
        "medium",
        "note",
        "original-publisher",
        "original-publisher-place",
        "original-title",
        "part-title",
        "PMCID",
        "PMID",
        "publisher",
        "publisher-place",
        "references",
        "reviewed-title",
        "scale",
        "section",
        "source",
        "status",
        "title",
        "title-short",
        "translated-title",
        "translated-title-short",
        "URL",
        "version",
        "year-suffix",
    ]
)
NAME_PARTS = ("family", "given", "dropping-particle", "non-dropping-particle", "suffix", "literal")
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def clean_items(items: Iterable[Mapping[str, Any]]) -> list[CslItem]:
    """Clean every item (see `clean_item`); ids are kept, missing ones become `item1`, `item2`…"""
    return [clean_item(item, fallback_id=f"item{n}") for n, item in enumerate(items, start=1)]


def clean_item(item: Mapping[str, Any], *, fallback_id: str = "item") -> CslItem:
    """Return a copy of `item` that validates against the CSL-JSON schema.

    Unknown types become "document"; names and dates are reshaped (a name string becomes a
    `literal`, an ISO date string becomes `date-parts`); fields the schema does not know are
    kept under `custom` rather than lost.
    """
    out: CslItem = {"id": _clean_id(item.get("id"), fallback=fallback_id)}
    out["type"] = clean_type(item.get("type"))
    custom: dict[str, Any] = dict(item.get("custom") or {})
    for key, value in item.items():
        if key in ("id", "type", "custom") or value in (None, "", [], {}):
            continue
        cleaned = _clean_field(key, value)
        if cleaned is None:
            custom[key] = value
        else:
            out[key] = cleaned
    if custom:
        out["custom"] = custom
    return out


def clean_type(value: Any) -> str:
    """The CSL type for `value`: itself when valid, its modern name, else "document"."""
    text = str(value or "").strip()
    text = TYPE_ALIASES.get(text, text)
    return text if text in CSL_TYPES else "document"


def clean_names(value: Any) -> list[dict[str, str]]:
    """Names as CSL name objects: strings become literals, unknown keys are dropped."""
    values = value if isinstance(value, list) else [value]
    names: list[dict[str, str]] = []
    for raw in values:
        if isinstance(raw, str):
            if raw.strip():
                names.append({"literal": raw.strip()})
            continue
        if not isinstance(raw, Mapping):
            continue
        name = {k: str(raw[k]).strip() for k in NAME_PARTS if raw.get(k) not in (None, "")}
        if name:
            names.append(name)
    return names


def clean_date(value: Any) -> dict[str, Any] | None:
    """A CSL date object from a date object, an ISO string or a year; None if unusable."""
    if isinstance(value, int):
        return {"date-parts": [[value]]}
    if isinstance(value, str):
        return parse_iso_date(value)
    if not isinstance(value, Mapping):
        return None
    out: dict[str, Any] = {}
    parts = _clean_date_parts(value.get("date-parts"))
    if parts:
        out["date-parts"] = parts
    for key in ("season", "circa", "literal", "raw"):
        if value.get(key) not in (None, ""):
            out[key] = value[key]
    if "date-parts" not in out and isinstance(value.get("raw"), str):
        parsed = parse_iso_date(value["raw"])
        if parsed and "date-parts" in parsed:
            out["date-parts"] = parsed["date-parts"]
    return out or None


def parse_iso_date(text: str) -> dict[str, Any] | None:
    """`2024-03-05`, `2024-03` or `2024` as CSL date-parts; anything else as a `literal`."""
    match = _ISO_DATE.match(text.strip())
    if not match:
        return {"literal": text.strip()} if text.strip() else None
    parts = [int(p) for p in match.groups() if p]
    return {"date-parts": [parts]}


def date_parts(item: Mapping[str, Any], field: str = "issued") -> list[int]:
    """The first date of `field` as integers [year, month?, day?], or [] when absent."""
    date = clean_date(item.get(field))
    if not date or "date-parts" not in date:
        return []
    return [int(p) for p in date["date-parts"][0]]


def _clean_field(key: str, value: Any) -> Any:
    if key in NAME_FIELDS:
        return clean_names(value) or None
    if key in DATE_FIELDS:
        return clean_date(value)
    if key in NUMBER_FIELDS:
        return value if isinstance(value, int | str) and not isinstance(value, bool) else str(value)
    if key in STRING_FIELDS:
        return "; ".join(map(str, value)) if isinstance(value, list) else str(value)
    if key == "categories":
        return [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return None


def _clean_id(value: Any, *, fallback: str) -> str | int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value or "").strip()
    return text or fallback


def _clean_date_parts(value: Any) -> list[list[int]] | None:
    if not isinstance(value, list):
        return None
    ranges: list[list[int]] = []
    for part in value[:2]:
        if not isinstance(part, list):
            continue
        numbers = [int(p) for p in part[:3] if _is_int(p)]
        if numbers:
            ranges.append(numbers)
    return ranges or None


def _is_int(value: Any) -> bool:
    try:
        int(value)
    except (TypeError, ValueError):
        return False
    return not isinstance(value, bool)
