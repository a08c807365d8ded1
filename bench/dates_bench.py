"""How long find_dates takes over 10,000 words: news prose, Dari prose, and a date-dense worst case.

Run: .venv/bin/python -m bench.dates_bench   (prints the best of 7 runs for each text, in ms)
"""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

from desktop.events.dates import find_dates

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc-news-2225.jsonl"
SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
WORDS = 10_000
PUBLISHED = date(2024, 9, 1)
DENSE = (
    "On 3 June 2024 the Taliban detained four former soldiers in Takhar. Two days later, on Saturday "
    "night, relatives said they had been beaten. Last week another man was killed; in mid-2024 reports "
    "rose. The commander, who served from 2010 to 2021, was held between 1 and 5 August. "
    "طالبان در ۲۳ اسد ۱۴۰۳ پنج سرباز پیشین را در تخار بازداشت کردند. دو روز بعد، شب شنبه، یکی از "
    "آنها کشته شد. هفته گذشته نیز گزارش شد. "
)


def _words(paragraphs: list[str], count: int) -> str:
    """Paragraphs repeated in order until the text has `count` words."""
    out: list[str] = []
    total = 0
    while total < count:
        for paragraph in paragraphs:
            out.append(paragraph)
            total += len(paragraph.split())
            if total >= count:
                break
    return "\n\n".join(out)


def texts() -> dict[str, str]:
    """The benchmark's articles, each about WORDS words long."""
    found = {"dense (a date every 8 words)": _words([DENSE], WORDS)}
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as lines:
            bodies = [json.loads(line)["body"] for _, line in zip(range(40), lines, strict=False)]
        found["English news (BBC corpus)"] = _words(bodies, WORDS)
    dari = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*dari*"))]
    if dari:
        found["Dari samples"] = _words(dari, WORDS)
    return found


def best_ms(text: str, *, runs: int = 7) -> tuple[float, int]:
    """The fastest of `runs` calls, in milliseconds, and how many dates were found."""
    find_dates("۲۳ اسد ۱۴۰۳ and 3 June", published=PUBLISHED)  # compile the rules first
    best, found = float("inf"), 0
    for _ in range(runs):
        started = time.perf_counter()
        found = len(find_dates(text, published=PUBLISHED))
        best = min(best, time.perf_counter() - started)
    return best * 1000, found


def main() -> None:
    for name, text in texts().items():
        ms, found = best_ms(text)
        print(f"{name:32} {len(text.split()):>6} words {found:>5} dates {ms:7.1f} ms")


if __name__ == "__main__":
    main()
