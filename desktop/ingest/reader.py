"""Read one file into an ArticleDraft, choosing the reader by extension; walk folders."""

from __future__ import annotations

import importlib
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from desktop.ingest.draft import ArticleDraft, IngestError
from desktop.ingest.language import detect
from desktop.ingest.walk import FoundFile, display_path
from desktop.ingest.walk import walk as walk_entries

Reader = Callable[[Path, bytes], ArticleDraft]

# suffix → (module, function). Modules are imported on first use: trafilatura, pdfminer and
# python-docx together cost ~0.5 s, which every `fieldnotes` command would otherwise pay.
_READERS: dict[str, tuple[str, str]] = {
    ".txt": ("desktop.ingest.text", "read_text"),
    ".md": ("desktop.ingest.text", "read_markdown"),
    ".markdown": ("desktop.ingest.text", "read_markdown"),
    ".html": ("desktop.ingest.html", "read_html"),
    ".htm": ("desktop.ingest.html", "read_html"),
    ".pdf": ("desktop.ingest.pdf", "read_pdf"),
    ".docx": ("desktop.ingest.docx", "read_docx"),
}
SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_READERS)
DEFAULT_MAX_BYTES = 64 * 2**20

_RTL_LANGUAGES = frozenset({"ar", "fa", "ps", "ur", "prs", "pbt", "ckb", "sd", "ug", "he", "yi"})
# Control characters other than tab and newline have no place in an article's text (a stray
# NUL or ESC would end up in search snippets and exported citations).
_BODY_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ArticleDraft:
    """Read `path` as an article. Raises IngestError with one line a user can act on.

    `max_bytes` caps the file size, checked before anything is read.
    """
    where = _READERS.get(path.suffix.lower())
    if where is None:
        kind = path.suffix or "no extension"
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise IngestError(path, f"is not a supported type ({kind}); Fieldnotes reads {supported}")
    data = _read_bytes(path, max_bytes)
    reader: Reader = getattr(importlib.import_module(where[0]), where[1])
    return _finish(path, reader(path, data))


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The files to read from `paths`: folders walked in name order, explicit files as given.

    In folders, hidden entries, Office lock files (`~$…`), unsupported types and anything but
    regular files are left out and links to folders are not followed (`walk` says why each is
    skipped); a file named explicitly is always yielded, so that `read_file` can say why it
    cannot be read.
    """
    return (found.path for found in walk(paths) if found.outcome is None)


def walk(paths: Iterable[Path]) -> Iterator[FoundFile]:
    """Every entry under `paths`, those not to be read with the reason (see desktop.ingest.walk)."""
    return walk_entries(paths, SUPPORTED_SUFFIXES)


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing folders, missing, unreadable, empty and too large files."""
    try:
        if path.is_dir():
            raise IngestError(path, "is a folder, not a file")
        # O_NONBLOCK: a named pipe put where a file was must not hang the import; fstat then
        # checks what was actually opened, not what the path named a moment before.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as file:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise IngestError(path, "is not a regular file (a pipe, socket or device)")
            size = info.st_size
            if size > max_bytes:
                raise IngestError(path, _too_large(size, max_bytes))
            # read(n) allocates n bytes up front: ask for the size stat gave, plus one byte
            # that reveals a file still being written, rather than for max_bytes every time.
            data = file.read(size + 1)
            if len(data) > size:
                data += file.read(max_bytes + 1 - len(data))
    except FileNotFoundError:
        raise IngestError(path, "does not exist (or vanished during the import)") from None
    except PermissionError:
        raise IngestError(path, "cannot be read (permission denied)") from None
    except OSError as error:
        raise IngestError(path, f"cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:  # it grew while we looked
        raise IngestError(path, _too_large(len(data), max_bytes))
    if not data:
        raise IngestError(path, "is empty")
    return data


def _too_large(size: int, max_bytes: int) -> str:
    """The "too large" message, in megabytes."""
    return f"is too large ({size / 2**20:,.1f} MB; the limit is {max_bytes / 2**20:,.1f} MB)"


def _finish(path: Path, draft: ArticleDraft) -> ArticleDraft:
    """What every reader shares: no control characters, some text, language and direction."""
    if _BODY_CONTROLS.search(draft.text):
        draft.text = _BODY_CONTROLS.sub("", draft.text)
    if not draft.text.strip():
        raise IngestError(path, "contains no text")
    language, direction = detect(draft.text)
    draft.language = language or draft.language
    draft.direction = direction if language else _direction_of(draft.language, direction)
    if draft.language:
        draft.csl["language"] = draft.language
    draft.filename = display_path(path.name)  # a name that is not UTF-8 could not be stored
    title = draft.csl.get("title")
    if isinstance(title, str) and title != display_path(title):
        draft.csl["title"] = display_path(title)
    return draft


def _direction_of(language: str, detected: str) -> str:
    """The direction a declared language is written in, else what the script said."""
    return "rtl" if language in _RTL_LANGUAGES else detected
