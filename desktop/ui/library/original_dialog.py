"""Show an article's stored original: its SHA-256 (checked) and its content as plain text.

Nothing is written to disk and nothing is fetched: HTML is reduced to its text here (no remote
images, styles or scripts), and PDF/DOCX are shown as their extracted text, because handing the
bytes to another program would leave a plaintext copy of an encrypted notebook's file on disk.
"""

from __future__ import annotations

import hashlib
from html.parser import HTMLParser

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.store.articles import Article
from desktop.store.notebook import Notebook
from desktop.ui.common.local_format import digits, isolate
from desktop.ui.reader import text_direction

_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skipping:
            self._skipping -= 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def html_as_text(source: str) -> str:
    """Visible text of an HTML page, one block per line; no markup, nothing loaded."""
    parser = _TextOnly()
    parser.feed(source)
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def original_text(article: Article, data: bytes) -> tuple[str, str]:
    """(explanation, text to show) for the original bytes of `article`."""
    kind, translate = article.media_type, QCoreApplication.translate
    if kind == "text/html":
        return translate(
            "OriginalDialog", "The saved page as plain text (no images, styles or scripts are loaded)."
        ), html_as_text(data.decode("utf-8", errors="replace"))
    if kind.startswith("text/"):
        return translate("OriginalDialog", "The original file, as it was imported."), data.decode(
            "utf-8", errors="replace"
        )
    explanation = translate(
        "OriginalDialog",
        "The original is a {kind} file ({size} bytes), kept byte for byte inside the notebook. "
        "It is not opened in another program, because that would write an unencrypted copy to disk; "
        "this is the text extracted from it at import.",
    )
    return explanation.format(kind=kind, size=digits(f"{len(data):,}")), article.text


class OriginalDialog(QDialog):
    def __init__(self, nb: Notebook, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Original — {name}").format(name=isolate(article.filename)))
        self.resize(720, 560)
        data = nb.original(article.id)
        digest = hashlib.sha256(data).hexdigest()
        verdict = (
            self.tr("(this matches the hash recorded at import)")
            if digest == article.original_sha256
            else self.tr("(this DOES NOT MATCH the hash recorded at import)")
        )
        explanation, text = original_text(article, data)
        file_line = self.tr("File: {name} ({kind})").format(
            name=isolate(article.filename), kind=isolate(article.media_type)
        )
        self.info = info = QLabel(
            f"{explanation}\n\n{file_line}\nSHA-256: {digest}\n{verdict}", self, wordWrap=True
        )
        info.setAccessibleName(self.tr("About the original"))
        self.view = QPlainTextEdit(text, self, readOnly=True)
        self.view.setAccessibleName(self.tr("Original content"))
        text_direction.apply_direction(self.view, article.direction, self.view.font())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
