"""Crash safety: an import killed with SIGKILL at random moments never leaves rows and index apart.

Each round writes a folder of new text files (each with a unique token) and runs
`fieldnotes import` on it and on the previous round's folder (so a killed round is finished by
the next one, as duplicates where it had got through). The importer commits every few files in one
setting, so kills land in `add_document`, in whoosh's commit, between whoosh's commit and SQLite's,
and in the unlock at start-up; in the other, batches are large enough to be indexed by the worker
processes while the next batch is read, so kills also land with batches in flight there (and
the workers must end with the killed process: the test would hang on their open pipes). After
every kill the notebook opens, `fieldnotes check` passes, the index holds exactly the live rows,
and live articles are found by their tokens (every new one, a sample of the older ones; all of
them at the end).
"""

from __future__ import annotations

import os
import random
import re
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import cli
from desktop.store import articles
from desktop.store.notebook import Notebook
from desktop.store.search.builder import PARALLEL_MIN

PASSPHRASE = "crash test passphrase"
SEED = 4242
SAMPLE = 16  # articles searched again each round (all of them at the end)


@dataclass(frozen=True)
class Setting:
    kills: int
    max_rounds: int
    files_per_round: int
    batch_files: int


# Small batches: many commits for the kills to land in, all indexed in the importing process.
# A round whose import finishes before its kill moment is not a kill, and how many do depends on
# the machine's load: the rounds go on (up to `max_rounds`, four times the kills asked for) until
# the kills have all landed, so a busy machine makes the test longer, not a failure.
SMALL_BATCHES = Setting(kills=20, max_rounds=80, files_per_round=16, batch_files=3)
# Batches large enough for the indexing worker processes, read while earlier ones are indexed.
WORKER_BATCHES = Setting(kills=6, max_rounds=24, files_per_round=2 * PARALLEL_MIN, batch_files=PARALLEL_MIN)
TOKEN = re.compile(r"\bkq\d+x\d+z\b")
WORDS = (
    "detention",
    "former",
    "soldiers",
    "province",
    "district",
    "commander",
    "reported",
    "witnesses",
    "family",
    "released",
    "checkpoint",
    "night",
    "raid",
    "village",
    "council",
    "statement",
    "investigation",
    "border",
    "families",
    "arrested",
    "interview",
    "relatives",
    "court",
    "prison",
    "executed",
    "local",
    "sources",
    "confirmed",
    "month",
    "officials",
    "denied",
)

# `fieldnotes import` as a user runs it, with the importer's batches made smaller. It says
# "ready" once Python has loaded (a second or more on a busy machine), so that the kill's
# random delay is spent in the command itself: unlocking, reading, indexing, committing.
DRIVER = (
    "import sys; from desktop import cli, importer; "
    "importer.BATCH_FILES = {batch_files}; print('ready', flush=True); sys.exit(cli.main(sys.argv[1:]))"
)


def write_round(folder: Path, number: int, rng: random.Random, files: int) -> None:
    folder.mkdir(parents=True)
    for i in range(files):
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(150, 400)))
        title = f"Report {number}-{i} from {rng.choice(['Kunduz', 'Herat', 'Takhar', 'Badakhshan'])}"
        text = f"{title}\n\n{words}.\n\nFile reference kq{number}x{i}z."
        (folder / f"report-{number:02d}-{i:02d}.txt").write_text(text, encoding="utf-8")


def env() -> dict[str, str]:
    return {**os.environ, "FIELDNOTES_PASSPHRASE": PASSPHRASE, "PYTHONUNBUFFERED": "1"}


