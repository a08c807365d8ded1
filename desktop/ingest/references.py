"""Reading references from CSL-JSON, BibTeX and RIS files into CSL-JSON items, and matching them."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, urlencode, urlsplit

import bibtexparser
import rispy
from bibtexparser import middlewares
from bibtexparser.middlewares.names import NameParts
from pylatexenc.latex2text import LatexNodes2Text

from desktop.csl.item import CslItem, clean_item, parse_iso_date
from desktop.csl.ris_types import RIS_TO_CSL
from desktop.ingest.json_depth import nesting_exceeds

_BIBTEX_TYPES = {
    "article": "article-journal",
    "online": "webpage",
    "www": "webpage",
    "electronic": "webpage",
    "report": "report",
    "techreport": "report",
    "book": "book",
    "incollection": "chapter",
    "inbook": "chapter",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "thesis": "thesis",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "unpublished": "manuscript",
    "booklet": "pamphlet",
    "dataset": "dataset",
    "software": "software",
}
_SUBTYPES = {"newspaper": "article-newspaper", "magazine": "article-magazine"}
# BibTeX field → CSL field, first match wins (biblatex names before their BibTeX aliases).
_BIBTEX_FIELDS = (
    ("title", "title"),
    ("shorttitle", "title-short"),
    ("journaltitle", "container-title"),
    ("journal", "container-title"),
    ("booktitle", "container-title"),
    ("publisher", "publisher"),
    ("institution", "publisher"),
    ("organization", "publisher"),
    ("school", "publisher"),
    ("location", "publisher-place"),
    ("address", "publisher-place"),
    ("volume", "volume"),
    ("pages", "page"),
    ("edition", "edition"),
    ("isbn", "ISBN"),
    ("issn", "ISSN"),
    ("abstract", "abstract"),
    ("note", "note"),
    ("language", "language"),
    ("langid", "language"),
    ("type", "genre"),
    ("series", "collection-title"),
)
_VERBATIM_FIELDS = ("url", "doi")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_LATEX = LatexNodes2Text()
_TRACKING_PARAMS = re.compile(r"^(utm_.*|fbclid|gclid|ref)$")
# CSL-JSON nests five deep (list, item, "issued", "date-parts", a date); a file nested deeper than
# this is not a reference list, and Python's JSON reader would exhaust its stack on thousands.
MAX_JSON_DEPTH = 32
MAX_FILE_BYTES = 64 * 2**20  # the most a reference file is read into memory


class MatchKey(NamedTuple):
    """What identifies a source across files: normalised URL, DOI and title (None if absent)."""

    url: str | None
    doi: str | None
    title: str | None

    def same_source(self, other: MatchKey) -> bool:
        """True when a DOI, else a URL, else a title identifies both as the same source."""
        for mine, theirs in ((self.doi, other.doi), (self.url, other.url)):
            if mine and theirs:
                return mine == theirs
        return bool(self.title) and self.title == other.title


def read_references(path: Path) -> list[CslItem]:
    """Read a .json (CSL-JSON), .bib (BibTeX) or .ris file; ValueError("file: problem")."""
    path = Path(path)
    try:
        if (size := path.stat().st_size) > MAX_FILE_BYTES:
            mb = f"{size / 2**20:.0f} MB, more than {MAX_FILE_BYTES / 2**20:.0f} MB"
            raise ValueError(f"{path.name}: too large for a reference file ({mb})")
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"{path.name}: cannot read ({error})") from None
    suffix = path.suffix.lower()
    if suffix == ".json":
        return parse_csl_json(text, source=path.name)
    if suffix in (".bib", ".bibtex"):
        return parse_bibtex(text, source=path.name)
    if suffix in (".ris", ".txt"):
        return parse_ris(text, source=path.name)
    raise ValueError(f"{path.name}: unknown reference format (use .json, .bib or .ris)")


def parse_csl_json(text: str, *, source: str = "CSL-JSON") -> list[CslItem]:
    """A CSL-JSON array (or single item object) as cleaned CSL-JSON items."""
    if nesting_exceeds(text, MAX_JSON_DEPTH):
        raise ValueError(
            f"{source}: nested more than {MAX_JSON_DEPTH} levels deep, not a CSL-JSON reference list"
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValueError(f"{source}: not valid JSON ({error})") from None
    items = [data] if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ValueError(f"{source}: expected a list of CSL-JSON items")
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            raise ValueError(f"{source}: item {number} is not an object")
        if not (item.get("title") or item.get("author") or item.get("URL")):
            raise ValueError(f"{source}: item {number} has no title, author or URL")
    return [clean_item(item, fallback_id=f"item{n}") for n, item in enumerate(items, start=1)]


def parse_bibtex(text: str, *, source: str = "BibTeX") -> list[CslItem]:
    """BibTeX or biblatex entries as CSL-JSON items; a malformed entry is a ValueError."""
    stack = [middlewares.SeparateCoAuthors(), middlewares.SplitNameParts()]
    library = bibtexparser.parse_string(text, append_middleware=stack)
    if library.failed_blocks:
        block = library.failed_blocks[0]
        line = getattr(block, "start_line", 0) + 1
        raise ValueError(f"{source}: entry at line {line} is malformed ({_first_line(block)})")
    if not library.entries and text.strip():
        raise ValueError(f"{source}: no BibTeX entries found")
    return [_bibtex_item(entry) for entry in library.entries]


def parse_ris(text: str, *, source: str = "RIS") -> list[CslItem]:
    """RIS records as CSL-JSON items."""
    try:
        records = rispy.loads(text)
    except Exception as error:  # rispy raises bare IOError/ValueError subclasses
        raise ValueError(f"{source}: not valid RIS ({error})") from None
    if not records and text.strip():
        raise ValueError(f"{source}: no RIS records found (each runs from 'TY  - ' to 'ER  - ')")
    return [_ris_item(record, number=n) for n, record in enumerate(records, start=1)]


def match_key(item: Mapping[str, Any]) -> MatchKey:
    """The normalised URL, DOI and title of an item, to find the stored article it describes."""
    return MatchKey(
        url=normalise_url(str(item.get("URL") or "")) or None,
        doi=normalise_doi(str(item.get("DOI") or "")) or None,
        title=normalise_title(str(item.get("title") or "")) or None,
    )


def normalise_url(url: str) -> str:
    """Scheme, `www.`, fragment, trailing slash and tracking parameters do not matter."""
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return ""
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING_PARAMS.match(k)])
    return host + parts.path.rstrip("/") + (f"?{query}" if query else "")


def normalise_doi(doi: str) -> str:
    """A DOI without its resolver prefix, lower-cased (DOIs are case-insensitive)."""
    return re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", doi.strip(), flags=re.I).lower()


def normalise_title(title: str) -> str:
    """Case, punctuation, spacing, ZWNJ and Arabic/Persian letter variants do not matter."""
    text = unicodedata.normalize("NFKC", title).casefold()
    text = text.replace("\u200c", " ").replace("ي", "ی").replace("ك", "ک").replace("ى", "ی")
    text = "".join(c if c.isalnum() else " " for c in text)
    return " ".join(text.split())


def _bibtex_item(entry: Any) -> CslItem:
    fields = {key.lower(): field.value for key, field in entry.fields_dict.items()}
    item: CslItem = {"id": entry.key, "type": _bibtex_type(entry.entry_type, fields)}
    for bib_field, csl_field in _BIBTEX_FIELDS:
        if bib_field in fields and csl_field not in item and isinstance(fields[bib_field], str):
            item[csl_field] = _latex_text(fields[bib_field])
    issue = fields.get("number") or fields.get("issue")
    if isinstance(issue, str):
        item["issue" if item["type"].startswith("article") else "number"] = _latex_text(issue)
    for bib_field, csl_field in (("author", "author"), ("editor", "editor")):
        if isinstance(fields.get(bib_field), list):
            item[csl_field] = [_bibtex_name(name) for name in fields[bib_field]]
    item |= _bibtex_dates(fields)
    for bib_field, csl_field in zip(_VERBATIM_FIELDS, ("URL", "DOI"), strict=True):
        if isinstance(fields.get(bib_field), str):
            item[csl_field] = fields[bib_field].strip()
    return clean_item(item, fallback_id=entry.key)


def _bibtex_type(entry_type: str, fields: Mapping[str, Any]) -> str:
    subtype = str(fields.get("entrysubtype") or "").strip().lower()
    if entry_type.lower() == "article" and subtype in _SUBTYPES:
        return _SUBTYPES[subtype]
    return _BIBTEX_TYPES.get(entry_type.lower(), "document")


def _bibtex_name(name: NameParts) -> dict[str, str]:
    last = " ".join(name.last)
    if not name.first and not name.von and last.startswith("{") and last.endswith("}"):
        return {"literal": _latex_text(last)}
    out = {"family": _latex_text(last), "given": _latex_text(" ".join(name.first))}
    if name.von:
        out["non-dropping-particle"] = _latex_text(" ".join(name.von))
    if name.jr:
        out["suffix"] = _latex_text(" ".join(name.jr))
    return {k: v for k, v in out.items() if v}


def _bibtex_dates(fields: Mapping[str, Any]) -> CslItem:
    dates: CslItem = {}
    if isinstance(fields.get("date"), str):
        dates["issued"] = parse_iso_date(fields["date"])
    elif isinstance(fields.get("year"), str) and fields["year"].strip().isdigit():
        parts = [int(fields["year"])] + _month(str(fields.get("month") or ""))
        if parts[1:] and str(fields.get("day") or "").isdigit():
            parts.append(int(fields["day"]))
        dates["issued"] = {"date-parts": [parts]}
    if isinstance(fields.get("urldate"), str):
        dates["accessed"] = parse_iso_date(fields["urldate"])
    return dates


def _month(text: str) -> list[int]:
    text = text.strip().strip("{}").lower()[:3]
    if text.isdigit() and 1 <= int(text) <= 12:
        return [int(text)]
    return [_MONTHS.index(text) + 1] if text in _MONTHS else []


def _latex_text(value: str) -> str:
    """LaTeX markup to plain Unicode: `\\&` → `&`, `{RASC}` → `RASC`, `{\\"u}` → `ü`."""
    # A bare % would start a LaTeX comment and swallow the rest of the field.
    value = re.sub(r"(?<!\\)%", r"\\%", value).replace(r"\textasciicircum{}", "^")
    return " ".join(_LATEX.latex_to_text(value).split())


def _ris_item(record: Mapping[str, Any], *, number: int) -> CslItem:
    ris_type = str(record.get("type_of_reference") or "GEN").upper()
    item: CslItem = {"id": str(record.get("id") or f"ris{number}"), "type": RIS_TO_CSL.get(ris_type)}
    item["title"] = record.get("title") or record.get("primary_title")
    item["container-title"] = next(
        (record[k] for k in ("journal_name", "secondary_title", "alternate_title3") if k in record),
        None,
    )
    names = record.get("authors") or record.get("first_authors") or []
    item["author"] = [_ris_name(n) for n in names]
    item["editor"] = [_ris_name(n) for n in record.get("secondary_authors") or []]
    date = _ris_date(str(record.get("date") or record.get("year") or ""))
    item["issued"] = date
    item["accessed"] = _ris_date(str(record.get("access_date") or ""))
    item["URL"] = (record.get("urls") or [None])[0]
    item |= _ris_simple(record, ris_type=ris_type)
    return clean_item({k: v for k, v in item.items() if v}, fallback_id=f"ris{number}")


def _ris_simple(record: Mapping[str, Any], *, ris_type: str) -> CslItem:
    out: CslItem = {}
    pairs = (
        ("doi", "DOI"),
        ("language", "language"),
        ("publisher", "publisher"),
        ("place_published", "publisher-place"),
        ("volume", "volume"),
        ("number", "issue"),
        ("edition", "edition"),
        ("abstract", "abstract"),
        ("type_of_work", "genre"),
        ("short_title", "title-short"),
    )
    for ris_key, csl_field in pairs:
        if record.get(ris_key):
            out[csl_field] = str(record[ris_key])
    if record.get("start_page"):
        end = record.get("end_page")
        out["page"] = f"{record['start_page']}-{end}" if end else str(record["start_page"])
    if record.get("issn"):
        out["ISBN" if ris_type in ("BOOK", "CHAP", "EBOOK") else "ISSN"] = str(record["issn"])
    if record.get("notes"):
        out["note"] = "\n".join(map(str, record["notes"]))
    return out


def _ris_name(text: str) -> dict[str, str]:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 1:
        return {"literal": parts[0]}
    name = {"family": parts[0], "given": parts[1]}
    if len(parts) > 2 and parts[2]:
        name["suffix"] = parts[2]
    return name


def _ris_date(text: str) -> dict[str, Any] | None:
    numbers = [int(n) for n in re.findall(r"\d+", text)[:3]]
    if not numbers or numbers[0] < 100:
        return {"literal": text.strip()} if text.strip() else None
    parts = [numbers[0]] + [n for n in numbers[1:] if n > 0]
    return {"date-parts": [parts]}


def _first_line(block: Any) -> str:
    error = getattr(block, "error", None)
    reason = str(getattr(error, "abort_reason", "") or error or "").strip()
    return reason.splitlines()[0] if reason else "unparsable"
