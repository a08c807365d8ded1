"""A full disk, read-only media and a notebook open in another Fieldnotes, as a user meets them.

The disk fills up for real in a subprocess: RLIMIT_FSIZE caps how large it may make any file
(SIGXFSZ ignored, so a write past it fails with EFBIG, as it fails with ENOSPC on a full disk,
which a tmpfs mount was used to confirm by hand). Read-only media are a file and a folder without
write permission; as root, the subprocess first drops the capability that lets root write anyway.
"""

from __future__ import annotations

import ctypes
import os
import random
import resource
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import cli
from desktop.store import articles
from desktop.store.notebook import Notebook

WORDS = ["detained", "former", "soldiers", "Kunduz", "Herat", "released", "court", "witness", "night"]
# `fieldnotes` with the importer's batches made small, so that some commit before the disk fills
DRIVER = (
    "import sys; from desktop import cli, importer; importer.BATCH_FILES = 4; "
    "sys.exit(cli.main(sys.argv[1:]))"
)


def write_articles(folder: Path, count: int, words: int, seed: int) -> None:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body = " ".join(f"{rng.choice(WORDS)}{rng.randint(0, 10**6)}" for _ in range(words))
        (folder / f"r{seed}-{i:03d}.txt").write_text(f"Report {seed}-{i}\n\n{body}\n", encoding="utf-8")


