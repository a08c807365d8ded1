"""Commands for citations and cited summaries: cite, export citations|summary, import-references, styles."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Add, CommandError, open_notebook

if TYPE_CHECKING:
    from desktop.selection import Selection
    from desktop.store.notebook import Notebook


def register(add: Add) -> None:
    """Add this module's commands to the `fieldnotes` parser (see desktop.cli.COMMAND_MODULES)."""
    from desktop.export.formats import CITATION_FORMATS

    p = add(
        "cite", cmd_cite, "Print the formatted reference and in-text citation of an article or annotation."
    )
    p.add_argument("id", help="an article id (or a unique prefix of 6+ characters) or an annotation id")
    p.add_argument(
        "--style", default="apa", help="apa, chicago-author-date, … (see `fieldnotes styles`) or a .csl file"
    )
    p.add_argument("--locator", help='where in the source, e.g. "p. 3" or "para. 4"')
    p = add("export", cmd_export_help, "Export citations (CSL-JSON, BibTeX, RIS) or a cited summary.")
    sub = p.add_subparsers(dest="export_what", metavar="WHAT")
    text = "Export the references behind a selection (default: every article) as CSL-JSON, BibTeX or RIS."
    c = sub.add_parser("citations", help=text, description=text)
    c.set_defaults(func=cmd_export_citations)
    c.add_argument("--format", required=True, choices=CITATION_FORMATS)
    _selection_arguments(c)
    c.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write ('-' prints it)")
    text = "Export a cited summary of a selection's passages (default: every passage)."
    s = sub.add_parser("summary", help=text, description=text)
    s.set_defaults(func=cmd_export_summary)
    _selection_arguments(s)
    _summary_arguments(s)
    from desktop.cli.exchange import register_export

    register_export(sub)
    p = add("import-references", cmd_import_references, "Import references (.json CSL-JSON, .bib, .ris).")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print results as a JSON list")
    p = add("styles", cmd_styles, "List the citation styles shipped with Fieldnotes.")
    p.add_argument("--json", action="store_true")


def _selection_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tag", help="passages tagged T or a tag below it, and events tagged T")
    p.add_argument("--query", help="the articles a search finds (search syntax as in `fieldnotes search`)")
    p.add_argument("--event", action="append", default=[], metavar="ID", help="an event and its evidence")
    p.add_argument("--annotation", action="append", default=[], metavar="ID", help="one passage")
    p.add_argument("--article", action="append", default=[], metavar="ID", help="an article")


def _summary_arguments(p: argparse.ArgumentParser) -> None:
    from desktop.export.formats import ORDERS, SUMMARY_FORMATS

    p.add_argument("--style", default="apa", help="a shipped style (see `fieldnotes styles`) or a .csl file")
    p.add_argument("--format", choices=SUMMARY_FORMATS, help="default: from the output file's suffix")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument(
        "--order", choices=ORDERS, default="source", help="sections per source, date, tag or event"
    )
    p.add_argument("--title", help="the summary's title")
    p.add_argument("--events", action="store_true", help="add a table of the selection's events")
    p.add_argument("--appendix", action="store_true", help="add the custody log entries of the records")
    p.add_argument("--no-quotes", action="store_true", help="cite the notes instead of quoting passages")
    p.add_argument("--no-notes", action="store_true", help="leave out the notes under quotes")
    p.add_argument("--no-bibliography", action="store_true", help="leave out the reference list")


def selection_from(args: argparse.Namespace) -> Selection:
    """The selection the options name; none named means the whole notebook."""
    from desktop.selection import Selection

    chosen = Selection(
        tag=args.tag,
        query=args.query,
        event_ids=tuple(args.event),
        annotation_ids=tuple(args.annotation),
        article_ids=tuple(args.article),
    )
    return Selection(everything=True) if chosen.is_empty() else chosen


# -- commands ------------------------------------------------------------------------------------
def cmd_export_help(args: argparse.Namespace) -> int:
    raise CommandError(
        "say what to export: `fieldnotes export citations …` or `… export summary …`", EXIT_USAGE
    )


def cmd_cite(args: argparse.Namespace) -> int:
    from desktop.export.cite import format_bibliography, format_citation
    from desktop.export.pandoc_run import PandocError

    style = _style(args.style)
    with open_notebook(args) as nb:
        item, quote = cited_item(nb, args.id)
    try:
        reference = format_bibliography([item], style)
        in_text = format_citation(item, style, locator=args.locator)
    except PandocError as exc:
        raise CommandError(str(exc)) from exc
    if quote:
        print(f"“{quote}” {in_text}\n")
    print(reference)
    print(in_text)
    return EXIT_OK


