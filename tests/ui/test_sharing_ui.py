"""Sharing in the app: identity card and QR code, contacts, share, receive, conflicts, custody log.

Two plain notebooks, Alice's and Bob's, each driven through the dialogs and panels as a user
would; file pickers and the unverified-sender warning are monkeypatched or answered in code, so
no modal dialog ever blocks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import segno
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.store import custody, sharing
from desktop.store.notebook import Notebook
from desktop.store.sharing import contacts, identity, merge
from desktop.ui.common.theme import tint
from desktop.ui.sharing.conflicts_panel import DIFFERS, EMPTY, ConflictsPanel
from desktop.ui.sharing.contacts_dialog import ContactsDialog
from desktop.ui.sharing.custody_log_panel import CustodyLogPanel
from desktop.ui.sharing.identity_dialog import QUIET_ZONE, IdentityDialog
from desktop.ui.sharing.receive_dialog import ReceiveDialog
from desktop.ui.sharing.share_dialog import ShareDialog
from tests.sharing.conftest import add_article, introduce, make_notebook

TIMEOUT_MS = 30_000
TITLE = "Former soldiers detained in Badakhshan"


@pytest.fixture
def widgets() -> Iterator[list[QWidget]]:
    """Widgets to close once their workers are done (pytest-qt would delete them too early)."""
    made: list[QWidget] = []
    yield made
    QThreadPool.globalInstance().waitForDone(TIMEOUT_MS)
    for widget in made:
        widget.close()
        widget.deleteLater()
    QGuiApplication.processEvents()


@pytest.fixture
def alice(tmp_path: Path) -> Iterator[Notebook]:
    nb = make_notebook(tmp_path / "alice.fieldnotes", "Alice")
    add_article(nb, "Former soldiers were detained in Badakhshan on 5 March.", title=TITLE)
    yield nb
    nb.close()


@pytest.fixture
def bob(tmp_path: Path) -> Iterator[Notebook]:
    nb = make_notebook(tmp_path / "bob.fieldnotes", "Bob")
    yield nb
    nb.close()


@pytest.fixture
def no_popups(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Warnings recorded instead of shown; message boxes opened with open() stay hidden."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "open", lambda self: shown.append((self.windowTitle(), self.text())))
    return shown


def my_card(nb: Notebook) -> str:
    me = identity.load(nb.db, author=nb.author)
    assert me is not None
    return me.card.text()


def share_through_dialog(
    qtbot: QtBot, widgets: list[QWidget], nb: Notebook, out: Path, monkeypatch: pytest.MonkeyPatch, to: str
) -> sharing.ShareReport:
    dialog = ShareDialog(nb, notebook_passphrase=None)
    widgets.append(dialog)
    dialog.set_contacts_checked([to])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(dialog.shared, timeout=TIMEOUT_MS) as done:
        dialog.share_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT_MS)
    assert "Wrote" in dialog.status.text() and to in dialog.status.text()
    return done.args[0]  # type: ignore[no-any-return]


def receive_dialog(widgets: list[QWidget], nb: Notebook, path: Path) -> ReceiveDialog:
    dialog = ReceiveDialog(nb, notebook_passphrase=None)
    widgets.append(dialog)
    dialog.set_file(path)
    return dialog


# -- identity and contacts ---------------------------------------------------------------------
def test_identity_dialog_shows_the_card_and_its_qr_code(
    qtbot: QtBot, widgets: list[QWidget], alice: Notebook
) -> None:
    dialog = IdentityDialog(alice)
    widgets.append(dialog)
    assert dialog.card_text() == my_card(alice) and dialog.name.text() == "Alice"
    image = dialog.qr.pixmap(330).toImage()
    matrix = segno.make(my_card(alice), error="m", micro=False).matrix
    modules = len(matrix) + 2 * QUIET_ZONE
    scale = 330 // modules
    offset = (330 - scale * modules) // 2
    for y, row in enumerate(matrix):  # every module drawn where a scanner looks for it
        for x, dark in enumerate(row):
            cx = offset + (x + QUIET_ZONE) * scale + scale // 2
            cy = offset + (y + QUIET_ZONE) * scale + scale // 2
            assert (image.pixelColor(cx, cy).lightness() < 128) == bool(dark), (x, y)
    assert 0.3 < sum(map(sum, matrix)) / len(matrix) ** 2 < 0.7  # not blank
    assert image.pixelColor(offset + 2, offset + 2).lightness() > 200  # the quiet zone is white
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == my_card(alice)

    dialog.name.setText("Alice Q.")
    dialog.save_name.click()
    assert (
        identity.parse_card(dialog.card_text()).name == "Alice Q." == identity.parse_card(my_card(alice)).name
    )


def test_add_a_contact_from_the_other_card_and_remove_it(
    qtbot: QtBot, widgets: list[QWidget], alice: Notebook, bob: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ContactsDialog(bob)
    widgets.append(dialog)
    dialog.name.setText("Alice")
    dialog.card.setPlainText("fieldnotes-card:v1:garbage")
    dialog.add_button.click()
    assert "damaged" in dialog.message.text() and dialog.names() == []

    dialog.card.setPlainText(IdentityDialog(alice).card_text())
    dialog.add_button.click()
    assert dialog.names() == ["Alice"]
    assert contacts.get(bob.db, "Alice").card.fingerprint in dialog.message.text()

    dialog.name.setText("Alice")
    dialog.card.setPlainText(my_card(alice))
    dialog.add_button.click()
    assert "already a contact called 'Alice'" in dialog.message.text()

    dialog.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.remove_button.click()
    assert dialog.names() == [] and contacts.all_contacts(bob.db) == []


# -- share and receive ----------------------------------------------------------------------------
def test_share_to_a_contact_and_receive_it(
    qtbot: QtBot,
    widgets: list[QWidget],
    alice: Notebook,
    bob: Notebook,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_popups: list[tuple[str, str]],
) -> None:
    introduce(("Alice", alice), ("Bob", bob))
    out = tmp_path / "for-bob.age"
    report = share_through_dialog(qtbot, widgets, alice, out, monkeypatch, "Bob")
    assert out.exists() and report.recipients == ("Bob",) and report.records == 1

    dialog = receive_dialog(widgets, bob, out)
    assert not dialog.secret.isEnabled()  # made for keys: Bob's own opens it
    with qtbot.waitSignal(dialog.received, timeout=TIMEOUT_MS):
        dialog.receive_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=TIMEOUT_MS)
    assert [r.title for r in bob.article_rows()] == [TITLE]
    assert "Received from Alice" in dialog.status.text() and "signature verified" in dialog.status.text()
    assert "1 added" in dialog.status.text() and no_popups == []


def test_share_dialog_asks_for_recipients_first(
    qtbot: QtBot, widgets: list[QWidget], alice: Notebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    dialog = ShareDialog(alice, notebook_passphrase=None)
    widgets.append(dialog)
    assert dialog.to_passphrase.isChecked()  # no contacts yet
    dialog.secret.setText("long enough")
    dialog.secret_again.setText("long enougH")
    dialog.share_button.click()
    assert dialog.status.text() == "The two passphrases differ." and asked == []


def test_passphrase_share_through_both_dialogs(
    qtbot: QtBot,
    widgets: list[QWidget],
    alice: Notebook,
    bob: Notebook,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_popups: list[tuple[str, str]],
) -> None:
    introduce(("Alice", alice), ("Bob", bob))
    out = tmp_path / "p.age"
    share = ShareDialog(alice, notebook_passphrase=None)
    widgets.append(share)
    share.to_passphrase.setChecked(True)
    share.secret.setText("correct horse")
    share.secret_again.setText("correct horse")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(share.shared, timeout=TIMEOUT_MS):
        share.share_button.click()
    qtbot.waitUntil(lambda: not share.busy, timeout=TIMEOUT_MS)

    dialog = receive_dialog(widgets, bob, out)
    assert dialog.secret.isEnabled()
    dialog.secret.setText("wrong horse")
    dialog.receive_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.refusal is not None, timeout=TIMEOUT_MS)
    assert "passphrase is wrong" in dialog.status.text() and bob.count_articles() == 0
    assert no_popups and no_popups[-1][0] == "Share refused"
    dialog.secret.setText("correct horse")
    with qtbot.waitSignal(dialog.received, timeout=TIMEOUT_MS):
        dialog.receive_button.click()
    assert bob.count_articles() == 1


def test_unknown_signer_is_merged_only_when_accepted(
    qtbot: QtBot,
    widgets: list[QWidget],
    alice: Notebook,
    bob: Notebook,
    tmp_path: Path,
    no_popups: list[tuple[str, str]],
) -> None:
    with alice.transaction() as db:  # Alice knows Bob; Bob has never heard of Alice
        contacts.add(db, name="Bob", card_text=my_card(bob))
    sharing.share(alice, tmp_path / "s.age", to=["Bob"])
    dialog = receive_dialog(widgets, bob, tmp_path / "s.age")

    dialog.receive_button.click()
    qtbot.waitUntil(lambda: dialog.warning_box is not None, timeout=TIMEOUT_MS)
    assert no_popups[-1][0] == "Unverified sender" and "“Alice”" in no_popups[-1][1]
    assert bob.count_articles() == 0
    assert dialog.warning_box is not None
    keep_out = next(b for b in dialog.warning_box.buttons() if b.text() == "Don't merge")
    keep_out.click()
    assert "Not merged" in dialog.status.text() and bob.count_articles() == 0
    assert [e.action for e in custody.entries(bob.db)][-1] != "receive"

    dialog.receive_button.click()
    qtbot.waitUntil(lambda: dialog.accept_button is not None, timeout=TIMEOUT_MS)
    assert dialog.accept_button is not None and dialog.accept_button.text() == "Accept as unverified"
    with qtbot.waitSignal(dialog.received, timeout=TIMEOUT_MS):
        dialog.accept_button.click()
    assert bob.count_articles() == 1
    assert "UNVERIFIED" in dialog.status.text()
    entry = list(custody.entries(bob.db))[-1]
    assert entry.action == "receive" and entry.details["accepted_unverified"] is True


def test_a_damaged_file_is_refused_without_an_offer(
    qtbot: QtBot,
    widgets: list[QWidget],
    alice: Notebook,
    bob: Notebook,
    tmp_path: Path,
    no_popups: list[tuple[str, str]],
) -> None:
    introduce(("Alice", alice), ("Bob", bob))
    sharing.share(alice, tmp_path / "s.age", to=["Bob"])
    data = (tmp_path / "s.age").read_bytes()
    (tmp_path / "short.age").write_bytes(data[: len(data) - 40])
    dialog = receive_dialog(widgets, bob, tmp_path / "short.age")
    dialog.receive_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and dialog.refusal is not None, timeout=TIMEOUT_MS)
    assert dialog.warning_box is None and bob.count_articles() == 0
    assert "Refused" in dialog.status.text() and "unchanged" in dialog.status.text()
    assert [title for title, _ in no_popups] == ["Share refused"]


# -- conflicts and the custody log -----------------------------------------------------------------
def test_a_conflict_shows_side_by_side_and_keep_this_one_resolves_it(
    qtbot: QtBot, widgets: list[QWidget], alice: Notebook, bob: Notebook, tmp_path: Path
) -> None:
    introduce(("Alice", alice), ("Bob", bob))
    sharing.share(alice, tmp_path / "1.age", to=["Bob"])
    sharing.receive(bob, tmp_path / "1.age")
    article = bob.article_rows()[0].id
    panel = ConflictsPanel(bob)
    widgets.append(panel)
    assert panel.list.item(0).text() == EMPTY and panel.keep_buttons == []

    alice.update_metadata(article, {"title": "Detentions (Alice's title)"})
    bob.update_metadata(article, {"title": "Detentions (Bob's title)"})
    sharing.share(alice, tmp_path / "2.age", to=["Bob"])
    assert sharing.receive(bob, tmp_path / "2.age").counts.get("conflict") == 1
    panel.refresh()
    assert panel.list.count() == 1 and "versions" in panel.list.item(0).text()
    assert {"title", "csl.title"} <= set(panel.highlighted_fields())
    assert "created" not in panel.highlighted_fields()
    assert len(panel.keep_buttons) == 2
    headers = [panel.table.verticalHeaderItem(r).text() for r in range(panel.table.rowCount())]
    row = headers.index("title")
    differs = tint(panel.palette(), DIFFERS).name()  # the "differs" yellow over the base
    assert panel.table.item(row, 0).background().color().name() == differs  # highlighted
    column = next(
        c for c in range(panel.table.columnCount()) if "Alice's title" in panel.table.item(row, c).text()
    )
    panel.keep_buttons[column].click()
    assert merge.list_conflicts(bob) == []
    assert bob.article(article).title == "Detentions (Alice's title)"
    assert panel.list.item(0).text() == EMPTY


def test_custody_log_lists_entries_and_verify_finds_tampering(
    qtbot: QtBot, widgets: list[QWidget], alice: Notebook, bob: Notebook, tmp_path: Path
) -> None:
    introduce(("Alice", alice), ("Bob", bob))
    sharing.share(alice, tmp_path / "s.age", to=["Bob"])
    sharing.receive(bob, tmp_path / "s.age")
    panel = CustodyLogPanel(bob)
    widgets.append(panel)
    panel.show()
    entries = list(custody.entries(bob.db))
    model = panel.table.model()
    assert model.rowCount() == len(entries) >= 2

    def cell(row: int, column: int) -> str:
        return str(model.data(model.index(row, column)))

    assert (cell(0, 2), cell(0, 3)) == ("Bob (you)", "receive")  # the newest first
    assert "sender: Alice" in cell(0, 5) and "1 added" in cell(0, 5)
    assert [int(cell(row, 0)) for row in range(model.rowCount())] == [e.seq for e in reversed(entries)]

    check = panel.verify()
    assert check is not None and check.intact and panel.result.text().startswith("Intact")
    assert f"all {len(entries)} entries" in panel.result.text()
    assert panel.marked_entries() == []

    bob.db.execute("UPDATE custody_log SET details = '{}' WHERE seq = ?", [entries[-1].seq])
    check = panel.verify()
    assert check is not None and not check.intact and panel.result.text().startswith("BROKEN")
    assert f"entry {entries[-1].seq} was changed" in panel.result.text()
    assert panel.marked_entries() == [entries[-1].seq]
    assert cell(0, 5) == ""  # the entry as it reads now: its details were emptied
