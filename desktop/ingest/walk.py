"""Walking the files and folders given to an import: every entry found, with why one is skipped.

A folder import must account for every file in it (the import report gives each a line), so the
walk yields what it skips too, with a reason a user understands, instead of dropping it silently.
It never opens anything: FIFOs, sockets and devices are skipped by their type (opening a FIFO
would block), links to folders are not followed (no loops), and a folder that cannot be listed
is reported as an error.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

SKIPPED, UNREADABLE = "skipped", "error"


@dataclass(frozen=True)
class FoundFile:
    """One entry of the walk. `outcome` is None for a file to read, else "skipped" or "error"
    with `reason` (one line)."""

    path: Path
    outcome: str | None = None
    reason: str = ""


def walk(paths: Iterable[Path], supported: frozenset[str]) -> Iterator[FoundFile]:
    """Every entry under `paths`: folders walked depth first in name order, files named
    explicitly yielded as given (the reader then says why it cannot read one)."""
    for path in paths:
        if path.is_dir() and not (path.is_symlink() and _is_loop(path)):
            yield from _walk(path, supported)
        else:
            yield FoundFile(path)


def _walk(folder: Path, supported: frozenset[str]) -> Iterator[FoundFile]:
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            entries = sorted(current.iterdir(), key=lambda p: (p.name.casefold(), p.name))
        except OSError as error:
            yield FoundFile(current, UNREADABLE, f"folder cannot be read ({error.strerror or error})")
            continue
        subfolders = []
        for entry in entries:
            found = _classify(entry, supported)
            if found is None:
                subfolders.append(entry)
            else:
                yield found
        stack.extend(reversed(subfolders))


def _classify(entry: Path, supported: frozenset[str]) -> FoundFile | None:
    """What to do with one folder entry; None for a subfolder to walk."""
    try:
        link = entry.lstat()
    except OSError as error:  # gone since the folder was listed
        return FoundFile(entry, SKIPPED, f"vanished during the import ({error.strerror or error})")
    if entry.name.startswith("."):
        return FoundFile(entry, SKIPPED, "hidden " + ("folder" if stat.S_ISDIR(link.st_mode) else "file"))
    if entry.name.startswith("~$"):
        return FoundFile(entry, SKIPPED, "an Office lock file, not a document")
    if stat.S_ISLNK(link.st_mode):
        try:
            mode = entry.stat().st_mode
        except OSError:
            return FoundFile(entry, SKIPPED, "a link that leads nowhere (broken, or a loop)")
        if stat.S_ISDIR(mode):
            return FoundFile(entry, SKIPPED, "a link to a folder (not followed)")
    else:
        mode = link.st_mode
    if stat.S_ISDIR(mode):
        return None
    if not stat.S_ISREG(mode):
        return FoundFile(entry, SKIPPED, f"not a regular file (a {_kind(mode)})")
    if entry.suffix.lower() not in supported:
        return FoundFile(entry, SKIPPED, f"unsupported type ({entry.suffix or 'no extension'})")
    return FoundFile(entry)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def _is_loop(path: Path) -> bool:
    """True when a link to a folder leads back to a folder above it."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return True
    return Path(os.path.abspath(path)).is_relative_to(target)


def display_path(path: Path | str) -> str:
    """A path as text that can always be printed and stored: bytes of a name that are not
    valid UTF-8 (kept by Python as surrogates) become U+FFFD."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", "replace")
