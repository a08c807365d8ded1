"""The Qt binding survives a long session (PySide6 6.12.0 aborted after ~10,000 void calls)."""

from __future__ import annotations

import os
import subprocess
import sys

LONG_SESSION = (
    "from PySide6.QtWidgets import QApplication, QWidget\n"
    "app = QApplication([])\n"
    "w = QWidget()\n"
    "for _ in range(200_000):\n"
    "    w.update()\n"
    "print('survived')\n"
)


def test_many_void_qt_calls_do_not_abort() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", LONG_SESSION], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"
