"""PDF files: text in logical (reading) order and document info through pdfminer.six."""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTTextContainer
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from desktop.events.dates.published import published_issued
from desktop.ingest.csl import csl_date, csl_names, make_csl
from desktop.ingest.draft import ArticleDraft, IngestError

_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
_SPACES = re.compile(r"[ \t\u00a0]+")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n(?=[a-z])")


def read_pdf(path: Path, data: bytes) -> ArticleDraft:
    """An article from a PDF with a text layer; NFKC-normalised so "ﬁ" reads "fi"."""
    _check_envelope(path, data)
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        info = _document_info(document)
        text = "\n\n".join(_paragraphs(document))
    except PDFEncryptionError:
        raise IngestError(path, "is encrypted (password-protected)") from None
    except Exception as error:  # pdfminer raises a zoo of types on damaged files
        raise IngestError(path, f"is damaged or truncated ({type(error).__name__})") from None
    warnings = []
    if _UNMAPPED_GLYPH.search(text):
        text = _UNMAPPED_GLYPH.sub("\ufffd", text)
        warnings.append("some characters have no text equivalent in the PDF and show as �")
    if not text.strip():
        raise IngestError(path, "has no text layer (is it a scanned image?)")
    csl = make_csl(
        kind="article",
        title=info.get("Title"),
        fallback_title=path.stem,
        authors=csl_names(info.get("Author", "")),
        # CreationDate is when the file was made (often the day it was printed to PDF or
        # downloaded); the date the text states ("Prepared by a field monitor, 3 June 2024") wins.
        issued=published_issued(text) or csl_date(info.get("CreationDate")),
    )
    return ArticleDraft(text, csl, data, path.name, "application/pdf", warnings=warnings)


def _check_envelope(path: Path, data: bytes) -> None:
    """Refuse what is not a PDF, or a PDF whose end is missing (pdfminer would read half)."""
    if b"%PDF-" not in data[:1024]:
        raise IngestError(path, "is not a PDF file")
    if b"%%EOF" not in data[-2048:]:
        raise IngestError(path, "is damaged or truncated (its end is missing)")


def _document_info(document: PDFDocument) -> dict[str, str]:
    """The document information dictionary as text (Title, Author, CreationDate…)."""
    info: dict[str, str] = {}
    for entries in document.info:
        for key, value in dict(entries).items():
            resolved = resolve1(value)
            if isinstance(resolved, bytes):
                info[str(key)] = _pdf_string(resolved)
    return info


def _pdf_string(raw: bytes) -> str:
    """A PDF text string: UTF-16 with a byte-order mark, UTF-8 with one, else PDFDocEncoding."""
    if raw.startswith((b"\xfe\xff", b"\xff\xfe")):
        return raw.decode("utf-16", errors="replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    return decode_text(raw)


def _paragraphs(document: PDFDocument) -> Iterator[str]:
    """Each text box of each page, as one NFKC paragraph (lines joined, hyphens mended)."""
    resources = PDFResourceManager(caching=True)
    device = PDFPageAggregator(resources, laparams=LAParams())
    interpreter = PDFPageInterpreter(resources, device)
    for page in PDFPage.create_pages(document):
        interpreter.process_page(page)
        for item in device.get_result():
            if isinstance(item, LTTextContainer):
                paragraph = _paragraph(item.get_text())
                if paragraph:
                    yield paragraph


def _paragraph(box_text: str) -> str:
    """One text box as a paragraph: NFKC (ligatures, Arabic presentation forms), one line."""
    text = unicodedata.normalize("NFKC", box_text)
    text = _HYPHEN_BREAK.sub("", text.strip())
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()
