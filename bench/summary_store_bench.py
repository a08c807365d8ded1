"""Benchmark: a cited summary of 200 passages from 100 articles, read from a real notebook file.

Unlike bench/summary_bench.py (the renderer alone), this times what `fieldnotes export summary`
does: resolve the selection in the notebook, build the summary, render it with pandoc, write the
file and log the export in the custody log. Target: ≤ 5 s per format.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/summary_store_bench.py [--style apa] [--json]
Builds the notebook in a temporary folder it removes; prints the median of 3 runs per format.
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

from desktop.export.summary_render import SummaryFormat  # noqa: E402
from desktop.ingest.draft import ArticleDraft  # noqa: E402
from desktop.selection import Selection  # noqa: E402
from desktop.store.notebook import Notebook  # noqa: E402
from desktop.summaries import SummaryOptions, export_summary  # noqa: E402

ARTICLES, PASSAGES = 100, 200
FORMATS: tuple[SummaryFormat, ...] = ("md", "html", "docx", "pdf")
PROVINCES = ["Badakhshan", "Takhar", "Kunduz", "Balkh", "Herat", "Kandahar", "Helmand", "Ghazni"]
ENGLISH = (
    "According to relatives, at least {n} former soldiers were detained by Taliban intelligence "
    "in {province} and taken to an unknown location; two were later released."
)
PERSIAN = "طالبان ده‌ها سرباز پیشین را در ولایت {province} بازداشت کردند و به مکان نامعلومی بردند."


def fill(nb: Notebook) -> None:
    """100 articles (every fourth in Persian), two tagged passages each, an event per province."""
    drafts = [_draft(n) for n in range(ARTICLES)]
    stored = nb.add_articles(drafts)
    evidence: dict[str, list[str]] = {}
    for n in range(PASSAGES):
        article = stored[n % ARTICLES]
        paragraph = n // ARTICLES
        start = article.text.index("\n\n") + 2 if paragraph else 0
        end = article.text.index("\n\n") if not paragraph else len(article.text)
        province = PROVINCES[n % ARTICLES % 8]
        note = "Corroborated by a second source." if n % 5 == 0 else ""
        passage = nb.annotations.create(
            article.id, start=start, end=end, note=note, tags=[f"Persecution/Detention/{province}"]
        )
        evidence.setdefault(province, []).append(passage.id)
    for province, ids in evidence.items():
        nb.events.create(evidence=ids[:3], type="detention", province=province, date_start="2024-03-01")


def _draft(n: int) -> ArticleDraft:
    province = PROVINCES[n % 8]
    rtl = n % 4 == 0
    body = PERSIAN if rtl else ENGLISH
    text = body.format(n=n + 3, province=province) + "\n\n" + body.format(n=n + 4, province=province)
    csl = {
        "type": "article-newspaper",
        "title": f"Former soldiers detained in {province}, report {n}",
        "author": [{"literal": "RASC News Agency" if n % 2 else "Hasht-e Subh"}],
        "container-title": "RASC News" if n % 2 else "Hasht-e Subh",
        "issued": {"date-parts": [[2023 + n % 2, n % 12 + 1, n % 28 + 1]]},
        "URL": f"https://news.example/{n}",
    }
    return ArticleDraft(
        text=text,
        csl=csl,
        original=text.encode("utf-8"),
        filename=f"report-{n}.txt",
        media_type="text/plain",
        language="fa" if rtl else "en",
        direction="rtl" if rtl else "ltr",
    )


def time_format(nb: Notebook, folder: Path, *, fmt: SummaryFormat, style: str, runs: int = 3) -> float:
    """Median seconds from selection to written, logged file."""
    options = SummaryOptions(title="Detentions, 2023–2024", order="tag", events_table=True, appendix=False)
    times = []
    for run in range(runs):
        start = time.perf_counter()
        export_summary(
            nb,
            Selection(tag="Persecution"),
            options=options,
            style=style,
            fmt=fmt,
            dest=folder / f"s{run}.{fmt}",
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--style", default="apa")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        nb = Notebook.create(folder / "bench.fieldnotes", None)
        try:
            fill(nb)
            results = {
                f"{fmt}_{style}_s": round(time_format(nb, folder, fmt=fmt, style=style), 3)
                for style in (args.style, "chicago-note-bibliography")
                for fmt in FORMATS
            }
        finally:
            nb.close()
    results["passages"], results["articles"] = PASSAGES, ARTICLES
    print(json.dumps(results) if args.json else "\n".join(f"{k}: {v}" for k, v in results.items()))


if __name__ == "__main__":
    main()
