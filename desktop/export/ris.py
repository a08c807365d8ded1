"""CSL-JSON items as RIS (the format EndNote, Zotero and Mendeley all import), through rispy."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import rispy

from desktop.csl.item import date_parts
from desktop.csl.ris_types import CSL_TO_RIS
from desktop.export.citekeys import assign_citekeys

# (CSL field, rispy key) pairs copied as plain text.
_TEXT_FIELDS = (
    ("title", "title"),
    ("container-title", "secondary_title"),
    ("publisher", "publisher"),
    ("publisher-place", "place_published"),
    ("volume", "volume"),
    ("issue", "number"),
    ("edition", "edition"),
    ("DOI", "doi"),
    ("language", "language"),
    ("abstract", "abstract"),
    ("genre", "type_of_work"),
    ("title-short", "short_title"),
)


class _PlainRisWriter(rispy.RisWriter):
    """rispy's writer without the `1.` counter line it puts before each record."""

    def set_header(self, count: int) -> str:
        return ""


def to_ris(items: Sequence[Mapping[str, Any]], *, keys: Sequence[str] | None = None) -> str:
    """All items as RIS text; each record's `ID` is its citation key."""
    chosen = list(keys) if keys is not None else assign_citekeys(items)
    records = [ris_record(item, key=key) for item, key in zip(items, chosen, strict=True)]
    return rispy.dumps(records, implementation=_PlainRisWriter)


def ris_record(item: Mapping[str, Any], *, key: str) -> dict[str, Any]:
    """One item as a rispy record (a dict keyed by rispy's long field names)."""
    record: dict[str, Any] = {"type_of_reference": CSL_TO_RIS.get(str(item.get("type")), "GEN")}
    record["id"] = key
    for csl_field, ris_key in _TEXT_FIELDS:
        if item.get(csl_field) not in (None, ""):
            record[ris_key] = str(item[csl_field])
    authors = [ris_name(n) for n in item.get("author") or [] if isinstance(n, Mapping)]
    if authors:
        record["authors"] = authors
    editors = [ris_name(n) for n in item.get("editor") or [] if isinstance(n, Mapping)]
    if editors:
        record["secondary_authors"] = editors
    record |= _date_fields(item) | _page_fields(item)
    if item.get("URL"):
        record["urls"] = [str(item["URL"])]
    if item.get("ISBN") or item.get("ISSN"):
        record["issn"] = str(item.get("ISBN") or item.get("ISSN"))
    if item.get("note"):
        record["notes"] = [str(item["note"])]
    return record


def ris_name(name: Mapping[str, Any]) -> str:
    """`Family, Given, Suffix`; an organisation's name as it is (no comma: not split on read)."""
    if name.get("literal"):
        return str(name["literal"]).replace(",", "")
    family = " ".join(
        str(name[k]) for k in ("dropping-particle", "non-dropping-particle", "family") if name.get(k)
    )
    parts = [family, str(name.get("given") or "")]
    if name.get("suffix"):
        parts.append(str(name["suffix"]))
    return ", ".join(p for p in parts if p)


def _date_fields(item: Mapping[str, Any]) -> dict[str, str]:
    fields = {}
    issued = date_parts(item, "issued")
    if issued:
        fields["year"] = str(issued[0])
        fields["date"] = _ris_date(issued)
    accessed = date_parts(item, "accessed")
    if accessed:
        fields["access_date"] = _ris_date(accessed)
    return fields


def _page_fields(item: Mapping[str, Any]) -> dict[str, str]:
    page = str(item.get("page") or "").strip()
    if not page:
        return {}
    first, *rest = re.split(r"\s*[-–]+\s*", page, maxsplit=1)
    return {"start_page": first, "end_page": rest[0]} if rest else {"start_page": first}


def _ris_date(parts: Sequence[int]) -> str:
    padded = [f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:3])]
    return "/".join(padded + [""] * (3 - len(padded))) + "/"
