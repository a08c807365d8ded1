"""Exports of a selection: its citations (CSL-JSON, BibTeX, RIS) and cited summaries, logged in custody.

Reading the notebook (`build_summary`, `export_citations`) is separate from rendering (pure,
desktop.export) and from logging (`log_export`), so the app can render off the GUI thread while
the notebook stays on the thread that opened it.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.csl.item import clean_items
from desktop.csl.text import csl_date_text
from desktop.events import vocabulary
from desktop.events.vague_counts import count_phrase
from desktop.export.atomic_file import write_atomically
from desktop.export.bibtex import to_bibtex
from desktop.export.csl_json import to_csl_json
from desktop.export.formats import CITATION_FORMATS as CITATION_FORMATS
from desktop.export.formats import ORDERS as ORDERS
from desktop.export.formats import CitationFormat, Order
from desktop.export.ris import to_ris
from desktop.export.styles import CslStyle
from desktop.export.summary import Direction, EventRow, Note, Quote, Section, Summary, text_direction
from desktop.export.summary_render import SummaryFormat
from desktop.export.summary_render import export_summary as write_rendered_summary
from desktop.selection import Resolved, Selection, resolve
from desktop.store import custody
from desktop.store.annotations import Annotation
from desktop.store.events import Event
from desktop.store.notebook import Notebook

CITATION_SUFFIXES = {"csl-json": ".json", "bibtex": ".bib", "ris": ".ris"}


@dataclass(frozen=True)
class SummaryOptions:
    """What a summary shows and how it is ordered.

    order         sections per source (article), per month, per tag, or per event
    quotes        the passages' words; without them each passage's note is cited instead
    notes         the researcher's notes under the passages
    events_table  a table of the selection's events with their sources
    appendix      the custody log entries of the selected records (when there are any)
    bibliography  the reference list at the end
    """

    title: str = ""
    order: Order = "source"
    quotes: bool = True
    notes: bool = True
    events_table: bool = False
    appendix: bool = False
    bibliography: bool = True


# -- citations ----------------------------------------------------------------------------------
def export_citations(nb: Notebook, selection: Selection, fmt: CitationFormat) -> str:
    """The references behind `selection` as CSL-JSON, BibTeX or RIS text (keys author-year-word)."""
    return citations_text(resolve(nb, selection), fmt)


def citations_text(resolved: Resolved, fmt: CitationFormat) -> str:
    """The resolved articles' references in `fmt`; ValueError for an unknown format."""
    items = clean_items(resolved.citation_items())
    if fmt == "csl-json":
        return to_csl_json(items)
    if fmt == "bibtex":
        return to_bibtex(items, keys=[str(i["id"]) for i in items])
    if fmt == "ris":
        return to_ris(items, keys=[str(i["id"]) for i in items])
    raise ValueError(f"{fmt}: unknown citation format ({', '.join(CITATION_FORMATS)})")


def write_citations(nb: Notebook, selection: Selection, fmt: CitationFormat, dest: Path) -> Resolved:
    """Write the references behind `selection` to `dest` (atomically) and log the export."""
    resolved = resolve(nb, selection)
    data = citations_text(resolved, fmt).encode("utf-8")
    with nb.transaction():
        write_atomically(Path(dest), data)
        log_export(
            nb, kind="citations", fmt=fmt, files={Path(dest): data}, selection=selection, resolved=resolved
        )
    return resolved


def log_export(
    nb: Notebook,
    *,
    kind: str,
    fmt: str,
    files: dict[Path, bytes],
    selection: Selection,
    resolved: Resolved,
    style: str = "",
) -> custody.LogEntry:
    """Record an export in the custody log: file names (no folders), hashes, what went in."""
    details: dict[str, Any] = {
        "kind": kind,
        "format": fmt,
        "files": [{"name": p.name, "sha256": hashlib.sha256(d).hexdigest()} for p, d in files.items()],
        "selection": selection.describe(),
        "articles": [a.id for a in resolved.articles],
        "annotations": len(resolved.annotations),
        "excerpts": sum(len(spans) for spans in resolved.excerpts.values()),
        "events": len(resolved.events),
    }
    if style:
        details["style"] = style
    with nb.transaction():
        return custody.append(nb.db, actor=nb.author, action="export", details=details)


