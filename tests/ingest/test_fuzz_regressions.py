"""Inputs on which `make fuzz` (scripts/fuzz.py) found a reader failing other than with its
one-line refusal, kept in tests/fuzz_findings/ (`<target>-<hash>.bin`, the traceback beside it
in `.txt`): each must now import or be refused in one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.ingest.draft import IngestError
from desktop.ingest.reader import read_file

FINDINGS = Path(__file__).parents[1] / "fuzz_findings"
SUFFIXES = {"text": ".txt", "markdown": ".md", "html": ".html", "pdf": ".pdf", "docx": ".docx"}
CASES = sorted(p for p in FINDINGS.glob("*.bin") if p.name.split("-")[0] in SUFFIXES)


def test_the_findings_of_the_fuzzers_are_kept() -> None:
    assert CASES, "tests/fuzz_findings/ holds the inputs the fuzzers found (two HTML ones at least)"


@pytest.mark.parametrize("finding", CASES, ids=[p.stem for p in CASES])
def test_a_fuzzer_finding_is_read_or_refused_in_one_line(tmp_path: Path, finding: Path) -> None:
    path = tmp_path / f"input{SUFFIXES[finding.name.split('-')[0]]}"
    shutil.copy(finding, path)
    try:
        draft = read_file(path)
    except IngestError as exc:
        assert "\n" not in exc.problem
    else:
        assert draft.text.strip()
