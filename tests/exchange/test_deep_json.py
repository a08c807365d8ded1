"""W3C annotation files nested thousands deep are refused in one line before Python's JSON reader,
or the walk over what it read, recurses into them; ordinary nesting is read as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.exchange import w3c_read
from desktop.exchange.report import ExchangeError


@pytest.mark.parametrize("text", ["[" * 100_000, "[" * 5_000 + "]" * 5_000, '{"a":' * 70 + "1" + "}" * 70])
def test_json_nested_past_the_limit_is_refused_naming_the_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "deep.jsonld"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExchangeError) as refused:
        w3c_read.read_file(path)
    assert str(refused.value) == (
        f"{path}: nested more than {w3c_read.MAX_DEPTH} levels deep, not W3C annotations"
    )


def test_annotations_inside_pages_inside_lists_are_still_read(tmp_path: Path) -> None:
    annotation = {
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": "[[[ a note with brackets {{{", "purpose": "commenting"},
        "target": {
            "source": "urn:sha256:" + "0" * 64,
            "selector": {"type": "TextQuoteSelector", "exact": "q"},
        },
    }
    page = {"type": "AnnotationPage", "items": [[[annotation]]]}
    path = tmp_path / "page.jsonld"
    path.write_text(json.dumps([[page]]), encoding="utf-8")
    [read] = w3c_read.read_file(path)
    assert [t.exact for t in read.targets] == ["q"]
