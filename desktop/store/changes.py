"""Change: the record of what one user action changed, handed to the notebook's listeners."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

KINDS = ("article", "annotation", "tag", "event", "metadata", "notebook")


@dataclass(frozen=True)
class Change:
    """What one committed action changed.

    kind      "article", "annotation", "tag", "event", "metadata" or "notebook"
    ids       the ids of the records of that kind the action touched
    label     the action in a user's words ("Add annotation"); undo and redo prefix it
    articles  the articles whose text view or search entry changed with it (may be empty)
    """

    kind: str
    ids: tuple[str, ...]
    label: str
    articles: tuple[str, ...] = ()


Listener = Callable[[Change], None]


class Listeners:
    """The functions told about every committed change ("operation did execute")."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def add(self, fn: Listener) -> None:
        if fn not in self._listeners:
            self._listeners.append(fn)

    def remove(self, fn: Listener) -> None:
        if fn in self._listeners:
            self._listeners.remove(fn)

    def notify(self, change: Change) -> None:
        """Call every listener; one that fails is logged, since the change has already committed."""
        for fn in list(self._listeners):
            try:
                fn(change)
            except Exception:
                log.exception("a notebook listener failed on %s", change)