# -- summaries ----------------------------------------------------------------------------------
def build_summary(nb: Notebook, resolved: Resolved, options: SummaryOptions) -> Summary:
    """A Summary of the resolved passages, sections in `options.order`.

    An article the selection reaches without any annotation (a search's hit, an article chosen
    whole) is quoted from `resolved.excerpts`: the sentences the search matched, or its lead.
    Articles with nothing to quote are left out (the citation export still lists them).
    """
    sections = _sections(resolved, options)
    used = {item.cite_key for s in sections for item in s.items if isinstance(item, Quote)}
    rows = [_event_row(e, resolved) for e in resolved.events] if options.events_table else None
    for row in rows or []:
        used.update(row.cite_keys)
    return Summary(
        title=options.title or "Summary",
        sections=sections,
        events=rows or None,
        appendix=custody_appendix(nb, resolved) if options.appendix else None,
        references=[i for i in resolved.citation_items() if i["id"] in used],
        bibliography=options.bibliography,
    )


def export_summary(
    nb: Notebook,
    selection: Selection,
    *,
    options: SummaryOptions,
    style: str | Path | CslStyle,
    fmt: SummaryFormat,
    dest: Path,
) -> list[Path]:
    """Build, render and write a summary (Markdown gets its bibliography beside it); log it."""
    resolved = resolve(nb, selection)
    summary = build_summary(nb, resolved, options)
    written = write_rendered_summary(summary, dest=Path(dest), fmt=fmt, style=style)
    files = {p: p.read_bytes() for p in written}
    log_export(
        nb, kind="summary", fmt=fmt, files=files, selection=selection, resolved=resolved, style=str(style)
    )
    return written


def default_title(selection: Selection) -> str:
    """A title naming what the summary covers."""
    if selection.tag:
        return f"Passages tagged {selection.tag}"
    if selection.query:
        return f"Search: {selection.query}"
    if selection.event_ids and not selection.annotation_ids:
        return "Events and their sources"
    return "Summary"


def _sections(resolved: Resolved, options: SummaryOptions) -> list[Section]:
    grouped: dict[str, list[Annotation | Quote]] = defaultdict(list)
    headings = _headings(resolved, options.order, grouped)
    sections = []
    for key, heading in headings:
        items: list[Quote | Note] = []
        for passage in grouped[key]:
            items += _items(passage, resolved, options)
        if items:
            sections.append(Section(heading=heading, items=items))
    return sections


def _excerpts(resolved: Resolved) -> list[tuple[str, Quote]]:
    """(article id, quote) of the passages quoted from articles without annotations (the
    sentences a search matched, or the lead), cited like annotated passages."""
    out: list[tuple[str, Quote]] = []
    for article in resolved.articles:
        direction: Direction = "rtl" if article.direction == "rtl" else "ltr"
        for start, end in resolved.excerpts.get(article.id, []):
            text = "\n\n".join(" ".join(p.split()) for p in article.text[start:end].split("\n\n"))
            out.append(
                (article.id, Quote(text=text, cite_key=resolved.keys[article.id], direction=direction))
            )
    return out


