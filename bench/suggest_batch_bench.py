"""Benchmark: `events suggest --all` (desktop.events_batch) over N articles of the BBC corpus.

    python bench/suggest_batch_bench.py --docs 1000 [--json]

The first N documents of the benchmark corpus (bench/corpus.py: BBC News articles, dated and
bylined synthetically) are imported into a new plain notebook through the importer's own batches
(`importer.Batches`), then `suggest_in_articles` runs over every article as the CLI and the app run
it (reading each article from the notebook, suggesting, leaving out what is already recorded),
then `--accept all` is timed on the suggestions found. Not a timed test: the figures go in the
module's RESULTS note and PERFORMANCE.md when they change.

RESULTS (2 shared cores, load ~1.5 from other work; 1,000 articles; two runs, 5 December 2026):
  suggesting over all 1,000: 5.1 s and 5.5 s (195 and 182 articles/s; per article p50 4.3-4.6 ms,
  p95 10-11 ms, max ~100 ms), 635 suggestions in 464 articles (BBC news: sport and politics
  say "killed" and "arrested" too); --accept all of them 0.38 s; a second pass 7.2 s, finding
  nothing new (all 635 already recorded).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import corpus  # noqa: E402
from bench.run import draft_for  # noqa: E402


def build_notebook(path: Path, docs: int) -> Any:
    from desktop import importer
    from desktop.store.notebook import Notebook

    nb = Notebook.create(path, None)
    batches = importer.Batches(nb)
    results = []
    for doc in corpus.documents(corpus.load(), docs):
        draft = draft_for(doc)
        results.extend(batches.add(draft.filename, draft))
    results.extend(batches.finish())
    if sum(r.status == "imported" for r in results) != docs:
        raise SystemExit(f"only {len(results)} of {docs} documents imported")
    return nb


def run(docs: int) -> dict[str, Any]:
    from desktop.events_batch import ArticleSuggestions, accept_suggestions, article_ids, suggest_in_articles
    from desktop.progress import Progress

    with tempfile.TemporaryDirectory() as tmp:
        nb = build_notebook(Path(tmp) / "bench.fieldnotes", docs)
        try:
            started = time.perf_counter()
            ids = article_ids(nb)
            found: list[ArticleSuggestions] = []
            per_article: list[float] = []
            last = time.perf_counter()
            for item in suggest_in_articles(nb, ids):
                now = time.perf_counter()
                if isinstance(item, Progress) and item.done:
                    per_article.append(now - last)
                if isinstance(item, Progress):
                    last = now
                else:
                    found.append(item)
            suggest_s = time.perf_counter() - started
            suggestions = sum(len(f.suggestions) for f in found)
            started = time.perf_counter()
            accepted = sum(
                len(accept_suggestions(nb, article_id=f.article_id, suggestions=f.suggestions)) for f in found
            )
            accept_s = time.perf_counter() - started
            started = time.perf_counter()
            again = [i for i in suggest_in_articles(nb, ids) if isinstance(i, ArticleSuggestions)]
            again_s = time.perf_counter() - started
        finally:
            nb.close()
    per_article.sort()
    return {
        "articles": len(ids),
        "suggest_s": round(suggest_s, 2),
        "suggest_articles_per_s": round(len(ids) / suggest_s, 1),
        "per_article_ms_p50": round(statistics.median(per_article) * 1000, 1),
        "per_article_ms_p95": round(per_article[int(len(per_article) * 0.95) - 1] * 1000, 1),
        "per_article_ms_max": round(per_article[-1] * 1000, 1),
        "articles_with_suggestions": sum(1 for f in found if f.suggestions),
        "suggestions": suggestions,
        "accept_all_s": round(accept_s, 2),
        "accepted": accepted,
        "second_pass_s": round(again_s, 2),
        "second_pass_new_suggestions": sum(len(f.suggestions) for f in again),
        "second_pass_already_recorded": sum(f.recorded for f in again),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = run(args.docs)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        for key, value in result.items():
            print(f"{key:30} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
