"""Citation metadata of a saved web page: meta tags, `citation_*`, Open Graph and JSON-LD."""

from __future__ import annotations

import json
import re
from typing import Any

from lxml.html import HtmlElement

from desktop.ingest.csl import csl_date, csl_names, make_csl

_ARTICLE_TYPES = frozenset(
    [
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "BlogPosting",
        "Report",
        "ScholarlyArticle",
        "WebPage",
    ]
)
# Most specific first: what a publisher writes for citation managers beats social-media tags.
_TITLE_KEYS = ("citation_title", "dc.title", "og:title", "twitter:title")
_AUTHOR_KEYS = ("citation_author", "author", "article:author", "dc.creator", "byl")
_DATE_KEYS = (
    "citation_publication_date",
    "citation_date",
    "article:published_time",
    "dc.date",
    "date",
    "pubdate",
    "og:updated_time",
)
_SLASHED_DATE = re.compile(r"^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$")
_SITE_KEYS = ("citation_journal_title", "og:site_name", "application-name")
_URL_KEYS = ("citation_public_url", "og:url")


def page_metadata(root: HtmlElement, *, fallback_title: str) -> dict[str, Any]:
    """CSL-JSON for a web page (type "article-newspaper"), from its head and JSON-LD."""
    meta = _meta_tags(root)
    ld = _json_ld_article(root)
    title = _first(meta, _TITLE_KEYS) or _text(ld.get("headline") or ld.get("name"))
    title = title or root.findtext(".//title") or ""
    authors = csl_names(meta.get("citation_author") or []) or _json_ld_authors(ld.get("author"))
    authors = authors or csl_names(_first(meta, _AUTHOR_KEYS[1:]) or [])
    issued = csl_date(_iso(_first(meta, _DATE_KEYS[:2]) or ld.get("datePublished")))
    issued = issued or csl_date(_iso(_first(meta, _DATE_KEYS[2:]) or ld.get("dateCreated")))
    return make_csl(
        kind="article-newspaper",
        title=title,
        fallback_title=fallback_title,
        authors=authors,
        issued=issued,
        url=_canonical_url(root) or _first(meta, _URL_KEYS) or _text(ld.get("url")),
        container=_first(meta, _SITE_KEYS) or _json_ld_publisher(ld.get("publisher")),
    )


def _iso(value: object) -> object:
    """ "2025/04/10" or "2025.4.10" (as `citation_publication_date` is often written) as "2025-04-10"."""
    if not isinstance(value, str):
        return value
    found = _SLASHED_DATE.match(value.strip())
    if found is None:
        return value
    year, month, day = found.groups()
    return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")


def page_language(root: HtmlElement) -> str:
    """The primary language subtag the page declares (`<html lang="fa-AF">` → "fa"), or ""."""
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    return lang.split("-")[0].split("_")[0].strip().lower()[:3]


def _meta_tags(root: HtmlElement) -> dict[str, list[str]]:
    """Every `<meta name|property|itemprop=… content=…>`, keys lower-cased, values in order."""
    found: dict[str, list[str]] = {}
    for tag in root.iter("meta"):
        key = tag.get("name") or tag.get("property") or tag.get("itemprop")
        content = (tag.get("content") or "").strip()
        if key and content:
            found.setdefault(key.strip().lower(), []).append(content)
    return found


def _first(meta: dict[str, list[str]], keys: tuple[str, ...]) -> str:
    """The first value of the first key present."""
    return next((meta[key][0] for key in keys if key in meta), "")


def _canonical_url(root: HtmlElement) -> str:
    """The `<link rel="canonical">` address, if it is an absolute http(s) URL."""
    for link in root.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        href = (link.get("href") or "").strip()
        if "canonical" in rel and href.startswith(("http://", "https://")):
            return href
    return ""


def _json_ld_article(root: HtmlElement) -> dict[str, Any]:
    """The first article-like object among the page's JSON-LD blocks (incl. `@graph`), or {}."""
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for item in _json_ld_items(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(k in _ARTICLE_TYPES for k in kinds if isinstance(k, str)):
                return item
    return {}


def _json_ld_items(data: object) -> list[dict[str, Any]]:
    """The objects of a JSON-LD block: itself, a list of them, or its `@graph`."""
    items = data if isinstance(data, list) else [data]
    expanded: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            expanded.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                expanded.extend(g for g in graph if isinstance(g, dict))
    return expanded


def _json_ld_authors(value: object) -> list[dict[str, str]]:
    """CSL names from JSON-LD `author`: strings, Person or Organization objects, or a list."""
    names: list[dict[str, str]] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict):
            organisation = item.get("@type") == "Organization"
            names += csl_names(_text(item.get("name")), organisation=organisation)
        elif isinstance(item, str):
            names += csl_names(item)
    return names


def _json_ld_publisher(value: object) -> str:
    """The publisher's name from JSON-LD, as the container title."""
    if isinstance(value, list) and value:
        value = value[0]
    return _text(value.get("name")) if isinstance(value, dict) else _text(value)


def _text(value: object) -> str:
    """A JSON-LD value as text (strings only; objects and numbers say nothing here)."""
    return value if isinstance(value, str) else ""
