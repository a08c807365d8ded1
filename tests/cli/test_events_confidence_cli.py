"""`fieldnotes events suggest` says how sure each suggestion is and can list only the surer ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# One incident dated and placed in its own sentence (high), one whose date and place are the article's (low).
TEXT = (
    "Detentions in Kunduz\n\nKUNDUZ, 10 May 2024 — Taliban intelligence detained four teachers in Khanabad"
    " district on 6 May, relatives said.\n\nSeparately, residents said that men had been beaten."
)


def _run(notebook: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDNOTES")}
    env["FIELDNOTES_HOME"] = str(home)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--notebook", str(notebook), *args],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def article(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    folder = tmp_path_factory.mktemp("confidence")
    notebook, home = folder / "n.fieldnotes", folder / "home"
    _run(notebook, home, "new", str(notebook), "--no-passphrase")
    (folder / "kunduz.txt").write_text(TEXT, encoding="utf-8")
    imported = json.loads(_run(notebook, home, "import", str(folder / "kunduz.txt"), "--json").stdout)
    return notebook, home, imported["files"][0]["id"]


def test_each_suggestion_says_how_sure_it_is(article: tuple[Path, Path, str]) -> None:
    notebook, home, article_id = article
    found = json.loads(_run(notebook, home, "events", "suggest", article_id, "--json").stdout)
    levels = {(s["type"], s["confidence"]) for s in found}
    assert levels == {("detention", "high"), ("torture", "low")}
    low = next(s for s in found if s["confidence"] == "low")
    assert "no_date_of_its_own" in low["confidence_reasons"]
    text = _run(notebook, home, "events", "suggest", article_id).stdout
    assert "[high]" in text and "[low]" in text


def test_min_confidence_lists_and_accepts_only_the_surer(article: tuple[Path, Path, str]) -> None:
    notebook, home, article_id = article
    args = ("events", "suggest", article_id, "--min-confidence", "high", "--json")
    assert [s["type"] for s in json.loads(_run(notebook, home, *args).stdout)] == ["detention"]
    done = _run(notebook, home, *args[:-1], "--accept", "all")
    assert "1 suggestion(s), 1 accepted" in done.stderr
