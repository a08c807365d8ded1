"""Right to left, what points turns round (icons with a direction, ▸ and → in texts), and Qt's own
standard buttons, text-field menus, file and colour dialogs speak Dari and Pashto (Qt ships no
Pashto; its Persian says انصراف, not لغو)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLibraryInfo, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStyle,
    QTreeView,
    QWidget,
)

from desktop.ui.common import language
from desktop.ui.common.direction import arrow, directional_icon, mirrored_icon, standard_icon
from desktop.ui.shell.shortcuts_dialog import shortcut_rows

RED = QColor("#d00000")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
EVERY_BUTTON = QMessageBox.StandardButton(0)
for _button in (
    "Ok", "Save", "SaveAll", "Open", "Yes", "YesToAll", "No", "NoToAll", "Abort", "Retry", "Ignore",
    "Close", "Cancel", "Discard", "Help", "Apply", "Reset", "RestoreDefaults",
):  # fmt: skip
    EVERY_BUTTON |= getattr(QMessageBox.StandardButton, _button)


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    yield lambda code: language.install(qapp, code)
    language.install(qapp, "en")


def pointing_right() -> QIcon:
    """A 32×32 icon red in its right half only: it "points" right."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.fillRect(16, 0, 16, 32, RED)
    painter.end()
    return QIcon(pixmap)


def red_on(icon: QIcon, x: int) -> bool:
    return icon.pixmap(32, 32).toImage().pixelColor(x, 16) == RED


def test_a_mirrored_icon_points_the_other_way_in_every_mode() -> None:
    icon = pointing_right()
    flipped = mirrored_icon(icon)
    assert red_on(icon, 28) and not red_on(icon, 3)
    assert red_on(flipped, 3) and not red_on(flipped, 28)
    disabled = flipped.pixmap(32, 32, QIcon.Mode.Disabled).toImage()
    assert disabled.pixelColor(3, 16).alpha() > 0 and disabled.pixelColor(28, 16).alpha() == 0


def test_a_directional_icon_flips_only_in_a_right_to_left_widget(qtbot) -> None:  # noqa: ANN001
    ltr, rtl = QWidget(), QWidget()
    rtl.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.addWidget(ltr)
    qtbot.addWidget(rtl)
    assert red_on(directional_icon(pointing_right(), ltr), 28)
    assert red_on(directional_icon(pointing_right(), rtl), 3)
    right = rtl.style().standardIcon(QStyle.StandardPixmap.SP_ArrowRight).pixmap(16, 16).toImage()
    left = rtl.style().standardIcon(QStyle.StandardPixmap.SP_ArrowLeft).pixmap(16, 16).toImage()
    assert right != left
    assert standard_icon(rtl, QStyle.StandardPixmap.SP_ArrowRight).pixmap(16, 16).toImage() == left
    assert standard_icon(ltr, QStyle.StandardPixmap.SP_ArrowRight).pixmap(16, 16).toImage() == right


def test_arrows_in_texts_turn_round_right_to_left(qtbot, speaking) -> None:  # noqa: ANN001
    window = QMainWindow()
    qtbot.addWidget(window)
    sub = window.menuBar().addMenu("File").addMenu("Exchange")
    sub.addAction("Export")
    assert arrow("▸") == "▸" and arrow("→") == "→"
    assert shortcut_rows(window)[0].menu == "File ▸ Exchange"
    speaking("fa")
    assert arrow("▸") == "◂" and arrow("→") == "←" and arrow("◂") == "▸"
    assert arrow("x") == "x"
    assert shortcut_rows(window)[0].menu == "File ◂ Exchange"


@pytest.mark.parametrize("code", ["ps", "fa"])
def test_a_message_box_shows_no_english_button(qtbot, speaking, code: str) -> None:  # noqa: ANN001
    speaking(code)
    box = QMessageBox(QMessageBox.Icon.Warning, "t", "m", EVERY_BUTTON)
    box.setDetailedText("details")
    qtbot.addWidget(box)
    texts = [button.text() for button in box.buttons()]
    assert len(texts) >= 19  # the 18 standard buttons and "Show Details…"
    english = [t for t in texts if re.search(r"[A-Za-z]{2,}", t) or not ARABIC_SCRIPT.search(t)]
    assert english == []
    assert box.button(QMessageBox.StandardButton.Cancel).text() == ("لغو" if code == "fa" else "لغوه")


def test_dari_takes_qts_own_persian_for_what_we_do_not_list(speaking) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QTranslator

    qt_persian = QTranslator()
    assert qt_persian.load("qtbase_fa", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    speaking("fa")
    look_in = QCoreApplication.translate("QFileDialog", "Look in:")  # a file dialog's label: Qt's own
    assert look_in == qt_persian.translate("QFileDialog", "Look in:") and ARABIC_SCRIPT.search(look_in)


@pytest.mark.parametrize("code", ["ps", "fa"])
def test_a_text_fields_right_click_menu_speaks_the_language(qtbot, speaking, code: str) -> None:  # noqa: ANN001
    speaking(code)
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert len(texts) >= 6
    assert [t for t in texts if re.search(r"[A-Za-z]{2,}", t)] == []


def _english_texts(dialog: QWidget) -> list[str]:
    """The English words left on a dialog's labels, buttons, tips, lists and column headers."""
    texts = {action.text() for action in dialog.findChildren(QAction)}
    for widget in dialog.findChildren(QWidget):
        texts |= {widget.toolTip(), widget.accessibleName()}
        if isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        if isinstance(widget, QComboBox):
            texts |= {widget.itemText(i) for i in range(widget.count())}
        if isinstance(widget, QTreeView) and widget.model() is not None:
            model = widget.model()
            texts |= {str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())}
    return sorted(t for t in texts if re.search(r"[A-Za-z]{2,}", t.replace("HTML", "")) and "/" not in t)


@pytest.mark.parametrize("code", ["ps", "fa"])
def test_qts_file_and_colour_dialogs_speak_the_language(qtbot, speaking, tmp_path, code: str) -> None:  # noqa: ANN001
    speaking(code)
    for accept in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        files = QFileDialog(None, "", str(tmp_path))
        files.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on most Linux desktops
        files.setAcceptMode(accept)
        qtbot.addWidget(files)
        files.show()
        assert _english_texts(files) == []
    colours = QColorDialog()
    colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    qtbot.addWidget(colours)
    colours.show()
    assert _english_texts(colours) == []
