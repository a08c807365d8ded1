"""Precision, recall and F1 of the event suggester on the seed articles against a hand-written key."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.events.suggest import SuggestedEvent, suggest_events  # noqa: E402

KEY = Path(__file__).with_name("events_answer_key.json")


def matches(expected: dict[str, Any], event: SuggestedEvent) -> bool:
    """Same type, same place (a province, or a country when no province), same count if keyed."""
    if event.type != expected["type"]:
        return False
    place = expected["place"]
    where = event.province if place.startswith("AF-") else (event.country if event.province is None else None)
    if where != place:
        return False
    return "count" not in expected or (event.count is not None and event.count.value == expected["count"])


def pair(key: list[dict[str, Any]], events: list[SuggestedEvent]) -> dict[int, int]:
    """A maximum one-to-one matching of key entries to suggestions (augmenting paths)."""
    owner: dict[int, int] = {}

    def claim(k: int, seen: set[int]) -> bool:
        for e, event in enumerate(events):
            if e not in seen and matches(key[k], event):
                seen.add(e)
                if e not in owner or claim(owner[e], seen):
                    owner[e] = k
                    return True
        return False

    for k in range(len(key)):
        claim(k, set())
    return owner


def scores(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(precision, 3),
            "recall": round(recall, 3), "f1": round(f1, 3)}  # fmt: skip


def describe(event: SuggestedEvent) -> str:
    count = f" {event.count.qualifier} {event.count.value}" if event.count else ""
    return f"{event.type} {event.province or event.country}{count} <{event.trigger}>"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    key = json.loads(KEY.read_text(encoding="utf-8"))["articles"]
    totals = [0, 0, 0]
    report: dict[str, Any] = {"articles": {}}
    for name, expected in sorted(key.items()):
        text = (args.seeds / name).read_text(encoding="utf-8")
        events = suggest_events(text, published=None, language="en")
        owner = pair(expected, events)
        tp, fp, fn = len(owner), len(events) - len(owner), len(expected) - len(owner)
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        entry: dict[str, Any] = scores(tp, fp, fn)
        if args.verbose:
            matched = set(owner.values())
            entry["missed"] = [f"{e['type']} {e['place']} {e.get('count', '')}".strip()
                               for k, e in enumerate(expected) if k not in matched]  # fmt: skip
            entry["false_alarms"] = [describe(ev) for e, ev in enumerate(events) if e not in owner]
        report["articles"][name] = entry
    report["overall"] = scores(*totals)
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
