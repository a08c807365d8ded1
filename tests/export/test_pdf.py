"""The PDF summary, read back with pdfminer as a reviewer's PDF reader would."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from desktop.export.summary import Summary
from desktop.export.summary_render import export_summary

from .conftest import PERSIAN_QUOTE

pytest.importorskip("PySide6.QtGui")
extract_text = pytest.importorskip("pdfminer.high_level").extract_text


def _words(text: str) -> str:
    # PDF text comes back as Arabic presentation forms and with ZWNJ lost: compare NFKC words.
    text = unicodedata.normalize("NFKC", text).replace("\u200c", " ")
    return " ".join(re.split(r"\s+", text))


@pytest.mark.parametrize("style", ["apa", "chicago-note-bibliography"])
def test_pdf_contains_the_quotes_citations_and_references(
    tmp_path: Path, summary: Summary, style: str
) -> None:
    dest = tmp_path / "summary.pdf"
    export_summary(summary, dest=dest, fmt="pdf", style=style)
    assert dest.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]
    text = _words(extract_text(str(dest)))
    assert "At least 40 former soldiers were detained * in one week." in text
    assert "Witnesses described summary executions near the border." in text
    assert _words(PERSIAN_QUOTE) in text
    assert "Detentions of former soldiers, 2023–2024" in text
    assert "Human Rights Watch" in text and "Custody appendix" in text
    if style == "apa":
        assert "(RASC News Agency, 2024, p. 2)" in text
    else:
        assert "RASC News Agency, “Thousands of Former Soldiers Detained in Badakhshan,”" in text
