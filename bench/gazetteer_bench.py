"""Time the gazetteer's place matcher on a 10,000-word mixed English/Dari/Pashto text, and count the
districts and towns it finds in an English news corpus where none should be (false matches)."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.events.gazetteer import find_places, load_gazetteer  # noqa: E402
from desktop.events.script import fold  # noqa: E402

BENCH = Path(__file__).resolve().parent
ARTICLES = BENCH / "evidence" / "articles"
BBC = BENCH.parent.parent / "shared" / "corpus" / "bbc-news-2225.jsonl"


def _milliseconds(run: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Best and median wall time of `run()` in ms."""
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        timings.append((time.perf_counter() - started) * 1000)
    return min(timings), statistics.median(timings)


def speed(words: int, repeats: int) -> None:
    """Print how long matching `words` words of the evidence articles (repeated) takes."""
    pool = " ".join(p.read_text(encoding="utf-8") for p in sorted(ARTICLES.iterdir())).split()
    text = " ".join((pool * (words // len(pool) + 1))[:words])
    started = time.perf_counter()
    load_gazetteer()
    print(f"load: {(time.perf_counter() - started) * 1000:.0f} ms")
    best, median = _milliseconds(lambda: find_places(text), repeats)
    fold_best, _ = _milliseconds(lambda: fold(text), repeats)
    found = Counter(m.place.kind for m in find_places(text))
    print(f"{words} words, {len(text)} characters: find_places best {best:.1f} ms, median {median:.1f} ms")
    print(f"  of which script.fold {fold_best:.1f} ms; found {dict(found)}")


def false_matches(corpus: Path) -> None:
    """Print the districts and towns found in an English news corpus without Afghan news."""
    found: Counter[tuple[str, str]] = Counter()
    for line in corpus.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        text = f"{article.get('title', '')}\n{article.get('body', '')}"
        mentions = find_places(text)
        found.update((m.text, m.place.name) for m in mentions if m.place.kind in {"district", "town"})
    print(f"districts/towns found in {corpus.name}: {sum(found.values())} {dict(found.most_common(20))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--corpus", type=Path, default=BBC, help="JSON lines: title, body")
    args = parser.parse_args()
    speed(args.words, args.repeats)
    if args.corpus.exists():
        false_matches(args.corpus)


if __name__ == "__main__":
    main()