def cited_item(nb: Notebook, record_id: str) -> tuple[dict[str, Any], str]:
    """The CSL item of an article, or of an annotation's article with the quoted words."""
    from desktop.store.errors import NotFound

    try:
        return nb.article(record_id).csl, ""
    except NotFound:
        pass
    annotation_id = _annotation_id(nb, record_id)
    annotation = nb.annotations.get(annotation_id)
    return nb.article(annotation.article_id).csl, annotation.exact


def _annotation_id(nb: Notebook, prefix: str) -> str:
    rows = nb.db.execute(
        "SELECT id FROM annotations WHERE deleted = 0 AND (id = ? OR (length(?) >= 6 AND id LIKE ?)) LIMIT 2",
        [prefix, prefix, prefix.replace("%", "").replace("_", "") + "%"],
    ).fetchall()
    if len(rows) != 1:
        raise CommandError(f"no article or annotation {prefix}")
    return str(rows[0][0])


def cmd_export_citations(args: argparse.Namespace) -> int:
    from desktop.summaries import export_citations, write_citations

    selection = selection_from(args)
    with open_notebook(args) as nb, _user_errors():
        if args.output == "-":
            sys.stdout.write(export_citations(nb, selection, args.format))
            return EXIT_OK
        resolved = write_citations(nb, selection, args.format, Path(args.output))
    print(f"wrote {len(resolved.articles)} reference(s) to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_export_summary(args: argparse.Namespace) -> int:
    from desktop.export.summary_render import SUMMARY_FORMATS
    from desktop.summaries import SummaryOptions, default_title, export_summary

    fmt = args.format or Path(args.output).suffix.lstrip(".").lower()
    if fmt not in SUMMARY_FORMATS:
        raise CommandError(
            f"say --format ({', '.join(SUMMARY_FORMATS)}): cannot tell from {args.output}", EXIT_USAGE
        )
    style = _style(args.style)
    selection = selection_from(args)
    options = SummaryOptions(
        title=args.title or default_title(selection),
        order=args.order,
        quotes=not args.no_quotes,
        notes=not args.no_notes,
        events_table=args.events,
        appendix=args.appendix,
        bibliography=not args.no_bibliography,
    )
    with open_notebook(args) as nb, _user_errors():
        written = export_summary(nb, selection, options=options, style=style, fmt=fmt, dest=Path(args.output))
    print("wrote " + ", ".join(str(p) for p in written), file=sys.stderr)
    return EXIT_OK


def cmd_import_references(args: argparse.Namespace) -> int:
    from desktop.references_import import import_references

    with open_notebook(args) as nb:
        results = import_references(nb, [Path(f) for f in args.files])
    if args.json:
        print(json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=1))
    for r in results if not args.json else []:
        if r.status == "error":
            print(f"error    {r.file}" + (f" #{r.number}" if r.number else "") + f": {r.error}")
        else:
            filled = f" (filled in {', '.join(r.fields)})" if r.status == "matched" and r.fields else ""
            print(f"{r.status:8} {r.file} #{r.number}: {r.title} [{(r.article_id or '')[:8]}]{filled}")
    return EXIT_FAILED if any(r.status == "error" for r in results) else EXIT_OK


def cmd_styles(args: argparse.Namespace) -> int:
    from desktop.export.styles import SHIPPED_STYLES, resolve_style

    styles = {name: resolve_style(name) for name in SHIPPED_STYLES}
    if args.json:
        rows = [{"name": n, "title": s.title, "note": s.note} for n, s in styles.items()]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return EXIT_OK
    for name, style in styles.items():
        print(f"{name:28} {style.title}" + (" (footnotes)" if style.note else ""))
    print("Any other CSL style: --style path/to/style.csl", file=sys.stderr)
    return EXIT_OK


def _style(style: str) -> Any:
    from desktop.export.styles import resolve_style

    try:
        return resolve_style(style)
    except ValueError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc


@contextlib.contextmanager
def _user_errors() -> Iterator[None]:
    """Turn the errors a user can act on (a bad query, pandoc, a file, a value) into CommandError."""
    from desktop.export.pandoc_run import PandocError
    from desktop.store.notebook import QuerySyntaxError

    try:
        yield
    except QuerySyntaxError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
    except (PandocError, OSError, ValueError) as exc:
        raise CommandError(str(exc)) from exc
