"""Importing reference files: metadata filled into matching articles, new references added."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.references_import import CSL_MEDIA_TYPE, import_references
from desktop.selection import Selection
from desktop.summaries import export_citations

from .conftest import Fixture

BIBTEX = r"""@report{hrw,
  title = {No Forgiveness for People Like You},
  institution = {Human Rights Watch},
  address = {New York},
  doi = {https://doi.org/10.9999/HRW.2023.001},
  urldate = {2024-01-15},
}
@online{unama,
  title = {Update on the human rights situation in Afghanistan},
  author = {{UNAMA}},
  date = {2024-04},
  url = {https://unama.example/update-2024-04},
}
@online{unama-again,
  title = {Update on the Human Rights Situation in Afghanistan},
  author = {{UNAMA}},
}
"""


def test_bibtex_fills_a_matching_article_and_adds_a_new_reference(research: Fixture, tmp_path: Path) -> None:
    refs = tmp_path / "refs.bib"
    refs.write_text(BIBTEX, encoding="utf-8")
    results = import_references(research.nb, [refs])
    assert [(r.number, r.status) for r in results] == [(1, "matched"), (2, "added"), (3, "matched")]
    matched, added, repeated = results
    assert matched.article_id == research.report
    assert set(matched.fields) == {"accessed", "publisher-place"}  # stored values are kept
    report = research.nb.article(research.report)
    assert report.csl["publisher-place"] == "New York"
    assert report.csl["DOI"] == "10.9999/hrw.2023.001"  # not overwritten by the file's spelling
    assert repeated.article_id == added.article_id

    new = research.nb.article(added.article_id or "")
    assert new.media_type == CSL_MEDIA_TYPE
    assert new.csl["URL"] == "https://unama.example/update-2024-04"
    assert new.text.startswith("Update on the human rights situation in Afghanistan")
    original = json.loads(research.nb.original(new.id))
    assert original["title"] == new.title
    assert research.nb.search("unama").hits[0].id == new.id


def test_metadata_fill_is_undoable(research: Fixture, tmp_path: Path) -> None:
    refs = tmp_path / "refs.bib"
    refs.write_text(BIBTEX.split("@online")[0], encoding="utf-8")
    import_references(research.nb, [refs])
    assert "publisher-place" in research.nb.article(research.report).csl
    research.nb.undo.undo()
    assert "publisher-place" not in research.nb.article(research.report).csl


def test_our_own_exports_import_as_matches_without_changes(research: Fixture, tmp_path: Path) -> None:
    for fmt, suffix in (("csl-json", ".json"), ("bibtex", ".bib"), ("ris", ".ris")):
        path = tmp_path / f"refs{suffix}"
        path.write_text(export_citations(research.nb, Selection(everything=True), fmt), encoding="utf-8")
        results = import_references(research.nb, [path])
        assert {r.status for r in results} == {"matched"}, fmt
    assert research.nb.count_articles() == 3


def test_unreadable_file_is_one_error_and_others_still_import(research: Fixture, tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("[{", encoding="utf-8")
    good = tmp_path / "one.ris"
    good.write_text("TY  - RPRT\nTI  - Returnees at Islam Qala\nPY  - 2024\nER  - \n", encoding="utf-8")
    results = import_references(research.nb, [bad, good])
    assert [(r.file, r.status) for r in results] == [("broken.json", "error"), ("one.ris", "added")]
    assert "not valid JSON" in (results[0].error or "")
