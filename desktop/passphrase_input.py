"""Where the command line gets a passphrase: FIELDNOTES_PASSPHRASE, --passphrase-file, or a prompt."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

ENV = "FIELDNOTES_PASSPHRASE"


class NoPassphrase(Exception):
    """No passphrase could be had (no terminal to ask on)."""


def from_file(path: str) -> str:
    """The first line of the file, without its line ending."""
    text = Path(path).read_text(encoding="utf-8")
    return text.splitlines()[0] if text else ""


def get(*, file: str | None, prompt: str, confirm: bool = False) -> str:
    """A passphrase from --passphrase-file, the environment, or the terminal (in that order)."""
    if file:
        return from_file(file)
    if os.environ.get(ENV):
        return os.environ[ENV]
    if not sys.stdin.isatty():
        raise NoPassphrase(f"a passphrase is needed: set {ENV}, pass --passphrase-file, or run in a terminal")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat it: ") != first:
        raise NoPassphrase("the two passphrases differ")
    return first
