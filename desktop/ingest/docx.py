"""Word documents (.docx): the zip checked before it is opened, then text and core properties."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import docx
from docx.document import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from desktop.events.dates.published import published_issued
from desktop.ingest.csl import csl_date, csl_names, make_csl
from desktop.ingest.draft import ArticleDraft, IngestError
from desktop.ingest.text import normalise
from desktop.ingest.titles import plain_title

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAX_EXPANDED_BYTES = 200 * 2**20
MAX_RATIO = 100
RATIO_CHECKED_ABOVE = 10 * 2**20
MAX_MEMBERS = 10_000
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Dates that templates carry in their core properties (python-docx's default template).
TEMPLATE_DATES = frozenset({datetime(2013, 12, 23, 23, 15, tzinfo=UTC)})
TEMPLATE_AGE = timedelta(days=365)


def read_docx(path: Path, data: bytes) -> ArticleDraft:
    """An article from a .docx: paragraphs and tables in order, title/author/created."""
    _check_package(path, data)
    try:
        document = docx.Document(io.BytesIO(data))
        text = normalise("\n\n".join(_blocks(document)))
    except Exception as error:  # python-docx raises KeyError, ValueError, lxml errors…
        raise IngestError(path, f"is not a readable Word document ({type(error).__name__})") from None
    props = document.core_properties
    csl = make_csl(
        kind="article",
        title=props.title,
        fallback_title=plain_title(text) or path.stem,
        authors=csl_names(props.author or ""),
        issued=published_issued(text) or csl_date(_document_date(props.created, props.modified)),
    )
    return ArticleDraft(text, csl, data, path.name, MEDIA_TYPE)


def _document_date(created: datetime | None, modified: datetime | None) -> datetime | None:
    """The core properties' date, used only when the text states none.

    `created` is copied from the template a document was started from: python-docx's own
    template says 2013-12-23 23:15 UTC, and a report made from last year's file keeps last
    year's date. So `created` is ignored when it is a known template default or more than a
    year older than `modified`; `modified` is then the date, unless it is a template default too.
    """
    if created is not None and _is_template_default(created):
        created = None
    if modified is not None and _is_template_default(modified):
        modified = None
    if created is not None and modified is not None and modified - created > TEMPLATE_AGE:
        created = None
    return created or modified


def _is_template_default(when: datetime) -> bool:
    """True for a date a template ships with (compared in UTC; a naive date is taken as UTC)."""
    aware = when if when.tzinfo else when.replace(tzinfo=UTC)
    return aware.astimezone(UTC).replace(microsecond=0) in TEMPLATE_DATES


def _check_package(path: Path, data: bytes) -> None:
    """Refuse anything python-docx should not inflate: not a zip, no Word body, a zip bomb.

    Only the zip's directory is read here; sizes are the declared ones, and Python's zipfile
    never inflates a member past its declared size, so the check cannot be talked round.
    """
    if data.startswith(_OLE_SIGNATURE):
        raise IngestError(path, _ole_problem(data))
    stream = io.BytesIO(data)
    if not zipfile.is_zipfile(stream):
        raise IngestError(path, "is not a Word document")
    try:
        with zipfile.ZipFile(stream) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError):  # an unknown zip version
        raise IngestError(path, "is not a Word document (the zip is damaged)") from None
    if "word/document.xml" not in {m.filename for m in members}:
        raise IngestError(path, "is not a Word document")
    _check_sizes(path, members)


def _check_sizes(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """IngestError when the members would expand to too much, or compress implausibly well."""
    expanded = sum(m.file_size for m in members)
    suspicious = any(
        m.file_size > RATIO_CHECKED_ABOVE and m.file_size > MAX_RATIO * max(m.compress_size, 1)
        for m in members
    )
    if len(members) > MAX_MEMBERS or expanded > MAX_EXPANDED_BYTES or suspicious:
        size = f"{expanded / 2**20:,.0f} MB"
        raise IngestError(path, f"looks like a zip bomb (it would expand to {size})")


def _ole_problem(data: bytes) -> str:
    """Why an OLE compound file named .docx cannot be read: Word's encryption, or a .doc."""
    if "EncryptionInfo".encode("utf-16-le") in data:
        return "is encrypted (password-protected)"
    return "is an old Word (.doc) file, not .docx: save it as .docx and import again"


def _blocks(document: Document) -> Iterator[str]:
    """Non-empty paragraphs, and tables as one line per row, in document order."""
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            if block.text.strip():
                yield block.text.strip()
        elif isinstance(block, Table):
            yield from _table_rows(block)


def _table_rows(table: Table) -> Iterator[str]:
    """Each row's cells joined by " | " (merged cells once)."""
    for row in table.rows:
        seen: list[object] = []
        cells: list[str] = []
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.append(cell._tc)
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        if any(cells):
            yield " | ".join(cells)
