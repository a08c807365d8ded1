"""PDF: words as a reader would type them (ligatures undone, Persian in reading order)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.ingest.draft import IngestError
from desktop.ingest.reader import read_file
from tests.ingest.samples import minimal_pdf, qt_pdf

INFO = b"<< /Title (Executions in Ghazni) /Author (Jane Doe) /CreationDate (D:20230415120000+02'00') >>"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_ligatures_read_as_plain_letters(tmp_path: Path) -> None:
    # byte 0x01 is the "ﬁ" ligature glyph: a search for "office" must find "oﬃce"
    pdf = minimal_pdf([b"The \x01rst of\x01ce was closed", b"on Monday."])
    draft = read_file(write(tmp_path, "report.pdf", pdf))
    assert draft.text == "The first office was closed on Monday."
    assert "\ufb01" not in draft.text
    assert draft.media_type == "application/pdf"


def test_document_info_becomes_the_citation(tmp_path: Path) -> None:
    draft = read_file(write(tmp_path, "report.pdf", minimal_pdf([b"Body text of the report."], info=INFO)))
    assert draft.csl["title"] == "Executions in Ghazni"
    assert draft.csl["author"] == [{"family": "Doe", "given": "Jane"}]
    assert draft.csl["issued"] == {"date-parts": [[2023, 4, 15]]}
    assert draft.csl["type"] == "article"


def test_untitled_pdf_is_titled_after_its_file(tmp_path: Path) -> None:
    draft = read_file(write(tmp_path, "ghazni-report.pdf", minimal_pdf([b"Body text."])))
    assert draft.csl["title"] == "ghazni-report"


def test_persian_pdf_reads_in_logical_order(tmp_path: Path) -> None:
    sentence = "طالبان پنج سرباز پیشین را در تخار بازداشت کرده‌اند"
    html = f'<p dir="rtl" style="font-family: \'Noto Naskh Arabic\'; font-size: 14pt">{sentence}</p>'
    path = qt_pdf(tmp_path / "fa.pdf", title="گزارش بازداشت", html=html)
    if path is None:
        pytest.skip("PySide6 is not installed: no way to typeset a Persian PDF here")
    draft = read_file(path)
    assert "طالبان پنج سرباز پیشین را در تخار بازداشت" in draft.text
    assert "\ufe8d" not in draft.text  # no presentation forms (isolated alef) left
    assert draft.csl["title"] == "گزارش بازداشت"
    assert (draft.language, draft.direction) == ("fa", "rtl")


def test_encrypted_pdf_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.pdf", minimal_pdf([b"secret"], encrypted=True))
    with pytest.raises(IngestError, match="is encrypted \\(password-protected\\)"):
        read_file(path)


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.97])
def test_truncated_pdf_is_refused_with_a_reason(tmp_path: Path, keep: float) -> None:
    pdf = minimal_pdf([b"Body text of the report."], info=INFO)
    path = write(tmp_path, "cut.pdf", pdf[: int(len(pdf) * keep)])
    with pytest.raises(IngestError, match="is damaged or truncated"):
        read_file(path)


def test_pdf_with_damaged_insides_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "junk.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    with pytest.raises(IngestError, match="is damaged or truncated"):
        read_file(path)


def test_file_that_is_not_a_pdf_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="is not a PDF file"):
        read_file(write(tmp_path, "letter.pdf", b"Dear colleague, this is plain text.\n"))


def test_pdf_without_text_says_it_may_be_a_scan(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no text layer"):
        read_file(write(tmp_path, "scan.pdf", minimal_pdf([])))
