"""Benchmark: import, search, open-to-first-result and memory of a notebook of N articles.

    python bench/run.py --docs 20000 --json

Each phase runs in its own process (so that its peak RSS, VmHWM, is its own): import into a fresh
encrypted notebook through the importer's own batches (`importer.Batches`; the corpus is JSONL,
so reading files is bypassed: drafts are built in memory), the same documents into a plain SQLite
FTS5 table, then a process that unlocks the notebook and searches it, and one that searches FTS5.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import corpus  # noqa: E402

PASSPHRASE = "bench: correct horse battery staple"
ROUNDS = 5
LIMIT = 20


@dataclass(frozen=True)
class Query:
    """One benchmark query: whoosh syntax, its FTS5 translation and an optional date range."""

    kind: str
    whoosh: str
    fts5: str
    dates: tuple[str, str] | None = None


BASE_QUERIES = [
    Query("word", "economy", "economy"),
    Query("word", "broadband", "broadband"),
    Query("frequent word", "people", "people"),
    Query("words", "chancellor gordon brown budget", "chancellor gordon brown budget"),
    Query("phrase", '"prime minister"', '"prime minister"'),
    Query("phrase", '"mobile phone" AND technology', '"mobile phone" AND technology'),
    Query("proximity", '"interest rates"~5', "NEAR(interest rates, 5)"),
    Query("proximity", '"chief executive"~3 profit*', "NEAR(chief executive, 3) AND profit*"),
    Query("boolean", "election AND labour NOT tory", "election AND labour NOT tory"),
    Query("boolean", "film OR music", "film OR music"),
    Query("boolean", '"world cup" OR "six nations"', '"world cup" OR "six nations"'),
    Query("boolean", "market NOT shares", "market NOT shares"),
    Query("prefix", "comput*", "comput*"),
    Query("prefix", "champion*", "champion*"),
    # FTS5 has no fuzzy matching: it gets the correctly spelled word.
    Query("fuzzy", "goverment~", "government"),
    Query("fuzzy", "badakshan~2 OR telecom~", "badakhshan OR telecom"),
    Query("field", "title:economy", "title:economy"),
    Query("field", "author:rahimi market", "author:rahimi AND market"),
    Query("field", "outlet:bbc chelsea", "outlet:bbc AND chelsea"),
    Query("date", "election date:2004", "election", ("2004-01-01", "2004-12-31")),
    Query("date", "oil date:[2004-03 TO 2004-06]", "oil", ("2004-03-01", "2004-06-30")),
]


def queries(n: int) -> list[Query]:
    """The mixed query set, plus three unique-token lookups spread over the documents."""
    rng = random.Random(corpus.SEED + 1)
    tokens = [corpus.token(i) for i in rng.sample(range(n), min(3, n))]
    return BASE_QUERIES + [Query("unique token", t, t) for t in tokens]


# -- helpers ---------------------------------------------------------------------------------------
def peak_rss_mb(pid: int | str = "self") -> float:
    """A process's peak resident set (VmHWM) in MiB; this one's by default."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (no interpolation: p95 of 100 samples is the 95th)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def machine() -> dict[str, Any]:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = Path("/proc/meminfo").read_text().split()[1]
    return {
        "cpu": model,
        "cpus": os.cpu_count(),
        "ram_gb": round(int(mem) / 2**20, 1),
        "python": platform.python_version(),
        "sqlite_fts5": sqlite3.sqlite_version,
        "load_average_1_5_15": [round(x, 2) for x in os.getloadavg()],
        "date": date.today().isoformat(),
    }


def iso(d: date) -> str:
    return d.isoformat()


# -- phases (each in its own process) ------------------------------------------------------------
def draft_for(doc: corpus.BenchDoc) -> Any:
    from desktop.ingest.draft import ArticleDraft

    text = f"{doc.title}\n\n{doc.body}"
    csl = {
        "type": "article-newspaper",
        "title": doc.title,
        "container-title": doc.outlet,
        "author": [{"literal": doc.author}],
        "issued": {"date-parts": [[doc.issued.year, doc.issued.month, doc.issued.day]]},
    }
    return ArticleDraft(
        text=text,
        csl=csl,
        original=text.encode("utf-8"),
        filename=f"bench-{doc.number:06d}.txt",
        media_type="text/plain",
        language="en",
    )


