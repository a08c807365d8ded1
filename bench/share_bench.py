"""Benchmark: share and receive a notebook holding N MB of originals; MB/s, peak memory, and the
raw cost of the same bytes' SHA-256, age and SQLCipher on this machine, measured in the same run.

    .venv/bin/python bench/share_bench.py --mb 500 --runs 5 [--article-kb 4096] [--json]

Each phase runs in its own process, so its peak RSS is its own: `build` once, then per run
`share`, `receive` (into a fresh copy of the empty notebook) and `baseline`. Both notebooks are
encrypted (SQLCipher + Argon2id), as a researcher's are. MB/s counts the originals' bytes over
the phase's wall time, opening and closing the notebook included. Medians over the runs are
printed; on a shared, busy machine wall time lies, so CPU seconds (all threads) and the load
average before each phase are reported too.

`baseline` is the ceiling the share can be held against: the same number of random bytes, in
1 MiB chunks, through SHA-256, age (pyrage, one recipient), and SQLCipher (read from the
sender's notebook, written into a scratch copy of the receiver's), one primitive at a time on
one thread. A share has to read (SQLCipher), encrypt (age) and hash (the file's SHA-256) every
byte; a receive has to decrypt, hash twice (the file, then each original) and write (SQLCipher).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyrage

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.ingest.draft import ArticleDraft  # noqa: E402
from desktop.store import sharing  # noqa: E402
from desktop.store.notebook import Notebook  # noqa: E402
from desktop.store.sharing import contacts, identity

PASSPHRASE = "benchmark passphrase"
ARTICLE_KB = 4096  # each article's original by default: a scanned PDF is often this size
MIB = 1024 * 1024


def articles_for(mb: int, article_kb: int) -> int:
    return max(1, mb * 1024 // article_kb)


def originals_mb(mb: int, article_kb: int) -> float:
    return articles_for(mb, article_kb) * article_kb / 1024


# -- phases, each in its own process ----------------------------------------------------------------
def build(folder: Path, mb: int, article_kb: int) -> dict[str, Any]:
    """Alice's notebook with `mb` MB of random originals, Bob's empty one; they know each other."""
    alice = Notebook.create(folder / "alice.fieldnotes", PASSPHRASE)
    bob = Notebook.create(folder / "bob.fieldnotes", PASSPHRASE)
    for me, other, name in ((alice, bob, "Bob"), (bob, alice, "Alice")):
        with other.transaction() as db:
            card = identity.ensure(db, author=other.author, name=name).card.text()
        with me.transaction() as db:
            contacts.add(db, name=name, card_text=card)
    count = articles_for(mb, article_kb)
    for start in range(0, count, 50):
        alice.add_articles([_draft(i, article_kb) for i in range(start, min(count, start + 50))])
    alice.close()
    bob.close()
    shutil.copyfile(folder / "bob.fieldnotes", folder / "bob.empty")
    return {"articles": count}


def _draft(i: int, article_kb: int) -> ArticleDraft:
    text = f"Report {i}: detentions of former soldiers in province {i % 34}. " * 20
    return ArticleDraft(
        text=text,
        csl={"type": "report", "title": f"Report {i}"},
        original=os.urandom(article_kb * 1024),
        filename=f"report-{i}.pdf",
        media_type="application/pdf",
        language="en",
        direction="ltr",
    )


def share(folder: Path, mb: int, article_kb: int) -> dict[str, Any]:
    with Notebook.open(folder / "alice.fieldnotes", PASSPHRASE) as alice:
        started = time.perf_counter()
        report = sharing.share(alice, folder / "share.age", to=["Bob"])
        seconds = time.perf_counter() - started
    return {
        "records": report.records,
        "file_mb": round((folder / "share.age").stat().st_size / MIB, 1),
        "share_call_mb_per_s": round(originals_mb(mb, article_kb) / seconds, 1),
    }


def receive(folder: Path, mb: int, article_kb: int) -> dict[str, Any]:
    with Notebook.open(folder / "bob.fieldnotes", PASSPHRASE) as bob:
        started = time.perf_counter()
        report = sharing.receive(bob, folder / "share.age")
        seconds = time.perf_counter() - started
    return {
        "added": report.counts.get("added", 0),
        "receive_call_mb_per_s": round(originals_mb(mb, article_kb) / seconds, 1),
    }


def baseline(folder: Path, mb: int, article_kb: int) -> dict[str, Any]:
    """MB/s of each primitive alone, on one thread, over as many bytes as the share's originals."""
    total = int(originals_mb(mb, article_kb) * MIB)
    chunk = os.urandom(MIB)  # the same random MiB again and again: memory stays flat

    def chunks() -> Iterator[bytes]:
        for start in range(0, total, MIB):
            yield chunk[: min(MIB, total - start)]

    key = pyrage.x25519.Identity.generate()
    encrypted = folder / "baseline.age"
    rates = {
        "sha256": _rate(total, lambda: _sha256(chunks())),
        "age_encrypt": _rate(total, lambda: _age_encrypt(chunks(), encrypted, key.to_public())),
        "age_decrypt": _rate(total, lambda: _age_decrypt(encrypted, key)),
    }
    with Notebook.open(folder / "alice.fieldnotes", PASSPHRASE) as alice:
        rates["sqlcipher_read"] = _rate(total, lambda: _sqlcipher_read(alice))
    scratch = folder / "scratch.fieldnotes"
    shutil.copyfile(folder / "bob.empty", scratch)
    with Notebook.open(scratch, PASSPHRASE) as nb:
        rates["sqlcipher_write"] = _rate(total, lambda: _sqlcipher_write(nb, chunks()))
    for path in folder.glob("scratch.fieldnotes*"):
        path.unlink()
    encrypted.unlink()
    share_cost = 1 / rates["sqlcipher_read"] + 1 / rates["age_encrypt"] + 1 / rates["sha256"]
    receive_cost = 1 / rates["age_decrypt"] + 2 / rates["sha256"] + 1 / rates["sqlcipher_write"]
    return {
        **{f"{name}_mb_per_s": round(rate, 1) for name, rate in rates.items()},
        "sha256_plus_age_mb_per_s": round(1 / (1 / rates["sha256"] + 1 / rates["age_encrypt"]), 1),
        "share_serial_mb_per_s": round(1 / share_cost, 1),
        "receive_serial_mb_per_s": round(1 / receive_cost, 1),
    }


