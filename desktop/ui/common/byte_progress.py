"""A modal progress dialog for work counted in bytes (share, receive), with Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.progress import Progress
from desktop.ui.common.core_messages import core_text
from desktop.ui.common.local_format import digits

STEPS = 1000  # the bar counts per mille: byte counts overflow Qt's int past 2 GB
MB = 1024 * 1024
translate = QCoreApplication.translate


def progress_dialog(parent: QWidget, text: str) -> QProgressDialog:
    dialog = QProgressDialog(text, translate("Progress", "Cancel"), 0, STEPS, parent)
    dialog.setWindowTitle(parent.windowTitle())
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(300)
    dialog.setAccessibleName(translate("Progress", "Progress"))
    return dialog


def show_progress(dialog: QProgressDialog, progress: Progress) -> None:
    # The label first: setValue() may process events, and the work may finish inside it.
    done, total = (digits(f"{n / MB:.1f}") for n in (progress.done, progress.total))
    dialog.setLabelText(
        translate("Progress", "{label}… {done} of {total} MB").format(
            label=core_text(progress.label), done=done, total=total
        )
    )
    dialog.setValue(STEPS * progress.done // max(progress.total, 1))


def close_progress(dialog: QProgressDialog | None) -> None:
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()
