"""CSL-JSON items as BibTeX (biblatex flavour: @online, urldate, date), UTF-8 kept as is."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from desktop.csl.item import date_parts
from desktop.export.citekeys import assign_citekeys

# CSL type → BibTeX entry type. Newspaper and magazine articles are @article only when they
# name their paper (`journal` is required there); otherwise @misc.
ENTRY_TYPES = {
    "article-journal": "article",
    "article-newspaper": "article",
    "article-magazine": "article",
    "article": "article",
    "webpage": "online",
    "post": "online",
    "post-weblog": "online",
    "report": "report",
    "book": "book",
    "chapter": "incollection",
    "entry-encyclopedia": "incollection",
    "entry-dictionary": "incollection",
    "paper-conference": "inproceedings",
    "thesis": "thesis",
    "manuscript": "unpublished",
    "pamphlet": "booklet",
    "dataset": "dataset",
    "software": "software",
}
# biblatex marks newspaper and magazine articles with `entrysubtype`.
_SUBTYPES = {"article-newspaper": "newspaper", "article-magazine": "magazine"}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SPECIALS_RE = re.compile("|".join(re.escape(c) for c in _SPECIALS))
# Plain CSL fields copied as they are (after escaping).
_SIMPLE_FIELDS = (
    ("volume", "volume"),
    ("issue", "number"),
    ("number", "number"),
    ("page", "pages"),
    ("edition", "edition"),
    ("publisher-place", "address"),
    ("ISBN", "isbn"),
    ("ISSN", "issn"),
    ("abstract", "abstract"),
    ("note", "note"),
    ("genre", "type"),
    ("collection-title", "series"),
)


def to_bibtex(items: Sequence[Mapping[str, Any]], *, keys: Sequence[str] | None = None) -> str:
    """All items as one BibTeX file; `keys` defaults to `assign_citekeys(items)`."""
    chosen = list(keys) if keys is not None else assign_citekeys(items)
    return "\n".join(bibtex_entry(item, key=key) for item, key in zip(items, chosen, strict=True))


def bibtex_entry(item: Mapping[str, Any], *, key: str) -> str:
    """One `@type{key, field = {value}, …}` entry."""
    entry_type, fields = entry_type_and_container(item)
    fields += _title_fields(item) + _name_fields(item) + _date_fields(item)
    fields += _publisher_fields(item, entry_type=entry_type) + _simple_fields(item)
    fields += _link_fields(item)
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{entry_type}{{{key},\n{body}\n}}\n"


def entry_type_and_container(item: Mapping[str, Any]) -> tuple[str, list[tuple[str, str]]]:
    """The entry type and the field naming the item's container (journal, booktitle…)."""
    csl_type = str(item.get("type") or "")
    entry_type = ENTRY_TYPES.get(csl_type, "misc")
    container = str(item.get("container-title") or "")
    if entry_type == "article" and not container:
        return "misc", []
    if not container:
        return entry_type, []
    if entry_type == "article":
        subtype = _SUBTYPES.get(csl_type)
        journal = [("journal", escape(container))]
        return entry_type, journal + ([("entrysubtype", subtype)] if subtype else [])
    if entry_type in ("incollection", "inproceedings"):
        return entry_type, [("booktitle", escape(container))]
    return entry_type, [("howpublished", escape(container))]


def escape(text: str) -> str:
    """Escape the characters BibTeX/LaTeX treat specially; non-ASCII text stays UTF-8."""
    return _SPECIALS_RE.sub(lambda m: _SPECIALS[m.group(0)], text)


def protect_case(text: str) -> str:
    """Brace words like `RASC` or `iPhone` so BibTeX styles do not lowercase them."""
    return re.sub(r"\S*[A-Z]\S*", _brace_if_inner_capital, text)


def format_name(name: Mapping[str, Any]) -> str:
    """A CSL name as `von Last, Jr, First`; organisations braced so they are not split."""
    if name.get("literal"):
        return "{" + escape(str(name["literal"])) + "}"
    last = " ".join(str(name[k]) for k in ("non-dropping-particle", "family") if name.get(k)) or str(
        name.get("given") or ""
    )
    if name.get("dropping-particle"):
        last = f"{name['dropping-particle']} {last}"
    parts = [escape(last)]
    if name.get("suffix"):
        parts.append(escape(str(name["suffix"])))
    if name.get("family") and name.get("given"):
        parts.append(escape(str(name["given"])))
    return ", ".join(parts)


def _brace_if_inner_capital(match: re.Match[str]) -> str:
    word = match.group(0)
    return "{" + word + "}" if any(c.isupper() for c in word[1:]) else word


def _title_fields(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    fields = []
    if item.get("title"):
        fields.append(("title", protect_case(escape(str(item["title"])))))
    if item.get("title-short"):
        fields.append(("shorttitle", escape(str(item["title-short"]))))
    return fields


def _name_fields(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    fields = []
    for csl_field, bib_field in (("author", "author"), ("editor", "editor")):
        names = item.get(csl_field)
        if isinstance(names, list) and names:
            fields.append((bib_field, " and ".join(format_name(n) for n in names)))
    return fields


def _date_fields(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    fields = []
    issued = date_parts(item, "issued")
    if issued:
        fields.append(("date", _iso(issued)))
        fields.append(("year", str(issued[0])))
        if len(issued) > 1 and 1 <= issued[1] <= 12:
            fields.append(("month", _MONTHS[issued[1] - 1]))
    accessed = date_parts(item, "accessed")
    if accessed:
        fields.append(("urldate", _iso(accessed)))
    return fields


def _publisher_fields(item: Mapping[str, Any], *, entry_type: str) -> list[tuple[str, str]]:
    publisher = str(item.get("publisher") or "")
    if not publisher:
        return []
    name = "institution" if entry_type in ("report", "thesis") else "publisher"
    return [(name, escape(publisher))]


def _simple_fields(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    fields = []
    seen = set()
    for csl_field, bib_field in _SIMPLE_FIELDS:
        value = item.get(csl_field)
        if value not in (None, "") and bib_field not in seen:
            fields.append((bib_field, escape(str(value))))
            seen.add(bib_field)
    if item.get("language"):
        fields.append(("language", escape(str(item["language"]))))
    return fields


def _link_fields(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    # biblatex reads url and doi verbatim: only braces would break the entry.
    fields = []
    for csl_field, bib_field in (("DOI", "doi"), ("URL", "url")):
        value = str(item.get(csl_field) or "")
        if value:
            fields.append((bib_field, value.replace("{", "%7B").replace("}", "%7D")))
    return fields


def _iso(parts: Sequence[int]) -> str:
    return "-".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:3])])
