"""What every command shares: exit codes, user-facing errors, opening the notebook, progress on stderr.

Commands import the store inside their functions, so `fieldnotes --help` and `--version` load
nothing but the parser.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import passphrase_input

if TYPE_CHECKING:
    from desktop.store.notebook import Notebook

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# build_parser's helper: add(name, command, help) -> the subcommand's parser
Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


class CommandError(Exception):
    """A user-facing failure: message and exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def notebook_path(args: argparse.Namespace) -> Path:
    from desktop import paths

    return Path(args.notebook) if args.notebook else paths.default_notebook()


def open_notebook(args: argparse.Namespace) -> Notebook:
    """Open the selected notebook, asking for its passphrase when it is encrypted.

    The default notebook is created on first use (encrypted when a passphrase is available).
    """
    from desktop.store.file import unlock
    from desktop.store.notebook import Notebook

    path = notebook_path(args)
    if not path.exists():
        if args.notebook:
            raise CommandError(f"{path}: no notebook here (create one with `fieldnotes new`)")
        return create_notebook(path, args, no_passphrase=False)
    passphrase = None
    if unlock.is_encrypted(path):
        passphrase = ask(args, f"Passphrase for {path.name}: ")
    nb = Notebook.open(path, passphrase)
    if unlock.is_read_only(nb.conn):
        print(
            f"fieldnotes: {path}: opened read-only (the file or its folder cannot be written); "
            "reading works, changes are refused",
            file=sys.stderr,
        )
    return nb


def ask(args: argparse.Namespace, prompt: str, *, confirm: bool = False) -> str:
    try:
        return passphrase_input.get(file=args.passphrase_file, prompt=prompt, confirm=confirm)
    except passphrase_input.NoPassphrase as exc:
        raise CommandError(str(exc), EXIT_USAGE) from exc
    except OSError as exc:
        raise CommandError(f"cannot read the passphrase file: {exc}", EXIT_USAGE) from exc


def create_notebook(path: Path, args: argparse.Namespace, *, no_passphrase: bool) -> Notebook:
    from desktop.store.notebook import Notebook

    passphrase = None if no_passphrase else ask(args, "New passphrase: ", confirm=True)
    if passphrase == "":
        raise CommandError("an empty passphrase is not allowed (use --no-passphrase)", EXIT_USAGE)
    nb = Notebook.create(path, passphrase)
    print(f"created {'encrypted' if passphrase else 'unencrypted'} notebook {path}", file=sys.stderr)
    return nb


def report_progress(items: Iterator[Any], *, quiet: bool) -> Iterator[Any]:
    """Pass results through; draw Progress on stderr (a terminal line) and swallow it."""
    from desktop.progress import Progress

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
