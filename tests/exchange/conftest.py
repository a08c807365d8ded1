"""Fixtures for exchange tests: the CLI run in-process on a plain notebook, and notebook snapshots."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.cli.main import main
from desktop.store.notebook import Notebook

TAKHAR = (
    "Taliban detain former soldiers\n\n"
    "The Taliban detained 12 former soldiers in Takhar province on 3 March 2024, relatives said. "
    "The Taliban detained two more at night in Kunduz."
)
DARI = "بازداشت سربازان پیشین\n\nطالبان دوازده سرباز پیشین را در تخار بازداشت کردند."


@dataclass
class Cli:
    """`fieldnotes --notebook PATH …` run in this process; returns (exit code, stdout, stderr)."""

    notebook: Path
    capsys: pytest.CaptureFixture[str]

    def __call__(self, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--notebook", str(self.notebook), *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> Any:
        code, out, err = self(*args)
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli_for(tmp_path: Path, isolated_home: Path, capsys: pytest.CaptureFixture[str]) -> Callable[[str], Cli]:
    """A CLI on a new empty notebook named `name` in tmp_path."""

    def make(name: str) -> Cli:
        path = tmp_path / f"{name}.fieldnotes"
        Notebook.create(path, None).close()
        return Cli(path, capsys)

    return make


@pytest.fixture
def cli(cli_for: Callable[[str], Cli], tmp_path: Path) -> Cli:
    """A CLI on a notebook holding two articles (TAKHAR and DARI), imported from files."""
    run = cli_for("main")
    (tmp_path / "takhar.txt").write_text(TAKHAR, encoding="utf-8")
    (tmp_path / "dari.txt").write_text(DARI, encoding="utf-8")
    run.json("import", str(tmp_path / "takhar.txt"), str(tmp_path / "dari.txt"), "--json")
    return run


def counts(path: Path) -> dict[str, int]:
    """Row counts of every table that holds records, and the custody log's length."""
    with Notebook.open(path, None) as nb:
        tables = ("articles", "originals", "annotations", "annotation_tags", "tags", "events", "custody_log")
        return {t: nb.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
