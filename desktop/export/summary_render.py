"""A Summary rendered to Markdown, HTML, DOCX, ODT or PDF and written to the caller's path."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from desktop.export.atomic_file import write_atomically
from desktop.export.formats import SUMMARY_FORMATS as SUMMARY_FORMATS
from desktop.export.formats import SummaryFormat as SummaryFormat
from desktop.export.odt_rtl import add_rtl_styles
from desktop.export.pandoc_run import PandocResult, run_pandoc
from desktop.export.styles import CslStyle, resolve_style
from desktop.export.summary import Summary
from desktop.export.summary_markdown import summary_markdown, summary_references


def render_summary(summary: Summary, *, fmt: SummaryFormat, style: str | Path | CslStyle) -> PandocResult:
    """The summary as the bytes of one file in `fmt`, and pandoc's warnings.

    "md" gives Markdown with the references inline in its front matter (self-contained);
    `export_summary` writes the Markdown with a bibliography file beside it instead.
    """
    resolved = style if isinstance(style, CslStyle) else resolve_style(style)
    lang = resolved.locale
    if fmt == "md":
        return PandocResult(output=summary_markdown(summary, lang=lang).encode("utf-8"))
    if fmt == "pdf":
        return _render_pdf(summary, style=resolved)
    if fmt not in ("html", "docx", "odt"):
        raise ValueError(f"{fmt}: unknown summary format ({', '.join(SUMMARY_FORMATS)})")
    markdown = summary_markdown(summary, odt=fmt == "odt", lang=lang)
    result = run_pandoc(markdown, to=fmt, style=resolved, standalone=fmt == "html")
    if fmt == "odt":
        result = replace(result, output=add_rtl_styles(result.output))
    return result


def export_summary(
    summary: Summary, *, dest: Path, fmt: SummaryFormat, style: str | Path | CslStyle
) -> list[Path]:
    """Render and write the summary to `dest`; returns the files written.

    For "md" the CSL-JSON bibliography is written beside it as `<dest stem>.json`, and the
    Markdown names it, so `pandoc --citeproc summary.md` works in that folder.
    """
    dest = Path(dest)
    if fmt != "md":
        data = render_summary(summary, fmt=fmt, style=style).output
        return [write_atomically(dest, data)]
    resolved = style if isinstance(style, CslStyle) else resolve_style(style)
    bib = dest.with_suffix(".json")
    refs = json.dumps(summary_references(summary), ensure_ascii=False, indent=2) + "\n"
    markdown = summary_markdown(summary, bibliography_file=bib.name, lang=resolved.locale)
    return [write_atomically(bib, refs.encode("utf-8")), write_atomically(dest, markdown.encode())]


def _render_pdf(summary: Summary, *, style: CslStyle) -> PandocResult:
    from desktop.requirements import explain_import_error, require_qt

    require_qt(needed_for="PDF export")
    try:
        from desktop.export.pdf import html_to_pdf  # Qt is loaded only when a PDF is asked for
    except (ImportError, OSError) as exc:
        raise explain_import_error(exc, needed_for="PDF export") from exc

    markdown = summary_markdown(summary, lang=style.locale)
    html = run_pandoc(markdown, to="html", style=style)
    pdf = html_to_pdf(html.output.decode("utf-8"), title=summary.title)
    return PandocResult(output=pdf, warnings=html.warnings)