def _headings(
    resolved: Resolved, order: Order, grouped: dict[str, list[Annotation | Quote]]
) -> list[tuple[str, str]]:
    """Fill `grouped` (section key → passages) and return the sections' (key, heading) in order."""
    excerpts = _excerpts(resolved)
    if order == "source":
        for a in resolved.annotations:
            grouped[a.article_id].append(a)
        for article_id, quote in excerpts:
            grouped[article_id].append(quote)
        return [(a.id, _source_heading(a.csl, a.title)) for a in resolved.articles]
    if order == "date":
        month: dict[str, str] = {a.id: csl_date_text(a.csl.get("issued"))[:7] for a in resolved.articles}
        for a in resolved.annotations:
            grouped[month[a.article_id]].append(a)
        for article_id, quote in excerpts:
            grouped[month[article_id]].append(quote)
        return [(k, k or "Undated") for k in sorted(grouped, key=lambda k: k or "9999")]
    if order == "tag":
        for a in resolved.annotations:
            for path in a.tags or ("",):
                grouped[path].append(a)
        grouped[""] += [quote for _, quote in excerpts]
        return [
            (k, k or "Untagged") for k in sorted(grouped, key=lambda k: (not k, k.casefold())) if grouped[k]
        ]
    if order == "event":
        in_event: set[str] = set()
        for event in resolved.events:
            grouped[event.id] = [a for a in resolved.annotations if a.id in event.evidence]
            in_event.update(event.evidence)
        grouped[""] = [a for a in resolved.annotations if a.id not in in_event]
        grouped[""] += [quote for _, quote in excerpts]
        return [(e.id, _event_heading(e)) for e in resolved.events] + [("", "Other passages")]
    raise ValueError(f"{order}: unknown order ({', '.join(ORDERS)})")


def _items(passage: Annotation | Quote, resolved: Resolved, options: SummaryOptions) -> list[Quote | Note]:
    if isinstance(passage, Quote):  # an excerpt: the source's words, no note of the researcher's
        return [passage] if options.quotes else []
    annotation = passage
    article = resolved.article(annotation.article_id)
    key = resolved.keys[article.id]
    direction: Direction = "rtl" if article.direction == "rtl" else "ltr"
    note = annotation.note.strip() if options.notes else ""
    if options.quotes:
        return [Quote(text=annotation.exact, cite_key=key, note=note or None, direction=direction)]
    if note:  # the researcher's own words about the passage, still cited to its source
        return [Quote(text=note, cite_key=key, direction=text_direction(note))]
    return []


def _source_heading(csl: dict[str, Any], title: str) -> str:
    outlet, date = str(csl.get("container-title") or ""), csl_date_text(csl.get("issued"))
    extra = ", ".join(p for p in (outlet, date) if p)
    return f"{title} ({extra})" if extra else title


def _event_heading(event: Event) -> str:
    parts = [_event_date(event), _type_label(event.type), _place(event)]
    return " · ".join(p for p in parts if p)


def _event_row(event: Event, resolved: Resolved) -> EventRow:
    keys = tuple(dict.fromkeys(resolved.keys[a] for a in event.articles if a in resolved.keys))
    # "at least 15", or the source's words for a number no one counted: "“Dozens” (not counted)"
    count = count_phrase(event.count, event.count_qualifier, event.count_words)
    return EventRow(
        date=_event_date(event),
        event_type=_type_label(event.type),
        place=_place(event),
        perpetrator=event.perpetrator,
        count=count,
        description=event.description,
        cite_keys=keys,
    )


def _event_date(event: Event) -> str:
    """ "2024-03-03", "2024-03-03–2024-03-10", or "2024-06-03 (reported)": the article's date."""
    if event.date_end and event.date_end != event.date_start:
        return f"{event.date_start}–{event.date_end}"
    if event.date_precision == "reported" and event.date_start:
        return f"{event.date_start} (reported)"
    return event.date_start


def _place(event: Event) -> str:
    return ", ".join(p for p in (event.place, event.province, event.country) if p)


def _type_label(type_id: str) -> str:
    labels = {t.id: t.label for t in vocabulary.event_types()}
    return labels.get(type_id, type_id)


def custody_appendix(nb: Notebook, resolved: Resolved) -> str | None:
    """The custody log entries about the selected records, one line each; None when there are none."""
    ids: set[str] = {a.id for a in resolved.articles} | {a.id for a in resolved.annotations}
    ids |= {e.id for e in resolved.events}
    lines = [
        f"{e.seq:>5}  {e.at}  {e.action:<15} {e.record_id[:8]:<8}  {_details(e.details)}  hash {e.hash[:16]}"
        for e in custody.entries(nb.db)
        if e.record_id in ids
    ]
    return "\n".join(lines) if lines else None


def _details(details: dict[str, Any]) -> str:
    return " ".join(f"{k}={v}" for k, v in sorted(details.items()) if v not in ("", [], {}, None))
