"""How sure each suggestion is, in the Suggested events tab and the "In all articles…" dialog: shown with
each, its reasons in the tooltip; low-confidence ones can be hidden (never dismissed), "Accept all" takes
only those shown, and the batch dialog ticks the high-confidence ones."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.events.suggestions_panel import SuggestionsPanel
from desktop.ui.shell.session import Session
from tests.conftest import make_draft
from tests.ui.test_suggest_batch import batch_dialog

# A dated, placed, counted incident (high) and a beating told with neither date nor place (low).
TEXT = (
    "On 3 May the Taliban detained four shopkeepers in Taloqan.\n\n"
    "Separately, residents said that men had been beaten."
)


def _article(session: Session) -> str:
    (stored,) = session.nb.add_articles(
        [make_draft(TEXT, title="Taloqan", issued={"date-parts": [[2024, 5, 20]]})]
    )
    return stored.id


def test_the_tab_shows_how_sure_each_is_and_hides_the_unsure(qtbot, session: Session) -> None:  # noqa: ANN001
    article = _article(session)
    panel = SuggestionsPanel(session.nb)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.finished, timeout=30_000):
        panel.set_article(article)
    items = [panel.list.item(i) for i in range(panel.list.count())]
    texts = [i.text() for i in items]
    assert any("confidence: high" in t for t in texts) and any("confidence: low" in t for t in texts)
    low = next(i for i in items if "confidence: low" in i.text())
    assert "gives no date" in low.toolTip()
    panel.hide_unsure.setChecked(True)
    assert low.isHidden() and panel.list.count() == 2  # hidden, not dismissed
    panel.accept_all_button.click()
    assert [e.type for e in session.nb.events.all()] == ["detention"]
    assert panel.list.count() == 1 and not panel.accept_all_button.isEnabled()
    panel.hide_unsure.setChecked(False)
    assert not low.isHidden() and panel.accept_all_button.isEnabled()


def test_the_batch_dialog_ticks_the_high_confidence(qtbot, session: Session) -> None:  # noqa: ANN001
    _article(session)
    _tab, dialog = batch_dialog(qtbot, session)
    assert dialog.start()
    qtbot.waitUntil(lambda: dialog.worker is None, timeout=30_000)
    dialog.tick_sure_button.click()
    ticked = [s.type for _article_id, s in dialog.checked()]
    assert ticked == ["detention"]
    head = dialog.tree.topLevelItem(0)
    assert any(head.child(i).toolTip(0) for i in range(head.childCount()))
    assert head.checkState(0) == Qt.CheckState.PartiallyChecked
