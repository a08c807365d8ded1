"""The `fieldnotes` command line: the parser of every command group, and the one entry point.

Each group module (articles, events, export, sharing) has `register(add)` and imports what its
commands use only when one of them runs.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from desktop import passphrase_input
from desktop.cli.common import EXIT_FAILED, EXIT_USAGE, CommandError

COMMAND_MODULES = (
    "desktop.cli.articles",
    "desktop.cli.annotations",
    "desktop.cli.events",
    "desktop.cli.exchange",
    "desktop.cli.export",
    "desktop.cli.sharing",
)


class _Version(argparse.Action):
    """--version, reading the installed metadata only when asked."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest=dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        from desktop import __version__

        print(f"fieldnotes {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldnotes",
        description="Fieldnotes: an offline, encrypted research notebook. Without a command, opens the app.",
    )
    parser.add_argument("--version", action=_Version)
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

    def add(name: str, func: object, text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        p.set_defaults(func=func)
        return p

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(add)
    return parser


def main(argv: list[str] | None = None) -> int:
    if os.environ.get("FIELDNOTES_DEBUG"):  # what the store does, on stderr (no text of the notebook)
        logging.basicConfig(level=logging.INFO, format="fieldnotes: %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        from desktop.cli.articles import cmd_gui

        args.func = cmd_gui
    from desktop.requirements import MissingRequirement
    from desktop.store.errors import NotebookError, WrongPassphrase

    try:
        return int(args.func(args))
    except WrongPassphrase as exc:
        print(f"fieldnotes: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CommandError as exc:
        print(f"fieldnotes: {exc}", file=sys.stderr)
        return exc.code
    except (NotebookError, MissingRequirement) as exc:
        print(f"fieldnotes: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("fieldnotes: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `fieldnotes list | head`: the reader stopped; not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except Exception as exc:  # a full disk, read-only media: one line; anything else is a bug
        message = _storage_problem(exc, args)
        if message is None:
            raise
        print(f"fieldnotes: {message}", file=sys.stderr)
        return EXIT_FAILED


def _storage_problem(exc: Exception, args: argparse.Namespace) -> str | None:
    """The one line for a write that failed on the disk (see desktop.store.file.storage_errors)."""
    from desktop.cli.common import notebook_path
    from desktop.store.file import storage_errors

    return storage_errors.explain(exc, notebook_path(args))
