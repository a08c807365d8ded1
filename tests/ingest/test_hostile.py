"""Hostile and odd input files, imported as a user would (the importer on a real notebook):
each is refused with a one-line reason, skipped with one, or imported safely (nothing fetched,
nothing run, nothing embedded taken for text), never a traceback.

The files are made here (tests/ingest/hostile_samples.py); nothing is downloaded. Kinds covered
beyond the readers' own tests: see KINDS at the end, which a test counts.
"""

from __future__ import annotations

import codecs
import os
import socket
from pathlib import Path

import pytest

from desktop.importer import ImportResult, import_paths
from desktop.progress import Progress
from desktop.store.articles import Article, sha256
from desktop.store.notebook import Notebook
from tests.ingest import hostile_samples as hostile
from tests.ingest.samples import minimal_pdf, word_document

PERSIAN = "گزارش بازداشت\n\nطالبان پنج سرباز پیشین را در تخار بازداشت کردند."


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to reach the network fails the test that made it."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a reader tried to reach the network: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def results(nb: Notebook, *paths: Path) -> list[ImportResult]:
    return [r for r in import_paths(nb, list(paths)) if isinstance(r, ImportResult)]


def one(nb: Notebook, path: Path) -> ImportResult:
    (result,) = results(nb, path)
    assert "\n" not in (result.error or "") and "Traceback" not in (result.error or "")
    return result


def refused(nb: Notebook, path: Path, reason: str) -> None:
    result = one(nb, path)
    assert result.status == "error", result
    assert reason in (result.error or ""), result.error


def imported(nb: Notebook, path: Path) -> Article:
    result = one(nb, path)
    assert result.status == "imported", result
    assert result.id is not None
    return nb.article(result.id)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# -- PDF ---------------------------------------------------------------------------------------
def test_pdf_with_a_user_password_is_refused(notebook: Notebook, tmp_path: Path) -> None:
    path = write(tmp_path / "locked.pdf", minimal_pdf([b"secret"], encrypted=True))
    refused(notebook, path, "is encrypted (password-protected)")


def test_pdf_with_only_an_owner_password_imports_its_text(notebook: Notebook, tmp_path: Path) -> None:
    path = write(tmp_path / "restricted.pdf", hostile.owner_password_pdf(b"Detentions reported in Kunduz"))
    assert "Detentions reported in Kunduz" in imported(notebook, path).text


def test_image_only_scanned_pdf_says_it_has_no_text_layer(notebook: Notebook, tmp_path: Path) -> None:
    refused(notebook, write(tmp_path / "scan.pdf", hostile.scanned_pdf()), "has no text layer")


def test_pdf_with_javascript_and_an_attachment_imports_the_page_text_only(
    notebook: Notebook, tmp_path: Path
) -> None:
    article = imported(
        notebook, write(tmp_path / "scripted.pdf", hostile.scripted_pdf(b"Page text of the report"))
    )
    assert article.text.strip() == "Page text of the report"
    assert notebook.original(article.id) == (tmp_path / "scripted.pdf").read_bytes()  # kept byte for byte


def test_pdf_whose_page_tree_loops_ends(notebook: Notebook, tmp_path: Path) -> None:
    assert imported(notebook, write(tmp_path / "loop.pdf", hostile.looping_pdf())).text.strip() == "Loop page"


# -- Word --------------------------------------------------------------------------------------
def test_macro_enabled_document_named_docm_is_not_a_supported_type(
    notebook: Notebook, tmp_path: Path
) -> None:
    path = write(tmp_path / "macros.docm", hostile.macro_document(tmp_path))
    refused(notebook, path, "is not a supported type (.docm)")


def test_macro_enabled_document_named_docx_is_refused(notebook: Notebook, tmp_path: Path) -> None:
    path = write(tmp_path / "macros.docx", hostile.macro_document(tmp_path))
    refused(notebook, path, "is not a readable Word document")  # python-docx refuses its content type


