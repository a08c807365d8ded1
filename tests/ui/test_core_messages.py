"""The core's messages shown in Dari and Pashto: every message of the modules the app calls has a
template in desktop/ui/common/core_messages.py, every template a translation in both .ts files,
and what the app shows (errors, progress, the custody log) comes out translated."""

from __future__ import annotations

import ast
import errno
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop.store.file import storage_errors
from desktop.store.sharing.custody_view import DETAIL_KEYS, LogRow
from desktop.ui.common import core_messages, language
from desktop.ui.common.core_messages import ACTIONS, DETAILS, MESSAGES, core_text, custody_details
from desktop.ui.sharing.custody_log_model import cell_text

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
PLACEHOLDER = re.compile(r"\{\w*\}")
# The core modules whose messages reach the app (through show_error, attempt, the worker, dialogs).
REACHABLE = [
    "desktop/store/file/storage_errors.py", "desktop/store/custody.py", "desktop/store/file/unlock.py",
    "desktop/store/file/notebook_lock.py", "desktop/store/file/schema.py", "desktop/store/notebook.py",
    "desktop/store/rekey.py", "desktop/store/events.py", "desktop/store/tags.py",
    "desktop/store/metadata.py", "desktop/store/articles.py", "desktop/store/annotations.py",
    "desktop/store/sharing/contacts.py", "desktop/store/sharing/format.py",
    "desktop/store/sharing/identity.py", "desktop/store/sharing/merge.py",
    "desktop/store/sharing/receiver.py", "desktop/store/sharing/streams.py",
    "desktop/store/sharing/transfer.py", "desktop/summaries.py", "desktop/export/styles.py",
    "desktop/exchange/qdpx_read.py", "desktop/exchange/safe_archive.py", "desktop/exchange/w3c_read.py",
    "desktop/exchange/project_import.py", "desktop/exchange/annotation_import.py",
]  # fmt: skip


def _shape(template: str) -> str:
    return PLACEHOLDER.sub("{}", template)


def _templates(node: ast.expr, constants: dict[str, str]) -> list[str]:
    """The message(s) an expression can make, each value written `{}`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        out = [""]
        for part in node.values:
            if isinstance(part, ast.Constant):
                text = str(part.value)
            elif isinstance(part, ast.FormattedValue) and isinstance(part.value, ast.Name):
                text = constants.get(part.value.id, "{}")
            else:
                text = "{}"
            out = [o + text for o in out]
        return out
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [a + b for a in _templates(node.left, constants) for b in _templates(node.right, constants)]
    if isinstance(node, ast.IfExp):
        return _templates(node.body, constants) + _templates(node.orelse, constants)
    if isinstance(node, ast.BoolOp):  # `reasons or "no target"`
        return [t for value in node.values for t in _templates(value, constants)]
    return ["{}"]  # a message made elsewhere (str(exc)): a value


def core_messages_of(path: Path) -> Iterator[tuple[int, str]]:
    """(line, message shape) of what `path` raises, appends to `problems` or `….skipped`, gives an
    ExchangeItem as its reason, or (storage_errors, annotation_import) returns: the messages a user reads."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    for node in ast.walk(tree):
        made: ast.expr | None = None
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            made = node.exc.args[0]
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append"
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "problems" and node.args
        ):  # fmt: skip
            made = node.args[0]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "ExchangeItem" and node.args[3:]:
            made = node.args[3]  # a record's reason in an exchange import's report
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append"
            and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "skipped" and node.args
        ):  # fmt: skip
            made = node.args[0].elts[-1] if isinstance(node.args[0], ast.Tuple) else node.args[0]
        elif isinstance(node, ast.Return) and path.name == "annotation_import.py" and node.value is not None:
            made = node.value  # `locate`: why an annotation cannot be anchored
        elif isinstance(node, ast.Return) and path.name == "storage_errors.py":
            made = node.value if isinstance(node.value, ast.JoinedStr | ast.BinOp) else None
        for template in _templates(made, constants) if made is not None else []:
            if re.search(r"[A-Za-z]{2,}", PLACEHOLDER.sub("", template)):  # words, not "{}: {}"
                yield node.lineno, _shape(template)