def limited_to(size: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return apply


def without_root_override() -> None:
    """As root, give up CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH for the command run next, so
    that file permissions bind it as they bind a user."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # PR_CAPBSET_DROP = 24
        if libc.prctl(24, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def fieldnotes(
    *args: str, preexec: Callable[[], None] | None = None, driver: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDNOTES")}
    start = [sys.executable, "-c", driver] if driver else [sys.executable, "-m", "desktop"]
    return subprocess.run(
        [*start, *args], capture_output=True, text=True, env=env, preexec_fn=preexec, timeout=300
    )


def assert_intact(notebook: Path, reported: set[str]) -> int:
    """`fieldnotes check` passes, the index holds the live rows and every reported id is there."""
    assert cli.main(["--notebook", str(notebook), "check"]) == 0
    with Notebook.open(notebook, None) as nb:
        live = articles.live_ids(nb.db)
        assert nb.index.ids() == live
    assert reported <= live, reported - live
    return len(live)


def test_a_disk_that_fills_up_during_an_import_ends_with_one_line_and_an_intact_notebook(
    tmp_path: Path,
) -> None:
    notebook = tmp_path / "full.fieldnotes"
    assert cli.main(["new", str(notebook), "--no-passphrase"]) == 0
    write_articles(tmp_path / "in", 60, 4000, seed=1)  # ~60 × 40 KB
    limit = notebook.stat().st_size + 3_000_000
    run = fieldnotes(
        "--notebook", str(notebook), "import", str(tmp_path / "in"), driver=DRIVER, preexec=limited_to(limit)
    )
    assert run.returncode == 1
    message = run.stderr.strip().splitlines()[-1]
    assert "Traceback" not in run.stderr
    assert "could not write to the disk" in message and "the notebook is intact" in message
    reported = {line.rsplit("[", 1)[1][:8] for line in run.stdout.splitlines() if line.startswith("imported")}
    count = assert_intact(notebook, set())
    assert 0 < count < 60  # some batches committed before the disk was full, not all
    with Notebook.open(notebook, None) as nb:
        assert {a[:8] for a in articles.live_ids(nb.db)} == reported  # reported = stored
    # with room again, the same import completes: what was stored is reported as duplicates
    again = fieldnotes("--notebook", str(notebook), "import", str(tmp_path / "in"))
    assert again.returncode == 0 and again.stdout.splitlines()[-1].startswith(
        f"{60 - count} imported, {count}"
    )
    assert assert_intact(notebook, set()) == 60


def test_a_disk_that_fills_up_while_a_share_is_received_leaves_the_notebook_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_home: Path
) -> None:
    alice, bob = tmp_path / "alice.fieldnotes", tmp_path / "bob.fieldnotes"
    for path in (alice, bob):
        assert cli.main(["new", str(path), "--no-passphrase"]) == 0
    write_articles(tmp_path / "in", 12, 8000, seed=2)
    assert cli.main(["--notebook", str(alice), "import", str(tmp_path / "in")]) == 0
    monkeypatch.setenv("FIELDNOTES_SHARE_PASSPHRASE", "share words")
    share = tmp_path / "all.age"
    assert cli.main(["--notebook", str(alice), "share", "--passphrase", "-o", str(share)]) == 0
    before = bob.read_bytes()
    run = subprocess.run(  # the environment as set: the share's passphrase, the isolated home
        [
            sys.executable,
            "-m",
            "desktop",
            "--notebook",
            str(bob),
            "receive",
            str(share),
            "--accept-unverified",
        ],
        capture_output=True,
        text=True,
        preexec_fn=limited_to(bob.stat().st_size + 300_000),
        timeout=300,
    )
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    assert "could not write to the disk" in run.stderr or "disk is full" in run.stderr
    assert assert_intact(bob, set()) == 0
    assert bob.read_bytes() == before or cli.main(["--notebook", str(bob), "log", "--verify"]) == 0
    assert cli.main(["--notebook", str(bob), "receive", str(share), "--accept-unverified"]) == 0  # room again
    assert assert_intact(bob, set()) == 12


@pytest.fixture
def read_only_notebook(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    notebook = folder / "field.fieldnotes"
    assert cli.main(["new", str(notebook), "--no-passphrase"]) == 0
    write_articles(tmp_path / "in", 2, 50, seed=3)
    assert cli.main(["--notebook", str(notebook), "import", str(tmp_path / "in")]) == 0
    notebook.chmod(0o444)
    folder.chmod(0o555)
    yield notebook
    folder.chmod(0o755)


def test_a_read_only_notebook_opens_for_reading_and_refuses_changes_in_one_line(
    read_only_notebook: Path, tmp_path: Path
) -> None:
    before = read_only_notebook.read_bytes()
    listed = fieldnotes("--notebook", str(read_only_notebook), "list", preexec=without_root_override)
    assert listed.returncode == 0, listed.stderr
    assert "Report 3-0" in listed.stdout and "opened read-only" in listed.stderr
    found = fieldnotes(
        "--notebook", str(read_only_notebook), "search", "Report", preexec=without_root_override
    )
    assert found.returncode == 0 and "Report 3-1" in found.stdout
    checked = fieldnotes("--notebook", str(read_only_notebook), "check", preexec=without_root_override)
    assert checked.returncode == 0 and checked.stdout.startswith("ok: 2 articles")
    write_articles(tmp_path / "more", 1, 50, seed=4)
    first_id = listed.stdout.split()[0]
    for command in (
        ["import", str(tmp_path / "more")],
        ["rebuild-index"],
        ["delete", first_id],
        ["passwd", "--no-passphrase"],
    ):
        changed = fieldnotes("--notebook", str(read_only_notebook), *command, preexec=without_root_override)
        assert changed.returncode == 1, (command, changed.stderr)
        assert "Traceback" not in changed.stderr
        assert "read-only" in changed.stderr.strip().splitlines()[-1], changed.stderr
    assert read_only_notebook.read_bytes() == before
    assert sorted(p.name for p in read_only_notebook.parent.iterdir()) == ["field.fieldnotes"]


def test_a_notebook_open_in_another_fieldnotes_says_which(tmp_path: Path) -> None:
    notebook = tmp_path / "shared.fieldnotes"
    assert cli.main(["new", str(notebook), "--no-passphrase"]) == 0
    with Notebook.open(notebook, None):
        with Notebook.open(notebook, None):  # this process again (another thread of the app): fine
            pass
        other = fieldnotes("--notebook", str(notebook), "list")
        assert other.returncode == 1
        assert other.stderr.strip() == (
            f"fieldnotes: {notebook}: is open in another Fieldnotes (pid {os.getpid()}); close it there first"
        )
    assert fieldnotes("--notebook", str(notebook), "list").returncode == 0  # closed: free again


def test_an_unreadable_file_in_a_folder_fails_alone_with_permission_denied(tmp_path: Path) -> None:
    notebook = tmp_path / "n.fieldnotes"
    assert cli.main(["new", str(notebook), "--no-passphrase"]) == 0
    write_articles(tmp_path / "in", 2, 50, seed=5)
    locked = tmp_path / "in" / "r5-001.txt"
    locked.chmod(0o000)
    run = fieldnotes(
        "--notebook", str(notebook), "import", str(tmp_path / "in"), preexec=without_root_override
    )
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert f"error     {locked}: cannot be read (permission denied)" in run.stdout.splitlines()
    assert run.stdout.splitlines()[-1] == "1 imported, 0 duplicates, 0 skipped, 1 error"
