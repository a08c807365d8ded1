"""Conflicts: records edited on both sides of a share, their versions side by side, keep one."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.changes import Change
from desktop.store.notebook import Notebook
from desktop.store.sharing import merge
from desktop.store.sharing.custody_view import actor_names
from desktop.ui.common.error_message import attempt
from desktop.ui.common.local_format import digits, number
from desktop.ui.common.theme import tint

DIFFERS = "#fcc419"  # a yellow tinted over the palette's base (readable in light and dark)
KINDS = {"articles": "article", "annotations": "annotation", "tags": "tag", "events": "event"}
LABELS = {
    "articles": QT_TRANSLATE_NOOP("ConflictsPanel", "Article"),
    "annotations": QT_TRANSLATE_NOOP("ConflictsPanel", "Passage"),
    "tags": QT_TRANSLATE_NOOP("ConflictsPanel", "Tag"),
    "events": QT_TRANSLATE_NOOP("ConflictsPanel", "Event"),
}
TITLE_FIELDS = ("title", "path", "exact", "description")
EMPTY = QT_TRANSLATE_NOOP(
    "ConflictsPanel", "No conflicts: every record shows the one version everybody's edits led to."
)
translate = QCoreApplication.translate


def conflict_title(conflict: merge.Conflict) -> str:
    """A conflict in a few words: the kind of record and its title (as the shown version has it)."""
    content = conflict.versions[0].content
    name = next((str(content[f]) for f in TITLE_FIELDS if content.get(f)), conflict.record_id)
    return f"{translate('ConflictsPanel', LABELS.get(conflict.table, conflict.table))}: {name[:80]}"


def _version_heading(index: int, version: merge.Revision, names: dict[str, str]) -> str:
    who = names.get(str(version.content.get("author", "")), translate("ConflictsPanel", "a colleague"))
    when = digits(str(version.content.get("modified", ""))[:16].replace("T", " "))
    heading = (
        translate("ConflictsPanel", "Version {number} (shown now)")
        if index == 0
        else translate("ConflictsPanel", "Version {number}")
    )
    return f"{heading.format(number=number(index + 1))}\n{who} · {when}"


class ConflictsPanel(QWidget):
    """`ConflictsPanel(nb)`: open conflicts in a list; the chosen one's versions side by side,
    fields that differ highlighted, and a "Keep this one" button under each version.
    `resolved(conflict id)` after a version was kept."""

    resolved = Signal(str)

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.conflicts: list[merge.Conflict] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Open conflicts"))
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAccessibleName(self.tr("Versions side by side"))
        self.keep_row = QHBoxLayout()
        self.keep_buttons: list[QPushButton] = []
        self.heading = QLabel(self, wordWrap=True)
        self._lay_out()
        self.list.currentRowChanged.connect(self._show_conflict)
        nb.add_listener(self._on_change)
        self.refresh()

    def _lay_out(self) -> None:
        versions = QWidget(self)
        column = QVBoxLayout(versions)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.table, 1)
        column.addLayout(self.keep_row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(versions)
        split.setSizes([140, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def detach(self) -> None:
        """Stop listening to the notebook (before it closes)."""
        self.nb.remove_listener(self._on_change)

    def _on_change(self, _change: Change) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the open conflicts again, keeping the chosen one chosen if it is still open."""
        current = self.current()
        self.conflicts = merge.list_conflicts(self.nb)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            versions = self.tr("%n versions", "", len(conflict.versions))
            item = QListWidgetItem(f"{conflict_title(conflict)} — {versions}")
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            self.list.addItem(item)
        if not self.conflicts:
            self.list.addItem(QListWidgetItem(self.tr(EMPTY)))
        ids = [c.id for c in self.conflicts]
        row = ids.index(current.id) if current is not None and current.id in ids else 0
        self.list.setCurrentRow(row if self.conflicts else -1)
        self.list.blockSignals(False)
        self._show_conflict(self.list.currentRow())

    def current(self) -> merge.Conflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _show_conflict(self, _row: int) -> None:
        conflict = self.current()
        self._clear_buttons()
        self.table.clear()
        if conflict is None:
            self.heading.setText("")
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        heading = self.tr(
            "<b>{title}</b> was edited on both sides (found {found}). "
            "Fields that differ are highlighted. Keeping one version makes it the record everywhere "
            "it is shared; the others stay in its history."
        )
        title = conflict_title(conflict)
        self.heading.setText(heading.format(title=title, found=digits(conflict.detected[:16])))
        self._fill_table(conflict)
        for index, _version in enumerate(conflict.versions):
            button = QPushButton(self.tr("Keep this one"), self)
            button.setAccessibleName(self.tr("Keep version {number}").format(number=number(index + 1)))
            button.clicked.connect(partial(self.keep, index))
            self.keep_row.addWidget(button)
            self.keep_buttons.append(button)

    def _fill_table(self, conflict: merge.Conflict) -> None:
        names = actor_names(self.nb)
        fields = [merge.version_fields(v.content) for v in conflict.versions]
        differs = merge.differing_fields(conflict.versions)
        keys = sorted(set().union(*fields), key=lambda k: (k not in differs, k))
        self.table.setColumnCount(len(conflict.versions))
        self.table.setRowCount(len(keys))
        self.table.setVerticalHeaderLabels(keys)
        self.table.setHorizontalHeaderLabels(
            [_version_heading(i, v, names) for i, v in enumerate(conflict.versions)]
        )
        bold = QFont()
        bold.setBold(True)
        for row, key in enumerate(keys):
            for column, shown in enumerate(fields):
                text = shown.get(key, "")
                item = QTableWidgetItem(names.get(text, text) if key == "author" else text)
                if key in differs:
                    item.setBackground(QBrush(tint(self.palette(), DIFFERS)))
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the "differs" tint follows light ↔ dark
            differs = QBrush(tint(self.palette(), DIFFERS))
            for row in range(self.table.rowCount()):
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    if item is not None and item.font().bold():
                        item.setBackground(differs)

    def _clear_buttons(self) -> None:
        for button in self.keep_buttons:
            self.keep_row.removeWidget(button)
            button.deleteLater()
        self.keep_buttons = []

    def highlighted_fields(self) -> list[str]:
        """The fields shown as differing (for tests and screen readers)."""
        out = []
        for r in range(self.table.rowCount()):
            item, header = self.table.item(r, 0), self.table.verticalHeaderItem(r)
            if item is not None and header is not None and item.font().bold():
                out.append(header.text())
        return out

    def keep(self, index: int) -> None:
        """Resolve the chosen conflict by keeping its `index`-th version."""
        conflict = self.current()
        if conflict is None or not 0 <= index < len(conflict.versions):
            return
        keep = conflict.versions[index].hash
        if attempt(
            self,
            self.tr("Keeping a version"),
            lambda: merge.resolve_conflict(self.nb, conflict.id, keep=keep),
        ):
            kind = KINDS.get(conflict.table, "notebook")
            articles = (conflict.record_id,) if conflict.table == "articles" else ()
            self.nb.notify(Change(kind, (conflict.record_id,), "Resolve conflict", articles))  # and us
            self.resolved.emit(conflict.id)
