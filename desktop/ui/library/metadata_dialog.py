"""Edit an article's citation metadata (CSL-JSON fields) in a form."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.store.articles import Article
from desktop.store.notebook import Notebook
from desktop.ui.common.error_message import attempt

CSL_TYPES = {  # the CSL types offered, with their names in the interface (any other can be typed)
    "article": QT_TRANSLATE_NOOP("MetadataDialog", "Article"),
    "article-newspaper": QT_TRANSLATE_NOOP("MetadataDialog", "Newspaper article"),
    "article-magazine": QT_TRANSLATE_NOOP("MetadataDialog", "Magazine article"),
    "article-journal": QT_TRANSLATE_NOOP("MetadataDialog", "Journal article"),
    "report": QT_TRANSLATE_NOOP("MetadataDialog", "Report"),
    "webpage": QT_TRANSLATE_NOOP("MetadataDialog", "Web page"),
    "post-weblog": QT_TRANSLATE_NOOP("MetadataDialog", "Blog post"),
    "interview": QT_TRANSLATE_NOOP("MetadataDialog", "Interview"),
    "document": QT_TRANSLATE_NOOP("MetadataDialog", "Document"),
    "book": QT_TRANSLATE_NOOP("MetadataDialog", "Book"),
    "chapter": QT_TRANSLATE_NOOP("MetadataDialog", "Book chapter"),
    "legal_case": QT_TRANSLATE_NOOP("MetadataDialog", "Legal case"),
    "legislation": QT_TRANSLATE_NOOP("MetadataDialog", "Legislation"),
}
_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$")


def names_text(names: Any) -> str:
    """CSL names as lines of "Family, Given" (or a literal name)."""
    lines = []
    for n in names if isinstance(names, list) else []:
        if isinstance(n, dict):
            family, given = n.get("family", ""), n.get("given", "")
            lines.append(n.get("literal") or (f"{family}, {given}" if given else family))
    return "\n".join(line for line in lines if line)


def parse_names(text: str) -> list[dict[str, str]]:
    out = []
    for line in (raw.strip() for raw in text.splitlines()):
        if "," in line:
            family, given = (part.strip() for part in line.split(",", 1))
            out.append({"family": family, "given": given} if given else {"family": family})
        elif line:
            out.append({"literal": line})
    return out


def parse_date(text: str) -> dict[str, Any] | None:
    """ "2024-03-05" / "2024-03" / "2024" → a CSL date; "" → None; raises ValueError otherwise."""
    if not text.strip():
        return None
    found = _DATE.match(text)
    if not found:
        message = QCoreApplication.translate(
            "MetadataDialog", "“{text}” is not a date: write it as YYYY, YYYY-MM or YYYY-MM-DD"
        )
        raise ValueError(message.format(text=text))
    return {"date-parts": [[int(p) for p in found.groups() if p]]}


def type_choice(current: str, parent: QWidget) -> QComboBox:
    """The CSL types by their names in the interface (the type's code as each item's data);
    editable, so that another CSL type can be typed as its code."""
    combo = QComboBox(parent, editable=True)
    for code, name in CSL_TYPES.items():
        combo.addItem(QCoreApplication.translate("MetadataDialog", name), code)
    if combo.findData(current) < 0:
        combo.addItem(current, current)
    combo.setCurrentIndex(combo.findData(current))
    return combo


def chosen_type(combo: QComboBox) -> str:
    """The CSL type code chosen (or typed) in a `type_choice`."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    return str(combo.itemData(index)) if index >= 0 else text or "article"


class MetadataDialog(QDialog):
    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Citation metadata"))
        self.resize(520, 380)
        self.csl = dict(article.csl)
        self.type = type_choice(str(self.csl.get("type", "article")), self)
        self.fields = {
            key: QLineEdit(str(self.csl.get(key, "")), self)
            for key in ("title", "container-title", "URL", "language")
        }
        self.issued = QLineEdit(article.issued, self, placeholderText=self.tr("YYYY-MM-DD"))
        self.authors = QPlainTextEdit(names_text(self.csl.get("author")), self)
        self.authors.setPlaceholderText(self.tr("One per line: Family, Given — or an organisation's name"))
        self.authors.setTabChangesFocus(True)
        form = QFormLayout(self)
        rows = [
            (self.tr("&Type:"), self.type),
            (self.tr("T&itle:"), self.fields["title"]),
            (self.tr("&Outlet (container-title):"), self.fields["container-title"]),
            (self.tr("&Authors:"), self.authors),
            (self.tr("&Issued:"), self.issued),
            (self.tr("&URL:"), self.fields["URL"]),
            (self.tr("&Language:"), self.fields["language"]),
        ]
        for label, widget in rows:
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> dict[str, Any]:
        """The edited CSL (other fields kept); raises ValueError for a date it cannot read."""
        csl = dict(self.csl)
        csl["type"] = chosen_type(self.type)
        for key, edit in self.fields.items():
            text = edit.text().strip()
            if text:
                csl[key] = text
            else:
                csl.pop(key, None)
        authors = parse_names(self.authors.toPlainText())
        csl["author"] = authors
        if not authors:
            csl.pop("author")
        issued = parse_date(self.issued.text())
        csl["issued"] = issued
        if issued is None:
            csl.pop("issued")
        return csl


def ask_metadata(parent: QWidget | None, article: Article) -> dict[str, Any] | None:
    """The edited CSL, or None when cancelled (tests replace this)."""
    dialog = MetadataDialog(article, parent)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            return dialog.value()
        except ValueError as exc:
            from desktop.ui.common.error_message import show_error

            show_error(dialog, QCoreApplication.translate("MetadataDialog", "Citation metadata"), str(exc))
    return None


def edit_metadata(parent: QWidget, nb: Notebook, article: Article) -> Any:
    csl = ask_metadata(parent, article)
    if csl is None or csl == article.csl:
        return None
    title = QCoreApplication.translate("MetadataDialog", "Saving the metadata")
    return attempt(parent, title, lambda: nb.update_metadata(article.id, csl))
