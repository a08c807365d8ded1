"""The tag tree: hierarchical codes with counts; create, rename, move, merge, colour, delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView, QVBoxLayout, QWidget

from desktop.store.notebook import Notebook
from desktop.store.tags import TagNode
from desktop.ui.library import tag_actions
from desktop.ui.reader.annotate_dialog import swatch

PathRole = Qt.ItemDataRole.UserRole + 30
TagIdRole = Qt.ItemDataRole.UserRole + 31


class TagTreeView(QTreeView):
    """Drag a tag onto another to move it below that one (onto empty space: to the top level)."""

    moved = Signal(str, str)  # path, new parent path ("" = top level)

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentIndex().siblingAtColumn(0).data(PathRole)
        target = self.indexAt(event.position().toPoint()).siblingAtColumn(0).data(PathRole) or ""
        event.ignore()  # the tree is rebuilt from the notebook, not moved by Qt
        if source and source != target and not target.startswith(source + "/"):
            self.moved.emit(source, target)


class TagTreePanel(QWidget):
    """Shows `nb.tags.tree()`; `tag_chosen(path)` when the user clicks a tag (to filter by it)."""

    tag_chosen = Signal(str)

    def __init__(self, nb: Notebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Uses")])
        self.tree = TagTreeView(self)
        self.tree.setAccessibleName(self.tr("Tags"))
        self.tree.setModel(self.model)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        self.tree.clicked.connect(lambda index: self.tag_chosen.emit(index.siblingAtColumn(0).data(PathRole)))
        self.tree.moved.connect(lambda path, parent: tag_actions.move_to(self, nb, path, parent))
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, 44)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        nb.add_listener(self._on_change)
        self.refresh()

    def detach(self) -> None:
        self.nb.remove_listener(self._on_change)

    def _on_change(self, change: Any) -> None:
        if change.kind in ("tag", "annotation", "article", "notebook"):
            self.refresh()

    def refresh(self) -> None:
        expanded = self._expanded_paths()
        self.model.removeRows(0, self.model.rowCount())
        for node in self.nb.tags.tree():
            self._add(self.model.invisibleRootItem(), node)
        self._expand(expanded)

    def _add(self, parent: QStandardItem, node: TagNode) -> None:
        name = QStandardItem(node.name)
        name.setData(node.path, PathRole)
        name.setData(node.tag.id if node.tag else None, TagIdRole)
        name.setToolTip(node.path)
        name.setEditable(False)
        if node.tag and node.tag.color:
            name.setIcon(swatch(node.tag.color))
        count = QStandardItem(str(node.count))
        count.setEditable(False)
        count.setDropEnabled(False)
        count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        parent.appendRow([name, count])
        for child in node.children:
            self._add(name, child)

    def _items(self, parent: QStandardItem | None = None) -> list[QStandardItem]:
        parent = parent or self.model.invisibleRootItem()
        out = []
        for row in range(parent.rowCount()):
            child = parent.child(row, 0)
            out += [child, *self._items(child)]
        return out

    def _expanded_paths(self) -> set[str]:
        return {i.data(PathRole) for i in self._items() if self.tree.isExpanded(i.index())}

    def _expand(self, paths: set[str]) -> None:
        for item in self._items():
            if item.data(PathRole) in paths or not paths:
                self.tree.setExpanded(item.index(), True)

    def item_for(self, path: str) -> QStandardItem | None:
        return next((i for i in self._items() if i.data(PathRole) == path), None)

    def selected(self) -> tuple[str | None, str | None]:
        """(path, tag id) of the current item; the id is None for an implicit parent."""
        index = self.tree.currentIndex().siblingAtColumn(0)
        return index.data(PathRole), index.data(TagIdRole)

    def _menu(self, position: QPoint) -> None:
        path, tag_id = self.selected() if self.tree.indexAt(position).isValid() else (None, None)
        menu = QMenu(self)
        entries: list[tuple[str, Any, bool]] = [
            (self.tr("New tag…"), lambda: tag_actions.create(self, self.nb, parent_path=path or ""), True),
            (self.tr("Rename…"), lambda: tag_actions.rename(self, self.nb, path or ""), bool(path)),
            (self.tr("Move to…"), lambda: tag_actions.ask_move(self, self.nb, path or ""), bool(path)),
            (self.tr("Merge into…"), lambda: tag_actions.merge(self, self.nb, tag_id or ""), bool(tag_id)),
            (self.tr("Colour…"), lambda: tag_actions.recolour(self, self.nb, tag_id or ""), bool(tag_id)),
            (self.tr("Delete"), lambda: tag_actions.delete(self, self.nb, tag_id or ""), bool(tag_id)),
        ]
        for text, slot, enabled in entries:
            action = QAction(text, menu, triggered=slot)
            action.setEnabled(enabled)
            menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(position))
