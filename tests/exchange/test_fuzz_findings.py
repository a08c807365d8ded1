"""Fuzzer findings that broke the exchange readers: now a parse or a one-line refusal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.exchange import qdpx_read, w3c_read
from desktop.exchange.report import ExchangeError

FINDINGS = Path(__file__).resolve().parents[1] / "fuzz_findings"


def test_a_selector_whose_type_is_a_number_is_not_a_text_selector(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonld"
    shutil.copy(FINDINGS / "w3c-fc06ac54339b.bin", path)
    (annotation,) = w3c_read.read_file(path)
    assert [t.exact for t in annotation.targets] == ["q"]


def test_a_zip_claiming_an_unknown_version_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.qdpx"
    shutil.copy(FINDINGS / "qdpx-fadc1c2cd221.bin", path)
    with pytest.raises(ExchangeError) as refused:
        qdpx_read.read(path)
    assert "\n" not in str(refused.value) and "p.qdpx" in str(refused.value)