def test_document_with_external_relationships_fetches_nothing(notebook: Notebook, tmp_path: Path) -> None:
    article = imported(notebook, write(tmp_path / "linked.docx", hostile.external_links_document(tmp_path)))
    assert article.text.strip() == "Linked document body about Herat."
    assert "root:" not in article.text


def test_document_with_an_embedded_ole_object_imports_its_text_only(
    notebook: Notebook, tmp_path: Path
) -> None:
    article = imported(notebook, write(tmp_path / "ole.docx", hostile.ole_object_document(tmp_path)))
    assert "EMBEDDEDOLEPAYLOAD" not in article.text and "embedded object" in article.text


def test_document_declaring_an_external_entity_does_not_resolve_it(
    notebook: Notebook, tmp_path: Path
) -> None:
    path = write(tmp_path / "entities.docx", hostile.entity_document(tmp_path, laughs=False))
    assert imported(notebook, path).text.strip() == "Entity"  # /etc/passwd was not read in


def test_document_with_a_billion_laughs_is_refused(notebook: Notebook, tmp_path: Path) -> None:
    path = write(tmp_path / "laughs.docx", hostile.entity_document(tmp_path, laughs=True))
    refused(notebook, path, "is not a readable Word document (XMLSyntaxError)")


def test_rtf_named_docx_is_not_a_word_document(notebook: Notebook, tmp_path: Path) -> None:
    refused(notebook, write(tmp_path / "letter.docx", hostile.RTF), "is not a Word document")


def test_old_doc_named_docx_says_to_save_it_as_docx(notebook: Notebook, tmp_path: Path) -> None:
    refused(notebook, write(tmp_path / "old.docx", hostile.OLE_DOC), "is an old Word (.doc) file")


def test_pdf_named_docx_is_not_a_word_document(notebook: Notebook, tmp_path: Path) -> None:
    refused(notebook, write(tmp_path / "report.docx", minimal_pdf([b"A PDF"])), "is not a Word document")


# -- HTML --------------------------------------------------------------------------------------
def page(body: str, head: str = "") -> bytes:
    head = f"<head><title>Page title</title>{head}</head>"
    return f"<!doctype html><html>{head}<body>{body}</body></html>".encode()


ARTICLE = "<article><p>Witnesses said the Taliban detained five former soldiers in Takhar.</p></article>"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "refresh.html",
            page(ARTICLE, '<meta http-equiv="refresh" content="0; url=http://example.invalid/">'),
        ),
        ("base.html", page(ARTICLE + '<a href="x.html">more</a>', '<base href="http://example.invalid/">')),
        (
            "svg.html",
            page(ARTICLE + '<svg onload="alert(1)"><script>SVGSCRIPT()</script><text>SVG label</text></svg>'),
        ),
        (
            "data-uri.html",
            page(ARTICLE + '<img src="data:image/png;base64,' + "QUJD" * 50_000 + '">'),
        ),
        (
            "iframe.html",
            page(ARTICLE + '<iframe src="http://example.invalid/"></iframe><object data="x.swf"></object>'),
        ),
    ],
)
def test_pages_with_active_or_remote_content_import_their_text_only(
    notebook: Notebook, tmp_path: Path, name: str, data: bytes
) -> None:
    article = imported(notebook, write(tmp_path / name, data))
    assert "detained five former soldiers" in article.text
    assert "QUJDQUJD" not in article.text and "SVGSCRIPT" not in article.text and "alert(" not in article.text


def test_page_with_a_huge_title_gets_a_capped_title(notebook: Notebook, tmp_path: Path) -> None:
    data = f"<html><head><title>{'Very long title ' * 50_000}</title></head><body>{ARTICLE}</body></html>"
    article = imported(notebook, write(tmp_path / "title.html", data.encode()))
    assert len(article.title) < 400


