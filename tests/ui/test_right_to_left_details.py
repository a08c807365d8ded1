"""Dari and Pashto down to the details: places, groups and language names in the interface's script,
the province map's legend from the right, «» around quotes, a sidebar that fits, dates typed in
Persian digits, the exchange report translated with Cancel kept, and screenshots that wait for the
search they show."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton

from desktop.exchange.report import SKIPPED, STORED, ExchangeItem
from desktop.progress import Progress
from desktop.store.notebook import Notebook
from desktop.ui.common import language
from desktop.ui.events import event_display
from desktop.ui.events.events_panel import EventsPanel
from desktop.ui.events.events_table_model import COLUMNS
from desktop.ui.events.province_map import LEGEND, MARGIN, SCALE, ProvinceMap
from desktop.ui.library.library_panel import LibraryPanel
from desktop.ui.reader.annotations_panel import AnnotationsPanel
from desktop.ui.reader.reader_panel import ReaderPanel
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.screenshots import add_suggested_events, show_search
from desktop.ui.shell.session import Session
from tests.exchange import qda_samples
from tests.ui.conftest import article_id

LATIN = re.compile(r"[A-Za-z]{2,}")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
ISOLATED = re.compile("\u2068[^\u2069]*\u2069")  # a name or title shown as written (local_format.isolate)


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    """Install a language for one test (`speaking("fa")`), then English again."""

    def install(code: str) -> None:
        language.install(qapp, code)
        event_display.type_labels.cache_clear()
        event_display.choice_labels.cache_clear()

    yield install
    install("en")
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.system())


def _column(panel: EventsPanel, name: str) -> list[str]:
    model, column = panel.model, COLUMNS.index(name)
    return [model.data(model.index(row, column)) or "" for row in range(model.rowCount())]


@pytest.mark.parametrize("code", ["fa", "ps"])
def test_the_events_table_names_towns_and_groups_in_the_interface_script(
    qtbot,  # noqa: ANN001
    samples_nb: Notebook,
    speaking,  # noqa: ANN001
    code: str,
) -> None:
    assert add_suggested_events(samples_nb) > 5
    kunduz = article_id(samples_nb, "Kunduz")
    text = samples_nb.article(kunduz).text
    start = text.index("At least seven")
    samples_nb.events.from_passage(
        kunduz, start=start, end=start + 40, type="detention", province="AF-BAL", country="AF",
        place="Mazar-i-Sharif", perpetrator="Taliban", victim_group="journalists",
    )  # fmt: skip
    english = EventsPanel(samples_nb)
    qtbot.addWidget(english)
    assert "Mazar-i-Sharif, Balkh" in _column(english, "Where")
    assert "journalists" in _column(english, "Victims") and "former soldiers" in _column(english, "Victims")
    speaking(code)
    panel = EventsPanel(samples_nb)
    qtbot.addWidget(panel)
    where, victims = _column(panel, "Where"), _column(panel, "Victims")
    perpetrators = _column(panel, "Perpetrator")
    # every place of the samples is in the gazetteer, with a Dari name: none is left in Latin letters
    assert [w for w in where if LATIN.search(w)] == [], where
    assert [v for v in victims + perpetrators if LATIN.search(v)] == []
    assert "مزار شریف، بلخ" in where  # the city (no Pashto spelling listed: the Dari one), the province
    assert "کندز" in where  # the city Kunduz in Kunduz province: named once, not twice
    assert ("خبرنگاران" if code == "fa" else "خبریالان") in victims
    assert "طالبان" in perpetrators


def _ink_columns(image: QImage, top: int, bottom: int, background: QColor) -> list[int]:
    """The x of every column with a pixel unlike the background between rows top and bottom."""
    return [
        x
        for x in range(image.width())
        if any(QColor(image.pixel(x, y)) != background for y in range(top, bottom))
    ]


def _x_of(image: QImage, colour: str, y: int) -> int:
    target = QColor(colour)
    return next(x for x in range(image.width()) if QColor(image.pixel(x, y)) == target)


@pytest.mark.parametrize("code", ["en", "fa"])
def test_the_province_maps_legend_starts_at_the_reading_side(qtbot, speaking, code: str) -> None:  # noqa: ANN001
    speaking(code)
    view = ProvinceMap()
    qtbot.addWidget(view)
    view.resize(QSize(820, 700))
    view.set_counts({"AF-BDS": 6, "AF-HER": 1})
    image = view.grab().toImage()
    background = QColor(image.pixel(2, 2))
    top = view.height() - LEGEND + 2
    ink = _ink_columns(image, top, top + 18, background)
    swatch_y = top + 10
    lightest_x, darkest_x = _x_of(image, SCALE[0], swatch_y), _x_of(image, SCALE[-1], swatch_y)
    if code == "fa":  # right-aligned, and mirrored: the fewest events at the right, the most at the left
        assert max(ink) >= view.width() - MARGIN - 6 and min(ink) > view.width() / 2
        assert lightest_x > darkest_x
    else:
        assert min(ink) <= MARGIN + 6 and max(ink) < view.width() / 2
        assert lightest_x < darkest_x


def test_the_notes_quote_dari_style_and_the_sidebar_fits_in_pashto(
    qtbot,  # noqa: ANN001
    samples_nb: Notebook,
    speaking,  # noqa: ANN001
) -> None:
    herat = article_id(samples_nb, "هرات")
    text = samples_nb.article(herat).text
    samples_nb.annotations.create(herat, start=0, end=20, note="", color="#a5d8ff", tags=())
    speaking("fa")
    panel = AnnotationsPanel(samples_nb)
    qtbot.addWidget(panel)
    panel.show_article(herat)
    quote = panel.list.item(0).text().splitlines()[0]
    assert quote.strip("\u2068\u2069") == f"«{' '.join(text[:20].split())}»"
    speaking("ps")
    window = MainWindow(Session(samples_nb.path, None, samples_nb))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    nav = window.workspace.nav  # type: ignore[union-attr]
    assert not nav.verticalScrollBar().isVisible() and not nav.horizontalScrollBar().isVisible()
    for row in range(nav.count()):  # every section whole, the taller Pashto row too
        assert nav.viewport().rect().contains(nav.visualItemRect(nav.item(row))), nav.item(row).text()


def test_article_languages_are_named_not_coded(qtbot, samples_nb: Notebook, speaking) -> None:  # noqa: ANN001
    speaking("fa")
    library = LibraryPanel(samples_nb)
    qtbot.addWidget(library)
    model = library.model
    languages = {model.data(model.index(row, 3)) for row in range(model.rowCount())}
    assert languages == {"انگلیسی", "دری/فارسی"}
    table = library.table
    assert table.columnWidth(3) > table.fontMetrics().horizontalAdvance("دری/فارسی")  # whole, not «دری/…»
    reader = ReaderPanel(samples_nb)
    qtbot.addWidget(reader)
    reader.show_article(article_id(samples_nb, "Kunduz"))
    assert "\u2068انگلیسی\u2069" in reader.header.text() and " en " not in reader.header.text()  # isolated:
    # "01-kunduz-detentions.html" after it keeps its digits


@pytest.mark.parametrize("code", ["fa", "ps"])
def test_the_date_filter_hints_in_the_language_and_reads_persian_digits(qtbot, speaking, code) -> None:  # noqa: ANN001
    from desktop.ui.events.events_filter_bar import EventsFilterBar

    speaking(code)
    bar = EventsFilterBar()
    qtbot.addWidget(bar)
    for field in (bar.date_from, bar.date_to):
        assert ARABIC_SCRIPT.search(field.placeholderText()) and "YYYY" not in field.placeholderText()
    bar.date_from.setText("۲۰۲۴-۰۳")
    bar.date_to.setText("2024-05")
    chosen = bar.current()
    assert (chosen.date_from, chosen.date_to) == ("2024-03", "2024-05")
    assert bar.date_from.styleSheet() == ""  # not marked as a wrong date


# -- the exchange menu's report, and Cancel while storing -------------------------------------------
def _english_words(text: str) -> list[str]:
    """Latin words left once the project's own names (isolated) and product names are taken out."""
    return LATIN.findall(re.sub(r"Fieldnotes|REFI-QDA|PDF", "", ISOLATED.sub("", text)))


