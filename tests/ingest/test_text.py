"""Plain text and Markdown: every encoding a researcher's files come in reads as the same words."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.ingest.reader import read_file

PERSIAN = "طالبان پنج سرباز پیشین را در ولایت تخار بازداشت کرده‌اند.\nگزارش‌ها می‌گویند که شکنجه شده‌اند."
FRENCH = "Le café était fermé à Noël.\nLes élèves sont partis très tôt."


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-8", PERSIAN.encode("utf-8")),
        ("utf-8 with BOM", codecs.BOM_UTF8 + PERSIAN.encode("utf-8")),
        ("utf-16 with BOM", PERSIAN.encode("utf-16")),
        ("utf-16-le without BOM", PERSIAN.encode("utf-16-le")),
        ("utf-16-be without BOM", PERSIAN.encode("utf-16-be")),
    ],
)
def test_persian_text_reads_the_same_in_every_encoding(tmp_path: Path, label: str, data: bytes) -> None:
    draft = read_file(write(tmp_path, "news.txt", data))
    assert draft.text == PERSIAN, label
    assert "\u200c" in draft.text  # "کرده‌اند" keeps its zero-width non-joiner
    assert (draft.language, draft.direction) == ("fa", "rtl")
    assert draft.csl["title"] == PERSIAN.split("\n")[0]
    assert draft.original == data


def test_windows_1256_persian_reads_as_persian(tmp_path: Path) -> None:
    # Windows-1256 has no Persian yeh (U+06CC): Persian typed in it uses the Arabic yeh.
    persian = PERSIAN.replace("ی", "ي")
    draft = read_file(write(tmp_path, "old.txt", persian.encode("cp1256")))
    assert draft.text == persian
    assert "\u200c" in draft.text
    assert (draft.language, draft.direction) == ("fa", "rtl")
    assert "decoded as cp1256" in draft.warnings


def test_latin1_text_keeps_its_accents(tmp_path: Path) -> None:
    draft = read_file(write(tmp_path, "note.txt", FRENCH.encode("latin-1")))
    assert draft.text == FRENCH
    assert draft.csl["title"] == "Le café était fermé à Noël."


def test_windows_newlines_and_decomposed_accents_are_normalised(tmp_path: Path) -> None:
    decomposed = "Cafe\u0301 report\r\nline two\rline three"
    draft = read_file(write(tmp_path, "a.txt", decomposed.encode("utf-8")))
    assert draft.text == "Café report\nline two\nline three"


def test_plain_text_title_is_the_first_non_empty_line(tmp_path: Path) -> None:
    draft = read_file(write(tmp_path, "a.txt", b"\n\n  Taliban detain 15 former soldiers\n\nBody."))
    assert draft.csl["title"] == "Taliban detain 15 former soldiers"
    assert draft.csl["type"] == "article"
    assert draft.media_type == "text/plain"


def test_markdown_reads_as_text_with_its_heading_as_title(tmp_path: Path) -> None:
    source = (
        "# Executions in *Takhar*\n\n"
        "The **Taliban** detained [15 soldiers](https://example.org/x) in `Bamyan`.\n\n"
        "- Ghazni\n- Parwan\n\n"
        "> a quoted witness\n\n"
        "snake_case_name stays; 2*3*4 stays.\n"
    )
    draft = read_file(write(tmp_path, "report.md", source.encode()))
    assert draft.csl["title"] == "Executions in Takhar"
    assert draft.text == (
        "Executions in Takhar\n\n"
        "The Taliban detained 15 soldiers in Bamyan.\n\n"
        "- Ghazni\n- Parwan\n\n"
        "a quoted witness\n\n"
        "snake_case_name stays; 2*3*4 stays."
    )
    assert draft.media_type == "text/markdown"


def test_markdown_front_matter_title_wins_and_is_not_in_the_text(tmp_path: Path) -> None:
    source = '---\ntitle: "Deportations from Iran"\ndate: 2024-01-02\n---\n\n## Summary\n\nText.'
    draft = read_file(write(tmp_path, "a.markdown", source.encode()))
    assert draft.csl["title"] == "Deportations from Iran"
    assert draft.text == "Summary\n\nText."


def test_seed_articles_import_as_english(tmp_path: Path) -> None:
    seeds = sorted(Path("/work/shared/seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("no seed articles on this machine")
    for seed in seeds:
        draft = read_file(seed)
        assert draft.language == "en", seed.name
        assert draft.text.strip() and draft.csl["title"], seed.name
        assert draft.original == seed.read_bytes()
