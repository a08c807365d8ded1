"""Commands to exchange with other tools: export annotations (W3C) and qdpx (REFI-QDA), import-annotations.
(`fieldnotes import` takes REFI-QDA projects with the other files: see desktop.importer.)"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    Add,
    CommandError,
    open_notebook,
    report_progress,
)

if TYPE_CHECKING:
    from desktop.exchange.report import ExchangeItem
    from desktop.selection import Selection


def _selection(args: argparse.Namespace) -> Selection:
    from desktop.selection import Selection

    chosen = Selection(tag=args.tag, query=args.query, article_ids=tuple(args.article or ()))
    return Selection(everything=True) if chosen.is_empty() else chosen


def _refused(exc: Exception) -> CommandError:
    return CommandError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


def cmd_export_annotations(args: argparse.Namespace) -> int:
    from desktop.exchange.exports import export_w3c
    from desktop.store.notebook import QuerySyntaxError

    with open_notebook(args) as nb:
        try:
            resolved = export_w3c(nb, _selection(args), Path(args.output))
        except QuerySyntaxError as exc:
            raise CommandError(str(exc), EXIT_USAGE) from exc
        except OSError as exc:
            raise CommandError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    print(f"wrote {len(resolved.annotations)} annotation(s) to {args.output}", file=sys.stderr)
    return EXIT_OK


def cmd_export_qdpx(args: argparse.Namespace) -> int:
    from desktop.exchange.exports import export_qdpx
    from desktop.store.notebook import QuerySyntaxError

    with open_notebook(args) as nb:
        try:
            quiet = not sys.stderr.isatty()
            resolved = list(
                report_progress(export_qdpx(nb, _selection(args), Path(args.output)), quiet=quiet)
            )[-1]
        except QuerySyntaxError as exc:
            raise CommandError(str(exc), EXIT_USAGE) from exc
        except OSError as exc:
            raise CommandError(f"cannot write {args.output}: {exc.strerror or exc}") from exc
    print(
        f"wrote {len(resolved.articles)} source(s), {len(resolved.annotations)} coded passage(s) "
        f"to {args.output}",
        file=sys.stderr,
    )
    return EXIT_OK


def print_report(items: Iterable[ExchangeItem], *, as_json: bool, file_name: str) -> int:
    """Print an import's report; exit 0 (skipped records are reported, not an error)."""
    listed = list(items)
    if as_json:
        print(json.dumps([i.as_dict() for i in listed], ensure_ascii=False, indent=1))
    else:
        for item in listed:
            print(item.line())
    tally: dict[str, int] = {}
    for item in listed:
        tally[item.status] = tally.get(item.status, 0) + 1
    summary = ", ".join(f"{n} {status}" for status, n in sorted(tally.items())) or "nothing"
    print(f"{file_name}: {summary}", file=sys.stderr)
    return EXIT_OK


def _reported(items: Iterator[Any], *, as_json: bool) -> Iterator[ExchangeItem]:
    yield from report_progress(items, quiet=as_json or not sys.stderr.isatty())


def cmd_import_annotations(args: argparse.Namespace) -> int:
    from desktop.exchange.annotation_import import import_annotations
    from desktop.exchange.report import ExchangeError

    with open_notebook(args) as nb:
        try:
            items = list(_reported(import_annotations(nb, Path(args.file)), as_json=args.json))
        except ExchangeError as exc:
            raise _refused(exc) from exc
    return print_report(items, as_json=args.json, file_name=Path(args.file).name)


def register_export(sub: Any) -> None:
    """Add `export annotations` and `export qdpx` to the `export` command's subparsers."""
    text = "Export annotations as W3C Web Annotations (JSON-LD) that other annotation tools read."
    p = sub.add_parser("annotations", help=text, description=text)
    p.set_defaults(func=cmd_export_annotations)
    p.add_argument("--format", choices=("w3c",), default="w3c")
    _selection_arguments(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.jsonld")
    text = "Export a REFI-QDA project (.qdpx) for QDA tools (ATLAS.ti, MAXQDA, NVivo, QualCoder…)."
    p = sub.add_parser("qdpx", help=text, description=text)
    p.set_defaults(func=cmd_export_qdpx)
    _selection_arguments(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.qdpx")


def _selection_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tag", help="passages tagged T or a tag below it (default: everything)")
    p.add_argument("--query", help="the articles a search finds, with their annotations")
    p.add_argument("--article", action="append", metavar="ID", help="an article with its annotations")


def register(add: Add) -> None:
    """Add `import-annotations` to the main parser."""
    p = add(
        "import-annotations",
        cmd_import_annotations,
        "Import W3C Web Annotations (.jsonld/.json, e.g. from Hypothesis) onto the articles they annotate.",
    )
    p.add_argument("file", metavar="FILE.jsonld")
    p.add_argument("--json", action="store_true", help="print the report as a JSON list")
