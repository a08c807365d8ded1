"""Light and dark: the theme setting, and the custom-painted views following the palette with
readable (WCAG AA) highlights."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog

from desktop.store.events import EVIDENCE_COLOR
from desktop.ui.common import theme
from desktop.ui.common.contrast import AA_NON_TEXT, AA_TEXT, contrast_ratio, parse_hex
from desktop.ui.events.events_disagreements_view import DIFFERS as SOURCES_DIFFER
from desktop.ui.events.province_map import ProvinceMap
from desktop.ui.reader import highlights
from desktop.ui.reader.annotate_dialog import COLOURS
from desktop.ui.reader.reader_panel import ReaderPanel
from desktop.ui.sharing.conflicts_panel import DIFFERS
from desktop.ui.sharing.custody_log_model import TAMPERED
from desktop.ui.sharing.custody_log_panel import BROKEN, INTACT
from desktop.ui.shell import preferences_dialog, settings
from tests.ui.conftest import article_id

PALETTES = {"light": theme.light_palette(), "dark": theme.dark_palette()}
# Every colour the app offers for an annotation or a tag, plus extremes a tag may be given by hand.
OFFERED = [*COLOURS.values(), highlights.DEFAULT_COLOR, EVIDENCE_COLOR]
HAND_PICKED = ["#000000", "#ffffff", "#ff0000", "#0000ff", "#00ff00", "#808080", "#ffff00", "#7f00ff"]


@pytest.fixture(autouse=True)
def back_to_system_theme(qapp) -> Iterator[None]:  # noqa: ANN001
    yield
    theme.apply_theme("system", qapp)


def base_and_text(palette: QPalette) -> tuple:
    return theme.rgb(palette, QPalette.ColorRole.Base), theme.rgb(palette, QPalette.ColorRole.Text)


def test_contrast_ratio_matches_wcag():
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio((255, 255, 255), (255, 255, 255)) == pytest.approx(1.0)
    assert contrast_ratio(parse_hex("#777777"), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scheme", PALETTES)
def test_every_highlight_tint_keeps_aa_contrast_with_the_text(scheme):
    base, text = base_and_text(PALETTES[scheme])
    assert contrast_ratio(base, text) >= AA_TEXT
    colours = [parse_hex(c) for c in OFFERED + HAND_PICKED]
    checked = 0
    for depth in (1, 2, 3):  # overlapping annotations mix their colours into a stronger tint
        for combo in itertools.combinations(colours, depth):
            fill = highlights.fill(list(combo), base=base, text=text)
            assert contrast_ratio(fill, text) >= AA_TEXT, (scheme, combo, fill)
            mark = highlights.underline(highlights.mix(list(combo)), background=fill)
            assert contrast_ratio(mark, fill) >= AA_NON_TEXT, (scheme, combo, mark)
            checked += 1
    assert checked > 600
    assert contrast_ratio(highlights.evidence_mark(base), base) >= AA_NON_TEXT


@pytest.mark.parametrize("scheme", PALETTES)
def test_status_colours_and_row_tints_stay_readable(scheme):
    palette = PALETTES[scheme]
    base, text = base_and_text(palette)
    window = theme.rgb(palette, QPalette.ColorRole.Window)
    for colour in (DIFFERS, TAMPERED, SOURCES_DIFFER):
        tint = theme.tint(palette, colour).getRgb()[:3]
        assert tint != base and contrast_ratio(tint, text) >= AA_TEXT
    for colour in (INTACT, BROKEN):
        assert contrast_ratio(theme.status_text(palette, colour).getRgb()[:3], window) >= AA_TEXT


def test_forcing_dark_and_light_switches_the_application_palette(qapp):
    assert theme.apply_theme("dark", qapp) == "dark"
    assert theme.is_dark(QGuiApplication.palette())
    assert theme.apply_theme("light", qapp) == "light"
    assert not theme.is_dark(QGuiApplication.palette())


def test_preferences_store_and_apply_the_theme(qtbot, monkeypatch):
    def accept_dark(dialog: QDialog) -> int:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(preferences_dialog.PreferencesDialog, "exec", accept_dark)
    preferences_dialog.edit_preferences(None)
    assert settings.theme() == "dark"
    assert theme.is_dark(QGuiApplication.palette())


# -- the reader ------------------------------------------------------------------------------------
@pytest.fixture
def reader(qtbot, samples_nb) -> ReaderPanel:  # noqa: ANN001
    nb = samples_nb
    aid = article_id(nb, "Kunduz")
    text = nb.article(aid).text
    for phrase, colour, tags in (
        ("At least seven former members of the national army", "#ffe066", ("Persecution/Detention",)),
        ("seven former members", "#a5d8ff", ("Due process",)),  # overlaps the first
        ("without a warrant", "#fcc2d7", ()),
    ):
        start = text.index(phrase)
        nb.annotations.create(aid, start=start, end=start + len(phrase), color=colour, tags=tags)
    start = text.index("three of the seven men were released")
    nb.events.from_passage(aid, start=start, end=start + 36, type="detention")
    panel = ReaderPanel(nb)
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    panel.show_article(aid)
    return panel


def char_format(panel: ReaderPanel, phrase: str) -> QTextCharFormat:
    cursor = QTextCursor(panel.text.document())
    cursor.setPosition(panel.article.text.index(phrase) + 1)
    return cursor.charFormat()


def background(panel: ReaderPanel, phrase: str) -> tuple[int, int, int]:
    return char_format(panel, phrase).background().color().getRgb()[:3]


def test_the_highlight_follows_the_palette_and_stays_readable(qtbot, qapp, reader):
    theme.apply_theme("light", qapp)
    qtbot.waitUntil(lambda: background(reader, "without a warrant") != (0, 0, 0))
    light = background(reader, "without a warrant")
    theme.apply_theme("dark", qapp)
    qtbot.waitUntil(lambda: background(reader, "without a warrant") != light)
    dark = background(reader, "without a warrant")
    text = theme.rgb(reader.text.palette(), QPalette.ColorRole.Text)
    assert contrast_ratio(dark, text) >= AA_TEXT
    assert sum(dark) < sum(light)  # a dark tint under light text, not a pastel block


def test_overlaps_are_stronger_and_the_chosen_annotation_is_underlined(reader):
    single = background(reader, "At least")
    both = background(reader, "seven former")
    assert sum(both) < sum(single)
    assert (
        char_format(reader, "seven former").underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    )
    note = next(n for n in reader.annotations if n.exact == "without a warrant")
    assert (
        char_format(reader, "without a warrant").underlineStyle()
        == QTextCharFormat.UnderlineStyle.NoUnderline
    )
    reader.select_annotation(note.id)
    assert (
        char_format(reader, "without a warrant").underlineStyle()
        == QTextCharFormat.UnderlineStyle.SingleUnderline
    )


def test_event_evidence_is_marked_in_the_margin_not_filled(reader):
    assert char_format(reader, "three of the seven").background().style() == Qt.BrushStyle.NoBrush
    assert (
        char_format(reader, "three of the seven").underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    )
    assert len(reader.text.evidence_rects()) == 1


def test_the_legend_lists_the_tags_and_event_evidence(reader):
    assert reader.legend.isVisible()
    assert reader.legend.entries() == ["Persecution/Detention", "Due process", "No tag", "Event evidence"]


def test_the_toggle_hides_and_shows_the_highlights(qtbot, reader):
    assert reader.highlight_action.shortcut().toString() == "Ctrl+Shift+H"
    reader.highlight_action.trigger()
    assert not reader.highlights_shown()
    assert char_format(reader, "without a warrant").background().style() == Qt.BrushStyle.NoBrush
    assert reader.text.evidence_rects() == [] and not reader.legend.isVisible()
    reader.highlight_action.trigger()
    assert char_format(reader, "without a warrant").background().style() != Qt.BrushStyle.NoBrush
    assert reader.legend.isVisible()


def test_a_tags_colour_wins_over_the_annotations_own(reader):
    nb = reader.nb
    tag = nb.tags.find("Due process")
    nb.tags.set_color(tag.id, "#8ce99a")
    reader.refresh()
    base, text = base_and_text(reader.text.palette())
    green = highlights.fill([parse_hex("#8ce99a"), parse_hex("#ffe066")], base=base, text=text)
    assert background(reader, "seven former") == green


# -- the province map ------------------------------------------------------------------------------
def test_the_province_map_paints_on_the_palettes_base(qtbot, qapp):
    tile_map = ProvinceMap()
    qtbot.addWidget(tile_map)
    tile_map.resize(500, 400)
    tile_map.show()
    qtbot.waitExposed(tile_map)
    for scheme in ("light", "dark"):
        theme.apply_theme(scheme, qapp)
        qapp.processEvents()
        image = tile_map.grab().toImage()
        corner = image.pixelColor(2, 2).getRgb()[:3]
        assert corner == theme.rgb(tile_map.palette(), QPalette.ColorRole.Base)
        tile = tile_map.tiles()[0].rect.center().toPoint()
        empty = image.pixelColor(tile.x(), tile.y() + 8)  # below the label
        assert theme.is_dark(tile_map.palette()) == (empty.lightness() < 128), scheme


def test_the_notes_list_swatches_show_what_the_reader_paints(qtbot, reader):
    from desktop.ui.reader.annotations_panel import AnnotationsPanel

    panel = AnnotationsPanel(reader.nb)
    qtbot.addWidget(panel)
    panel.show_article(reader.article.id)
    items = {panel.list.item(r).toolTip(): panel.list.item(r) for r in range(panel.list.count())}
    centre = items["without a warrant"].icon().pixmap(14, 14).toImage().pixelColor(7, 7)
    assert centre.getRgb()[:3] == background(reader, "without a warrant")
    evidence = next(item for tip, item in items.items() if tip.startswith("Event evidence"))
    bar = evidence.icon().pixmap(14, 14).toImage().pixelColor(6, 7).getRgb()[:3]
    base = theme.rgb(panel.list.palette(), QPalette.ColorRole.Base)
    assert bar == highlights.evidence_mark(base)


@pytest.mark.parametrize("scheme", PALETTES)
def test_error_text_reads_on_the_window_in_both_themes(qtbot, qapp, scheme):
    import re

    from desktop.ui.shell.passphrase_dialog import NewPassphraseDialog

    theme.apply_theme(scheme, qapp)
    dialog = NewPassphraseDialog(None, title="New notebook", intro="")
    qtbot.addWidget(dialog)
    red = re.search(r"color: (#[0-9a-f]{6})", dialog.warning.styleSheet()).group(1)
    window = theme.rgb(dialog.palette(), QPalette.ColorRole.Window)
    assert contrast_ratio(parse_hex(red), window) >= AA_TEXT


def test_following_the_system_switches_when_the_desktop_does(qapp, monkeypatch):
    theme.apply_theme("system", qapp)
    assert not theme.is_dark(QGuiApplication.palette())
    monkeypatch.setattr(theme, "system_scheme", lambda: "dark")  # the desktop turned dark
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.is_dark(QGuiApplication.palette())
    theme.apply_theme("light", qapp)  # a forced choice ignores the desktop
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not theme.is_dark(QGuiApplication.palette())


def test_a_right_to_left_article_keeps_its_direction_and_marks_evidence_on_its_right(qtbot, samples_nb):
    nb = samples_nb
    aid = article_id(nb, "هرات")
    text = nb.article(aid).text
    start = text.index("دست‌کم پنج سرباز پیشین")
    nb.events.from_passage(aid, start=start, end=start + 22, type="detention")
    panel = ReaderPanel(nb)
    qtbot.addWidget(panel)
    panel.resize(600, 500)
    panel.show()
    panel.show_article(aid)
    qtbot.waitExposed(panel)
    option = panel.text.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert panel.text.gutter.geometry().left() >= panel.text.viewport().geometry().right()
    assert len(panel.text.evidence_rects()) == 1
