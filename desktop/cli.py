"""The `fieldnotes` command line: the same store API as the app, for scripts, tests and benchmarks."""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop import __version__, passphrase_input, paths
from desktop.importer import ImportResult, import_paths
from desktop.progress import Progress
from desktop.store import maintenance, rekey, unlock
from desktop.store.errors import NotebookError, WrongPassphrase
from desktop.store.notebook import Notebook, QuerySyntaxError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# Modules adding commands: each has `register(add)`, `add` being build_parser's helper below.
COMMAND_MODULES = ("desktop.cli_events", "desktop.cli_export", "desktop.cli_sharing")


class CommandError(Exception):
    """A user-facing failure: message and exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def notebook_path(args: argparse.Namespace) -> Path:
    return Path(args.notebook) if args.notebook else paths.default_notebook()


def open_notebook(args: argparse.Namespace) -> Notebook:
    """Open the selected notebook, asking for its passphrase when it is encrypted.

    The default notebook is created on first use (encrypted when a passphrase is available).
    """
    path = notebook_path(args)
    if not path.exists():
        if args.notebook:
            raise CommandError(f"{path}: no notebook here (create one with `fieldnotes new`)")
        return create_notebook(path, args, no_passphrase=False)
    passphrase = None
    if unlock.is_encrypted(path):
        passphrase = ask(args, f"Passphrase for {path.name}: ")
    return Notebook.open(path, passphrase)


def ask(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> str:
    try:
        return passphrase_input.get(file=args.passphrase_file, prompt=prompt, confirm=confirm)
    except passphrase_input.NoPassphrase as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
    except OSError as exc:
        raise CommandError(f"cannot read the passphrase file: {exc}", EXIT_USAGE) from exc


def create_notebook(path: Path, args: argparse.Namespace, *, no_passphrase: bool) -> Notebook:
    passphrase = None if no_passphrase else ask(args, "New passphrase: ", confirm=True)
    if passphrase == "":
        raise CommandError("an empty passphrase is not allowed (use --no-passphrase)", EXIT_USAGE)
    nb = Notebook.create(path, passphrase)
    print(f"created {'encrypted' if passphrase else 'unencrypted'} notebook {path}", file=sys.stderr)
    return nb


def report_progress(items: Iterator[Any], *, quiet: bool) -> Iterator[Any]:
    """Pass results through; draw Progress on stderr (a terminal line) and swallow it."""
    shown = False
    for item in items:
        if isinstance(item, Progress):
            if not quiet and item.total > 1:
                sys.stderr.write(f"\r[{item.done}/{item.total}] {item.label[-60:]:<60}")
                shown = True
            continue
        yield item
    if shown:
        sys.stderr.write("\r" + " " * 80 + "\r")


# -- commands ------------------------------------------------------------------------------------
def cmd_new(args: argparse.Namespace) -> int:
    create_notebook(Path(args.path), args, no_passphrase=args.no_passphrase).close()
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    with open_notebook(args) as nb:
        results: list[ImportResult] = []
        quiet = args.json or not sys.stderr.isatty()
        for result in report_progress(import_paths(nb, [Path(p) for p in args.paths]), quiet=quiet):
            results.append(result)
            if not args.json:
                detail = result.error if result.status == "error" else result.title
                print(
                    f"{result.status:9} {result.path}: {detail}"
                    + (f" [{result.id[:8]}]" if result.id and result.status == "imported" else "")
                )
        if args.json:
            print(json.dumps([r.as_dict() for r in results], ensure_ascii=False, indent=1))
    return EXIT_FAILED if any(r.status == "error" for r in results) else EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
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
    with open_notebook(args) as nb:
        list(report_progress(maintenance.rebuild_index(nb), quiet=not sys.stderr.isatty()))
        print(f"rebuilt the search index: {nb.count_articles()} articles")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    path = notebook_path(args)
    if not path.exists():
        raise CommandError(f"{path}: no notebook here")
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
    from desktop.ui.app import run  # Qt is imported only for the GUI

    return run(notebook=Path(args.notebook) if args.notebook else None)


# -- the parser ----------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldnotes",
        description="Fieldnotes: an offline, encrypted research notebook. Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"fieldnotes {__version__}")
    parser.add_argument(
        "--notebook",
        metavar="PATH",
        help="the notebook file (default: the default notebook in your data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"read the passphrase from FILE's first line (or set {passphrase_input.ENV})",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        p.set_defaults(func=func)
        return p

    p = add("new", cmd_new, "Create a new notebook (encrypted unless --no-passphrase).")
    p.add_argument("path")
    p.add_argument("--no-passphrase", action="store_true", help="create an unencrypted notebook")
    p = add("import", cmd_import, "Import files and folders (.txt .md .html .pdf .docx).")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    p.add_argument("--json", action="store_true", help="print results as a JSON list")
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
    add("gui", cmd_gui, "Open the app (the default without a command).")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(add)
    return parser


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("FIELDNOTES_DEBUG"):  # what the store does, on stderr (no text of the notebook)
        logging.basicConfig(level=logging.INFO, format="fieldnotes: %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        args.func = cmd_gui
    try:
        return int(args.func(args))
    except WrongPassphrase as exc:
        print(f"fieldnotes: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CommandError as exc:
        print(f"fieldnotes: {exc}", file=sys.stderr)
        return exc.code
    except NotebookError as exc:
        print(f"fieldnotes: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("fieldnotes: interrupted", file=sys.stderr)
        return 130
