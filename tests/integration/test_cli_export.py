"""The export commands driven as a user would: `python -m desktop …` in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import bibtexparser
import docx
import pytest

from desktop.store import custody
from desktop.store.notebook import Notebook

from .conftest import ENGLISH_QUOTE, PERSIAN_QUOTE, fill


def fieldnotes(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDNOTES")}
    env["FIELDNOTES_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env, timeout=180
    )


@pytest.fixture
def notebook_file(tmp_path: Path) -> Path:
    """A plain notebook made by `fieldnotes new --no-passphrase`, then filled like a researcher's."""
    path = tmp_path / "cli.fieldnotes"
    made = fieldnotes("new", str(path), "--no-passphrase", home=tmp_path / "home")
    assert made.returncode == 0, made.stderr
    with Notebook.open(path, None) as nb:
        fill(nb)
    return path


def test_export_citations_writes_each_format(notebook_file: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    for fmt, name in (("bibtex", "refs.bib"), ("ris", "refs.ris"), ("csl-json", "refs.json")):
        done = fieldnotes(
            "--notebook", str(notebook_file), "export", "citations", "--format", fmt,
            "--tag", "Persecution/Detention", "-o", str(tmp_path / name), home=home,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "wrote 2 reference(s)" in done.stderr
    library = bibtexparser.parse_string((tmp_path / "refs.bib").read_text(encoding="utf-8"))
    assert library.failed_blocks == [] and len(library.entries) == 2
    keys = {item["id"] for item in json.loads((tmp_path / "refs.json").read_text(encoding="utf-8"))}
    assert keys == {"rasc2024thousands", "hasht2023bazdasht"}
    with Notebook.open(notebook_file, None) as nb:
        exports = [e for e in custody.entries(nb.db) if e.action == "export"]
    assert [e.details["format"] for e in exports] == ["bibtex", "ris", "csl-json"]


def test_export_summary_docx_with_footnotes_and_events(notebook_file: Path, tmp_path: Path) -> None:
    dest = tmp_path / "summary.docx"
    done = fieldnotes(
        "--notebook", str(notebook_file), "export", "summary", "--tag", "Persecution", "--events",
        "--order", "event", "--appendix", "--style", "chicago-note-bibliography", "-o", str(dest),
        home=tmp_path / "home",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(dest))
    text = "\n".join(p.text for p in document.paragraphs)
    assert ENGLISH_QUOTE in text and PERSIAN_QUOTE in text
    assert "Custody appendix" in text
    assert text.index("2024-03-01 · Detention") < text.index(ENGLISH_QUOTE) < text.index("Other passages")
    assert "at least 40" in "\n".join(c.text for t in document.tables for c in t._cells)
    assert any("footnotes" in rel.reltype for rel in document.part.rels.values())


def test_cite_an_article_and_an_annotation(notebook_file: Path, tmp_path: Path) -> None:
    with Notebook.open(notebook_file, None) as nb:
        [passage] = nb.annotations.tagged_with("Persecution/Killing")
    home = tmp_path / "home"
    done = fieldnotes(
        "--notebook", str(notebook_file), "cite", passage.article_id[:8], "--style", "apa", home=home
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Human Rights Watch. (2023). No Forgiveness for People Like You. Human Rights Watch. "
        "https://doi.org/10.9999/hrw.2023.001",
        "(Human Rights Watch, 2023)",
    ]
    quoted = fieldnotes("--notebook", str(notebook_file), "cite", passage.id, "--style", "mla", home=home)
    assert quoted.returncode == 0, quoted.stderr
    assert quoted.stdout.startswith("“Witnesses described summary executions")
    assert "(Human Rights Watch)" in quoted.stdout


def test_import_references_json_and_styles(notebook_file: Path, tmp_path: Path) -> None:
    refs = tmp_path / "refs.json"
    refs.write_text(
        json.dumps([{"type": "report", "title": "Returnees at Islam Qala", "issued": "2024-02"}]),
        encoding="utf-8",
    )
    home = tmp_path / "home"
    done = fieldnotes("--notebook", str(notebook_file), "import-references", str(refs), "--json", home=home)
    assert done.returncode == 0, done.stderr
    [result] = json.loads(done.stdout)
    assert (result["status"], result["title"]) == ("added", "Returnees at Islam Qala")
    styles = fieldnotes("styles", "--json", home=home)
    names = [s["name"] for s in json.loads(styles.stdout)]
    assert names == ["apa", "chicago-author-date", "chicago-note-bibliography", "mla", "harvard"]


def test_usage_errors_say_what_to_do(notebook_file: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    base = ("--notebook", str(notebook_file), "export")
    assert fieldnotes(*base, home=home).returncode == 2
    bad_style = fieldnotes(*base, "summary", "--style", "nope", "-o", str(tmp_path / "s.md"), home=home)
    assert bad_style.returncode == 2 and "nope: no such CSL style" in bad_style.stderr
    no_format = fieldnotes(*base, "summary", "-o", str(tmp_path / "s.txt"), home=home)
    assert no_format.returncode == 2 and "--format" in no_format.stderr
    unknown = fieldnotes(*base, "citations", "--format", "ris", "--event", "nope", "-o", "-", home=home)
    assert unknown.returncode == 1 and "no event nope" in unknown.stderr
