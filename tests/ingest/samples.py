"""Input files built at test time: minimal PDFs, Word documents, a zip bomb, a Qt-made PDF."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx

_LIGATURE_CMAP = (
    b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Fi def "
    b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <01> <FB01> endbfchar "
    b"endcmap CMapName currentdict /CMap defineresource pop end end"
)


def minimal_pdf(lines: list[bytes], *, info: bytes = b"", encrypted: bool = False) -> bytes:
    """A one-page PDF in Helvetica whose byte 0x01 is the "ﬁ" ligature (via ToUnicode).

    `info` is a document information dictionary; `encrypted` adds a standard security handler
    whose user password is not empty, as a password-protected PDF has.
    """
    ops = b"BT /F1 12 Tf 72 720 Td 14 TL " + b" ".join(b"(%s) Tj T*" % line for line in lines)
    ops += b" ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(_LIGATURE_CMAP), _LIGATURE_CMAP),
    ]
    trailer = b"/Root 1 0 R"
    if info:
        objects.append(info)
        trailer += b" /Info %d 0 R" % len(objects)
    if encrypted:
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (b"41" * 32, b"42" * 32))
        trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (len(objects), b"00" * 16, b"00" * 16)
    return _assemble_pdf(objects, trailer)


def _assemble_pdf(objects: list[bytes], trailer: bytes) -> bytes:
    """Objects numbered from 1, a cross-reference table with their offsets, the trailer."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


_QT_PDF_SCRIPT = """
import sys
from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument
app = QGuiApplication([])
writer = QPdfWriter(sys.argv[1])
writer.setTitle(sys.argv[2])
writer.setResolution(96)
document = QTextDocument()
document.setHtml(sys.argv[3])
document.print_(writer)
del writer
"""


def qt_pdf(path: Path, *, title: str, html: str) -> Path | None:
    """A PDF typeset by Qt (real embedded fonts, shaped Arabic script), or None without PySide6.

    Run in a child process so that the tests of a Qt-free layer never load Qt themselves.
    """
    if importlib.util.find_spec("PySide6") is None:
        return None
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", _QT_PDF_SCRIPT, str(path), title, html]
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=60)
    return path


def word_document(
    path: Path,
    *,
    paragraphs: list[str],
    table: list[list[str]] | None = None,
    title: str = "",
    author: str = "",
) -> Path:
    """A .docx written by python-docx, with core properties."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    document.core_properties.title = title
    document.core_properties.author = author
    document.save(str(path))
    return path


def zip_bomb_docx(path: Path, *, megabytes: int = 400) -> Path:
    """A .docx-shaped zip whose word/document.xml inflates to `megabytes` of zeros.

    The member is streamed from 1 MB chunks, so building it needs ~1 MB of memory.
    """
    chunk = bytes(2**20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w", force_zip64=True) as member:
            for _ in range(megabytes):
                member.write(chunk)
    return path
