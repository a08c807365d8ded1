"""Originals stored once and compressed (issue 16): every kind comes back byte for byte, a plain-text
file keeps no bytes of its own, the check finds a damaged original whatever its form, schema step 7
converts an older notebook, and a share carries a text-kept original whole."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.ingest.draft import ArticleDraft
from desktop.store import maintenance, originals
from desktop.store.compression import unpack_text
from desktop.store.file import schema
from desktop.store.notebook import Notebook
from desktop.store.sharing import transfer
from tests.conftest import make_draft
from tests.sharing.conftest import introduce, make_notebook

TEXT = "Former soldiers were detained in Kabul last week, relatives said. " * 20
HTML = (
    "<html><body><p>" + "Nine former soldiers were detained in Kunduz province. " * 200 + "</p></body></html>"
).encode()


def _docx_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document>" + "detained " * 2000 + "</w:document>")
        archive.writestr("word/media/image1.png", os.urandom(100_000), compress_type=zipfile.ZIP_STORED)
    return out.getvalue()


KINDS = {  # media type: (original bytes, the form it is kept in)
    "text/plain": (TEXT.encode("utf-8"), originals.Form.TEXT),
    "text/html": (HTML, originals.Form.ZLIB),
    "application/pdf": (b"%PDF-1.7\n" + os.urandom(300_000), originals.Form.RAW),  # streams: incompressible
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (
        _docx_bytes(),
        originals.Form.RAW,
    ),
    "text/markdown": (
        ("# Report\n\n" + "The *provincial* police denied it. " * 20_000).encode(),
        originals.Form.ZLIB,
    ),
}


def _draft(media_type: str, data: bytes) -> ArticleDraft:
    text = TEXT if media_type == "text/plain" else f"{TEXT} ({media_type})"
    return ArticleDraft(
        text=text,
        csl={"type": "article-newspaper", "title": media_type},
        original=data,
        filename=f"file.{media_type.rsplit('/', 1)[-1][:8]}",
        media_type=media_type,
        language="en",
    )


def _form_and_stored(nb: Notebook, sha: str) -> tuple[int, int, int]:
    row = nb.db.execute("SELECT form, size, length(data) FROM originals WHERE sha256 = ?", [sha]).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


def _text_type(nb: Notebook, article_id: str) -> str:
    return str(nb.db.execute("SELECT typeof(text) FROM articles WHERE id = ?", [article_id]).fetchone()[0])


def _check(nb: Notebook) -> maintenance.CheckReport:
    return [step for step in maintenance.check(nb) if isinstance(step, maintenance.CheckReport)][0]


@pytest.fixture
def notebook(tmp_path: Path) -> Iterator[Notebook]:
    nb = Notebook.create(tmp_path / "n.fieldnotes", None)
    yield nb
    nb.close()


def test_every_kind_round_trips_in_its_form(notebook: Notebook) -> None:
    stored = notebook.add_articles([_draft(kind, data) for kind, (data, _) in KINDS.items()])
    for article, (kind, (data, form)) in zip(stored, KINDS.items(), strict=True):
        assert notebook.original(article.id) == data, kind
        kept, size, length = _form_and_stored(notebook, article.original_sha256)
        assert (kept, size) == (form, len(data)), kind
        if form == originals.Form.TEXT:
            assert length == 0  # the text is not stored twice
        elif form == originals.Form.ZLIB:
            assert length <= 0.9 * len(data)
        else:
            assert length == len(data)
    assert _check(notebook).ok


def test_texts_are_compressed_where_it_pays_and_read_back_whole(notebook: Notebook) -> None:
    long, short = notebook.add_articles([make_draft(TEXT, title="Long"), make_draft("Kabul.", title="Short")])
    assert _text_type(notebook, long.id) == "blob" and _text_type(notebook, short.id) == "text"
    assert notebook.article(long.id).text == TEXT and notebook.article(short.id).text == "Kabul."
    hit = notebook.search("relatives", limit=5).hits[0]
    assert hit.id == long.id and "relatives" in hit.snippet.lower()  # snippets read the text back


def _flip_first_byte(nb: Notebook, sha: str) -> None:
    data = bytearray(nb.db.execute("SELECT data FROM originals WHERE sha256 = ?", [sha]).fetchone()[0])
    data[0] ^= 0xFF
    nb.db.execute("UPDATE originals SET data = ? WHERE sha256 = ?", [bytes(data), sha])


def test_the_check_passes_then_finds_each_damaged_form(notebook: Notebook) -> None:
    stored = notebook.add_articles([_draft(kind, data) for kind, (data, _) in KINDS.items()])
    assert _check(notebook).ok and _check(notebook).originals == len(KINDS)
    plain, html, pdf = stored[0], stored[1], stored[2]
    with notebook.transaction() as db:
        # a compressed original whose stored bytes were damaged
        db.execute(
            "UPDATE originals SET data = substr(data, 1, 100) WHERE sha256 = ?", [html.original_sha256]
        )
        # a raw original with one byte changed
        _flip_first_byte(notebook, pdf.original_sha256)
        # the text a text-kept original is rebuilt from no longer matches it
        db.execute("UPDATE articles SET text = ? WHERE id = ?", [TEXT + "!", plain.id])
    problems = _check(notebook).problems
    for article in (plain, html, pdf):
        assert any(article.original_sha256[:12] in p for p in problems), article.media_type
    with pytest.raises(originals.DamagedOriginal):
        notebook.original(html.id)
    with pytest.raises(originals.DamagedOriginal, match="does not match"):
        notebook.original(plain.id)  # never the changed text passed off as the original


def _as_schema_6(nb: Notebook) -> None:
    """Put the notebook's originals back as schema 6 kept them: every file's bytes, raw."""
    rows = [(sha, originals.read(nb.db, sha)) for (sha,) in nb.db.execute("SELECT sha256 FROM originals")]
    nb.conn.execute("PRAGMA foreign_keys = OFF")
    with nb.db.atomic():
        nb.db.execute("DROP TABLE originals")
        nb.db.execute(
            "CREATE TABLE originals (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL, size INTEGER NOT NULL)"
        )
        nb.db.conn.executemany("INSERT INTO originals VALUES (?, ?, ?)", [(s, d, len(d)) for s, d in rows])
        nb.db.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
        for article_id, text in nb.db.execute("SELECT id, text FROM articles").fetchall():  # texts plain
            nb.db.execute("UPDATE articles SET text = ? WHERE id = ?", [unpack_text(text), article_id])
    nb.conn.execute("PRAGMA foreign_keys = ON")


def test_step_7_converts_an_older_notebook(tmp_path: Path) -> None:
    path = tmp_path / "old.fieldnotes"
    nb = Notebook.create(path, "a passphrase")
    stored = nb.add_articles([_draft(kind, data) for kind, (data, _) in KINDS.items()])
    _as_schema_6(nb)
    columns = [c.name for c in nb.db["originals"].columns]
    assert columns == ["sha256", "data", "size"] and schema.version(nb.db) == 6
    assert {_text_type(nb, a.id) for a in stored} == {"text"}
    nb.close()

    reopened = Notebook.open(path, "a passphrase")
    try:
        assert schema.version(reopened.db) == schema.LATEST
        assert [c.name for c in reopened.db["originals"].columns] == ["sha256", "form", "size", "data"]
        for article, (kind, (data, form)) in zip(stored, KINDS.items(), strict=True):
            assert reopened.original(article.id) == data, kind
            assert _form_and_stored(reopened, article.original_sha256)[0] == form, kind
            # an older notebook's texts stay plain (new imports are compressed); both forms read back
            assert _text_type(reopened, article.id) == "text"
            assert reopened.article(article.id).text.startswith(TEXT)
        report = _check(reopened)
        assert report.ok and report.originals == len(KINDS), report.problems
        assert not reopened.db.execute("PRAGMA foreign_key_check").fetchall()
        assert reopened.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # enforced again
        assert {h.id for h in reopened.search("relatives", limit=10).hits} == {a.id for a in stored}
    finally:
        reopened.close()


def test_step_7_keeps_a_damaged_copy_for_the_check(tmp_path: Path) -> None:
    """A text-equal original whose stored bytes were damaged is not silently replaced by the text."""
    path = tmp_path / "old.fieldnotes"
    nb = Notebook.create(path, None)
    article = nb.add_articles([make_draft(TEXT)])[0]
    _as_schema_6(nb)
    with nb.db.atomic():
        _flip_first_byte(nb, article.original_sha256)
    nb.close()
    reopened = Notebook.open(path, None)
    try:
        assert _form_and_stored(reopened, article.original_sha256)[0] != originals.Form.TEXT  # its own bytes
        assert any("does not match" in p for p in _check(reopened).problems)
    finally:
        reopened.close()


def test_a_text_kept_original_travels_whole_and_is_kept_once_again(tmp_path: Path) -> None:
    alice, bob = (
        make_notebook(tmp_path / "a.fieldnotes", "Alice"),
        make_notebook(tmp_path / "b.fieldnotes", "Bob"),
    )
    try:
        introduce(("Alice", alice), ("Bob", bob))
        plain, html = alice.add_articles(
            [_draft("text/plain", KINDS["text/plain"][0]), _draft("text/html", HTML)]
        )
        # the share's O frame holds the whole file (older versions read it as before)
        size, chunks = originals.chunks(alice.db, plain.original_sha256, 100)
        whole = b"".join(chunks)
        assert size == len(whole) and hashlib.sha256(whole).hexdigest() == plain.original_sha256
        transfer.share(alice, tmp_path / "s.age", to=["Bob"])
        report = transfer.receive(bob, tmp_path / "s.age")  # the receiver checks every original's hash
        assert report.counts.get("originals") == 2
        assert bob.original(plain.id) == TEXT.encode("utf-8") and bob.original(html.id) == HTML
        assert _form_and_stored(bob, plain.original_sha256)[::2] == (originals.Form.TEXT, 0)
        assert _form_and_stored(bob, html.original_sha256)[0] == originals.Form.ZLIB
        assert _check(bob).ok
        assert _text_type(bob, plain.id) == "blob" and bob.article(plain.id).text == TEXT
    finally:
        alice.close()
        bob.close()


def test_a_compressed_original_streams_in_pieces(notebook: Notebook) -> None:
    data = KINDS["text/markdown"][0]
    article = notebook.add_articles([_draft("text/markdown", data)])[0]
    size, chunks = originals.chunks(notebook.db, article.original_sha256, 64 * 1024)
    pieces = list(chunks)
    assert size == len(data) and b"".join(pieces) == data
    assert len(pieces) > 1 and max(map(len, pieces)) <= 64 * 1024


def test_a_share_refuses_to_send_a_text_kept_original_that_no_longer_matches(tmp_path: Path) -> None:
    alice, bob = (
        make_notebook(tmp_path / "a.fieldnotes", "Alice"),
        make_notebook(tmp_path / "b.fieldnotes", "Bob"),
    )
    try:
        introduce(("Alice", alice), ("Bob", bob))
        plain = alice.add_articles([make_draft(TEXT)])[0]
        with alice.transaction() as db:
            db.execute("UPDATE articles SET text = ? WHERE id = ?", [TEXT + "!", plain.id])
        with pytest.raises(originals.DamagedOriginal, match="does not match"):
            transfer.share(alice, tmp_path / "s.age", to=["Bob"])
        assert not list(tmp_path.glob("s.age*"))  # no file, not even a partial one
    finally:
        alice.close()
        bob.close()
