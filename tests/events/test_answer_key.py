"""The answer key bench/evidence/key.json is well formed: quotes, types, places, counts, dates."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
KEY = BENCH / "evidence" / "key.json"
ARTICLES = BENCH / "evidence" / "articles"


def _evaluator() -> ModuleType:
    """bench/suggest_eval.py, loaded by path (bench/ is not a package); it does not run the suggester."""
    spec = importlib.util.spec_from_file_location("suggest_eval", BENCH / "suggest_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def evaluator() -> ModuleType:
    return _evaluator()


@pytest.fixture(scope="module")
def key() -> dict[str, Any]:
    return json.loads(KEY.read_text(encoding="utf-8"))


def _events(key: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(name, event) for name, entry in key["articles"].items() for event in entry["events"]]


def test_every_quote_is_in_its_article(key: dict[str, Any]) -> None:
    for name, entry in key["articles"].items():
        text = (ARTICLES / name).read_text(encoding="utf-8")
        for event in entry["events"] + entry.get("not_events", []):
            assert event["quote"] in text, f"{name}: {event['quote'][:60]!r}"


def test_types_provinces_and_countries_are_known(key: dict[str, Any], evaluator: ModuleType) -> None:
    types, provinces, countries = evaluator.vocabulary()
    for name, event in _events(key):
        assert event["type"] in types, name
        assert event["province"] is None or event["province"] in provinces, name
        assert event["country"] in countries, name


def test_counts_are_positive_with_a_qualifier(key: dict[str, Any]) -> None:
    for name, event in _events(key):
        if event["count"] is None:
            assert event["count_qualifier"] is None, name
        else:
            assert isinstance(event["count"], int) and event["count"] > 0, name
            assert event["count_qualifier"] in {"exact", "at least", "about"}, name


def test_dates_are_valid_reported_is_published(key: dict[str, Any], evaluator: ModuleType) -> None:
    for name, entry in key["articles"].items():
        if entry["published"] is not None:
            evaluator.parse_key_date(entry["published"])
        for event in entry["events"]:
            for field in ("date_start", "date_end"):
                if event[field] is not None:
                    first, last = evaluator.parse_key_date(event[field])
                    assert first <= last
            if event["date_precision"] == "reported":
                assert event["date_start"] == entry["published"], name


def test_the_evaluator_finds_nothing_malformed(key: dict[str, Any], evaluator: ModuleType) -> None:
    assert evaluator.key_problems(key, ARTICLES) == []


def test_the_evaluator_names_a_missing_quote(key: dict[str, Any], evaluator: ModuleType) -> None:
    name = next(iter(key["articles"]))
    broken = json.loads(json.dumps(key))
    broken["articles"] = {name: broken["articles"][name]}
    broken["articles"][name]["events"][0]["quote"] = "words that are not in the article"
    broken["articles"][name]["events"][0]["province"] = "AF-XXX"
    problems = evaluator.key_problems(broken, ARTICLES)
    assert any("quote not found" in p and name in p for p in problems)
    assert any("AF-XXX" in p for p in problems)


def test_the_set_is_large_enough(key: dict[str, Any]) -> None:
    articles = key["articles"]
    rtl = [n for n, a in articles.items() if a["language"] in ("fa", "ps")]
    assert len(articles) >= 24 and len(rtl) >= 6
    assert len(_events(key)) >= 70
    assert sum(len(articles[n]["events"]) for n in rtl) >= 20
    assert sum(1 for a in articles.values() if not a["events"]) >= 2


@pytest.mark.parametrize(
    "folder", sorted(p.name for p in (BENCH / "evidence").iterdir() if (p / "key.json").is_file())
)
def test_every_committed_key_is_well_formed(evaluator: ModuleType, folder: str) -> None:
    """Each key under bench/evidence/ (development and sealed) quotes its articles exactly, with known
    types, places, counts and dates; the check reads the key, never runs the suggester on it."""
    where = BENCH / "evidence" / folder
    key = json.loads((where / "key.json").read_text(encoding="utf-8"))
    assert evaluator.key_problems(key, where / "articles") == []
