"""Plain-text and Markdown files: decode the bytes, normalise, find a title."""

from __future__ import annotations

import codecs
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

from charset_normalizer import from_bytes

from desktop.events.dates.published import published_issued
from desktop.ingest.csl import csl_date, make_csl
from desktop.ingest.draft import ArticleDraft, IngestError
from desktop.ingest.markdown import markdown_date, markdown_title, markdown_to_text
from desktop.ingest.titles import plain_title

SNIFF_BYTES = 64 * 1024
DETECT_BYTES = 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The 8-bit encodings our users' files come in: Windows Arabic (Dari/Pashto/Persian/Urdu
# typed on Windows), Western European, and Latin-1 as the never-failing last resort.
_LEGACY_ENCODINGS = ["cp1256", "cp1252", "latin_1"]
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\x1b")


def read_text(path: Path, data: bytes) -> ArticleDraft:
    """An article from a `.txt` file: its lines kept; title and date from the text itself.

    The title is the first line when it looks like one, else the first sentence shortened
    (see titles.plain_title); the date is the one a dateline or a "Published …" line states.
    """
    text, warnings = decode(path, data)
    issued = published_issued(text, today=date.today())
    csl = make_csl(kind="article", title=plain_title(text), fallback_title=path.stem, issued=issued)
    return ArticleDraft(text, csl, data, path.name, "text/plain", warnings=warnings)


def read_markdown(path: Path, data: bytes) -> ArticleDraft:
    """An article from a Markdown file: readable text, title from front matter or first heading,
    date from the front matter's `date:`, else from the text (a dateline, "Published …")."""
    source, warnings = decode(path, data)
    title = markdown_title(source)
    front_date = csl_date(markdown_date(source))
    text = markdown_to_text(source)
    del source
    issued = front_date or published_issued(text, today=date.today())
    csl = make_csl(kind="article", title=title, fallback_title=path.stem, issued=issued)
    return ArticleDraft(text, csl, data, path.name, "text/markdown", warnings=warnings)


def decode(path: Path, data: bytes, *, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode text bytes to NFC with "\\n" newlines; return (text, warnings).

    Order: a byte-order mark; UTF-16 without one; strict UTF-8; the `declared` encoding (an
    HTML meta charset); Windows-1256 or Western via charset-normalizer. Raises IngestError
    for binary data.
    """
    encoding = _sniff_encoding(path, data)
    if encoding is None:
        try:
            return normalise(data.decode("utf-8")), []
        except UnicodeDecodeError:
            encoding = declared if declared and _known_codec(declared) else None
            encoding = encoding or _legacy_encoding(data[:DETECT_BYTES])
    warnings = [] if encoding.startswith("utf") else [f"decoded as {encoding}"]
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        warnings.append(f"some bytes were not valid {encoding} and were replaced by �")
    return normalise(text), warnings


def normalise(text: str) -> str:
    """NFC, "\\n" newlines and no stray BOM; returns the same object when nothing changes."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\ufeff" in text:
        text = text.replace("\ufeff", "")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _sniff_encoding(path: Path, data: bytes) -> str | None:
    """A byte-order mark's or UTF-16's encoding, None for "not decided", IngestError if binary."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16:
            return utf16
        raise IngestError(path, "looks like a binary file, not text")
    if _control_ratio(head) > 0.05:
        raise IngestError(path, "looks like a binary file, not text")
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """ "utf-16-le"/"-be" when one byte of each pair is nearly always 0x00 or one script block.

    Text in UTF-16 has NULs (spaces, digits, newlines are 0x00 0x2X) and its high bytes come
    from very few values (0x00 and, for Persian, 0x06); binary data has neither pattern.
    """
    head = head[: len(head) & ~1]
    for encoding, high in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        common = Counter(high).most_common(2)
        if 0 in dict(common) and sum(n for _, n in common) >= 0.9 * len(high):
            try:
                sample = head.decode(encoding)
            except UnicodeDecodeError:
                continue
            if not any(ch < " " and ch not in "\t\n\r\f" for ch in sample):
                return encoding
    return None


def _control_ratio(head: bytes) -> float:
    """Share of C0 control bytes other than tab, newlines, form feed and escape."""
    if not head:
        return 0.0
    return sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS) / len(head)


def _legacy_encoding(sample: bytes) -> str:
    """Windows-1256 when the high bytes read as Arabic letters, else what charset-normalizer
    prefers among our legacy encodings, else Latin-1 (which decodes anything)."""
    if _reads_as_arabic(sample):
        return "cp1256"
    best = from_bytes(sample, cp_isolation=_LEGACY_ENCODINGS).best()
    return best.encoding if best is not None else "latin_1"


def _reads_as_arabic(sample: bytes) -> bool:
    """True when, decoded as Windows-1256, most non-ASCII characters are Arabic letters."""
    high = sample.translate(None, bytes(range(0x80)))
    if len(high) < 0.1 * len(sample):
        return False
    decoded = high.decode("cp1256", errors="replace")
    arabic = sum(1 for ch in decoded if "\u0600" <= ch <= "\u06ff")
    return arabic >= 0.8 * len(decoded)


def _known_codec(name: str) -> bool:
    """True when Python knows the encoding `name` (HTML may declare anything)."""
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True