# -- text encodings and control characters -----------------------------------------------------
@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-16-le-bom", codecs.BOM_UTF16_LE + PERSIAN.encode("utf-16-le")),
        ("utf-16-be-bom", codecs.BOM_UTF16_BE + PERSIAN.encode("utf-16-be")),
        ("utf-16-le-no-bom", PERSIAN.encode("utf-16-le")),
        ("utf-16-be-no-bom", PERSIAN.encode("utf-16-be")),
        ("utf-32-le-bom", codecs.BOM_UTF32_LE + PERSIAN.encode("utf-32-le")),
        ("utf-32-be-bom", codecs.BOM_UTF32_BE + PERSIAN.encode("utf-32-be")),
        ("utf-32-le-no-bom", PERSIAN.encode("utf-32-le")),
        ("utf-32-be-no-bom", PERSIAN.encode("utf-32-be")),
    ],
)
def test_utf16_and_utf32_with_and_without_bom_read_as_the_text(
    notebook: Notebook, tmp_path: Path, label: str, data: bytes
) -> None:
    result = one(notebook, write(tmp_path / f"{label}.txt", data))
    if result.status == "error":  # a BOM-less wide encoding may be taken for binary: said so
        assert "no-bom" in label and "binary" in (result.error or ""), result
        return
    assert result.status == "imported", result
    assert notebook.article(result.id or "").text == PERSIAN


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
def test_bidirectional_controls_in_a_title_are_removed(
    notebook: Notebook, tmp_path: Path, suffix: str
) -> None:
    title = "\u202bتخار\u202c \u2066Report\u2069 \u202efdp.exe\u202c \u200fon\u200e \u2067detentions\u2069"
    body = "Witnesses described the detentions in Takhar in detail."
    data = (
        f"<html><head><title>{title}</title></head><body><p>{body}</p></body></html>"
        if suffix == ".html"
        else (f"# {title}\n\n{body}" if suffix == ".md" else f"{title}\n\n{body}")
    )
    article = imported(notebook, write(tmp_path / f"bidi{suffix}", data.encode()))
    assert not set(article.title) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert "fdp.exe" in article.title and "Report" in article.title


