"""Errors shown as messages a user can act on, never as tracebacks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.store.errors import NotebookError
from desktop.store.file import storage_errors
from desktop.ui.common.core_messages import core_text

T = TypeVar("T")
log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A warning box; `message` may come from the core as it is (it is translated here)."""
    QMessageBox.warning(parent, title, core_text(message))


def attempt(parent: QWidget | None, title: str, action: Callable[[], T]) -> T | None:
    """Run one user action; on a store error (or a bad value) say why and return None."""
    try:
        return action()
    except (NotebookError, ValueError, KeyError, OSError) as exc:
        log.info("%s failed: %s", title, exc)
        text = QCoreApplication.translate("Error", "{title} did not work:\n\n{error}")
        error = core_text(storage_errors.explain(exc, "") or str(exc)).removeprefix(": ")
        show_error(parent, title, text.format(title=title, error=error))
        return None
    except Exception as exc:  # a read-only notebook, a full disk: said so; anything else is a bug
        problem = storage_errors.explain(exc, "")
        if problem is None:
            raise
        text = QCoreApplication.translate("Error", "{title} did not work:\n\n{error}")
        show_error(parent, title, text.format(title=title, error=core_text(problem).removeprefix(": ")))
        return None
