"""Benchmark: a cited summary of 200 passages from 100 articles rendered to DOCX and PDF.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/summary_bench.py [--style apa] [--json]
Writes into a temporary folder it removes; prints the median of 3 runs per format.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.export.summary import Quote, Section, Summary  # noqa: E402
from desktop.export.summary_render import SummaryFormat, export_summary  # noqa: E402

PERSIAN = "طالبان ده‌ها سرباز پیشین را در ولایت بدخشان بازداشت کردند و به مکان نامعلومی بردند."
ENGLISH = (
    "According to relatives, at least {n} former soldiers were detained by Taliban intelligence "
    "in {province} and taken to an unknown location; two were later released."
)
FORMATS: tuple[SummaryFormat, ...] = ("docx", "pdf")
PROVINCES = ["Badakhshan", "Takhar", "Kunduz", "Balkh", "Herat", "Kandahar", "Helmand", "Ghazni"]


def build_summary(*, articles: int = 100, passages: int = 200) -> Summary:
    """A summary like a researcher's: sections by province, 2 passages per article."""
    references = [_article(n) for n in range(articles)]
    sections = [Section(heading=p) for p in PROVINCES]
    for n in range(passages):
        article = n % articles
        rtl = article % 4 == 0
        text = PERSIAN if rtl else ENGLISH.format(n=n + 3, province=PROVINCES[n % 8])
        quote = Quote(
            text=text,
            cite_key=f"art{article}",
            locator=f"p. {n % 9 + 1}",
            note="Corroborated by a second source." if n % 5 == 0 else None,
            direction="rtl" if rtl else "ltr",
        )
        sections[n % len(sections)].items.append(quote)
    return Summary(title="Detentions, 2023–2024", sections=sections, references=references)


def _article(n: int) -> dict[str, object]:
    return {
        "id": f"art{n}",
        "type": "article-newspaper",
        "title": f"Former soldiers detained in {PROVINCES[n % 8]}, report {n}",
        "author": [{"literal": "RASC News Agency" if n % 2 else "Hasht-e Subh"}],
        "container-title": "RASC News" if n % 2 else "Hasht-e Subh",
        "issued": {"date-parts": [[2023 + n % 2, n % 12 + 1, n % 28 + 1]]},
        "URL": f"https://news.example/{n}",
    }


def time_format(summary: Summary, *, fmt: SummaryFormat, style: str, runs: int = 3) -> float:
    """Median seconds to render and write the summary in `fmt`."""
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            start = time.perf_counter()
            export_summary(summary, dest=Path(folder) / f"s{run}.{fmt}", fmt=fmt, style=style)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--style", default="apa")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    summary = build_summary()
    results = {
        f"{fmt}_{style}_s": round(time_format(summary, fmt=fmt, style=style), 3)
        for style in (args.style, "chicago-note-bibliography")
        for fmt in FORMATS
    }
    print(json.dumps(results) if args.json else "\n".join(f"{k}: {v}" for k, v in results.items()))


if __name__ == "__main__":
    main()
