"""Opening a notebook the app cannot write, or one another Fieldnotes has open: a message, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.store.file import unlock
from desktop.store.notebook import Notebook
from desktop.ui.shell import notebook_flow

HOLDER = (
    "import sys, time; from desktop.store.notebook import Notebook; "
    "nb = Notebook.open(sys.argv[1], None); print('open', flush=True); time.sleep(60)"
)


def test_a_notebook_open_in_another_fieldnotes_is_refused_naming_it(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "busy.fieldnotes"
    Notebook.create(path, None).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
        assert notebook_flow.try_unlock(None, path, None) is None
        assert warnings == [f"{path}: is open in another Fieldnotes (pid {holder.pid}); close it there first"]
    finally:
        holder.kill()
        holder.wait()
    session = notebook_flow.try_unlock(None, path, None)  # free again once the other has ended
    assert session is not None
    session.close()


def test_a_notebook_that_cannot_be_written_opens_read_only_with_a_message(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    path = tmp_path / "usb.fieldnotes"
    Notebook.create(path, None).close()
    # this process is root here, which may write anything: say the file cannot be written, as
    # for a user on read-only media (tests/cli/test_storage_failures.py does it for real)
    monkeypatch.setattr(unlock, "writable", lambda p: False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(title))
    session = notebook_flow.try_unlock(None, path, None)
    assert session is not None and shown == ["Opened read-only"]
    assert unlock.is_read_only(session.nb.conn)
    assert session.nb.count_articles() == 0  # reading works
    session.close()
