"""Read one file into an ArticleDraft, choosing the reader by extension; walk folders."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from desktop.ingest.draft import ArticleDraft, IngestError
from desktop.ingest.language import detect

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
    """The files to import from `paths`: folders walked in name order, explicit files as given.

    In folders, hidden entries, Office lock files (`~$…`) and unsupported types are skipped
    silently and symlinked folders are not followed; a file named explicitly is always yielded,
    so that `read_file` can say why it cannot be read.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under `folder`, depth first, sorted by name (no recursion limit)."""
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            entries = sorted(current.iterdir(), key=lambda p: (p.name.casefold(), p.name))
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith((".", "~$")):
                continue
            if entry.is_dir():
                if not entry.is_symlink():
                    subfolders.append(entry)
            elif entry.suffix.lower() in SUPPORTED_SUFFIXES and entry.is_file():
                yield entry
        stack.extend(reversed(subfolders))


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing folders, missing, unreadable, empty and too large files."""
    try:
        if path.is_dir():
            raise IngestError(path, "is a folder, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(path, _too_large(size, max_bytes))
        with path.open("rb") as file:
            # read(n) allocates n bytes up front: ask for the size stat gave, plus one byte
            # that reveals a file still being written, rather than for max_bytes every time.
            data = file.read(size + 1)
            if len(data) > size:
                data += file.read(max_bytes + 1 - len(data))
    except FileNotFoundError:
        raise IngestError(path, "does not exist") from None
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
    draft.filename = path.name
    return draft


def _direction_of(language: str, detected: str) -> str:
    """The direction a declared language is written in, else what the script said."""
    return "rtl" if language in _RTL_LANGUAGES else detected
