"""Something the app needs is missing on the machine: one line saying what to install, exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import requirements
from desktop.cli import main
from desktop.export import pandoc_run


def test_a_missing_qt_library_names_the_package_to_install() -> None:
    error = OSError("libEGL.so.1: cannot open shared object file: No such file or directory")
    message = str(requirements.explain_import_error(error, needed_for="the app"))
    assert "libEGL.so" in message and "libegl1" in message
    assert "\n" not in message


def test_an_unknown_load_failure_still_says_what_needed_it() -> None:
    message = str(requirements.explain_import_error(ImportError("boom"), needed_for="PDF export"))
    assert message.startswith("PDF export cannot load a library") and "\n" not in message


def test_the_app_without_a_display_says_so_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env["FIELDNOTES_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "gui"], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "display" in done.stderr
    assert "Traceback" not in done.stderr


def test_an_export_without_pandoc_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import pypandoc

    def no_pandoc() -> str:
        raise OSError("No pandoc was found")

    monkeypatch.setattr(pypandoc, "get_pandoc_path", no_pandoc)
    monkeypatch.setenv("PATH", str(tmp_path))  # no pandoc on PATH either
    monkeypatch.setenv("FIELDNOTES_HOME", str(tmp_path / "home"))
    pandoc_run.pandoc_path.cache_clear()
    notebook = tmp_path / "nb.fieldnotes"
    try:
        assert main(["new", str(notebook), "--no-passphrase"]) == 0
        code = main(["--notebook", str(notebook), "export", "citations", "--format", "bibtex", "-o", "-"])
        summary = main(
            [
                "--notebook",
                str(notebook),
                "export",
                "summary",
                "--format",
                "html",
                "-o",
                str(tmp_path / "s.html"),
            ]
        )
    finally:
        pandoc_run.pandoc_path.cache_clear()
    err = capsys.readouterr().err
    assert code == 0  # BibTeX needs no pandoc
    assert summary == 1
    assert "needs pandoc" in err and "Traceback" not in err
    assert not (tmp_path / "s.html").exists()
