"""Errors shown as messages a user can act on, never as tracebacks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.store.errors import NotebookError

T = TypeVar("T")
log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def attempt(parent: QWidget | None, title: str, action: Callable[[], T]) -> T | None:
    """Run one user action; on a store error (or a bad value) say why and return None."""
    try:
        return action()
    except (NotebookError, ValueError, KeyError, OSError) as exc:
        log.info("%s failed: %s", title, exc)
        show_error(parent, title, f"{title} did not work:\n\n{exc}")
        return None