def _rate(total: int, work: Callable[[], None]) -> float:
    started = time.perf_counter()
    work()
    return total / MIB / (time.perf_counter() - started)


def _sha256(chunks: Iterator[bytes]) -> None:
    digest = hashlib.sha256()
    for part in chunks:
        digest.update(part)


class _Chunks(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks, self._pending = chunks, memoryview(b"")

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        if not self._pending:
            self._pending = memoryview(next(self._chunks, b""))
        n = len(self._pending) if size is None or size < 0 else size
        data, self._pending = self._pending[:n].tobytes(), self._pending[n:]
        return data


def _age_encrypt(chunks: Iterator[bytes], path: Path, recipient: Any) -> None:
    with open(path, "wb") as f:
        pyrage.encrypt_io(_Chunks(chunks), f, [recipient])


def _age_decrypt(path: Path, key: Any) -> None:
    with open(path, "rb") as f, open(os.devnull, "wb") as null:
        pyrage.decrypt_io(f, null, [key])


def _sqlcipher_read(nb: Notebook) -> None:
    for rowid, size in nb.conn.execute("SELECT rowid, length(data) FROM originals").fetchall():
        with nb.conn.open_blob("originals", "data", rowid, readonly=True) as blob:  # type: ignore[attr-defined]
            for _ in range(0, size, MIB):
                blob.read(MIB)


def _sqlcipher_write(nb: Notebook, chunks: Iterator[bytes]) -> None:
    """Rows of 4 MiB written in 1 MiB pieces in one transaction (committed), as a receive does."""
    conn, left, row = nb.conn, 0, 0
    blob: Any = None
    conn.execute("BEGIN")
    for part in chunks:
        if not left:
            if blob is not None:
                blob.close()
            row += 1
            rowid = conn.execute(
                "INSERT INTO originals (sha256, data, size) VALUES (?, zeroblob(?), ?)",
                [str(row), 4 * MIB, 4 * MIB],
            ).lastrowid
            blob, left = conn.open_blob("originals", "data", rowid), 4 * MIB  # type: ignore[attr-defined]
        blob.write(part)
        left -= len(part)
    if blob is not None:
        blob.close()
    conn.execute("COMMIT")


PHASES = {"build": build, "share": share, "receive": receive, "baseline": baseline}


def run_phase(phase: str, folder: Path, mb: int, article_kb: int) -> dict[str, Any]:
    """Run one phase here and return its measurements (seconds, MB/s, peak RSS)."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    extra = PHASES[phase](folder, mb, article_kb)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    size = originals_mb(mb, article_kb)
    return {
        "seconds": round(seconds, 2),
        "mb_per_s": round(size / seconds, 1),
        "cpu_seconds": round(cpu, 2),
        "mb_per_cpu_s": round(size / cpu, 1),
        "peak_rss_mb": round(after.ru_maxrss / 1024),
        "load_average": round(load, 2),
        **extra,
    }


# -- the driver ------------------------------------------------------------------------------------
def measure(mb: int, article_kb: int, runs: int, folder: Path) -> dict[str, Any]:
    out: dict[str, Any] = {"build": _in_process("build", folder, mb, article_kb), "runs": []}
    for _ in range(runs):
        shutil.copyfile(folder / "bob.empty", folder / "bob.fieldnotes")
        run = {p: _in_process(p, folder, mb, article_kb) for p in ("share", "receive", "baseline")}
        for phase in ("share", "receive"):
            run[phase]["of_serial_ceiling"] = round(
                run[phase]["mb_per_s"] / run["baseline"][f"{phase}_serial_mb_per_s"], 2
            )
        run["share"]["of_sha256_plus_age"] = round(
            run["share"]["mb_per_s"] / run["baseline"]["sha256_plus_age_mb_per_s"], 2
        )
        out["runs"].append(run)
    runs_of = out["runs"]
    out["median"] = {
        phase: {key: round(statistics.median(r[phase][key] for r in runs_of), 2) for key in runs_of[0][phase]}
        for phase in ("share", "receive", "baseline")
    }
    return out


def _in_process(phase: str, folder: Path, mb: int, article_kb: int) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--phase", phase, "--dir", str(folder), "--mb", str(mb)]
        + ["--article-kb", str(article_kb)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, action="append", help="MB of originals (repeatable; default 100)")
    parser.add_argument("--article-kb", type=int, default=ARTICLE_KB, help="each article's original (KiB)")
    parser.add_argument("--runs", type=int, default=3, help="share/receive/baseline rounds (medians)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--phase", choices=list(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--dir", help="where the notebooks go (default: a temporary folder)")
    args = parser.parse_args()
    sizes = args.mb or [100]
    if args.phase:
        print(json.dumps(run_phase(args.phase, Path(args.dir), sizes[0], args.article_kb)))
        return
    results = {}
    for mb in sizes:
        with tempfile.TemporaryDirectory(dir=args.dir) as folder:
            results[mb] = measure(mb, args.article_kb, args.runs, Path(folder))
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for mb, result in results.items():
        print(f"{mb} MB of originals in {result['build']['articles']} articles, median of {args.runs} runs:")
        for phase in ("share", "receive"):
            r = result["median"][phase]
            print(
                f"  {phase:8} {r['seconds']:6.2f} s {r['mb_per_s']:6.1f} MB/s wall with open and close "
                f"({r[f'{phase}_call_mb_per_s']:.1f} without; {r['of_serial_ceiling']:.2f} of the one-thread "
                f"ceiling), {r['cpu_seconds']:.2f} CPU-s, peak RSS {r['peak_rss_mb']:.0f} MB, "
                f"load {r['load_average']:.1f}"
            )
        b = result["median"]["baseline"]
        print(
            f"  baseline MB/s: sha256 {b['sha256_mb_per_s']}, age encrypt {b['age_encrypt_mb_per_s']} / "
            f"decrypt {b['age_decrypt_mb_per_s']}, sqlcipher read {b['sqlcipher_read_mb_per_s']} / "
            f"write {b['sqlcipher_write_mb_per_s']}; one-thread ceiling share "
            f"{b['share_serial_mb_per_s']}, receive {b['receive_serial_mb_per_s']}; "
            f"sha256 + age {b['sha256_plus_age_mb_per_s']}"
        )


if __name__ == "__main__":
    main()
