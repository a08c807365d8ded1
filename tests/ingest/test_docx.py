"""Word documents: paragraphs, tables and properties read; hostile zips never inflated."""

from __future__ import annotations

import tracemalloc
import zipfile
from pathlib import Path

import pytest

from desktop.ingest.draft import IngestError
from desktop.ingest.reader import read_file
from tests.ingest.samples import word_document, zip_bomb_docx


def test_paragraphs_tables_and_properties_are_read(tmp_path: Path) -> None:
    path = word_document(
        tmp_path / "casefile.docx",
        paragraphs=["Detentions in Bamyan", "", "Five former soldiers were detained."],
        table=[["Province", "Detained"], ["Bamyan", "5"]],
        title="Case file 12",
        author="Jane Doe",
    )
    draft = read_file(path)
    assert draft.text == (
        "Detentions in Bamyan\n\nFive former soldiers were detained.\n\nProvince | Detained\n\nBamyan | 5"
    )
    assert draft.csl["title"] == "Case file 12"
    assert draft.csl["author"] == [{"family": "Doe", "given": "Jane"}]
    assert "issued" not in draft.csl  # python-docx's template date (2013-12-23) is not the document's
    assert draft.language == "en"


def test_untitled_document_takes_its_first_paragraph_as_title(tmp_path: Path) -> None:
    path = word_document(tmp_path / "x.docx", paragraphs=["بازداشت سربازان پیشین در تخار", "متن گزارش"])
    draft = read_file(path)
    assert draft.csl["title"] == "بازداشت سربازان پیشین در تخار"
    assert draft.direction == "rtl"


def test_random_bytes_named_docx_are_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "photo.docx"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(IngestError, match="is not a Word document"):
        read_file(path)


def test_zip_without_a_word_body_is_not_a_word_document(tmp_path: Path) -> None:
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("notes.txt", "hello")
    with pytest.raises(IngestError, match="is not a Word document"):
        read_file(path)


def test_zip_bomb_is_refused_without_being_inflated(tmp_path: Path) -> None:
    path = zip_bomb_docx(tmp_path / "bomb.docx", megabytes=400)
    tracemalloc.start()
    try:
        with pytest.raises(IngestError, match="looks like a zip bomb"):
            read_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * 2**20  # the 400 MB member was never expanded


def test_password_protected_word_file_says_so(tmp_path: Path) -> None:
    # Word saves protected documents as an OLE compound file with an EncryptionInfo stream.
    path = tmp_path / "locked.docx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le")
    path.write_bytes(ole + bytes(1024))
    with pytest.raises(IngestError, match="is encrypted \\(password-protected\\)"):
        read_file(path)
