"""Benchmark: share and receive a notebook holding N MB of originals; MB/s and peak memory.

    .venv/bin/python bench/share_bench.py --mb 100 [--mb 500] [--json]

Each phase (build, share, receive) runs in its own process so its peak RSS is its own. Both
notebooks are encrypted (SQLCipher + Argon2id), as a researcher's are. MB/s counts the
originals' bytes over the phase's wall time (opening the notebook included); on a shared,
busy machine wall time lies, so CPU seconds (all threads) and the load average are reported too.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.ingest.draft import ArticleDraft  # noqa: E402
from desktop.store import contacts, identity, sharing  # noqa: E402
from desktop.store.notebook import Notebook  # noqa: E402

PASSPHRASE = "benchmark passphrase"
ORIGINAL_MB = 4  # each article's original (a scanned PDF is often this size)


def build(folder: Path, mb: int) -> dict[str, float]:
    """Alice's notebook with `mb` MB of random originals, Bob's empty one; they know each other."""
    alice = Notebook.create(folder / "alice.fieldnotes", PASSPHRASE)
    bob = Notebook.create(folder / "bob.fieldnotes", PASSPHRASE)
    for me, other, name in ((alice, bob, "Bob"), (bob, alice, "Alice")):
        with other.transaction() as db:
            card = identity.ensure(db, author=other.author, name=name).card.text()
        with me.transaction() as db:
            contacts.add(db, name=name, card_text=card)
    for i in range(max(1, mb // ORIGINAL_MB)):
        text = f"Report {i}: detentions of former soldiers in province {i % 34}. " * 20
        draft = ArticleDraft(
            text=text,
            csl={"type": "report", "title": f"Report {i}"},
            original=os.urandom(ORIGINAL_MB * 1024 * 1024),
            filename=f"report-{i}.pdf",
            media_type="application/pdf",
            language="en",
            direction="ltr",
        )
        alice.add_articles([draft])
    alice.close()
    bob.close()
    return {}


def share(folder: Path, mb: int) -> dict[str, float]:
    with Notebook.open(folder / "alice.fieldnotes", PASSPHRASE) as alice:
        report = sharing.share(alice, folder / "share.age", to=["Bob"])
    return {"records": report.records, "file_mb": (folder / "share.age").stat().st_size / 2**20}


def receive(folder: Path, mb: int) -> dict[str, float]:
    with Notebook.open(folder / "bob.fieldnotes", PASSPHRASE) as bob:
        report = sharing.receive(bob, folder / "share.age")
    return {"added": report.counts.get("added", 0)}


PHASES = {"build": build, "share": share, "receive": receive}


def run_phase(phase: str, folder: Path, mb: int) -> dict[str, float]:
    """Run one phase here and return its measurements (seconds, MB/s, peak RSS)."""
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    extra = PHASES[phase](folder, mb)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    actual_mb = max(1, mb // ORIGINAL_MB) * ORIGINAL_MB
    return {
        "seconds": round(seconds, 2),
        "mb_per_s": round(actual_mb / seconds, 1),
        "cpu_seconds": round(cpu, 2),
        "mb_per_cpu_s": round(actual_mb / cpu, 1),
        "peak_rss_mb": round(after.ru_maxrss / 1024),
        "load_average": os.getloadavg()[0],
        **extra,
    }


def measure(mb: int, folder: Path) -> dict[str, dict[str, float]]:
    out = {}
    for phase in PHASES:
        done = subprocess.run(
            [sys.executable, __file__, "--phase", phase, "--dir", str(folder), "--mb", str(mb)],
            capture_output=True,
            text=True,
            check=True,
        )
        out[phase] = json.loads(done.stdout)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, action="append", help="MB of originals (repeatable; default 100)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--phase", choices=list(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--dir", help="where the notebooks go (default: a temporary folder)")
    args = parser.parse_args()
    sizes = args.mb or [100]
    if args.phase:
        print(json.dumps(run_phase(args.phase, Path(args.dir), sizes[0])))
        return
    results = {}
    for mb in sizes:
        with tempfile.TemporaryDirectory(dir=args.dir) as folder:
            results[mb] = measure(mb, Path(folder))
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for mb, phases in results.items():
        for phase in ("share", "receive"):
            r = phases[phase]
            print(
                f"{mb:4} MB {phase:8} {r['seconds']:7.2f} s {r['mb_per_s']:6.1f} MB/s wall, "
                f"{r['cpu_seconds']:6.2f} CPU-s {r['mb_per_cpu_s']:6.1f} MB/CPU-s, "
                f"peak RSS {r['peak_rss_mb']} MB (load {r['load_average']:.1f})"
            )


if __name__ == "__main__":
    main()
