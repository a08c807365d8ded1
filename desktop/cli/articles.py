"""`fieldnotes new, import, search, list, show, delete, check, rebuild-index, passwd, gui`: articles."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import passphrase_input
from desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    Add,
    CommandError,
    ask,
    create_notebook,
    notebook_path,
    open_notebook,
    report_progress,
)

if TYPE_CHECKING:
    from desktop.importer import ImportResult


# -- commands ------------------------------------------------------------------------------------
def cmd_new(args: argparse.Namespace) -> int:
    create_notebook(Path(args.path), args, no_passphrase=args.no_passphrase).close()
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.importer import count_outcomes, import_paths, summary_line
    from desktop.store.file import storage_errors, unlock

    with open_notebook(args) as nb:
        if unlock.is_read_only(nb.conn):  # refuse before reading every file
            raise CommandError(storage_errors.read_only_message(nb.path))
        results: list[ImportResult] = []
        quiet = args.json or not sys.stderr.isatty()
        try:
            for result in report_progress(import_paths(nb, [Path(p) for p in args.paths]), quiet=quiet):
                results.append(result)
                if not args.json:
                    print(_import_line(result), flush=True)
        finally:  # also when the store fails (a full disk): what was done is reported
            counts = count_outcomes(results)
            if args.json:
                files = [r.as_dict() for r in results]
                print(json.dumps({"files": files, "counts": counts}, ensure_ascii=False, indent=1))
            else:
                print(summary_line(counts))
    return EXIT_FAILED if counts["error"] else EXIT_OK


def _import_line(result: ImportResult) -> str:
    """A file's line of the import report; a project's skipped records follow it, indented."""
    short_id = f" [{result.id[:8]}]" if result.id and result.status == "imported" else ""
    lines = [f"{result.status:9} {result.path}: {result.detail}{short_id}"]
    for record in result.records:
        if record["status"] == "skipped":
            lines.append(f"{'':9}   {record['kind']} skipped: {record['label'][:70]}: {record['reason']}")
    return "\n".join(lines)


def cmd_search(args: argparse.Namespace) -> int:
    from desktop.store.notebook import QuerySyntaxError

    with open_notebook(args) as nb:
        try:
            result = nb.search(args.query, limit=args.limit)
        except QuerySyntaxError as exc:
            raise CommandError(str(exc), EXIT_USAGE) from exc
        titles = nb.titles([h.id for h in result.hits])
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "id": h.id,
                            "title": titles.get(h.id, ""),
                            "score": round(h.score, 4),
                            "snippet": h.snippet,
                        }
                        for h in result.hits
                    ],
                    ensure_ascii=False,
                    indent=1,
                )
            )
        else:
            for h in result.hits:
                print(f"{h.id[:8]}  {h.score:6.2f}  {titles.get(h.id, '')}\n          {h.snippet}")
            print(f"{result.total} matching article(s)", file=sys.stderr)
        if result.suggestion:
            print(f"Did you mean: {result.suggestion}", file=sys.stderr)
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with open_notebook(args) as nb:
        rows = nb.article_rows(limit=args.limit, offset=0, order=args.sort)
        if args.json:
            print(json.dumps([r.__dict__ for r in rows], ensure_ascii=False, indent=1))
        for r in rows if not args.json else []:
            print(
                f"{r.id[:8]}  {r.issued:10}  {r.language:3} {r.title}"
                + (f" — {r.outlet}" if r.outlet else "")
            )
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    with open_notebook(args) as nb:
        a = nb.article(args.id)
        if args.json:
            print(
                json.dumps(
                    {
                        "id": a.id,
                        "title": a.title,
                        "csl": a.csl,
                        "text": a.text,
                        "language": a.language,
                        "direction": a.direction,
                        "filename": a.filename,
                        "media_type": a.media_type,
                        "original_sha256": a.original_sha256,
                    },
                    ensure_ascii=False,
                    indent=1,
                )
            )
        else:
            print(f"{a.title}\n{a.outlet} {a.issued}\nid {a.id}  sha256 {a.original_sha256}\n")
            print(a.text)
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    with open_notebook(args) as nb:
        a = nb.delete_article(args.id)
        print(f"deleted {a.id[:8]} {a.title}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.store import maintenance

    with open_notebook(args) as nb:
        quiet = not sys.stderr.isatty()
        report = next(report_progress(maintenance.check(nb), quiet=quiet))
        for problem in report.problems:
            print(f"problem: {problem}")
        if not report.ok and args.repair:
            list(report_progress(maintenance.rebuild_index(nb), quiet=quiet))
            report = next(report_progress(maintenance.check(nb), quiet=quiet))
            print("repaired: search index rebuilt" if report.ok else "repair did not fix it")
        print(
            f"{'ok' if report.ok else 'damaged'}: {report.articles} articles, "
            f"{report.originals} originals, {report.indexed} indexed"
        )
    return EXIT_OK if report.ok else EXIT_FAILED


def cmd_rebuild(args: argparse.Namespace) -> int:
    from desktop.store import maintenance

    with open_notebook(args) as nb:
        list(report_progress(maintenance.rebuild_index(nb), quiet=not sys.stderr.isatty()))
        print(f"rebuilt the search index: {nb.count_articles()} articles")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    from desktop.store import rekey
    from desktop.store.file import storage_errors, unlock
    from desktop.store.notebook import Notebook

    path = notebook_path(args)
    if not path.exists():
        raise CommandError(f"{path}: no notebook here")
    if not unlock.writable(path):
        raise CommandError(storage_errors.read_only_message(path))
    old = ask(args, "Current passphrase: ") if unlock.is_encrypted(path) else None
    Notebook.open(path, old).close()  # a wrong passphrase fails here, before anything is written
    if args.no_passphrase:
        new = None
    elif args.new_passphrase_file:
        new = passphrase_input.from_file(args.new_passphrase_file)
    else:
        new = (
            passphrase_input.get(file=None, prompt="New passphrase: ", confirm=True)
            if sys.stdin.isatty()
            else None
        )
        if new is None:
            raise CommandError("give the new passphrase with --new-passphrase-file", EXIT_USAGE)
    rekey.change_passphrase(path, old, new)
    print(f"{path}: passphrase {'changed' if new else 'removed'}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop import requirements

    requirements.require_display()
    requirements.require_qt(needed_for="the app")
    try:
        from desktop.ui.shell.app import run  # Qt is imported only for the GUI
    except (ImportError, OSError) as exc:  # a Qt module's own system library (e.g. libxkbcommon)
        raise requirements.explain_import_error(exc, needed_for="the app") from exc

    return run(notebook=Path(args.notebook) if args.notebook else None, lang=getattr(args, "lang", None))


# -- the parser ----------------------------------------------------------------------------------
def register(add: Add) -> None:
    p = add("new", cmd_new, "Create a new notebook (encrypted unless --no-passphrase).")
    p.add_argument("path")
    p.add_argument("--no-passphrase", action="store_true", help="create an unencrypted notebook")
    p = add("import", cmd_import, "Import files and folders (.txt .md .html .pdf .docx .qdpx .qdc).")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    p.add_argument("--json", action="store_true", help="print the report as one JSON document")
    p = add(
        "search",
        cmd_search,
        'Search the notebook (words, "phrases", AND/OR/NOT, '
        "prefix*, fuzzy~, title:/author:/outlet:/tag:/date: fields).",
    )
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p = add("list", cmd_list, "List the articles.")
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--sort", choices=["added", "title", "date", "outlet", "language"], default="added")
    p.add_argument("--json", action="store_true")
    p = add("show", cmd_show, "Show an article's metadata and text (ID or a unique prefix).")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = add("delete", cmd_delete, "Delete an article (kept as a tombstone for merging).")
    p.add_argument("id")
    p = add("check", cmd_check, "Check integrity, originals' hashes, and that the index agrees.")
    p.add_argument("--repair", action="store_true", help="rebuild the index if it disagrees")
    add("rebuild-index", cmd_rebuild, "Rebuild the search index from the articles.")
    p = add("passwd", cmd_passwd, "Change the notebook's passphrase (nothing is lost).")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.add_argument("--no-passphrase", action="store_true", help="remove encryption")
    p = add("gui", cmd_gui, "Open the app (the default without a command).")
    p.add_argument(
        "--lang",
        choices=("en", "fa", "ps"),
        help="interface language: English, Dari or Pashto (default: as chosen)",
    )
