"""ArticleDraft: what every reader returns, and IngestError: what every reader raises."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class IngestError(Exception):
    """A file could not be read as an article. `str()` is one line a user can act on."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


@dataclass
class ArticleDraft:
    """An article read from a file, before it is stored.

    text       normalised plain text (NFC; NFKC for PDF), paragraphs separated by blank lines
    csl        CSL-JSON metadata (at least "type" and "title"; "id" is assigned by the store)
    original   the file's bytes, exactly as read
    filename   the file's name (no folders: they may reveal more than the user meant to keep)
    media_type e.g. "text/plain", "text/html", "application/pdf"
    language   BCP-47 code ("en", "fa", "ps", "ar", "ur") or "" when unknown
    direction  "ltr" or "rtl"
    """

    text: str
    csl: dict[str, Any]
    original: bytes
    filename: str
    media_type: str
    language: str = ""
    direction: str = "ltr"
    warnings: list[str] = field(default_factory=list)
