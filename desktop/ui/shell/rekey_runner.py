"""Change the notebook's passphrase: close it, re-encrypt off the GUI thread, open it again."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from desktop.progress import Progress
from desktop.store import rekey
from desktop.ui.common.core_messages import error_text
from desktop.ui.common.error_message import show_error
from desktop.ui.common.worker import GeneratorWorker
from desktop.ui.shell import passphrase_dialog
from desktop.ui.shell.session import open_session

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow


def change_passphrase(window: MainWindow) -> GeneratorWorker | None:
    """Ask for the new passphrase, then re-encrypt; the window shows the notebook again after."""
    session = window.session
    if session is None:
        return None
    chosen, new = passphrase_dialog.ask_new_passphrase(
        window,
        title=translate("Rekey", "Change passphrase"),
        intro=translate(
            "Rekey", "The notebook is closed, copied under the new passphrase, checked, and opened again."
        ),
    )
    if not chosen:
        return None
    path, old = session.path, session.passphrase
    window.detach()  # the store must be closed while its file is replaced

    def job() -> Iterator[Progress]:
        yield Progress(0, 1, "re-encrypting")
        rekey.change_passphrase(path, old, new)
        yield Progress(1, 1, "done")

    progress = QProgressDialog(translate("Rekey", "Re-encrypting the notebook…"), "", 0, 0, window)
    progress.setCancelButton(None)  # a half-made copy is thrown away anyway; let it finish
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.show()
    worker = GeneratorWorker(job)
    failed: list[str] = []
    worker.signals.failed.connect(failed.append)

    def done(_cancelled: bool) -> None:
        progress.close()
        if failed:
            still = translate("Rekey", "The old passphrase still works.")
            show_error(window, translate("Rekey", "Change passphrase"), f"{failed[0]}\n\n{still}")
        try:
            window.attach(open_session(path, old if failed else new))
        except Exception as exc:  # noqa: BLE001 - shown to the user, who can unlock by hand
            show_error(window, translate("Rekey", "Change passphrase"), error_text(exc))
            window.show_locked()

    worker.signals.finished.connect(done)
    window.rekey_worker = worker  # kept alive until it finishes
    worker.start()
    return worker
