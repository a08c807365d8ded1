"""The crash harness's checks (scripts/crash_harness.py): what a run reported done, whether it
is there, plaintext left in files, processes left running; and the records of the runs."""

from __future__ import annotations

import os
import select
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from desktop.store import articles
from desktop.store.errors import NotFound
from desktop.store.notebook import Notebook

MARKER = "qzcanaryplaintext"  # in every imported text and nowhere else


@dataclass
class Tally:
    """What happened to one operation: runs, kills, and the problems found after them."""

    runs: int = 0
    kills: int = 0
    kills_after_progress: int = 0  # killed after reporting part of its work done
    kills_during_merge: int = 0  # killed while a background merge was under way
    failures: list[str] = field(default_factory=list)


@dataclass
class Run:
    """A finished or killed subprocess: its output lines and whether the kill came first."""

    lines: list[str]
    killed: bool
    returncode: int | None
    stderr: str


def imported_are_there(nb: Notebook, run: Run) -> list[str]:
    reported = {
        line.rsplit("[", 1)[1][:8] for line in run.lines if line.startswith("imported") and "[" in line
    }
    live = {i[:8] for i in articles.live_ids(nb.db)}
    missing = reported - live
    return [f"{len(missing)} files reported imported are missing"] if missing else []


def edits_are_there(nb: Notebook, run: Run) -> list[str]:
    problems, last_title = [], {}
    for line in run.lines:
        if not line.startswith("done "):
            continue
        _, kind, record, value = line.split(" ", 3)
        if kind == "annotate" and not annotation_exists(nb, record):
            problems.append(f"annotation {record} missing")
        if kind == "metadata":
            last_title[record] = value
    for record, title in last_title.items():  # a later edit may have committed unreported
        now = nb.article(record).title
        if now != title and not now.startswith("Edited title "):
            problems.append(f"metadata edit of {record[:8]} lost: {now!r}")
    return problems


def wait_for_line(proc: subprocess.Popen[bytes], prefix: bytes, *, deadline: float) -> bytes:
    """Read the command's output until a whole line starts with `prefix` (or it ends, or the
    deadline passes); returns what was read."""
    assert proc.stdout is not None
    fd, out = proc.stdout.fileno(), b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if not ready:
            continue
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        out += chunk
        if any(line.startswith(prefix) for line in out.split(b"\n")[:-1]):
            break
    return out


def progress(line: str) -> bool:
    """A line by which a command reports part of its work done."""
    return line.startswith(("imported", "done ", "{", "received from")) or "passphrase changed" in line


def annotation_exists(nb: Notebook, annotation_id: str) -> bool:
    try:
        nb.annotations.get(annotation_id)
    except NotFound:
        return False
    return True


def plaintext_files(folders: list[Path]) -> list[str]:
    """Files under `folders` whose bytes hold the marker (UTF-8 or UTF-16)."""
    needles = (MARKER.encode(), MARKER.encode("utf-16-le"))
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            try:
                data = path.read_bytes() if path.is_file() else b""
            except OSError:
                continue
            if any(n in data for n in needles):
                found.append(f"plaintext in {path.relative_to(folder.parent)}")
    return found


def stray_processes(tmp: Path) -> list[str]:
    """Processes of a killed command still alive 5 s later (their TMPDIR is the harness's)."""
    deadline = time.monotonic() + 5
    while True:
        stray = []
        for proc in Path("/proc").glob("[0-9]*"):
            try:
                environ = (proc / "environ").read_bytes()
            except OSError:
                continue
            if f"TMPDIR={tmp}".encode() in environ.split(b"\0") and int(proc.name) != os.getpid():
                stray.append(proc.name)
        if not stray or time.monotonic() > deadline:
            return [f"processes left running: {', '.join(stray)}"] if stray else []
        time.sleep(0.2)
