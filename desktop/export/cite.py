"""Formatted references and in-text citations in any CSL style, through pandoc's citeproc."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from desktop.csl.item import CslItem, clean_items
from desktop.export.citekeys import with_citekeys
from desktop.export.markdown_text import citation, escape_metadata, front_matter
from desktop.export.pandoc_run import run_pandoc
from desktop.export.styles import CslStyle, resolve_style

BibliographyFormat = Literal["text", "html", "markdown"]
# pandoc writers per output format; the Markdown writer renders citations instead of keeping
# `[@key]`, and writes no divs or spans a reader would have to skip.
_WRITERS = {
    "text": "plain",
    "html": "html",
    "markdown": "markdown-citations-smart-fenced_divs-native_divs-raw_html-bracketed_spans"
    "-native_spans-link_attributes",
}


def format_bibliography(
    items: Sequence[Mapping[str, Any]],
    style: str | Path | CslStyle,
    fmt: BibliographyFormat = "text",
) -> str:
    """The reference list for `items`, sorted as the style says, in one pandoc call.

    style: a shipped short name (`apa`, `mla`…), a package style name, a .csl path or a
    resolved CslStyle; fmt: "text" (one entry per paragraph), "html" or "markdown".
    """
    if fmt not in _WRITERS:
        raise ValueError(f"{fmt}: unknown bibliography format (text, html, markdown)")
    resolved = _style(style)
    refs = bibliography_items(items)
    meta = {"references": escape_metadata(refs), "nocite": "@*"} | _locale(resolved)
    result = run_pandoc(front_matter(meta), to=_WRITERS[fmt], style=resolved)
    return result.output.decode("utf-8").strip()


def format_citation(item: Mapping[str, Any], style: str | Path | CslStyle, locator: str | None = None) -> str:
    """The citation of one item, e.g. "(RASC News Agency, 2024, p. 3)".

    For note styles (Chicago notes-bibliography) this is the text of the footnote. `locator` is
    pandoc's locator syntax: "3" or "p. 3" (a page), "para. 4", "chap. 2"…
    """
    resolved = _style(style)
    refs = bibliography_items([item])
    meta = {"references": escape_metadata(refs), "suppress-bibliography": True}
    body = citation(str(refs[0]["id"]), locator=locator)
    markdown = front_matter(meta | _locale(resolved)) + "\n" + body + "\n"
    text = run_pandoc(markdown, to="plain", style=resolved).output.decode("utf-8").strip()
    if resolved.note:
        return _footnote_text(text)
    return text


def bibliography_items(items: Sequence[Mapping[str, Any]]) -> list[CslItem]:
    """Items cleaned for citeproc, with unique ids (citation keys where ids clash or lack)."""
    cleaned = clean_items(items)
    ids = [item.get("id") for item in items]
    if None in ids or "" in ids or len(set(map(str, ids))) != len(ids):
        cleaned = [{**c, "id": k["id"]} for c, k in zip(cleaned, with_citekeys(items), strict=True)]
    return cleaned


def _style(style: str | Path | CslStyle) -> CslStyle:
    return style if isinstance(style, CslStyle) else resolve_style(style)


def _locale(style: CslStyle) -> dict[str, str]:
    return {"lang": style.locale} if style.locale else {}


def _footnote_text(plain: str) -> str:
    """The footnote's text from pandoc's plain output `[1]\\n\\n[1] RASC News Agency, …`."""
    match = re.search(r"^\[1\] (.*)", plain, flags=re.MULTILINE | re.DOTALL)
    return match.group(1).strip() if match else plain
