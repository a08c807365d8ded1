"""Crash harness (`make crash`): SIGKILL Fieldnotes at random moments of its work, then check.

Operations, each run in a subprocess through scripts/crash_driver.py and killed after a random
delay (up to 1.2 × how long it takes uninterrupted, so that some finish): import (small batches,
so kills land between commits), a bulk import (batches for the indexing worker processes, and
the index's background merges once it has more than 12 segments), annotate (`fieldnotes
annotate`), edits through the store API (annotations, notes, metadata), event suggestions
accepted (`events suggest ID --accept all`), receiving a share (a merge), `passwd` (alternating
between two passphrases) and `rebuild-index`.

After every run: the notebook opens (with the old or the new passphrase), `check` passes, the
index holds exactly the live rows, everything the command reported as done before the kill is
there, no process of the killed command lives on, and no file in the notebook's folder or in the
command's TMPDIR holds plaintext (a marker word only the imported texts contain).

    python scripts/crash_harness.py --kills 200 [--seed 1] [--work DIR] [--report FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop.store import articles, maintenance  # noqa: E402
from desktop.store.errors import WrongPassphrase  # noqa: E402
from desktop.store.notebook import Notebook  # noqa: E402
from scripts.crash_checks import (  # noqa: E402
    MARKER,
    Run,
    Tally,
    annotation_exists,
    edits_are_there,
    imported_are_there,
    plaintext_files,
    progress,
    stray_processes,
    wait_for_line,
)

DRIVER = str(ROOT / "scripts" / "crash_driver.py")
PASSPHRASES = ("crash passphrase one", "crash passphrase two")
WORDS = [
    "former",
    "soldiers",
    "detention",
    "province",
    "district",
    "commander",
    "witnesses",
    "family",
    "released",
    "night",
    "raid",
]
EVENTS = [
    "The Taliban detained 12 former soldiers in Kunduz province on 3 June 2024.",
    "Iranian police deported 300 Afghans through Islam Qala in Herat on 14 May 2024.",
    "Gunmen killed two former police officers in Takhar province on 2 April 2024.",
]


class Harness:
    def __init__(self, work: Path, seed: int) -> None:
        self.work, self.rng = work, random.Random(seed)
        self.folder, self.tmp, self.inbox = work / "notebook", work / "tmp", work / "inbox"
        for d in (self.folder, self.tmp, self.inbox, work / "shares"):
            d.mkdir(parents=True, exist_ok=True)
        self.notebook = self.folder / "field.fieldnotes"
        self.passphrase = 0  # which of PASSPHRASES opens the notebook now
        self.rounds = 0
        self.previous: Path | None = None
        self.spans: dict[str, float] = {}
        self.tallies: dict[str, Tally] = {}
        self.shares: list[tuple[Path, set[str]]] = []

    # -- set-up ---------------------------------------------------------------------------------
    def write_folder(self, files: int, words: int) -> Path:
        self.rounds += 1
        folder = self.inbox / f"round-{self.rounds:04d}"
        folder.mkdir()
        for i in range(files):
            body = " ".join(self.rng.choice(WORDS) for _ in range(words))
            token = f"kq{self.rounds}x{i}z"
            text = f"Report {self.rounds}-{i}\n\n{self.rng.choice(EVENTS)} {body}.\n\nRef {token} {MARKER}."
            if i % 5 == 4:  # some saved web pages too
                title = f"<title>Report {self.rounds}-{i}</title>"
                html = f"<html><head>{title}</head><body><p>{text}</p></body></html>"
                (folder / f"r{i:03d}.html").write_text(html, encoding="utf-8")
            else:
                (folder / f"r{i:03d}.txt").write_text(text, encoding="utf-8")
        return folder

    def setup(self) -> None:
        env = self.env()
        subprocess.run([sys.executable, "-m", "desktop", "new", str(self.notebook)], env=env, check=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "desktop",
                "--notebook",
                str(self.notebook),
                "import",
                str(self.write_folder(20, 200)),
            ],
            env=env,
            check=True,
            capture_output=True,
        )
        alice = self.work / "alice" / "alice.fieldnotes"
        alice_env = {**env, "FIELDNOTES_SHARE_PASSPHRASE": "share words"}
        subprocess.run(
            [sys.executable, "-m", "desktop", "new", str(alice), "--no-passphrase"], env=env, check=True
        )
        for k in range(4):  # four shares, each holding more than the one before
            folder = self.write_folder(15, 300)
            base = [sys.executable, "-m", "desktop", "--notebook", str(alice)]
            subprocess.run([*base, "import", str(folder)], env=env, check=True, capture_output=True)
            share = self.work / "shares" / f"share-{k}.age"
            subprocess.run(
                [*base, "share", "--passphrase", "-o", str(share)],
                env=alice_env,
                check=True,
                capture_output=True,
            )
            with Notebook.open(alice, None) as nb:
                self.shares.append((share, set(articles.live_ids(nb.db))))

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDNOTES")}
        env.update(
            FIELDNOTES_PASSPHRASE=PASSPHRASES[self.passphrase],
            FIELDNOTES_HOME=str(self.work / "home"),
            TMPDIR=str(self.tmp),
            PYTHONUNBUFFERED="1",
            **extra,
        )
        return env

    # -- running and killing --------------------------------------------------------------------
    def run(self, name: str, command: list[str], env: dict[str, str], *, after: str = "") -> Run:
        """Start `command`, wait for "ready", SIGKILL it after a random delay (the first run of
        each operation goes to the end: its time sets the delays). With `after`, every other run
        is killed within 0.3 s after it has printed a line starting so (a commit just made), so
        that kills also land between commits however slow the start."""
        proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None and proc.stderr is not None
        ready, _, _ = select.select([proc.stdout], [], [], 120)
        if not ready or proc.stdout.readline() != b"ready\n":
            proc.kill()
            return Run([], False, proc.wait(), proc.stderr.read().decode(errors="replace"))
        started = time.monotonic()
        span = self.spans.get(name)
        out = b""
        if after and span and self.rng.random() < 0.5:
            out = wait_for_line(proc, after.encode(), deadline=started + 3 * span)
            delay = self.rng.uniform(0, 0.3)
        else:
            delay = self.rng.uniform(0, 1.2 * span) if span else 900
        killed = False
        try:  # the output stays in the pipe meanwhile (each command writes well under 64 KiB)
            proc.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            killed = True
        text = (out + proc.stdout.read()).decode(errors="replace")
        complete = text[: text.rfind("\n") + 1]  # a line cut by the kill was not reported
        stderr = proc.stderr.read().decode(errors="replace")
        if not killed:  # the latest uninterrupted time: the machine's load changes
            self.spans[name] = time.monotonic() - started
        return Run(complete.splitlines(), killed, proc.returncode, stderr)

    def cli(self, name: str, *args: str, batch: int = 3, after: str = "", **extra: str) -> Run:
        command = [sys.executable, DRIVER, "cli", "--notebook", str(self.notebook), *args]
        return self.run(name, command, self.env(FIELDNOTES_CRASH_BATCH=str(batch), **extra), after=after)

    # -- the operations: each runs, then returns a check of what it reported done ---------------
    def op_import(self) -> tuple[Run, Callable[[Notebook], list[str]]]:
        new = self.write_folder(12, 250)
        folders = [str(f) for f in (self.previous, new) if f]
        self.previous = new
        run = self.cli("import", "import", *folders, after="imported")
        return run, lambda nb: imported_are_there(nb, run)

    def op_bulk_import(self) -> tuple[Run, Callable[[Notebook], list[str]]]:
        folder = self.write_folder(140, 60)
        run = self.cli(
            "bulk import",
            "import",
            str(folder),
            batch=64,
            FIELDNOTES_DEBUG="1",
            FIELDNOTES_CRASH_MAX_SEGMENTS="4",
        )
        return run, lambda nb: imported_are_there(nb, run)

    def op_annotate(self) -> tuple[Run, Callable[[Notebook], list[str]]]:
        article_id, text = self.some_article()
        quote = " ".join(text.split()[3:8])
        run = self.cli("annotate", "annotate", article_id, "--quote", quote, "--tag", "Crash/CLI", "--json")

        def reported(nb: Notebook) -> list[str]:
            if not any(line.startswith("{") or line.startswith("[") for line in run.lines):
                return []
            made = json.loads("\n".join(run.lines))
            return [] if annotation_exists(nb, made["id"]) else [f"annotation {made['id']} missing"]

        return run, reported

    def op_edit(self) -> tuple[Run, Callable[[Notebook], list[str]]]:
        seed = self.rng.randrange(10**6)
        command = [sys.executable, DRIVER, "edit", str(self.notebook), "25", str(seed)]
        run = self.run("edit", command, self.env(), after="done ")
        return run, lambda nb: edits_are_there(nb, run)

    def op_events(self) -> tuple[Run, Callable[[Notebook], list[str]]]:
        article_id, _ = self.some_article()
        with self.open() as nb:
            before = len(nb.events.all())
        run = self.cli("events accept", "events", "suggest", article_id, "--accept", "all")

        def reported(nb: Notebook) -> list[str]:
            done = [line for line in run.stderr.splitlines() if line.endswith("accepted")]
            if not done:
                return []
            accepted = int(done[-1].split(", ")[-1].split()[0])
            after = len(nb.events.all())
            return (
                [] if after >= before + accepted else [f"{accepted} events accepted, {after - before} there"]
            )

        return run, reported

    def op_receive(self) -> tuple[Run, Callable[[Notebook], list[str]]]:
        share, ids = self.rng.choice(self.shares)
        run = self.cli(
            "receive", "receive", str(share), "--accept-unverified", FIELDNOTES_SHARE_PASSPHRASE="share words"
        )

        def reported(nb: Notebook) -> list[str]:
            if not any(line.startswith("received from") for line in run.lines):
                return []
            missing = ids - articles.live_ids(nb.db)
            return [f"{len(missing)} articles of a received share missing"] if missing else []

        return run, reported

    def op_passwd(self) -> tuple[Run, Callable[[Notebook], list[str]]]:
        new = 1 - self.passphrase
        secret = self.tmp.parent / "new-passphrase.txt"
        secret.write_text(PASSPHRASES[new] + "\n")
        run = self.cli("passwd", "passwd", "--new-passphrase-file", str(secret))
        changed = any("passphrase changed" in line for line in run.lines)

        def reported(nb: Notebook) -> list[str]:
            return (
                []
                if not changed or self.passphrase == new
                else ["passwd said changed; the old passphrase still opens it"]
            )

        return run, reported

    def op_rebuild(self) -> tuple[Run, Callable[[Notebook], list[str]]]:
        return self.cli("rebuild-index", "rebuild-index"), lambda nb: []

    # -- checks ---------------------------------------------------------------------------------
    def open(self) -> Notebook:
        """Open with the passphrase that works now (a killed passwd may have switched it)."""
        try:
            return Notebook.open(self.notebook, PASSPHRASES[self.passphrase])
        except WrongPassphrase:
            self.passphrase = 1 - self.passphrase
            return Notebook.open(self.notebook, PASSPHRASES[self.passphrase])

    def some_article(self) -> tuple[str, str]:
        with self.open() as nb:
            rows = nb.article_rows(limit=100_000)
            row = self.rng.choice(rows)
            return row.id, nb.article(row.id).text

    def check(self, run: Run, reported: Callable[[Notebook], list[str]]) -> list[str]:
        problems = stray_processes(self.tmp)
        try:
            nb = self.open()
        except Exception as exc:  # noqa: BLE001 - any failure to open is what we look for
            return [*problems, f"does not open: {exc!r}"]
        with nb:
            (report,) = [r for r in maintenance.check(nb) if isinstance(r, maintenance.CheckReport)]
            problems += [f"check: {p}" for p in report.problems]
            if nb.index.ids() != articles.live_ids(nb.db):
                problems.append("index and rows disagree")
            problems += reported(nb)
        problems += plaintext_files([self.folder, self.tmp])
        if not run.killed and run.returncode != 0:
            problems.append(f"exit {run.returncode} without a kill: {run.stderr.strip()[-300:]}")
        return problems


def self_test(harness: Harness) -> None:
    """The checks must be able to fail: damage the notebook and leave plaintext behind, then
    expect each check to say so, and undo the damage."""
    finished = Run([], False, 0, "")
    leak = harness.tmp / "leaked.txt"
    leak.write_text(f"a temporary file with {MARKER}")
    assert any("plaintext in" in p for p in harness.check(finished, lambda nb: [])), "plaintext check"
    leak.unlink()
    with harness.open() as nb:
        row = nb.article_rows(limit=1)[0]
        claimed = Run([f"imported  x.txt: gone [{'0' * 8}]"], True, None, "")
        assert imported_are_there(nb, claimed), "reported-done check"
        with nb.transaction():  # a row deleted behind the index's back
            nb.db.execute("UPDATE articles SET deleted = 1 WHERE id = ?", [row.id])
    assert any("disagree" in p for p in harness.check(finished, lambda nb: [])), "index check"
    with harness.open() as nb, nb.transaction():
        nb.db.execute("UPDATE articles SET deleted = 0 WHERE id = ?", [row.id])
    assert not harness.check(finished, lambda nb: []), "the notebook is whole again"
    print("self-test: the plaintext, reported-done and index checks each caught their fault", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--report", type=Path, default=Path("bench/out/crash-report.json"))
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="fieldnotes-crash-"))
    harness = Harness(work, args.seed)
    harness.setup()
    self_test(harness)
    operations = {
        "import": harness.op_import,
        "bulk import": harness.op_bulk_import,
        "annotate": harness.op_annotate,
        "edit": harness.op_edit,
        "events accept": harness.op_events,
        "receive": harness.op_receive,
        "passwd": harness.op_passwd,
        "rebuild-index": harness.op_rebuild,
    }
    weights = {"import": 3, "bulk import": 2, "edit": 2}
    names = list(operations)
    started = time.monotonic()
    total_kills = 0
    while total_kills < args.kills:
        name = harness.rng.choices(names, [weights.get(n, 1) for n in names])[0]
        before = harness.passphrase
        run, reported = operations[name]()
        if name == "passwd" and any("passphrase changed" in line for line in run.lines):
            harness.passphrase = 1 - before
        problems = harness.check(run, reported)
        tally = harness.tallies.setdefault(name, Tally())
        tally.runs += 1
        tally.kills += run.killed
        total_kills += run.killed
        tally.failures += problems
        merges = sum("merging" in line for line in run.stderr.splitlines())
        stored = sum(
            "stored a merge" in line or "dropped a merge" in line for line in run.stderr.splitlines()
        )
        tally.kills_after_progress += run.killed and any(progress(line) for line in run.lines)
        tally.kills_during_merge += run.killed and merges > stored
        state = "killed" if run.killed else "finished"
        print(
            f"[{total_kills:3}] {name:14} {state:8} merges={merges} {'; '.join(problems) or 'ok'}", flush=True
        )
    summary = {
        "seed": args.seed,
        "seconds": round(time.monotonic() - started),
        "kills": total_kills,
        "operations": {n: t.__dict__ for n, t in harness.tallies.items()},
    }
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(summary, indent=1))
    print(json.dumps(summary, indent=1))
    return 1 if any(t.failures for t in harness.tallies.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
