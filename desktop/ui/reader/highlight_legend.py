"""The key to the reader's highlights: a swatch and a name per tag shown, and "event evidence"."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.ui.common.contrast import RGB, to_hex
from desktop.ui.reader.highlights import EVIDENCE_LABEL, NO_TAG


class HighlightLegend(QLabel):
    """`show_entries([(label, tint, mark)])`; hidden when there is nothing to explain."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.setAccessibleName(self.tr("Highlight legend"))
        self._entries: list[str] = []
        self.hide()

    def _name(self, label: str) -> str:
        return {EVIDENCE_LABEL: self.tr("Event evidence"), NO_TAG: self.tr("No tag")}.get(label, label)

    def show_entries(self, entries: list[tuple[str, RGB, RGB]]) -> None:
        """(label, fill, border) each: the fill is the tint shown in the text; evidence is a bar."""
        self._entries = [self._name(label) for label, _fill, _mark in entries]
        parts = []
        for (label, tint, mark), name in zip(entries, self._entries, strict=True):
            if label == EVIDENCE_LABEL:
                swatch = f"<span style='color:{to_hex(mark)}'>▌</span>"
            else:
                swatch = (
                    f"<span style='background-color:{to_hex(tint)};"
                    f" border-bottom:2px solid {to_hex(mark)}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>"
                )
            parts.append(f"<span style='white-space:nowrap'>{swatch}&nbsp;{html.escape(name)}</span>")
        self.setText("<small>" + " &nbsp; ".join(parts) + "</small>")
        self.setAccessibleDescription(", ".join(self._entries))
        self.setVisible(bool(entries))

    def entries(self) -> list[str]:
        """The names listed, in order (what a screen reader reads as the description)."""
        return list(self._entries)
