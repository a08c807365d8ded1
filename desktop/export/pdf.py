"""HTML → PDF through QTextDocument and QPdfWriter: the one export module that imports Qt."""

from __future__ import annotations

import lxml.html
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

# Qt's rich text reads `dir` per block and ignores inherited CSS direction, so every block inside
# a right-to-left div gets its own `dir` (DESIGN: name an Arabic-script font; DejaVu lacks Pashto).
_RTL_BLOCKS = ("p", "blockquote", "div", "li", "ol", "ul", "td", "th", "h1", "h2", "h3", "h4")
_CSS = """
body { font-family: 'Noto Serif', 'DejaVu Serif', serif; font-size: 11pt; }
.rtl { font-family: 'Noto Naskh Arabic', 'Noto Sans Arabic', serif; }
blockquote { margin-left: 24px; margin-right: 24px; }
.csl-entry { margin-left: 24px; text-indent: -24px; margin-bottom: 6px; }
table { border-collapse: collapse; }
td, th { border: 1px solid #999; padding: 3px; font-size: 9pt; }
"""
_DPI = 96
_APPLICATION: list[QGuiApplication] = []  # keeps a headless application alive


def html_to_pdf(html_fragment: str, *, title: str) -> bytes:
    """Lay out an HTML fragment (pandoc's, citations already rendered) as an A4 PDF."""
    _ensure_gui_application()
    document = QTextDocument()
    document.setDefaultFont(QFont("Noto Serif", 11))
    document.setDefaultStyleSheet(_CSS)
    document.setHtml(_qt_html(html_fragment, title=title))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_DPI)
    writer.setTitle(title)
    writer.setCreator("Fieldnotes")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes away
    buffer.close()
    return bytes(data.data())


def _qt_html(fragment: str, *, title: str) -> str:
    root = lxml.html.fragment_fromstring(fragment or "<p></p>", create_parent="div")
    for element in root.iter():
        if isinstance(element.tag, str) and element.get("dir") == "rtl":
            _mark_rtl(element)
    heading = lxml.html.Element("h1")
    heading.text = title
    root.insert(0, heading)
    body = lxml.html.tostring(root, encoding="unicode")
    return f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>'


def _mark_rtl(element: lxml.html.HtmlElement) -> None:
    for block in element.iter(*_RTL_BLOCKS):
        block.set("dir", "rtl")
        block.set("class", ((block.get("class") or "") + " rtl").strip())


def _ensure_gui_application() -> None:
    """QTextDocument needs a QGuiApplication; headless (CLI) callers get an offscreen one.

    It is a QApplication (widgets), not a bare QGuiApplication: Qt allows one application object
    per process, and anything that later shows a widget in the same process (the app after an
    export, a test) would abort on a QGuiApplication.
    """
    if QCoreApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        _APPLICATION.append(QApplication(["fieldnotes", "-platform", "offscreen"]))
