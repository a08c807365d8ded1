"""Disagreements side by side: the pairs on the left, the two events' fields and quotes in two columns."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.events.disagreements import Disagreement, find_disagreements
from desktop.store.events import Event
from desktop.store.notebook import Notebook
from desktop.ui.common.local_format import digits, isolate, number
from desktop.ui.common.theme import tint
from desktop.ui.events.event_display import (
    actor_label,
    count_text,
    date_text,
    place_name,
    type_label,
    where_text,
)

ROWS = (
    (QT_TRANSLATE_NOOP("EventsDisagreementsView", "Type"), lambda e: type_label(e.type), ("type",)),
    (QT_TRANSLATE_NOOP("EventsDisagreementsView", "Date"), date_text, ("date_start", "date_end")),
    (QT_TRANSLATE_NOOP("EventsDisagreementsView", "Where"), where_text, ("province", "country", "place")),
    (QT_TRANSLATE_NOOP("EventsDisagreementsView", "How many"), count_text, ("count", "count_qualifier")),
    (
        QT_TRANSLATE_NOOP("EventsDisagreementsView", "Perpetrator"),
        lambda e: actor_label(e.perpetrator),
        ("perpetrator",),
    ),
    (
        QT_TRANSLATE_NOOP("EventsDisagreementsView", "Victim group"),
        lambda e: actor_label(e.victim_group),
        ("victim_group",),
    ),
    (QT_TRANSLATE_NOOP("EventsDisagreementsView", "Sources"), lambda e: number(e.sources), ()),
)
DIFFERS = "#ffa94d"  # an orange tinted over the palette's base: readable in light and dark


class EventsDisagreementsView(QWidget):
    """Lists disagreeing pairs; selecting one compares them. Double-click a quote to read it."""

    evidence_requested = Signal(str, int, int)

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._nb = nb
        self._pairs: list[Disagreement] = []
        self.pairs = QListWidget()
        self.pairs.setAccessibleName(self.tr("Disagreements"))
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(self.tr("The two reports side by side"))
        self.table.setHorizontalHeaderLabels([self.tr("First source"), self.tr("Second source")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.cellDoubleClicked.connect(self._open_quote)
        self.empty = QLabel(
            self.tr("No disagreements: no two sources give different counts or places for one event.")
        )
        self.empty.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pairs)
        splitter.addWidget(self.table)
        splitter.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        self.pairs.currentRowChanged.connect(self._compare)

    def set_events(self, events: Sequence[Event]) -> None:
        """Find the disagreements among `events` and list them."""
        self._pairs = find_disagreements(events)
        self.pairs.clear()
        for pair in self._pairs:
            where = place_name(pair.first.province) or place_name(pair.first.country) or "?"
            label = f"{type_label(pair.first.type)}, {where}, {digits(pair.first.date_start)}: {pair.reason}"
            self.pairs.addItem(QListWidgetItem(label))
        self.empty.setVisible(not self._pairs)
        if self._pairs:
            self.pairs.setCurrentRow(0)
        else:
            self.table.setRowCount(0)

    def disagreements(self) -> list[Disagreement]:
        return list(self._pairs)

    def _compare(self, row: int) -> None:
        if not 0 <= row < len(self._pairs):
            return
        pair = self._pairs[row]
        first, second = self._nb.events.get(pair.first.id), self._nb.events.get(pair.second.id)
        quotes = [self._nb.events.evidence(e.id) for e in (first, second)]
        self.table.setRowCount(len(ROWS) + max(len(q) for q in quotes))
        labels = []
        for r, (label, text, names) in enumerate(ROWS):
            labels.append(QCoreApplication.translate("EventsDisagreementsView", label))
            differs = any(n in pair.fields for n in names)
            for c, event in enumerate((first, second)):
                cell = QTableWidgetItem(text(event))
                if differs:
                    cell.setBackground(QBrush(tint(self.palette(), DIFFERS)))
                    cell.setToolTip(self.tr("The sources differ here"))
                self.table.setItem(r, c, cell)
        for i in range(max(len(q) for q in quotes)):
            labels.append(self.tr("Passage") if i == 0 else "")
            for c, passages in enumerate(quotes):
                if i < len(passages):
                    a = passages[i]
                    article = self._nb.article(a.article_id)
                    cell = QTableWidgetItem(
                        isolate(f"«{' '.join(a.exact.split())}»")
                        + f"\n— {isolate(article.outlet or article.title)}"
                    )
                    cell.setData(Qt.ItemDataRole.UserRole, (a.article_id, a.start, a.end))
                    cell.setToolTip(self.tr("Double-click to read it in the article"))
                    self.table.setItem(len(ROWS) + i, c, cell)
        self.table.setVerticalHeaderLabels(labels)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light ↔ dark: re-tint what differs
            differs = QBrush(tint(self.palette(), DIFFERS))
            for row in range(self.table.rowCount()):
                for column in range(self.table.columnCount()):
                    cell = self.table.item(row, column)
                    if cell is not None and cell.background().style() != Qt.BrushStyle.NoBrush:
                        cell.setBackground(differs)

    def _open_quote(self, row: int, column: int) -> None:
        cell = self.table.item(row, column)
        where = cell.data(Qt.ItemDataRole.UserRole) if cell else None
        if where:
            self.evidence_requested.emit(*where)