@pytest.mark.parametrize("code", ["fa", "ps"])
def test_the_exchange_import_report_is_translated(
    qtbot, window, monkeypatch, tmp_path, speaking, code
) -> None:  # noqa: ANN001
    speaking(code)
    path = qda_samples.write_qdpx(tmp_path / "nvivo.qdpx", qda_samples.nvivo_like())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.exchange.import_project.trigger()
    qtbot.waitUntil(lambda: window.exchange.report is not None, timeout=20_000)
    report = window.exchange.report
    lines = [report.problems.item(i).text() for i in range(report.problems.count())]
    assert len(lines) == 4  # a whole-source coding, a picture, a PDF, a case
    assert any("checkpoint.jpg" in line for line in lines) and any("Respondent 1" in line for line in lines)
    for text in [report.windowTitle(), report.summary.text(), *lines]:
        assert ARABIC_SCRIPT.search(text), text
        assert _english_words(text) == [], text
    report.close()


def test_cancel_stays_while_storing_and_says_what_it_does(qtbot, window) -> None:  # noqa: ANN001
    def storing(_nb: Notebook) -> Iterator[object]:
        yield Progress(1, 3, "storing")

    assert window.exchange.run("Import project", storing, changes=True)
    window.exchange._progressed(Progress(1, 3, "storing"))
    progress = window.exchange.progress
    assert progress is not None
    buttons = [b for b in progress.findChildren(QPushButton) if b.text()]
    assert [b.text() for b in buttons] == ["Cancel"]
    assert "Cancel now leaves the notebook as it was" in progress.labelText()
    qtbot.waitUntil(lambda: not window.exchange.running, timeout=20_000)  # its dialog closes before teardown


