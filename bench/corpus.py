"""The benchmark's document set: the BBC corpus scaled to N articles, deterministically.

Document i keeps the title and first paragraph of a source article (cycling through all 2,225),
then takes further paragraphs drawn at random from articles of the same category, as many as the
source article has, and ends with a sentence holding a token no other document has
(`fnq` + a base-36 number), so that every document can be found by exactly one query. Dates
(2004-01-01 … 2005-12-31), outlet ("BBC News") and a byline from a small list of invented names
are drawn from the same seeded generator: the corpus has no author or date fields.
Nothing is copied into the project: the corpus is read from `../shared/corpus/` at run time.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc-news-2225.jsonl"
SEED = 20250101
BYLINES = (
    "Amina Rahimi",
    "Daniel Okafor",
    "Farid Noori",
    "Helen Marsh",
    "Karim Sadat",
    "Laura Bennett",
    "Mina Jalali",
    "Peter Lindqvist",
)
FIRST_DAY = date(2004, 1, 1)
DAYS = 731
DESCRIPTION = (
    "BBC News 2,225 articles (Greene & Cunningham 2006) scaled to {n} documents, seed {seed}: "
    "document i = title and first paragraph of source article i mod 2225, then as many paragraphs "
    "as that article has drawn at random from articles of its category, then a sentence with a "
    "unique token fnq<base36(i)>; date, byline (8 invented names) and outlet 'BBC News' are "
    "synthetic, drawn from the same seed."
)


@dataclass(frozen=True)
class SourceArticle:
    category: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class BenchDoc:
    """One generated document: what both the notebook and the FTS5 table receive."""

    number: int
    token: str
    title: str
    body: str
    author: str
    outlet: str
    issued: date
    category: str


def load(path: Path = DEFAULT_CORPUS) -> list[SourceArticle]:
    """The corpus's articles, in file order."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                paragraphs = tuple(p.strip() for p in row["body"].split("\n\n") if p.strip())
                out.append(SourceArticle(row["category"], row["title"].strip(), paragraphs))
    return out


def token(number: int) -> str:
    """The unique search token of document `number` (letters and digits, never stemmed away)."""
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
        if number == 0:
            return f"fnq{text}"


def documents(sources: list[SourceArticle], n: int, seed: int = SEED) -> Iterator[BenchDoc]:
    """`n` documents made from `sources` (see the module docstring); the same for the same seed."""
    rng = random.Random(seed)
    by_category: dict[str, list[str]] = {}
    for a in sources:
        by_category.setdefault(a.category, []).extend(a.paragraphs)
    for i in range(n):
        base = sources[i % len(sources)]
        pool = by_category[base.category]
        extra = [rng.choice(pool) for _ in range(max(1, len(base.paragraphs) - 1))]
        tok = token(i)
        body = "\n\n".join([base.paragraphs[0], *extra, f"Reference {tok} in the benchmark set."])
        yield BenchDoc(
            number=i,
            token=tok,
            title=base.title,
            body=body,
            author=rng.choice(BYLINES),
            outlet="BBC News",
            issued=FIRST_DAY + timedelta(days=rng.randrange(DAYS)),
            category=base.category,
        )
