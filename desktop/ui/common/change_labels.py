"""The names of undoable edits ("Add annotation") in the interface language: the store names them
in English for its log; the menus and status bar show them translated."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LABELS = (
    QT_TRANSLATE_NOOP("Change", "Add annotation"), QT_TRANSLATE_NOOP("Change", "Add event from passage"),
    QT_TRANSLATE_NOOP("Change", "Add event"), QT_TRANSLATE_NOOP("Change", "Change tag colour"),
    QT_TRANSLATE_NOOP("Change", "Create tag"), QT_TRANSLATE_NOOP("Change", "Delete annotation"),
    QT_TRANSLATE_NOOP("Change", "Delete article"), QT_TRANSLATE_NOOP("Change", "Delete event"),
    QT_TRANSLATE_NOOP("Change", "Delete tag"), QT_TRANSLATE_NOOP("Change", "Edit event"),
    QT_TRANSLATE_NOOP("Change", "Edit metadata"), QT_TRANSLATE_NOOP("Change", "Edit tag description"),
    QT_TRANSLATE_NOOP("Change", "Merge tags"), QT_TRANSLATE_NOOP("Change", "Rename tag"),
    QT_TRANSLATE_NOOP("Change", "Restore article"), QT_TRANSLATE_NOOP("Change", "Tag annotation"),
    QT_TRANSLATE_NOOP("Change", "Edit note"), QT_TRANSLATE_NOOP("Change", "Change highlight colour"),
    QT_TRANSLATE_NOOP("Change", "Edit annotation"),
)  # fmt: skip


def change_label(label: str) -> str:
    """`label` translated: "Add annotation", or "Undo Add annotation" / "Redo …" as the undo log
    words it; a label the table does not know stays as it is."""
    verb, _, rest = label.partition(" ")
    if verb == "Undo" and rest:
        return QCoreApplication.translate("Change", "Undo %1").replace("%1", change_label(rest))
    if verb == "Redo" and rest:
        return QCoreApplication.translate("Change", "Redo %1").replace("%1", change_label(rest))
    if label == "Undo":
        return QCoreApplication.translate("Change", "Undo")
    if label == "Redo":
        return QCoreApplication.translate("Change", "Redo")
    return QCoreApplication.translate("Change", label)
