"""A Summary as pandoc Markdown: `[@key]` citations, RTL blocks in `dir=rtl` divs."""

from __future__ import annotations

import re
from typing import Any

from desktop.csl.item import CslItem, clean_items
from desktop.export.markdown_text import (
    citation,
    escape_inline,
    escape_metadata,
    escape_paragraphs,
    front_matter,
)
from desktop.export.summary import Direction, EventRow, Note, Quote, Summary, text_direction

# ODT paragraph styles for right-to-left blocks; odt_rtl.py defines them in the document,
# since pandoc's ODT writer ignores `dir`.
RTL_QUOTE_STYLE = "RTL_Quote"
RTL_TEXT_STYLE = "RTL_Text"
_EVENT_COLUMNS = ("Date", "Event", "Place", "Perpetrator", "Count", "Description", "Sources")


def summary_references(summary: Summary) -> list[CslItem]:
    """The summary's references cleaned to CSL-JSON (the bibliography file beside the .md)."""
    return clean_items(summary.references)


def summary_markdown(
    summary: Summary,
    *,
    bibliography_file: str | None = None,
    odt: bool = False,
    lang: str | None = None,
) -> str:
    """The whole summary as one Markdown document.

    bibliography_file: name the CSL-JSON file beside the Markdown (for the user's own pandoc);
    None puts the references inline in the front matter (for our own pandoc runs via stdin).
    odt: mark right-to-left blocks with the ODT paragraph styles instead of block quotes.
    """
    summary.check_keys()
    blocks = [_front_matter(summary, bibliography_file=bibliography_file, lang=lang)]
    for section in summary.sections:
        blocks.append(_heading(section.heading, level=1))
        for item in section.items:
            blocks += _quote(item, odt=odt) if isinstance(item, Quote) else _note(item, odt=odt)
    if summary.events:
        blocks += [_heading(summary.events_heading, level=1), _events_table(summary.events)]
    if summary.bibliography:
        blocks += [_heading(summary.references_heading, level=1), "::: {#refs}\n:::"]
    if summary.appendix:
        blocks += [_heading(summary.appendix_heading, level=1), _code_block(summary.appendix)]
    return "\n\n".join(blocks) + "\n"


def _front_matter(summary: Summary, *, bibliography_file: str | None, lang: str | None) -> str:
    meta: dict[str, Any] = {"title": escape_inline(" ".join(summary.title.split()))}
    if bibliography_file is not None:
        meta["bibliography"] = bibliography_file
    else:
        meta["references"] = escape_metadata(summary_references(summary))
    if not summary.bibliography:
        meta["suppress-bibliography"] = True
    if lang:
        meta["lang"] = lang
    return front_matter(meta).rstrip("\n")


def _heading(text: str, *, level: int) -> str:
    return "#" * level + " " + escape_inline(" ".join(text.split()))


def _quote(quote: Quote, *, odt: bool) -> list[str]:
    paragraphs = escape_paragraphs(quote.text) or [""]
    paragraphs[-1] += " " + citation(quote.cite_key, locator=quote.locator)
    blocks = [_directed(paragraphs, direction=quote.direction, quote=True, odt=odt)]
    if quote.note:
        blocks += _note(Note(text=quote.note, direction=text_direction(quote.note)), odt=odt)
    return blocks


def _note(note: Note, *, odt: bool) -> list[str]:
    paragraphs = escape_paragraphs(note.text)
    if not paragraphs:
        return []
    return [_directed(paragraphs, direction=note.direction, quote=False, odt=odt)]


def _directed(paragraphs: list[str], *, direction: Direction, quote: bool, odt: bool) -> str:
    if direction == "rtl" and odt:
        style = RTL_QUOTE_STYLE if quote else RTL_TEXT_STYLE
        return f'::: {{dir="rtl" custom-style="{style}"}}\n' + "\n\n".join(paragraphs) + "\n:::"
    body = "\n>\n".join(_prefix(p, "> ") for p in paragraphs) if quote else "\n\n".join(paragraphs)
    if direction == "rtl":
        return '::: {dir="rtl"}\n' + body + "\n:::"
    return body


def _prefix(paragraph: str, prefix: str) -> str:
    return "\n".join(prefix + line for line in paragraph.splitlines())


def _events_table(rows: list[EventRow]) -> str:
    lines = ["| " + " | ".join(_EVENT_COLUMNS) + " |", "|" + "---|" * len(_EVENT_COLUMNS)]
    for row in rows:
        cells = [row.date, row.event_type, row.place, row.perpetrator, row.count, row.description]
        escaped = [escape_inline(" ".join(c.split())) for c in cells]
        sources = "; ".join(citation(k)[1:-1] for k in row.cite_keys)
        escaped.append(f"[{sources}]" if sources else "")
        lines.append("| " + " | ".join(escaped) + " |")
    return "\n".join(lines)


def _code_block(text: str) -> str:
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}\n{text.rstrip()}\n{fence}"
