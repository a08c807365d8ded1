"""The user's actions on annotations, each one store call: annotate, edit, delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.store.notebook import Notebook
from desktop.ui.common.error_message import attempt
from desktop.ui.reader import annotate_dialog
from desktop.ui.reader.annotate_dialog import AnnotationInput


def tag_paths(nb: Notebook) -> list[str]:
    """Every tag path, for autocompletion."""
    return [tag.path for tag in nb.tags.all()]


def annotate(parent: QWidget, nb: Notebook, article_id: str, start: int, end: int) -> Any:
    """Ask for colour, note and tags, then create the annotation (new tag paths are created)."""
    quote = nb.article(article_id).text[start:end]
    answer = annotate_dialog.ask_annotation(parent, quote=quote, tag_paths=tag_paths(nb))
    if answer is None:
        return None
    return attempt(
        parent,
        QCoreApplication.translate("AnnotationActions", "Annotating"),
        lambda: nb.annotations.create(
            article_id, start=start, end=end, note=answer.note, color=answer.color, tags=answer.tags
        ),
    )


def edit(parent: QWidget, nb: Notebook, annotation_id: str) -> Any:
    note = nb.annotations.get(annotation_id)
    initial = AnnotationInput(note=note.note, color=note.color, tags=tuple(note.tags))
    answer = annotate_dialog.ask_annotation(
        parent, quote=note.exact, tag_paths=tag_paths(nb), initial=initial
    )
    if answer is None or answer == initial:
        return None
    return attempt(
        parent,
        QCoreApplication.translate("AnnotationActions", "Editing the annotation"),
        lambda: nb.annotations.update(annotation_id, note=answer.note, color=answer.color, tags=answer.tags),
    )


def delete(parent: QWidget, nb: Notebook, annotation_id: str) -> Any:
    """Delete without asking: Undo (Ctrl+Z) brings it back."""
    title = QCoreApplication.translate("AnnotationActions", "Deleting the annotation")
    return attempt(parent, title, lambda: nb.annotations.delete(annotation_id))
