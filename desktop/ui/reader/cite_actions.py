"""Copy citation: the current article's or annotation's citation in the chosen style, to the clipboard."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QGuiApplication

from desktop.export.cite import format_bibliography, format_citation
from desktop.store.notebook import Notebook
from desktop.ui.common.worker import GeneratorWorker
from desktop.ui.shell.settings import settings

STYLE_KEY = "citation_style"
DEFAULT_STYLE = "apa"


def chosen_style() -> str:
    """The citation style the user last chose (a shipped name or a .csl path)."""
    return str(settings().value(STYLE_KEY, DEFAULT_STYLE) or DEFAULT_STYLE)


def remember_style(style: str) -> None:
    settings().setValue(STYLE_KEY, style)


class CitationCopier(QObject):
    """`CitationCopier(nb, parent)`; `copy_article(id)` / `copy_annotation(id)` put the citation on
    the clipboard (plain text and HTML) once pandoc has formatted it off the GUI thread, then
    emit `copied(text)`; `failed(message)` when the style cannot be used."""

    copied = Signal(str)
    failed = Signal(str)

    def __init__(self, nb: Notebook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.nb = nb
        self.workers: set[GeneratorWorker] = set()

    def copy_article(self, article_id: str, style: str | None = None) -> None:
        """The article's full reference, e.g. for a reading list."""
        self._start(self.nb.article(article_id).csl, quote="", style=style or chosen_style())

    def copy_annotation(self, annotation_id: str, style: str | None = None) -> None:
        """The passage in quotation marks with its in-text citation, then the full reference."""
        annotation = self.nb.annotations.get(annotation_id)
        csl = self.nb.article(annotation.article_id).csl
        self._start(csl, quote=annotation.exact, style=style or chosen_style())

    @property
    def busy(self) -> bool:
        return bool(self.workers)

    def _start(self, csl: dict[str, Any], *, quote: str, style: str) -> None:
        worker = GeneratorWorker(lambda: _format_job(csl, quote=quote, style=style))
        worker.signals.item.connect(self._put_on_clipboard)
        worker.signals.failed.connect(self.failed)
        worker.signals.finished.connect(lambda _: self.workers.discard(worker))
        self.workers.add(worker)
        worker.start()

    def _put_on_clipboard(self, texts: tuple[str, str]) -> None:
        plain, html = texts
        data = QMimeData()
        data.setText(plain)
        data.setHtml(html)
        QGuiApplication.clipboard().setMimeData(data)
        self.copied.emit(plain)


def _format_job(csl: dict[str, Any], *, quote: str, style: str) -> Iterator[tuple[str, str]]:
    yield citation_texts(csl, quote=quote, style=style)


def citation_texts(csl: dict[str, Any], *, quote: str, style: str) -> tuple[str, str]:
    """(plain text, HTML) of the citation: the reference, preceded by the quote when there is one."""
    reference = format_bibliography([csl], style)
    reference_html = format_bibliography([csl], style, fmt="html")
    if not quote:
        return reference, reference_html
    in_text = format_citation(csl, style)
    plain = f"“{quote}” {in_text}\n\n{reference}"
    html = f"<p>“{_escape(quote)}” {_escape(in_text)}</p>\n{reference_html}"
    return plain, html


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
