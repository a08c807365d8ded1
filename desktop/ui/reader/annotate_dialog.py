"""The dialog for a new or edited annotation: highlight colour, note, tags (autocompleted)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

COLOURS = {
    QT_TRANSLATE_NOOP("AnnotateDialog", "Yellow"): "#ffe066",
    QT_TRANSLATE_NOOP("AnnotateDialog", "Green"): "#8ce99a",
    QT_TRANSLATE_NOOP("AnnotateDialog", "Blue"): "#a5d8ff",
    QT_TRANSLATE_NOOP("AnnotateDialog", "Pink"): "#fcc2d7",
    QT_TRANSLATE_NOOP("AnnotateDialog", "Orange"): "#ffc078",
    QT_TRANSLATE_NOOP("AnnotateDialog", "Violet"): "#d0bfff",
}


@dataclass(frozen=True)
class AnnotationInput:
    note: str = ""
    color: str = "#ffe066"
    tags: tuple[str, ...] = ()


def swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color or "#ffe066"))
    return QIcon(pixmap)


class TagPathCompleter(QCompleter):
    """Completes the tag path being typed after the last comma."""

    def __init__(self, paths: list[str], parent: QWidget | None = None) -> None:
        super().__init__(QStringListModel(sorted(paths)), parent)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        chosen = super().pathFromIndex(index)  # type: ignore[arg-type]
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        before = [p.strip() for p in typed.split(",")[:-1] if p.strip()]
        return ", ".join([*before, chosen])


def parse_tags(text: str) -> tuple[str, ...]:
    """ "Persecution/Detention, Places / Kunduz" → ("Persecution/Detention", "Places/Kunduz")."""
    out: list[str] = []
    for raw in text.split(","):
        path = "/".join(p.strip() for p in raw.split("/") if p.strip())
        if path and path not in out:
            out.append(path)
    return tuple(out)


class AnnotateDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, quote: str, tag_paths: list[str], initial: AnnotationInput):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annotate passage"))
        excerpt = quote if len(quote) < 300 else quote[:297] + "…"
        self.quote = QLabel(f"“{excerpt}”", self, wordWrap=True)
        self.colour = QComboBox(self)
        self.colour.setAccessibleName(self.tr("Highlight colour"))
        for name, value in COLOURS.items():
            self.colour.addItem(swatch(value), self.tr(name), value)
        if initial.color not in COLOURS.values():
            self.colour.addItem(swatch(initial.color), initial.color, initial.color)
        self.colour.setCurrentIndex(self.colour.findData(initial.color))
        self.note = QPlainTextEdit(initial.note, self)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.tags = QLineEdit(", ".join(initial.tags), self)
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Persecution/Detention, Places/Kunduz (new paths are created)"))
        self.tags.setCompleter(TagPathCompleter(tag_paths, self.tags))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.quote)
        form.addRow(self.tr("&Colour:"), self.colour)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow(self.tr("&Tags:"), self.tags)
        form.addRow(buttons)

    def value(self) -> AnnotationInput:
        return AnnotationInput(
            note=self.note.toPlainText().strip(),
            color=str(self.colour.currentData()),
            tags=parse_tags(self.tags.text()),
        )


def ask_annotation(
    parent: QWidget | None, *, quote: str, tag_paths: list[str], initial: AnnotationInput | None = None
) -> AnnotationInput | None:
    """Ask for an annotation's colour, note and tags; None when cancelled (tests replace this)."""
    dialog = AnnotateDialog(parent, quote=quote, tag_paths=tag_paths, initial=initial or AnnotationInput())
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
