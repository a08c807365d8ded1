"""Saved web pages: main text through trafilatura, metadata from the head; nothing fetched."""

from __future__ import annotations

import copy
import html as html_entities
import re
from datetime import date
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura
from lxml.etree import ParserError
from lxml.html import HtmlElement

from desktop.events.dates.published import published_issued
from desktop.ingest.draft import ArticleDraft, IngestError
from desktop.ingest.html_meta import page_language, page_metadata
from desktop.ingest.text import decode

# trafilatura deletes U+200C ZWNJ and U+200D ZWJ, which Persian needs ("می‌خواهم" is not
# "میخواهم"). A plain-letter token survives its cleaning, so we swap them out and back.
_JOINERS = {"\u200c": "qzwnjq", "\u200d": "qzwjq"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")
_INVISIBLE = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside")
_FLAT_DROP = re.compile(r"<(script|style|noscript|template|head)\b.*?</\1\s*>", re.I | re.S)
_FLAT_BLOCK = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>", re.I)
_FLAT_TAG = re.compile(r"<[^>]*>")
_LINE_SPACES = re.compile(r"[ \t\u00a0]+")


def read_html(path: Path, data: bytes) -> ArticleDraft:
    """An article from a saved web page (`.html`/`.htm`)."""
    source, warnings = decode(path, data, declared=_declared_charset(data))
    if not source.strip():
        raise IngestError(path, "contains no text")
    root, too_deep = _parse(path, source)
    csl = page_metadata(root, fallback_title=path.stem)
    if too_deep:
        text = _flat_text(source)
        warnings.append("the page is nested too deeply to analyse; its text was taken as is")
    else:
        text = _main_text(root) or _body_text(root)
    _date_from_text(csl, text, language=page_language(root))
    draft = ArticleDraft(text, csl, data, path.name, "text/html", warnings=warnings)
    draft.language = page_language(root)
    return draft


def _date_from_text(csl: dict[str, Any], text: str, *, language: str) -> None:
    """The page's meta tags date it first; the text's dateline when they do not, or when they give
    only the year (or month) the text's date falls in."""
    found = published_issued(text, language=language, today=date.today())
    if found is None:
        return
    meta = csl.get("issued", {}).get("date-parts", [[]])[0]
    stated = found["date-parts"][0]
    if not meta or (len(meta) < len(stated) and stated[: len(meta)] == meta):
        csl["issued"] = found


def _declared_charset(data: bytes) -> str | None:
    """The `<meta charset>` (or http-equiv Content-Type charset) in the first 4 KB, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def _parse(path: Path, source: str) -> tuple[HtmlElement, bool]:
    """The page's tree, and whether libxml2 gave up on its depth (it stops at 256 levels,
    so a hostile 60,000-deep page cannot exhaust the stack, but the tree is then cut short)."""
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    # Control characters out first: libxml2 keeps them in text nodes, but lxml then refuses any
    # text made from them (dropping an element joins tails: ValueError; found by scripts/fuzz.py).
    source = _XML_UNSAFE.sub(" ", _XML_DECLARATION.sub("", source))
    try:
        root = lxml.html.document_fromstring(source, parser=parser)
    except (ParserError, ValueError):
        raise IngestError(path, "is not a readable web page") from None
    too_deep = any("depth" in entry.message.lower() for entry in parser.error_log)
    return root, too_deep


def _main_text(root: HtmlElement) -> str:
    """The article text trafilatura finds (no menus, ads, comments, footers), or ""."""
    tree = copy.deepcopy(root)  # trafilatura prunes the tree it is given
    _protect_joiners(tree)
    try:
        extracted = trafilatura.extract(
            tree,
            output_format="txt",
            include_comments=False,
            include_images=False,
            include_links=False,
            include_tables=True,
            deduplicate=False,
        )
    except Exception:  # a bug in the extractor on one odd page must not stop an import
        return ""
    return _paragraphs(_restore_joiners(extracted or ""))


def _body_text(root: HtmlElement) -> str:
    """All visible text of the body, block by block: the fallback when trafilatura finds none."""
    body = root.find("body")
    if body is None:
        return ""
    for element in list(body.iter(*_INVISIBLE)):
        element.drop_tree()
    blocks = (el.text_content() for el in body.iter("p", "li", "h1", "h2", "h3", "td", "pre"))
    text = "\n".join(b for b in blocks if b.strip()) or body.text_content()
    return _paragraphs(text)


def _flat_text(source: str) -> str:
    """Text from markup without building a tree: scripts and styles dropped, tags removed."""
    text = _FLAT_DROP.sub(" ", source)
    text = _FLAT_BLOCK.sub("\n", text)
    text = html_entities.unescape(_FLAT_TAG.sub("", text))
    return _paragraphs(text)


def _paragraphs(text: str) -> str:
    """One paragraph per non-empty line, separated by blank lines, inner spaces collapsed."""
    lines = (_LINE_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n\n".join(line for line in lines if line)


def _protect_joiners(tree: HtmlElement) -> None:
    """Replace ZWNJ/ZWJ in every text node by tokens trafilatura leaves alone.

    Only changed nodes are set again, without control characters: lxml's HTML parser keeps a
    form feed or NUL in a text node but refuses to be handed one back (ValueError; found by
    scripts/fuzz.py), and the article's text drops them anyway.
    """
    for element in tree.iter():
        if element.text and (swapped := _swap(element.text, _JOINERS)) != element.text:
            element.text = _XML_UNSAFE.sub("", swapped)
        if element.tail and (swapped := _swap(element.tail, _JOINERS)) != element.tail:
            element.tail = _XML_UNSAFE.sub("", swapped)


_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _restore_joiners(text: str) -> str:
    """Put ZWNJ/ZWJ back where `_protect_joiners` replaced them."""
    return _swap(text, {token: char for char, token in _JOINERS.items()})


def _swap(text: str, replacements: dict[str, str]) -> str:
    """`text` with each key replaced by its value."""
    for old, new in replacements.items():
        if old in text:
            text = text.replace(old, new)
    return text
