"""After an exchange import (a REFI-QDA project, W3C annotations): what was stored, found already
there, and skipped, with why, in the interface language.

The exchange code writes its report in English for the command line (`ExchangeItem.line()`); here
each record's kind and status are named through tr() and its reason, a core message, through
desktop/ui/common/core_messages.py, as the library's import report does (import_texts.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from desktop.exchange.report import PRESENT, SKIPPED, STORED
from desktop.ui.common import language
from desktop.ui.common.core_messages import core_text
from desktop.ui.common.local_format import isolate, number

KINDS = {  # ExchangeItem.kind
    "source": QT_TRANSLATE_NOOP("ExchangeReport", "Source"),
    "code": QT_TRANSLATE_NOOP("ExchangeReport", "Code"),
    "annotation": QT_TRANSLATE_NOOP("ExchangeReport", "Annotation"),
    "note": QT_TRANSLATE_NOOP("ExchangeReport", "Note"),
    "user": QT_TRANSLATE_NOOP("ExchangeReport", "User"),
    "case": QT_TRANSLATE_NOOP("ExchangeReport", "Case"),
}
LINES = {  # ExchangeItem.status
    STORED: QT_TRANSLATE_NOOP("ExchangeReport", "{kind} {label}: stored"),
    PRESENT: QT_TRANSLATE_NOOP("ExchangeReport", "{kind} {label}: already in the notebook"),
    SKIPPED: QT_TRANSLATE_NOOP("ExchangeReport", "{kind} {label}: skipped"),
}


translate = QCoreApplication.translate


def reason_text(reason: str) -> str:
    """Why a record was skipped (or what was left of it), translated; an annotation file gives
    several reasons at once, "; "-separated."""
    parts = [core_text(part) for part in reason.split("; ") if part]
    return ("؛ " if language.active_language() in language.RIGHT_TO_LEFT else "; ").join(parts)


def item_line(item: Any) -> str:
    """One record's line: "Source Kabul: skipped (a coding of the whole source …)"."""
    kind = translate("ExchangeReport", KINDS[item.kind]) if item.kind in KINDS else item.kind
    # a passage's label («…» in Kabul) and the placeholders ("(no id)") are the core's words
    label = core_text(item.label) if item.kind in ("annotation", "case") else item.label
    template = LINES.get(item.status)
    if template is None:  # a status this version does not know: as the command line writes it
        return item.line()
    line = translate("ExchangeReport", template).format(kind=kind, label=isolate(label[:70]))
    if not item.reason:
        return line
    return translate("ExchangeReport", "{line} ({reason})").format(line=line, reason=reason_text(item.reason))


def report_lines(items: list[Any]) -> tuple[str, list[str]]:
    """A one-line summary of an import's report, and a line per record not stored (with why)."""
    tally: dict[str, int] = {}
    for item in items:
        tally[item.status] = tally.get(item.status, 0) + 1
    summary = translate(
        "ExchangeReport", "Stored {stored}; {present} already in the notebook; {skipped} skipped."
    ).format(**{key: number(tally.get(key, 0)) for key in (STORED, PRESENT, SKIPPED)})
    return summary, [item_line(item) for item in items if item.status != STORED]


class ExchangeReport(QDialog):
    """What an exchange import stored, found already there, and skipped (with the reason);
    `note` says, when there is one, what a Cancel did or could not do."""

    def __init__(self, title: str, items: list[Any], note: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(680, 380)
        summary, lines = report_lines(items)
        self.summary = QLabel("\n".join(t for t in (summary, note) if t), self, wordWrap=True)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Records not stored"))
        self.problems.addItems(lines)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