def phase_import(args: argparse.Namespace) -> dict[str, Any]:
    """Import through the real store path, batched the way desktop.importer batches files."""
    from desktop import importer
    from desktop.store.notebook import Notebook

    sources = corpus.load(args.corpus)
    path = args.workdir / "bench.fieldnotes"
    started = time.perf_counter()
    nb = Notebook.create(path, PASSPHRASE)
    batches = importer.Batches(nb)  # the importer's own batching, duplicate check and pipelining
    results = []
    for doc in corpus.documents(sources, args.docs):
        draft = draft_for(doc)
        results.extend(batches.add(draft.filename, draft))
    results.extend(batches.finish())
    if len(results) != args.docs or any(r.status != "imported" for r in results):
        failed = [r for r in results if r.status != "imported"]
        raise SystemExit(f"{len(results)} results for {args.docs} documents; not imported: {failed[:3]}")
    leftover = len(nb.index.ix._segments())
    imported = time.perf_counter() - started
    for _ in nb.merge_leftover_segments():  # as desktop.importer ends an import
        pass
    merged = time.perf_counter() - started - imported
    segments = len(nb.index.ix._segments())
    pids = nb._segment_builder.worker_pids()
    workers_rss = sorted((round(peak_rss_mb(pid), 1) for pid in pids), reverse=True)
    nb.close()  # also ends the indexing worker process, so its CPU time is counted below
    elapsed = time.perf_counter() - started
    me, worker = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "import_s": round(elapsed, 2),
        "import_docs_per_s": round(args.docs / elapsed, 1),
        "import_batches": batches.commits,
        "import_segments": segments,
        "import_segments_before_leftover_merge": leftover,
        "import_leftover_merge_s": round(merged, 2),  # included in import_s
        "import_docs_per_s_before_leftover_merge": round(args.docs / imported, 1),
        "import_cpu_s": round(me.ru_utime + me.ru_stime, 1),
        "import_worker_cpu_s": round(worker.ru_utime + worker.ru_stime, 1),
        "import_peak_rss_mb": round(peak_rss_mb(), 1),
        "import_worker_peak_rss_mb": workers_rss[0] if workers_rss else 0.0,
        "import_workers_peak_rss_mb": workers_rss,  # each worker's, largest first
        "import_peak_rss_sum_mb": round(peak_rss_mb() + sum(workers_rss), 1),  # peaks need not coincide
        "notebook_mb": round(path.stat().st_size / 2**20, 1),
    }


def phase_fts5_build(args: argparse.Namespace) -> dict[str, Any]:
    """The same documents in a plain SQLite FTS5 table (porter stemming, like the notebook)."""
    sources = corpus.load(args.corpus)
    path = args.workdir / "fts5.sqlite"
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.execute(
        "CREATE VIRTUAL TABLE docs USING fts5"
        "(title, body, author, outlet, date UNINDEXED, tokenize = 'porter unicode61')"
    )
    rows = (
        (d.title, f"{d.title}\n\n{d.body}", d.author, d.outlet, iso(d.issued))
        for d in corpus.documents(sources, args.docs)
    )
    with db:
        db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)", rows)
    db.close()
    elapsed = time.perf_counter() - started
    return {
        "fts5_import_docs_per_s": round(args.docs / elapsed, 1),
        "fts5_db_mb": round(path.stat().st_size / 2**20, 1),
    }


def timed_rounds(run: Any, qs: list[Query], rounds: int) -> tuple[list[float], list[list[float]], list[int]]:
    """A cold pass over every query, then `rounds` warm passes.

    Returns the cold seconds per query, the warm seconds per query and pass, and hit totals.
    """
    cold, totals = [], []
    warm: list[list[float]] = [[] for _ in qs]
    for q in qs:
        t = time.perf_counter()
        totals.append(run(q))
        cold.append(time.perf_counter() - t)
    for _ in range(rounds):
        for i, q in enumerate(qs):
            t = time.perf_counter()
            run(q)
            warm[i].append(time.perf_counter() - t)
    return cold, warm, totals