def test_a_single_50_mb_line_imports(notebook: Notebook, tmp_path: Path) -> None:
    path = write(tmp_path / "line.txt", b"detention former soldiers Kunduz " * (50 * 2**20 // 33))
    article = imported(notebook, path)
    assert len(article.text) > 49 * 2**20 and "\n" not in article.text.strip()
    assert notebook.search("Kunduz").total == 1


def test_a_million_tiny_paragraphs_import(notebook: Notebook, tmp_path: Path) -> None:
    path = write(
        tmp_path / "paragraphs.md", b"# Many\n\n" + b"a\n\n" * 1_000_000 + b"Closing line Badakhshan.\n"
    )
    article = imported(notebook, path)
    assert article.text.endswith("Closing line Badakhshan.")


def test_nul_bytes_in_a_text_file_are_binary(notebook: Notebook, tmp_path: Path) -> None:
    refused(notebook, write(tmp_path / "nul.txt", b"Title\n\n" + b"\x00\x01\x02\x03" * 4000), "binary")


# -- the folder walk and the file system -------------------------------------------------------
def test_symlink_loops_fifos_and_dangling_links_are_skipped_in_a_folder(
    notebook: Notebook, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    write(folder / "a.txt", b"Report A\n\nDetentions in Kunduz.")
    (folder / "loop").symlink_to(folder)
    (folder / "self.txt").symlink_to(folder / "self.txt")  # a link to itself
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(folder / "pipe.txt")
    by_name = {Path(r.path).name: r for r in results(notebook, folder)}
    assert by_name["a.txt"].status == "imported"
    assert by_name["loop"].reason == "a link to a folder (not followed)"
    assert by_name["self.txt"].reason == "a link that leads nowhere (broken, or a loop)"
    assert by_name["gone.txt"].reason == "a link that leads nowhere (broken, or a loop)"
    assert by_name["pipe.txt"].reason == "not a regular file (a named pipe)"


def test_a_fifo_named_explicitly_is_refused_without_blocking(notebook: Notebook, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    refused(notebook, tmp_path / "pipe.txt", "is not a regular file")


def test_a_link_loop_named_explicitly_ends(notebook: Notebook, tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    refused(notebook, tmp_path / "a.txt", "cannot be read (Too many levels of symbolic links)")


def test_a_file_that_vanishes_during_the_import_is_reported(notebook: Notebook, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    for name in ("a.txt", "b.txt", "c.txt"):
        write(folder / name, f"Report {name}\n\nText of {name}.".encode())
    seen = []
    for item in import_paths(notebook, [folder]):
        if isinstance(item, Progress) and item.label.endswith("b.txt"):
            (folder / "b.txt").unlink()  # gone between the walk and the read
        elif isinstance(item, ImportResult):
            seen.append(item)
    by_name = {Path(r.path).name: r for r in seen}
    assert by_name["b.txt"].status == "error"
    assert by_name["b.txt"].error == "does not exist (or vanished during the import)"
    assert by_name["a.txt"].status == by_name["c.txt"].status == "imported"


def test_a_file_that_changes_during_the_import_is_stored_as_it_was_read(
    notebook: Notebook, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    write(folder / "a.txt", b"Report A\n\nFirst version.")
    for item in import_paths(notebook, [folder]):
        if isinstance(item, Progress) and item.label.endswith("a.txt"):
            (folder / "a.txt").write_bytes(b"Report A\n\nSecond, longer version of the report.")
        elif isinstance(item, ImportResult):
            article = notebook.article(item.id or "")
    original = notebook.original(article.id)
    assert "Second, longer version" in article.text and original.startswith(b"Report A\n\nSecond")
    assert sha256(original) == article.original_sha256  # the hash is of the bytes kept


def test_a_name_that_is_not_utf8_is_imported_and_printable(notebook: Notebook, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.path.join(os.fsencode(folder), b"report-\xff\xfe.txt")
    with open(raw, "wb") as file:
        file.write(b"Report with an odd name\n\nText.")
    (result,) = results(notebook, folder)
    assert result.status == "imported", result
    assert result.path.endswith("report-\ufffd\ufffd.txt")
    result.path.encode("utf-8")  # printable: no surrogates left
    assert notebook.article(result.id or "").filename == "report-\ufffd\ufffd.txt"


def test_a_zip_is_not_imported(notebook: Notebook, tmp_path: Path) -> None:
    archive = write(tmp_path / "in" / "articles.zip", hostile.macro_document(tmp_path))
    refused(notebook, archive, "is not a supported type (.zip)")
    (result,) = [r for r in results(notebook, tmp_path / "in") if r.path.endswith(".zip")]
    assert (result.status, result.reason) == ("skipped", "unsupported type (.zip)")


def test_a_docx_that_is_a_folder_is_refused(notebook: Notebook, tmp_path: Path) -> None:
    (tmp_path / "odd.docx").mkdir()
    word_document(tmp_path / "odd.docx" / "inside.docx", paragraphs=["Inside a folder named .docx"])
    (result,) = results(notebook, tmp_path / "odd.docx")
    assert result.status == "imported"  # a folder is walked, whatever its name


KINDS = [
    "pdf user password", "pdf owner password only", "pdf image-only scan", "pdf javascript+attachment",
    "pdf page-tree loop", ".docm", "docm named .docx", "docx external relationships", "docx embedded OLE",
    "docx external entity", "docx billion laughs", "rtf named .docx", ".doc named .docx", "pdf named .docx",
    "html meta refresh", "html base href", "html svg+script", "html data uri", "html iframe/object",
    "html huge title", "utf-16 le/be with bom", "utf-16 without bom", "utf-32 with bom", "utf-32 without bom",
    "bidi controls in titles", "single 50 MB line", "a million paragraphs", "nul bytes", "symlink loop",
    "dangling link", "fifo in a folder", "fifo named explicitly", "link loop named explicitly",
    "file vanishing during import", "file changing during import", "name not valid utf-8", "zip",
    "folder named .docx",
]  # fmt: skip


def test_at_least_thirty_kinds_of_hostile_input_are_covered() -> None:
    assert len(set(KINDS)) >= 30
