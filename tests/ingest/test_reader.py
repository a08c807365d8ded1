"""read_file and iter_files: every bad input gives one clear line, never a traceback."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from desktop.ingest.draft import IngestError
from desktop.ingest.reader import SUPPORTED_SUFFIXES, iter_files, read_file

MB = 2**20


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_supported_suffixes_cover_every_documented_format() -> None:
    assert {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"} == SUPPORTED_SUFFIXES


def test_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="is empty$"):
        read_file(write(tmp_path / "empty.txt", b""))


def test_whitespace_only_file_has_no_text(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="contains no text"):
        read_file(write(tmp_path / "blank.md", b"\n \n\t\n"))


def test_binary_file_named_txt_is_refused(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(IngestError, match="looks like a binary file, not text"):
        read_file(write(tmp_path / "photo.txt", png))


def test_binary_file_named_html_is_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="looks like a binary file, not text"):
        read_file(write(tmp_path / "page.html", bytes(range(256)) * 4))


def test_unknown_extension_names_the_supported_ones(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"is not a supported type \(\.xlsx\).*\.docx"):
        read_file(write(tmp_path / "table.xlsx", b"PK\x03\x04"))


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="does not exist"):
        read_file(tmp_path / "gone.txt")
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(IngestError, match="is a folder"):
        read_file(tmp_path / "folder.txt")


def test_error_is_one_line_naming_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.txt", b"")
    with pytest.raises(IngestError) as caught:
        read_file(path)
    assert str(caught.value) == f"{path}: is empty"
    assert caught.value.path == str(path) and "\n" not in str(caught.value)


def test_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "huge.txt", b"word " * (2 * MB // 5 + 1))
    with pytest.raises(IngestError, match=r"is too large \(2\.0 MB; the limit is 1\.0 MB\)"):
        read_file(path, max_bytes=1 * MB)


def test_40_mb_text_file_imports_in_bounded_memory(tmp_path: Path) -> None:
    line = "طالبان پنج سرباز پیشین را بازداشت کرده‌اند. The Taliban detained five soldiers.\n"
    data = line.encode() * (40 * MB // len(line.encode()))
    path = write(tmp_path / "big.txt", data)
    del data
    tracemalloc.start()
    try:
        draft = read_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(draft.original) >= 39 * MB
    assert draft.text.startswith(line) and draft.text.endswith(line)
    assert peak < 5 * len(draft.original)


def test_rtl_override_cannot_disguise_a_title(tmp_path: Path) -> None:
    # "‮gpj.exe" would display as "exe.jpg"; bidi and control characters leave the title
    title = "\u202eReport\u202c on \u2067Takhar\u2069\u200e\x07 detentions"
    draft = read_file(write(tmp_path / "a.txt", f"{title}\nBody.".encode()))
    assert draft.csl["title"] == "Report on Takhar detentions"


def test_very_long_first_line_gives_a_capped_title(tmp_path: Path) -> None:
    draft = read_file(write(tmp_path / "a.txt", ("word " * 200).encode()))
    assert len(draft.csl["title"]) <= 300
    assert draft.csl["title"].endswith("word…")


def test_control_characters_are_removed_from_the_text(tmp_path: Path) -> None:
    draft = read_file(write(tmp_path / "a.txt", b"Title\nbell\x07 and escape\x1b here\ttab"))
    assert draft.text == "Title\nbell and escape here\ttab"


def test_filename_keeps_no_folders(tmp_path: Path) -> None:
    draft = read_file(write(tmp_path / "secret-source" / "a.txt", b"Text."))
    assert draft.filename == "a.txt"


def test_folders_are_walked_in_order_skipping_hidden_and_unsupported(tmp_path: Path) -> None:
    for name in [
        "b.txt",
        "A.md",
        "notes.xlsx",
        ".hidden.txt",
        "~$lock.docx",
        "sub/c.PDF",
        "sub/.git/x.txt",
        ".cache/y.txt",
        "sub/z.htm",
    ]:
        write(tmp_path / "in" / name, b"x")
    found = [p.relative_to(tmp_path / "in").as_posix() for p in iter_files([tmp_path / "in"])]
    assert found == ["A.md", "b.txt", "sub/c.PDF", "sub/z.htm"]


def test_explicit_files_are_yielded_even_when_unsupported(tmp_path: Path) -> None:
    odd = write(tmp_path / "table.xlsx", b"x")
    hidden = write(tmp_path / ".hidden.txt", b"x")
    assert list(iter_files([odd, hidden])) == [odd, hidden]
