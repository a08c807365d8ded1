"""`fieldnotes events …` on an article whose count is only in words ("dozens"): the words are shown."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TEXT = "Protests in Herat\n\nDozens of protesters were detained in Herat city on 4 May 2024, witnesses said."


class Fieldnotes:
    """`fieldnotes --notebook <a plain notebook>` in a subprocess, holding the one article `id`."""

    def __init__(self, tmp_path: Path) -> None:
        self.notebook, self.home = tmp_path / "events.fieldnotes", tmp_path / "home"
        self("new", str(self.notebook), "--no-passphrase")
        (tmp_path / "herat.txt").write_text(TEXT, encoding="utf-8")
        imported = json.loads(self("import", str(tmp_path / "herat.txt"), "--json").stdout)
        self.id = imported["files"][0]["id"]

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDNOTES")}
        env["FIELDNOTES_HOME"] = str(self.home)
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "--notebook", str(self.notebook), *args],
            capture_output=True, text=True, env=env, timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done


@pytest.fixture(scope="module")
def fn(tmp_path_factory: pytest.TempPathFactory) -> Fieldnotes:
    return Fieldnotes(tmp_path_factory.mktemp("uncounted"))


def test_suggest_shows_the_words_in_text_and_json(fn: Fieldnotes) -> None:
    assert "“Dozens” (not counted)" in fn("events", "suggest", fn.id).stdout
    (suggestion,) = json.loads(fn("events", "suggest", fn.id, "--json").stdout)
    assert (suggestion["count"], suggestion["count_qualifier"], suggestion["count_words"]) == (
        None, "at least", "Dozens",
    )  # fmt: skip


def test_accepted_event_lists_and_exports_with_its_words(fn: Fieldnotes, tmp_path: Path) -> None:
    fn("events", "suggest", fn.id, "--accept", "all")
    listed = fn("events", "list").stdout
    assert "“Dozens” (not counted)" in listed
    (event,) = json.loads(fn("events", "list", "--json").stdout)
    assert (event["count"], event["count_qualifier"], event["count_words"]) == (None, "at least", "Dozens")
    out = tmp_path / "events.csv"
    fn("events", "export", "--format", "csv", "-o", str(out))
    (row,) = csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines())
    assert (row["count"], row["count_qualifier"], row["count_words"]) == ("", "at least", "Dozens")
