"""Lay out dev-3/key.json from the hand-written entries; fail if a quote is not in its article."""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from entries_en import ENTRIES as EN  # noqa: E402

try:
    from entries_fa_ps import ENTRIES as FA_PS  # noqa: E402
except ImportError:  # the Dari/Pashto part is written second
    FA_PS = {}

ABOUT = (
    "dev-3: development answer key for the event suggester (issue 14), written by hand on 2026-12-05 "
    "without reading or running the suggester; engineers may tune on it. See README.md."
)


def main() -> int:
    """Write key.json; return 1 if a quote is missing from its article."""
    articles = {**EN, **FA_PS}
    missing = []
    for name, entry in articles.items():
        text = (HERE / "articles" / name).read_text(encoding="utf-8")
        for item in entry["events"] + entry["not_events"]:
            if item["quote"] not in text:
                missing.append(f"{name}: {item['quote'][:70]!r}")
    for line in missing:
        print("quote not found:", line)
    key = {"about": ABOUT, "articles": dict(sorted(articles.items()))}
    (HERE / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    events = sum(len(e["events"]) for e in articles.values())
    print(f"{len(articles)} articles, {events} events")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