def latency_summary(
    prefix: str, qs: list[Query], cold: list[float], warm: list[list[float]]
) -> dict[str, Any]:
    """p50/p95/max over all warm searches, p95 without the fuzzy queries, medians per query."""
    flat = [t for times in warm for t in times]
    no_fuzzy = [t for q, times in zip(qs, warm, strict=True) if q.kind != "fuzzy" for t in times]
    return {
        f"{prefix}_p50_ms": ms(statistics.median(flat)),
        f"{prefix}_p95_ms": ms(percentile(flat, 95)),
        f"{prefix}_max_ms": ms(max(flat)),
        f"{prefix}_p95_without_fuzzy_ms": ms(percentile(no_fuzzy, 95)),
        f"{prefix}_cold_p50_ms": ms(statistics.median(cold)),
        f"{prefix}_cold_p95_ms": ms(percentile(cold, 95)),
        f"{prefix}_query_median_ms": [ms(statistics.median(times)) for times in warm],
    }


def phase_search(args: argparse.Namespace) -> dict[str, Any]:
    """Unlock (Argon2id) + first search, then the mixed queries; peak RSS of this process only."""
    from desktop.store.file import unlock
    from desktop.store.notebook import Notebook

    qs = queries(args.docs)
    t0 = time.perf_counter()
    nb = Notebook.open(args.workdir / "bench.fieldnotes", PASSPHRASE)
    opened = time.perf_counter()
    first = nb.search(qs[0].whoosh, limit=LIMIT)
    first_result = time.perf_counter()
    assert first.hits and first.hits[0].snippet, "the first query found nothing"

    def run(q: Query) -> int:
        result = nb.search(q.whoosh, limit=LIMIT)
        return result.total

    cold, warm, totals = timed_rounds(run, qs, args.rounds)
    misses = [q.whoosh for q in qs if q.kind == "unique token" and run(q) != 1]
    nb.close()
    # Opening again: the first open after an import also purges the files whoosh's merges
    # deleted; a later open (the everyday case) does not.
    t = time.perf_counter()
    nb = Notebook.open(args.workdir / "bench.fieldnotes", PASSPHRASE)
    nb.search(qs[1].whoosh, limit=LIMIT)
    reopen = time.perf_counter() - t
    nb.close()
    t = time.perf_counter()
    unlock.derive_key(PASSPHRASE, b"\0" * unlock.SALT_BYTES)
    return {
        "open_to_first_result_ms": ms(first_result - t0),
        "open_ms": ms(opened - t0),
        "reopen_to_first_result_ms": ms(reopen),
        "argon2id_ms": ms(time.perf_counter() - t),
        "process_start_to_first_result_ms": ms(
            time.time() - args.spawned - (time.perf_counter() - first_result)
        ),
        **latency_summary("search", qs, cold, warm),
        "whoosh_totals": totals,
        "unique_token_misses": misses,
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }


FTS5_SQL = (
    "SELECT rowid, title, snippet(docs, 1, '**', '**', ' … ', 32), "
    "bm25(docs, 2.5, 1.0, 1.0, 1.0) AS score "
    "FROM docs WHERE docs MATCH ? {dates} ORDER BY score LIMIT {limit}"
)
FTS5_COUNT_SQL = "SELECT count(*) FROM docs WHERE docs MATCH ? {dates}"


def phase_fts5_search(args: argparse.Namespace) -> dict[str, Any]:
    """The same queries against the FTS5 table, with snippet() and a total count."""
    qs = queries(args.docs)
    db = sqlite3.connect(args.workdir / "fts5.sqlite")

    def run(q: Query) -> int:
        dates = "AND date BETWEEN ? AND ?" if q.dates else ""
        params = [q.fts5, *(q.dates or ())]
        db.execute(FTS5_SQL.format(dates=dates, limit=LIMIT), params).fetchall()
        return int(db.execute(FTS5_COUNT_SQL.format(dates=dates), params).fetchone()[0])

    cold, warm, totals = timed_rounds(run, qs, args.rounds)
    db.close()
    return {
        **latency_summary("fts5_search", qs, cold, warm),
        "fts5_totals": totals,
        "fts5_peak_rss_mb": round(peak_rss_mb(), 1),
    }


PHASES = {
    "import": phase_import,
    "fts5-build": phase_fts5_build,
    "search": phase_search,
    "fts5-search": phase_fts5_search,
}


# -- the driver ------------------------------------------------------------------------------------
def run_phase(name: str, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    """Run one phase in a fresh interpreter and return its JSON."""
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--phase",
        name,
        "--workdir",
        str(workdir),
        "--docs",
        str(args.docs),
        "--corpus",
        str(args.corpus),
        "--rounds",
        str(args.rounds),
        "--spawned",
        repr(time.time()),
    ]
    if not args.json:
        print(f"… {name}", file=sys.stderr)
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{done.stderr}")
    return dict(json.loads(done.stdout))


