"""Keyboard conventions for the panes: Tab moves between panes (arrows move inside a list or a
table), and the pane that has the focus is framed in the palette's highlight colour."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QTextEdit, QWidget

FRAMED = (QAbstractItemView, QTextEdit, QPlainTextEdit)  # Fusion marks a focused field, not these
WIDTH = 2


class FocusFrame(QWidget):
    """A see-through frame laid over the list, table or text view under `root` that has the focus.

    A painted overlay rather than a style sheet: a style sheet on the workspace would stop its
    widgets from following the application's palette when the theme changes.
    """

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self.target: QWidget | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        framed = new if isinstance(new, FRAMED) and self.root.isAncestorOf(new) else None
        if self.target is not None and self.target is not framed:
            self.target.removeEventFilter(self)
        self.target = framed
        if framed is None:
            self.hide()
            return
        framed.installEventFilter(self)
        self._cover()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            self._cover()
        elif watched is self.target and event.type() == QEvent.Type.Hide:
            self.hide()
        return False

    def _cover(self) -> None:
        target = self.target
        if target is None or target.parentWidget() is None:
            return
        self.setParent(target.parentWidget())
        self.setGeometry(target.geometry())
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().highlight().color(), WIDTH))
        painter.drawRect(self.rect().adjusted(WIDTH // 2, WIDTH // 2, -WIDTH // 2, -WIDTH // 2))
        painter.end()


def tab_between_panes(root: QWidget) -> FocusFrame:
    """Make Tab leave every list, table and tree under `root` (Qt's tables use it to move between
    cells, which traps a keyboard user) and frame the pane that has the focus."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    return FocusFrame(root)