def start_import(notebook: Path, folders: list[Path], setting: Setting) -> subprocess.Popen[str]:
    """`fieldnotes import FOLDERS` in a subprocess, returned once it is ready to work."""
    driver = DRIVER.format(batch_files=setting.batch_files)
    command = [sys.executable, "-c", driver, "--notebook", str(notebook), "import", *map(str, folders)]
    proc = subprocess.Popen(command, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    readable, _, _ = select.select([proc.stdout], [], [], 120)
    assert readable and proc.stdout.readline() == "ready\n", proc.stderr
    return proc


def import_and_kill(
    notebook: Path, folders: list[Path], setting: Setting, delay: float, after_imported: int = 0
) -> bool:
    """Start an import, SIGKILL it `delay` seconds after it is ready — or, with `after_imported`,
    `delay` seconds after it has reported that many files imported (so that some kills land
    between commits however busy the machine is). True if it was killed."""
    proc = start_import(notebook, folders, setting)
    assert proc.stdout is not None
    seen, deadline = 0, time.monotonic() + 300
    while seen < after_imported and time.monotonic() < deadline:
        readable, _, _ = select.select([proc.stdout], [], [], 1)
        if readable:
            line = proc.stdout.readline()
            if not line:
                break  # it finished first
            seen += line.startswith("imported")
    try:
        _, err = proc.communicate(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        return True
    assert proc.returncode == 0, err
    return False


def timed_import(notebook: Path, folders: list[Path], setting: Setting) -> float:
    """Seconds an uninterrupted import takes once ready: the scale for the kills' delays."""
    proc = start_import(notebook, folders, setting)
    started = time.monotonic()
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return time.monotonic() - started


def fieldnotes_check(notebook: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`fieldnotes check`: the command's own code, run in this process to save a start-up."""
    code = cli.main(["--notebook", str(notebook), "check"])
    return code, capsys.readouterr().out


def assert_search_agrees_with_rows(notebook: Path, checked: set[str], rng: random.Random | None) -> int:
    """The index holds exactly the live rows, and live articles are found by their tokens.

    Tokens are searched for every article not searched before, plus (with `rng`) a sample of
    the others; without `rng`, for all of them. Returns the number of live articles.
    """
    with Notebook.open(notebook, PASSPHRASE) as nb:
        live = articles.live_ids(nb.db)
        assert nb.index.ids() == live
        old = sorted(live & checked)
        sample = rng.sample(old, min(SAMPLE, len(old))) if rng else old
        for article_id in sorted(live - checked) + sample:
            [token] = TOKEN.findall(nb.article(article_id).text)
            assert [h.id for h in nb.search(token).hits] == [article_id], token
        checked |= live
        return len(live)


@pytest.mark.slow
@pytest.mark.parametrize("setting", [SMALL_BATCHES, WORKER_BATCHES], ids=["small-batches", "worker-batches"])
def test_imports_killed_at_random_moments_leave_a_consistent_notebook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, setting: Setting
) -> None:
    monkeypatch.setenv("FIELDNOTES_PASSPHRASE", PASSPHRASE)
    files = setting.files_per_round
    rng = random.Random(SEED)
    notebook = tmp_path / "crash.fieldnotes"
    assert cli.main(["new", str(notebook)]) == 0
    first = tmp_path / "inbox" / "round-00"
    write_round(first, 0, rng, files)
    span = timed_import(notebook, [first], setting)  # round 0 runs to the end: how long a round takes here
    checked: set[str] = set()
    count = assert_search_agrees_with_rows(notebook, checked, rng)
    assert count == files
    kills = grew_after_kill = 0
    previous = first
    for number in range(1, setting.max_rounds):
        folder = tmp_path / "inbox" / f"round-{number:02d}"
        write_round(folder, number, rng, files)
        if number % 2:  # any moment at all
            killed = import_and_kill(notebook, [previous, folder], setting, rng.uniform(0.0, 1.3 * span))
        else:  # a moment after some batch has committed
            after = rng.randint(1, files)
            killed = import_and_kill(notebook, [previous, folder], setting, rng.uniform(0.0, 0.2), after)
        previous = folder
        code, out = fieldnotes_check(notebook, capsys)
        assert code == 0, f"round {number}: {out}"
        before, count = count, assert_search_agrees_with_rows(notebook, checked, rng)
        assert count >= before  # an import never loses what an earlier one committed
        if killed:
            kills += 1
            grew_after_kill += count > before
        if kills >= setting.kills:
            break
    assert kills >= setting.kills, f"only {kills} imports were still running when killed"
    assert grew_after_kill >= setting.kills // 4, "the kills never landed after a commit: nothing was tested"
    assert count > 2 * files, "the imports never got anywhere"
    assert assert_search_agrees_with_rows(notebook, checked, None) == count