def test_every_message_the_app_can_show_has_a_template() -> None:
    known = {_shape(t) for t in MESSAGES}
    missing = [
        f"{file}:{line}: {shape!r}"
        for file in REACHABLE
        for line, shape in core_messages_of(ROOT / file)
        if shape not in known
    ]
    assert missing == [], "add these to desktop/ui/common/core_messages.py, then `make translations`:\n" + (
        "\n".join(missing)
    )


def test_every_custody_action_the_core_writes_has_a_name() -> None:
    written = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "desktop").parts[:1] or "cli" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        written |= set(re.findall(r'\baction="([a-z][a-z-]*)"', text))
        written |= set(re.findall(r'"(undo|redo)" if undo', text))
    assert len(written) > 15
    assert written - set(ACTIONS) == set()
    assert set(DETAIL_KEYS) <= set(DETAILS)


def _translations(code: str) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(TRANSLATIONS / f"fieldnotes_{code}.ts").getroot()
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m.find("translation")  # type: ignore[misc]
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    }


@pytest.mark.parametrize("code", ["fa", "ps"])
def test_every_core_template_is_translated_with_its_placeholders(code: str) -> None:
    translations = _translations(code)
    problems = []
    for source in (*MESSAGES, *ACTIONS.values(), *DETAILS.values()):
        found = translations.get(("core", source))
        if found is None or found.get("type") in ("unfinished", "vanished", "obsolete") or not found.text:
            problems.append(f"{source!r} has no {code} translation (run `make translations`, translate it)")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(found.text)):
            problems.append(f"{source!r}: the {code} translation does not keep its placeholders")
        elif not ARABIC_SCRIPT.search(found.text):
            problems.append(f"{source!r}: the {code} translation is not in Dari or Pashto")
    assert problems == []


def test_a_message_keeps_its_values_and_a_nested_message_is_translated_too(qapp: QApplication) -> None:
    full = storage_errors.explain(OSError(errno.ENOSPC, "No space left on device", "/media/usb/x.fnb"), "")
    assert full is not None
    rekey = f"/home/r/notes.fnb: could not change the passphrase: {full}"
    assert core_text(rekey) == rekey  # English: as it was
    language.install(qapp, "fa")
    try:
        text = core_text(rekey)
        # the values kept, each isolated (U+2068 … U+2069) so that the sentence stays right to left
        # a right-to-left mark, then the values kept, each isolated (U+2068 … U+2069): the sentence
        # stays right to left though it starts with a path
        assert text.startswith("\u200f\u2068/home/r/notes.fnb\u2069: ")
        assert "\u2068/media/usb/x.fnb\u2069" in text
        assert "No space left on device" in text  # the system's own words stay
        assert "could not" not in text and "disk is full" not in text
        assert ARABIC_SCRIPT.search(text)
        assert core_text("an unknown message") == "an unknown message"
    finally:
        language.install(qapp, "en")


@pytest.mark.parametrize("code", ["fa", "ps"])
def test_errors_progress_and_the_custody_log_show_no_english(qapp: QApplication, code: str) -> None:
    samples = [
        storage_errors.read_only_message("/media/cd/notes.fnb"),
        "/home/r/notes.fnb: wrong passphrase, or not a Fieldnotes notebook",
        "an event needs at least one passage as evidence (select a passage first)",
        "cannot decrypt the share: it is damaged or truncated, or it is not addressed to you",
        "Encrypting the share",
        "entry 7 was changed after it was written",
        "Shirin (you)",
    ]
    row = LogRow(3, "2026-01-02T10:00:00", "you", "edit-annotation", "Kunduz report", "file: a.txt; title: B")
    language.install(qapp, code)
    try:
        shown = [core_text(s) for s in samples] + [cell_text(row, c) for c in range(2, 6)]
        for text in shown:
            leftover = re.sub(r"/\S+|Fieldnotes|Kunduz report|Shirin|a\.txt|\bB\b", "", text)
            assert not re.search(r"[A-Za-z]{3,}", leftover), text
        assert cell_text(row, 4) == "Kunduz report"  # data stays as it was written
        title = QCoreApplication.translate(core_messages.CONTEXT, DETAILS["title"])
        file = QCoreApplication.translate(core_messages.CONTEXT, DETAILS["file"])
        shown = custody_details("file: a.txt; title: B")
        assert shown == f"{file}: \u2068a.txt\u2069; {title}: \u2068B\u2069"
    finally:
        language.install(qapp, "en")
    assert cell_text(row, 3) == "edit-annotation"  # English: the core's own name
