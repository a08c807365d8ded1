"""The interface in Dari and Pashto: right to left, no English left in menus, toolbars and sidebar;
every string of desktop/ui translated in both, with its plural forms; compiled files up to date."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from desktop.store.notebook import Notebook
from desktop.ui.common import language, local_format
from desktop.ui.events import event_display
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.session import Session

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
PLACEHOLDER = re.compile(r"\{\w*\}|%L?n|%\d")
TOOLS = Path(sys.executable).parent


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[object]:
    """Install a language for one test (`speaking("fa")`), then English again."""

    def install(code: str) -> None:
        language.install(qapp, code)
        event_display.type_labels.cache_clear()  # cached per process: the app never switches
        event_display.choice_labels.cache_clear()

    yield install
    install("en")
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale.system())


def _window(qtbot, samples_nb: Notebook) -> MainWindow:  # noqa: ANN001
    window = MainWindow(Session(samples_nb.path, None, samples_nb))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def _is_translated(text: str) -> bool:
    """Arabic-script letters, or nothing a reader would call English (empty, a key, a symbol)."""
    text = text.replace("&", "")
    return bool(ARABIC_SCRIPT.search(text)) or not LATIN_WORD.search(text)


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


@pytest.mark.parametrize("code", ["fa", "ps"])
def test_main_window_is_right_to_left_with_no_english_in_menus_toolbar_and_sidebar(
    qtbot,  # noqa: ANN001
    samples_nb: Notebook,
    speaking,  # noqa: ANN001
    code: str,
) -> None:
    speaking(code)
    window = _window(qtbot, samples_nb)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft() and window.workspace is not None
    texts = [a.text() for a in window.menuBar().actions()]
    for action in window.menuBar().actions():
        texts += list(_menu_texts(action.menu())) if action.menu() else []
    texts += [a.text() for a in window.commands.toolbar.actions()]  # type: ignore[union-attr]
    nav = window.workspace.nav
    texts += [nav.item(row).text() for row in range(nav.count())]
    texts += [label.text() for label in window.workspace.findChildren(QLabel) if label.isVisible()]
    texts += [window.workspace.side_tabs.tabText(i) for i in range(window.workspace.side_tabs.count())]
    texts.append(window.counts.text())
    english = [t for t in texts if not _is_translated(t)]
    assert english == [], f"English left in the {code} window: {english}"
    assert len(texts) > 40  # the walk really saw the menus


def test_dates_show_the_solar_hijri_day_and_persian_digits_by_choice(speaking) -> None:  # noqa: ANN001
    speaking("fa")
    assert local_format.solar_date("2024-04-27") == "\u20678 ثور 1403\u2069"  # isolated: it reads RTL
    assert local_format.date_with_solar("2024-04-27") == "2024-04-27 (\u20678 ثور 1403\u2069)"
    assert local_format.solar_date("2024-04") == ""  # a month has no one day
    QSettings("Fieldnotes", "Fieldnotes").setValue("persian_digits", "true")
    speaking("fa")
    assert local_format.date_with_solar("2024-03-20") == "۲۰۲۴-۰۳-۲۰ (\u2067۱ حمل ۱۴۰۳\u2069)"
    assert local_format.number(1403) == "۱,۴۰۳" or local_format.number(1403).startswith("۱")


def test_pashto_names_the_months_in_pashto(speaking) -> None:  # noqa: ANN001
    speaking("ps")
    assert local_format.solar_date("2024-08-13").strip("\u2067\u2069") == "23 زمری 1403"


def test_english_keeps_its_plurals_and_gregorian_dates(qtbot, samples_nb: Notebook) -> None:  # noqa: ANN001
    window = _window(qtbot, samples_nb)
    assert window.counts.text().startswith("5 articles")
    assert local_format.date_with_solar("2024-04-27") == "2024-04-27"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_language_follows_the_system_unless_chosen() -> None:
    from PySide6.QtCore import QLocale

    assert language.system_language(QLocale("fa_AF")) == "fa"
    assert language.system_language(QLocale("ps_AF")) == "ps"
    assert language.system_language(QLocale("de_DE")) == "en"
    language.set_chosen_language("ps")
    assert language.resolve(None) == "ps" and language.resolve("fa") == "fa"
    language.set_chosen_language("")
    assert language.resolve(None) == language.system_language()


# -- the translation files ----------------------------------------------------------------------------
def _tr_calls() -> Iterator[tuple[str, int, str | None, str, bool]]:
    """(file, line, context or None when unknown, source, plural) of every translatable literal."""
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for inner in ast.walk(node):
                    classes.setdefault(id(inner), node.name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            where = (str(path.relative_to(ROOT)), node.lineno)
            if name == "tr" and node.args and _literal(node.args[0]) is not None:
                owner = (
                    func.value.id
                    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                    else ""
                )
                context = classes.get(id(node)) if owner == "self" else None
                yield (*where, context, _literal(node.args[0]), len(node.args) >= 3)  # type: ignore[misc]
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                context, source = _literal(node.args[0]), _literal(node.args[1])
                if context is not None and source is not None:
                    yield (*where, context, source, len(node.args) >= 4)


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


def test_every_interface_string_is_translated_in_dari_and_pashto() -> None:
    calls = list(_tr_calls())
    assert len(calls) > 400
    unknown = [c[:2] for c in calls if c[2] is None]
    assert unknown == [], f"tr() on something else than self: its context is unknown to lupdate: {unknown}"
    for code in ("fa", "ps"):
        messages = _messages(TRANSLATIONS / f"fieldnotes_{code}.ts")
        problems = []
        for file, line, context, source, plural in calls:
            message = messages.get((context or "", source))
            if message is None:
                problems.append(f"{file}:{line} {source!r} is missing (run `make translations`)")
                continue
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                problems.append(f"{file}:{line} {source!r} is not translated")
            elif plural and (message.get("numerus") != "yes" or len(forms) < (2 if code == "ps" else 1)):
                problems.append(f"{file}:{line} {source!r} has no plural forms")
            elif any(set(PLACEHOLDER.findall(source.replace("%n", "%Ln"))) - set(PLACEHOLDER.findall(f))
                     for f in forms):  # fmt: skip
                problems.append(f"{file}:{line} {source!r} loses a placeholder")
        assert problems == [], f"{code}: " + "\n".join(problems)


def test_no_translation_file_holds_an_unfinished_entry() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        text = ts.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, ts.name


@pytest.mark.skipif(shutil.which("pyside6-lrelease", path=str(TOOLS)) is None, reason="no lrelease")
def test_compiled_translations_are_what_lrelease_makes_of_the_ts(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(TOOLS))
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        made = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(made)], check=True)
        committed = ts.with_suffix(".qm")
        assert committed.is_file(), f"{committed.name} is missing: run `make translations`"
        assert committed.read_bytes() == made.read_bytes(), (
            f"{committed.name} is stale: run `make translations`"
        )


# -- choosing the language ------------------------------------------------------------------------------
def test_fieldnotes_gui_lang_fa_starts_the_app_in_dari_right_to_left(monkeypatch, speaking) -> None:  # noqa: ANN001
    from desktop.cli.main import main
    from desktop.ui.shell import app

    monkeypatch.setattr("desktop.requirements.require_display", lambda: None)
    monkeypatch.setattr(app, "start_session", lambda path: (None, False))  # no passphrase prompt
    assert main(["gui", "--lang", "fa"]) == 0
    assert language.active_language() == "fa"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_preferences_offer_the_language_and_say_it_applies_on_restart(qtbot) -> None:  # noqa: ANN001
    from desktop.ui.shell.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    form = dialog.languages
    assert [form.language.itemText(i) for i in range(form.language.count())][1:] == ["English", "دری", "پښتو"]
    assert "starts again" in form.note.text()
    form.language.setCurrentIndex(form.language.findData("ps"))
    form.digits.setChecked(True)
    assert form.save() is True
    assert language.chosen_language() == "ps" and language.persian_digits()
    assert language.active_language() == "en"  # nothing switches under the user's hands


def test_right_to_left_opening_an_article_from_the_list_selects_and_shows_it(
    qtbot,  # noqa: ANN001
    samples_nb: Notebook,
    speaking,  # noqa: ANN001
) -> None:
    speaking("fa")
    window = _window(qtbot, samples_nb)
    assert window.workspace is not None
    article = next(r for r in samples_nb.article_rows(limit=50) if "Kunduz" in r.title)
    window.workspace.library.select(article.id)
    assert window.workspace.library.selected_id() == article.id
    qtbot.waitUntil(lambda: window.workspace.reader.article is not None)
    assert "8 ثور" not in window.workspace.reader.header.text()  # 2024-03-12 is 22 Hut 1402
    assert "22 حوت 1402" in window.workspace.reader.header.text()


def test_every_label_of_the_event_vocabulary_is_listed_for_the_translators() -> None:
    from desktop.resources import load_json

    data = load_json("event_types.json")
    names = ("event_types", "verification_statuses", "date_precisions", "count_qualifiers")
    labels = {item["label"] for name in names for item in data[name]}
    qualifiers = {item["id"] for item in data["count_qualifiers"] if item["id"] != "exact"}
    missing = (labels | qualifiers) - set(event_display.VOCABULARY_LABELS)
    assert missing == set(), f"add to event_display.VOCABULARY_LABELS: {missing}"