BUILT_BY = {"import": "bench.fieldnotes", "fts5-build": "fts5.sqlite"}  # what a build phase leaves


def run_phases(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    """Every phase in `workdir`; with --keep, a build phase whose file is there already is skipped
    (its results are absent) and the files stay for the next run."""
    results: dict[str, Any] = {}
    for name in PHASES:
        if args.keep and name in BUILT_BY and (workdir / BUILT_BY[name]).exists():
            results.setdefault("reused", []).append(BUILT_BY[name])
            continue
        results.update(run_phase(name, args, workdir))
    return results


def benchmark(args: argparse.Namespace) -> dict[str, Any]:
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        results = run_phases(args, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="fieldnotes-bench-") as tmp:
            results = run_phases(args, Path(tmp))
    qs = queries(args.docs)
    whoosh_totals, fts5_totals = results.pop("whoosh_totals"), results.pop("fts5_totals")
    whoosh_ms, fts5_ms = results.pop("search_query_median_ms"), results.pop("fts5_search_query_median_ms")
    ratios = {
        "whoosh_fts5_p50_ratio": round(results["search_p50_ms"] / results["fts5_search_p50_ms"], 2),
        "whoosh_fts5_p95_ratio": round(results["search_p95_ms"] / results["fts5_search_p95_ms"], 2),
    }
    return {
        "docs": args.docs,
        **results,
        **ratios,
        "queries": [
            {
                "kind": q.kind,
                "whoosh": q.whoosh,
                "fts5": q.fts5,
                "dates": q.dates,
                "hits": [w, f],
                "median_ms": [wm, fm],
            }
            for q, w, f, wm, fm in zip(qs, whoosh_totals, fts5_totals, whoosh_ms, fts5_ms, strict=True)
        ],
        "method": {
            "corpus": corpus.DESCRIPTION.format(n=args.docs, seed=corpus.SEED),
            "import": "ArticleDrafts through desktop.importer.Batches, the importer's own batching "
            "(2,000 files, 32 MiB or 2 s), duplicate check and pipelining (a batch is indexed by a "
            "worker process while the next is read), file reading bypassed (drafts built from the "
            "JSONL in memory), into a new encrypted notebook (Argon2id + SQLCipher); the notebook's "
            "worker processes index the batches and merge in the background (import_worker_cpu_s: "
            "all of them; import_worker_peak_rss_mb: the largest); wall-clock time from create to "
            "close, which waits for a merge under way",
            "search": f"nb.search(query, limit={LIMIT}) with snippets, {len(qs)} mixed queries: one cold "
            f"pass (reported as *_cold_*), then {args.rounds} warm passes (p50/p95/max)",
            "fts5": "plain unencrypted SQLite FTS5 table (porter unicode61) in the same temp dir, "
            "bm25 with title weight 2.5, snippet(), plus a count(*) query for the total; "
            "fuzzy queries get the correct word, "
            "whoosh proximity becomes NEAR(), dates a BETWEEN on an UNINDEXED column",
            "open_to_first_result": "fresh process, after imports: Notebook.open (Argon2id unlock, "
            "schema check, purge of index files deleted by the import's merges) + the first search "
            "with snippets; reopen_to_first_result_ms: the same again in that process (nothing to purge)",
            "peak_rss": "VmHWM of the process that only opens and searches (import_peak_rss_mb: "
            "the importing process; import_worker_peak_rss_mb: its largest worker; "
            "import_workers_peak_rss_mb: each worker's; import_peak_rss_sum_mb: the importing "
            "process's and its workers' peaks added, an upper bound of their sum at any moment)",
        },
        "machine": machine(),
    }


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="number of documents (default 2000)")
    parser.add_argument("--corpus", type=Path, default=corpus.DEFAULT_CORPUS, help="the BBC JSONL file")
    parser.add_argument("--rounds", type=int, default=ROUNDS, help="warm passes over the queries")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="build the notebook and the FTS5 table in DIR and keep them; a later run with the same "
        "DIR (and --docs) reuses them and measures searching only",
    )
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--spawned", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.corpus.is_dir():
        args.corpus = args.corpus / corpus.DEFAULT_CORPUS.name
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.phase:
        print(json.dumps(PHASES[args.phase](args)))
        return 0
    result = benchmark(args)
    if args.json:
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        for key, value in result.items():
            if not isinstance(value, list | dict):
                print(f"{key:36} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
