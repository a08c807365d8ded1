"""Exported CSL-JSON passes the published CSL-JSON schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.csl.item import clean_item, clean_items
from desktop.export.csl_json import to_csl_json

SCHEMA = Path("/work/shared/schemas/csl-data.json")


@pytest.fixture
def validator():  # type: ignore[no-untyped-def]
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.exists():
        pytest.skip("CSL-JSON schema not available")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


def test_exported_items_validate(validator, items: list[dict]) -> None:  # type: ignore[no-untyped-def]
    exported = json.loads(to_csl_json(items))
    assert list(validator.iter_errors(exported)) == []
    assert exported[1]["title"] == "بازداشت سربازان پیشین در بدخشان"


def test_messy_items_are_repaired_to_valid_csl(validator) -> None:  # type: ignore[no-untyped-def]
    messy = [
        {"type": "newspaper-article", "title": "A", "author": ["RASC News Agency"], "issued": "2024-03"},
        {"title": "B", "author": [{"family": "Doe", "given": "J", "email": "x"}], "issued": 2023},
        {"id": 7, "type": "tweet", "accessed": {"raw": "2024-01-02"}, "citation-key": "k", "URL": "u"},
        {
            "id": "d",
            "type": "report",
            "page": 12,
            "keyword": ["a", "b"],
            "issued": {"date-parts": [["2024", "3"]]},
        },
    ]
    cleaned = clean_items(messy)
    assert list(validator.iter_errors(cleaned)) == []
    assert cleaned[0]["type"] == "article-newspaper"
    assert cleaned[0]["author"] == [{"literal": "RASC News Agency"}]
    assert cleaned[0]["issued"] == {"date-parts": [[2024, 3]]}
    assert cleaned[2]["type"] == "document" and cleaned[2]["custom"] == {"citation-key": "k"}
    assert cleaned[3]["issued"] == {"date-parts": [[2024, 3]]}


def test_every_item_gets_an_id_and_a_type() -> None:
    item = clean_item({"title": "No id"}, fallback_id="item3")
    assert (item["id"], item["type"]) == ("item3", "document")
