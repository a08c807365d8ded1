"""Lays out dev-2/key.json from the hand-written entries in entries_en.py and entries_fa_ps.py."""

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from entries_en import EN  # noqa: E402
from entries_fa_ps import FA_PS  # noqa: E402

ARTICLES: dict[str, Any] = {**EN, **FA_PS}

ABOUT = (
    "Development answer key for the event suggester (issue 14), set dev-2: 20 fictional articles with real "
    "places (10 English, 6 Dari, 4 Pashto), keyed by hand on 2026-12-05 without reading or running the "
    "suggester. Engineers MAY tune on this set (unlike heldout-*). Rules: bench/evidence/README.md."
)


def main() -> None:
    """Write key.json and report quotes that are not in their article."""
    problems: list[str] = []
    for name, entry in ARTICLES.items():
        text = (HERE / "articles" / name).read_text(encoding="utf-8")
        for item in entry["events"] + entry["not_events"]:
            if item["quote"] not in text:
                problems.append(f"{name}: {item['quote'][:60]!r}")
    key: dict[str, Any] = {"about": ABOUT, "articles": ARTICLES}
    (HERE / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    total = sum(len(e["events"]) for e in ARTICLES.values())
    print(f"{len(ARTICLES)} articles, {total} events; quotes missing: {problems or 'none'}")


if __name__ == "__main__":
    main()
