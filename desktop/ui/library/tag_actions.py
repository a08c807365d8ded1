"""The user's actions on tags, each asking what it needs and making one store call."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QWidget

from desktop.store.notebook import Notebook
from desktop.ui.common.error_message import attempt

translate = QCoreApplication.translate


def _ask(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    value = "/".join(p.strip() for p in value.split("/") if p.strip())
    return value if ok and value else None


def create(parent: QWidget, nb: Notebook, *, parent_path: str = "") -> Any:
    prefix = f"{parent_path}/" if parent_path else ""
    path = _ask(
        parent,
        translate("TagActions", "New tag"),
        translate("TagActions", "Tag path (use / for levels, e.g. Persecution/Detention):"),
        prefix,
    )
    return (
        attempt(parent, translate("TagActions", "Creating the tag"), lambda: nb.tags.create(path))
        if path
        else None
    )


def rename(parent: QWidget, nb: Notebook, path: str) -> Any:
    label = translate("TagActions", "New path for “{path}” (tags below it move too):").format(path=path)
    new = _ask(parent, translate("TagActions", "Rename tag"), label, path)
    if not new or new == path:
        return None
    return attempt(
        parent, translate("TagActions", "Renaming the tag"), lambda: nb.tags.rename_path(path, new)
    )


def move_to(parent: QWidget, nb: Notebook, path: str, new_parent: str) -> Any:
    """Move `path` (and what is below it) under `new_parent` ("" = the top level)."""
    name = path.rsplit("/", 1)[-1]
    new = f"{new_parent}/{name}" if new_parent else name
    if new == path:
        return None
    return attempt(parent, translate("TagActions", "Moving the tag"), lambda: nb.tags.rename_path(path, new))


def ask_move(parent: QWidget, nb: Notebook, path: str) -> Any:
    here = path.rsplit("/", 1)[0] if "/" in path else ""
    top = translate("TagActions", "(top level)")
    choices = [top] + [t.path for t in nb.tags.all() if t.path != path and not t.path.startswith(path + "/")]
    current = choices.index(here) if here in choices else 0
    label = translate("TagActions", "Move “{path}” below:").format(path=path)
    chosen, ok = QInputDialog.getItem(
        parent, translate("TagActions", "Move tag"), label, choices, current, True
    )
    if not ok:
        return None
    return move_to(parent, nb, path, "" if chosen == top else chosen.strip("/"))


def merge(parent: QWidget, nb: Notebook, tag_id: str) -> Any:
    source = nb.tags.get(tag_id)
    others = [t for t in nb.tags.all() if t.id != tag_id]
    if not others:
        return None
    paths = [t.path for t in others]
    chosen, ok = QInputDialog.getItem(
        parent,
        translate("TagActions", "Merge tags"),
        translate("TagActions", "Merge “{path}” into (its annotations move there):").format(path=source.path),
        paths,
        0,
        False,
    )
    if not ok:
        return None
    into = others[paths.index(chosen)]
    return attempt(
        parent, translate("TagActions", "Merging the tags"), lambda: nb.tags.merge(tag_id, into.id)
    )


def recolour(parent: QWidget, nb: Notebook, tag_id: str) -> Any:
    tag = nb.tags.get(tag_id)
    colour = QColorDialog.getColor(
        QColor(tag.color or "#ffe066"),
        parent,
        translate("TagActions", "Colour of {path}").format(path=tag.path),
    )
    if not colour.isValid():
        return None
    return attempt(
        parent,
        translate("TagActions", "Changing the colour"),
        lambda: nb.tags.set_color(tag_id, colour.name()),
    )


def delete(parent: QWidget, nb: Notebook, tag_id: str) -> Any:
    """Delete one tag (Undo brings it back); annotations keep their other tags."""
    return attempt(parent, translate("TagActions", "Deleting the tag"), lambda: nb.tags.delete(tag_id))