def test_a_cancel_after_the_final_save_still_reports_everything_stored(qtbot, window) -> None:  # noqa: ANN001
    items = [ExchangeItem("source", STORED, "Kabul"), ExchangeItem("note", SKIPPED, "n1", "no text")]
    items += [ExchangeItem("annotation", STORED, f"«passage {n}» in Kabul") for n in range(3)]

    def committed(_nb: Notebook) -> Iterator[object]:
        yield Progress(0, 1, "storing")
        window.exchange.worker.cancel()  # Cancel pressed while the transaction commits
        yield from items

    window.exchange.run("Import project", committed, changes=True)
    qtbot.waitUntil(lambda: window.exchange.report is not None, timeout=20_000)
    report = window.exchange.report
    assert "Stored 4; 0 already in the notebook; 1 skipped." in report.summary.text()
    assert "everything listed here was stored" in report.summary.text()
    assert [report.problems.item(i).text() for i in range(report.problems.count())] == [
        "Note n1: skipped (no text)"
    ]
    report.close()


# -- the screenshots -------------------------------------------------------------------------------------
def test_the_search_screenshot_waits_for_the_worker(qtbot, samples_nb: Notebook) -> None:  # noqa: ANN001
    window = MainWindow(Session(samples_nb.path, None, samples_nb))
    qtbot.addWidget(window)
    window.show()
    workspace = window.workspace
    assert workspace is not None and workspace.search.runner is not None  # searches in a worker thread
    show_search(workspace, "detained OR deported")
    assert workspace.search.shown_query == "detained OR deported"
    assert workspace.search.list.count() == 2  # on show when it returns: no waiting after it
    workspace.search.runner.stop(wait_ms=5000)  # no worker left: the next search never reports
    with pytest.raises(RuntimeError, match="no result within"):
        show_search(workspace, "deported", timeout_ms=300)  # fails loudly rather than save an empty list


def test_make_screenshots_and_the_readme_use_the_same_command() -> None:
    root = Path(__file__).resolve().parents[2]
    makefile = (root / "Makefile").read_text(encoding="utf-8")
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "-m desktop.ui.screenshots" in makefile and "desktop.ui.shell.screenshots" not in makefile
    assert "python -m desktop.ui.screenshots docs/screenshots/fa --lang fa" in readme
    recipe = makefile.split("\nscreenshots:", 1)[1].split("\n\n", 1)[0]
    shots = {line.strip().removeprefix("$(SHOOT) ") for line in recipe.splitlines()[1:]}
    assert shots == {
        "docs/screenshots", "docs/screenshots/dark --theme dark", "docs/screenshots/fa --lang fa",
        "docs/screenshots/fa/dark --lang fa --theme dark",
    }  # fmt: skip
