"""Benchmark: event suggestions for a 10,000-word article (English with Dari paragraphs).

Usage: .venv/bin/python bench/suggest_bench.py [--words 10000] [--runs 7] [--json]
Prints the median wall time and the median CPU time (time.process_time) of the runs (the first call,
which loads the vocabularies and the gazetteer, is not counted). The goal is ≤ 0.5 s for 10,000 words.
On a loaded machine compare CPU times: wall time then counts the other processes' turns too. To time
another checkout, put it first on the path: PYTHONPATH=/path/to/checkout (its resources/ are the
installed ones unless a folder holding them as `fieldnotes_resources` comes first).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.events.suggest import suggest_events  # noqa: E402

# Written for this benchmark: the shape of a typical report (lead, details, lists, asides, quotes).
ARTICLE = """Taliban detain {n} former soldiers in {province}
KABUL – The Taliban detained {n} former soldiers in {province} province on 3 May, relatives said, the \
latest in a series of arrests of former members of the security forces since the start of the year.
According to relatives, the men were taken from their homes at night and have not been heard from since. \
One of them, a former army officer, was beaten in custody, a family member told reporters on Sunday.
A local human rights group said that at least nine people had been detained in the provinces of Takhar, \
Baghlan and Kunduz in the past two weeks: four in Takhar, three in Baghlan and two in Kunduz.
Officials in {province} denied the reports and said no one had been arrested. In 2021, dozens of former \
soldiers were killed in the province, and many fled to Iran and Pakistan fearing arrest.
Two days later, the body of a former police officer was found in the Khanabad district. His family said he \
had been summoned by Taliban intelligence a week earlier. Separately, Iranian police deported about 300 \
Afghans to Afghanistan through the Islam Qala crossing last week.
UNAMA expressed concern about the reports and called on the authorities to release those detained. \
Thousands of Afghans in Pakistan are at risk of deportation, and several families said they could be \
forced to return within weeks.
طالبان روز دوشنبه سه نظامی پیشین را در ولایت تخار بازداشت کردند. از سرنوشت آنان خبری نیست و خانواده‌های \
آنان می‌گویند که یکی از آنان در زندان شکنجه شده است.
"""
PROVINCES = ["Badakhshan", "Herat", "Ghazni", "Balkh", "Kandahar", "Parwan", "Logar", "Helmand"]


def article(words: int) -> str:
    """The report repeated with other provinces and counts until it has `words` words."""
    parts: list[str] = []
    total = 0
    index = 0
    while total < words:
        part = ARTICLE.format(n=index % 9 + 2, province=PROVINCES[index % len(PROVINCES)])
        parts.append(part)
        total += len(part.split())
        index += 1
    return "\n".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    text = article(args.words)
    suggest_events(text[:2000], published=date(2024, 5, 20), language="en")
    times: list[float] = []
    cpu: list[float] = []
    found = 0
    for _ in range(args.runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        found = len(suggest_events(text, published=date(2024, 5, 20), language="en"))
        times.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    result = {"words": len(text.split()), "runs": args.runs, "median_s": round(statistics.median(times), 3),
              "median_cpu_s": round(statistics.median(cpu), 3), "suggestions": found}  # fmt: skip
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['words']} words: median {result['median_s']} s wall, {result['median_cpu_s']} s CPU "
            f"of {args.runs} runs, {found} suggestions"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
