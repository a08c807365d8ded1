"""The `fieldnotes` command driven as a user would: in a subprocess, end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import build_parser


def run(
    *args: str, home: Path, passphrase: str | None = "pw", stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDNOTES")}
    env["FIELDNOTES_HOME"] = str(home)
    if passphrase is not None:
        env["FIELDNOTES_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "articles"
    (d / "sub").mkdir(parents=True)
    (d / "kunduz.txt").write_text(
        "Detentions in Kunduz\n\nThe Taliban detained twelve former police officers in Kunduz.",
        encoding="utf-8",
    )
    (d / "sub" / "herat.md").write_text(
        "# Deportations through Herat\n\nIranian police deported families via Islam Qala.",
        encoding="utf-8",
    )
    (d / "sub" / "dari.txt").write_text(
        "بازداشت در بدخشان\n\nطالبان پانزده سرباز پیشین را بازداشت کردند.", encoding="utf-8"
    )
    return d


@pytest.fixture
def nb(tmp_path: Path) -> Path:
    path = tmp_path / "cli.fieldnotes"
    result = run("new", str(path), home=tmp_path)
    assert result.returncode == 0, result.stderr
    return path


def test_import_search_show_list_delete(nb: Path, folder: Path, tmp_path: Path) -> None:
    result = run("--notebook", str(nb), "import", str(folder), "--json", home=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    rows = report["files"]
    assert {r["status"] for r in rows} == {"imported"} and len(rows) == 3
    assert all({"path", "status", "id", "title", "error", "reason"} <= r.keys() for r in rows)
    assert report["counts"] == {"imported": 3, "duplicate": 0, "skipped": 0, "error": 0}

    again = json.loads(run("--notebook", str(nb), "import", str(folder), "--json", home=tmp_path).stdout)
    assert {r["status"] for r in again["files"]} == {"duplicate"}

    hits = json.loads(run("--notebook", str(nb), "search", "deported", "--json", home=tmp_path).stdout)
    assert [h["title"] for h in hits] == ["Deportations through Herat"]
    assert {"id", "title", "score", "snippet"} <= hits[0].keys()
    assert "**deported**" in hits[0]["snippet"]

    fa = json.loads(run("--notebook", str(nb), "search", "بازداشت", "--json", home=tmp_path).stdout)
    assert len(fa) == 1

    shown = json.loads(run("--notebook", str(nb), "show", hits[0]["id"], "--json", home=tmp_path).stdout)
    assert "Islam Qala" in shown["text"] and len(shown["original_sha256"]) == 64

    listed = run("--notebook", str(nb), "list", home=tmp_path).stdout
    assert "Detentions in Kunduz" in listed

    assert run("--notebook", str(nb), "delete", hits[0]["id"][:8], home=tmp_path).returncode == 0
    gone = json.loads(run("--notebook", str(nb), "search", "deported", "--json", home=tmp_path).stdout)
    assert gone == []
    check = run("--notebook", str(nb), "check", home=tmp_path)
    assert check.returncode == 0 and check.stdout.startswith("ok"), check.stdout


def test_bad_file_fails_alone(nb: Path, folder: Path, tmp_path: Path) -> None:
    bad = folder / "empty.txt"
    bad.write_bytes(b"")
    result = run("--notebook", str(nb), "import", str(folder), "--json", home=tmp_path)
    assert result.returncode == 1
    rows = {Path(r["path"]).name: r for r in json.loads(result.stdout)["files"]}
    assert rows["empty.txt"]["status"] == "error" and rows["empty.txt"]["error"]
    assert rows["kunduz.txt"]["status"] == "imported"
    assert "Traceback" not in result.stderr


def test_a_folder_import_reports_every_file_and_skips_do_not_fail(
    nb: Path, folder: Path, tmp_path: Path
) -> None:
    (folder / "table.xyz").write_text("a spreadsheet export")
    (folder / "sub" / "notes.odt").write_bytes(b"PK")
    result = run("--notebook", str(nb), "import", str(folder), home=tmp_path)
    assert result.returncode == 0, result.stderr  # skips are not failures
    lines = result.stdout.splitlines()
    assert any(ln.startswith("skipped") and ln.endswith("table.xyz: unsupported type (.xyz)") for ln in lines)
    assert any(ln.startswith("skipped") and "notes.odt: unsupported type (.odt)" in ln for ln in lines)
    assert sum(ln.startswith("imported") for ln in lines) == 3
    assert lines[-1] == "3 imported, 0 duplicates, 2 skipped, 0 errors"

    (folder / "empty.txt").write_bytes(b"")
    again = run("--notebook", str(nb), "import", str(folder), "--json", home=tmp_path)
    assert again.returncode == 1  # a file failed
    report = json.loads(again.stdout)  # one document on stdout: every file, then the counts
    rows = {Path(r["path"]).name: r for r in report["files"]}
    assert len(rows) == 6
    assert rows["table.xyz"]["status"] == "skipped"
    assert rows["table.xyz"]["reason"] == "unsupported type (.xyz)"
    assert rows["empty.txt"]["status"] == "error" and rows["empty.txt"]["error"] == "is empty"
    assert report["counts"] == {"imported": 0, "duplicate": 3, "skipped": 2, "error": 1}
    assert again.stderr == ""


def test_wrong_passphrase_exit_2_one_line(nb: Path, tmp_path: Path) -> None:
    before = nb.read_bytes()
    result = run("--notebook", str(nb), "list", home=tmp_path, passphrase="wrong")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "passphrase" in result.stderr
    assert nb.read_bytes() == before


def test_passphrase_file_and_passwd(nb: Path, folder: Path, tmp_path: Path) -> None:
    run("--notebook", str(nb), "import", str(folder), home=tmp_path)
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("pw\n")
    new.write_text("a much longer passphrase\n")
    result = run(
        "--notebook",
        str(nb),
        "--passphrase-file",
        str(old),
        "passwd",
        "--new-passphrase-file",
        str(new),
        home=tmp_path,
        passphrase=None,
    )
    assert result.returncode == 0, result.stderr
    assert run("--notebook", str(nb), "list", home=tmp_path).returncode == 2
    listed = run("--notebook", str(nb), "--passphrase-file", str(new), "list", home=tmp_path, passphrase=None)
    assert listed.returncode == 0 and "Kunduz" in listed.stdout


def test_plain_notebook_needs_no_passphrase(tmp_path: Path, folder: Path) -> None:
    path = tmp_path / "plain.fieldnotes"
    assert run("new", str(path), "--no-passphrase", home=tmp_path, passphrase=None).returncode == 0
    result = run("--notebook", str(path), "import", str(folder), home=tmp_path, passphrase=None)
    assert result.returncode == 0, result.stderr


def test_default_notebook_created_on_first_use(tmp_path: Path, folder: Path) -> None:
    result = run("import", str(folder / "kunduz.txt"), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "default.fieldnotes").exists()
    assert "Kunduz" in run("list", home=tmp_path).stdout


def test_no_passphrase_available_is_a_clear_error(nb: Path, tmp_path: Path) -> None:
    result = run("--notebook", str(nb), "list", home=tmp_path, passphrase=None, stdin="")
    assert result.returncode == 2 and "FIELDNOTES_PASSPHRASE" in result.stderr


def test_every_command_has_help() -> None:
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name, sub in commands.items():
        assert sub.description, f"`fieldnotes {name}` has no description"
        help_text = sub.format_help()
        assert "usage: fieldnotes" in help_text


def test_every_command_is_in_the_readme() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    missing = [name for name in commands if f"fieldnotes {name}" not in readme]
    assert not missing, f"commands not documented in README.md: {missing}"
