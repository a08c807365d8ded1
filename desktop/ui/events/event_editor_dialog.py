"""Create or edit an event: every field, and the quoted passages behind it (Save needs at least one)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.events.gazetteer import province_by_name, provinces
from desktop.events.vague_counts import count_words, uncounted
from desktop.resources import load_json
from desktop.store.errors import NotebookError
from desktop.store.events import Event
from desktop.store.notebook import Notebook
from desktop.ui.common.core_messages import error_text
from desktop.ui.common.local_format import ascii_digits, isolate
from desktop.ui.common.theme import error_colour
from desktop.ui.events.event_display import (
    choice_labels,
    count_label,
    country_codes,
    place_label,
    place_name,
    type_labels,
)
from desktop.ui.events.event_evidence import (
    EvidenceItem,
    from_annotation,
    from_passage,
    guess_fields,
    save_event,
)
from desktop.ui.events.event_passage_dialog import EventPassageDialog

_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
NO_EVIDENCE = QT_TRANSLATE_NOOP(
    "EventEditorDialog", "An event needs at least one passage as evidence: add a passage before saving."
)


def _combo(items: dict[str, str], name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for value, label in items.items():
        box.addItem(label, value)
    return box


def _vocabulary_labels(name: str) -> list[str]:
    return [e["label"] for e in load_json("event_types.json")[name] if e.get("label")]


class EventEditorDialog(QDialog):
    """The event form. `saved(event_id)` fires after a successful save; the dialog then closes."""

    saved = Signal(str)
    evidence_requested = Signal(str, int, int)  # article id, start, end

    def __init__(
        self,
        nb: Notebook,
        parent: QWidget | None = None,
        *,
        event_id: str | None = None,
        fields: dict[str, Any] | None = None,
        evidence: Sequence[EvidenceItem] = (),
    ) -> None:
        super().__init__(parent)
        self._nb, self._event_id = nb, event_id
        self.setWindowTitle(self.tr("Edit event") if event_id else self.tr("New event"))
        self.resize(640, 720)
        self._build()
        event = nb.events.get(event_id) if event_id else None
        if event is not None:
            self._fill(event.__dict__, event.tags)
            evidence = [from_annotation(nb, a) for a in nb.events.evidence(event.id)]
        elif fields:
            self._fill(fields, ())
        for item in evidence:
            self._add_item(item)
        self._validate()

    @classmethod
    def for_passage(
        cls, nb: Notebook, article_id: str, start: int, end: int, parent: QWidget | None = None
    ) -> EventEditorDialog:
        """ "New event from passage": the form prefilled from what the passage says."""
        fields = guess_fields(nb, article_id, start, end)
        return cls(nb, parent, fields=fields, evidence=[from_passage(nb, article_id, start, end)])

    # -- the form ---------------------------------------------------------------------------
    def _build(self) -> None:
        choices = choice_labels()
        self.type_box = _combo(type_labels(), self.tr("Type"))
        self.date_start = QLineEdit(placeholderText=self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.date_end = QLineEdit(placeholderText=self.tr("(same as the start)"))
        self.precision = _combo(choices["date_precisions"], self.tr("Date precision"))
        self.country = _combo({"": "—", **{c: place_name(c) for c in country_codes()}}, self.tr("Country"))
        self.province = self._province_box()
        self.place = QLineEdit(placeholderText=self.tr("district, town or site"))
        self.perpetrator = self._line_with_completer(_vocabulary_labels("perpetrators"))
        self.victims = self._line_with_completer(_vocabulary_labels("victim_groups"))
        self.count = QSpinBox(minimum=-1, maximum=10_000_000, specialValueText=self.tr("unknown"))
        self.count.setValue(-1)
        self.qualifier = _combo(choices["count_qualifiers"], self.tr("Count qualifier"))
        self.count_note = QLabel(wordWrap=True)  # the evidence's words for a number no one counted
        self.count_note.setAccessibleName(self.tr("Count in words"))
        self.count_note.setToolTip(
            self.tr("The sources give this number only in words. Type a number if you counted one.")
        )
        self.count_note.hide()
        self._previous_count, self._words_qualifier, self._qualifier_chosen = -1, "", False
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(80)
        self.status = _combo(choices["verification_statuses"], self.tr("Verification status"))
        self.tags = QLineEdit(placeholderText=self.tr("Persecution/Detention, …"))
        self.evidence = QListWidget()
        self.evidence.setWordWrap(True)
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.evidence.itemDoubleClicked.connect(self._show_item)
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet(f"color: {error_colour(self)};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.type_box)
        form.addRow(
            self.tr("When"), self._row(self.date_start, QLabel(self.tr("to")), self.date_end, self.precision)
        )
        form.addRow(self.tr("Province"), self.province)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Perpetrator"), self.perpetrator)
        form.addRow(self.tr("Victim group"), self.victims)
        form.addRow(self.tr("How many"), self._row(self.qualifier, self.count))
        form.addRow("", self.count_note)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Tags"), self.tags)
        add = QPushButton(self.tr("Add passage…"), clicked=self.add_passage)
        remove = QPushButton(self.tr("Remove passage"), clicked=self.remove_passage)
        show = QPushButton(
            self.tr("Show in article"), clicked=lambda: self._show_item(self.evidence.currentItem())
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Evidence</b> — the passages that report this event")))
        layout.addWidget(self.evidence, 1)
        layout.addLayout(self._row(add, remove, show, stretch=True))
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for field in (self.date_start, self.date_end):
            field.textChanged.connect(self._validate)
        self.province.currentTextChanged.connect(self._validate)
        self.count.valueChanged.connect(self._count_changed)
        self.qualifier.activated.connect(self._qualifier_picked)
        self.qualifier.currentIndexChanged.connect(self._show_count_note)

    @staticmethod
    def _row(*widgets: QWidget, stretch: bool = False) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        if stretch:
            row.addStretch(1)
        return row

    @staticmethod
    def _line_with_completer(words: list[str]) -> QLineEdit:
        line = QLineEdit()
        completer = QCompleter(words, line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        line.setCompleter(completer)
        return line

    def _province_box(self) -> QComboBox:
        """Editable: type any spelling ("Badakshan", "سرپل"); the list completes English or Dari."""
        box = QComboBox(editable=True)
        box.setAccessibleName(self.tr("Province"))
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        box.addItem("", "")
        for place in sorted(provinces(), key=lambda p: p.name):
            box.addItem(place_label(place.iso or ""), place.iso)
        completer = box.completer()
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        box.lineEdit().setPlaceholderText(self.tr("any spelling, or its Dari name"))
        return box

    def _fill(self, values: dict[str, Any], tags: Sequence[str]) -> None:
        def choose(box: QComboBox, value: Any) -> None:
            if value:
                box.setCurrentIndex(max(0, box.findData(value)))

        choose(self.type_box, values.get("type"))
        choose(self.precision, values.get("date_precision"))
        choose(self.qualifier, values.get("count_qualifier"))
        choose(self.status, values.get("status"))
        choose(self.country, values.get("country"))
        self.province.setCurrentIndex(max(0, self.province.findData(values.get("province") or "")))
        self.date_start.setText(values.get("date_start") or "")
        self.date_end.setText(values.get("date_end") or "")
        self.place.setText(values.get("place") or "")
        self.perpetrator.setText(values.get("perpetrator") or "")
        self.victims.setText(values.get("victim_group") or "")
        self.count.setValue(-1 if values.get("count") is None else int(values["count"]))
        qualifier = values.get("count_qualifier") or ""
        self._words_qualifier = qualifier if uncounted(values.get("count"), qualifier) else ""
        self.description.setPlainText(values.get("description") or "")
        self.tags.setText(", ".join(tags))

    # -- a count given only in words ("dozens") -----------------------------------------------
    def _qualifier_picked(self) -> None:
        self._qualifier_chosen = True

    def _count_changed(self, value: int) -> None:
        """A number typed where the sources gave only words: the qualifier those words came with
        ("at least" of "dozens") says nothing of it, so it goes back to "Exactly" unless the user chose
        one; clearing the number brings the words' qualifier back."""
        if self._words_qualifier and not self._qualifier_chosen:
            if value >= 0 > self._previous_count:
                self.qualifier.setCurrentIndex(max(0, self.qualifier.findData("exact")))
            elif value < 0 <= self._previous_count:
                self.qualifier.setCurrentIndex(max(0, self.qualifier.findData(self._words_qualifier)))
        self._previous_count = value
        self._show_count_note()

    def _show_count_note(self) -> None:
        """ "“Dozens” (not counted)" under the count while there is no number but a qualifier."""
        qualifier = self.qualifier.currentData()
        text = ""
        if self.count.value() < 0 and uncounted(None, qualifier):
            text = count_label(None, qualifier, count_words(item.quote for item in self.items()))
        self.count_note.setText(text)
        self.count_note.setVisible(bool(text))

    # -- evidence ---------------------------------------------------------------------------
    def _add_item(self, item: EvidenceItem) -> None:
        quote = " ".join(item.quote.split())
        entry = QListWidgetItem(f"{isolate(f'«{quote[:300]}»')}\n— {isolate(item.title)}")
        entry.setData(Qt.ItemDataRole.UserRole, item)
        entry.setToolTip(quote)
        self.evidence.addItem(entry)

    def items(self) -> list[EvidenceItem]:
        return [self.evidence.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.evidence.count())]

    def add_passage(self) -> None:
        current = self.items()
        picker = EventPassageDialog(self._nb, self, article_id=current[-1].article_id if current else None)
        if picker.exec() == QDialog.DialogCode.Accepted and (item := picker.passage()) is not None:
            self.add_evidence(item)

    def add_evidence(self, item: EvidenceItem) -> None:
        self._add_item(item)
        self._validate()

    def remove_passage(self) -> None:
        row = self.evidence.currentRow()
        if row >= 0:
            self.evidence.takeItem(row)
            self._validate()

    def _show_item(self, entry: QListWidgetItem | None) -> None:
        if entry is not None:
            item: EvidenceItem = entry.data(Qt.ItemDataRole.UserRole)
            self.evidence_requested.emit(item.article_id, item.start, item.end)

    # -- validating and saving --------------------------------------------------------------
    def province_code(self) -> str | None:
        """The chosen province's ISO code, "" for none, None when the text names no province."""
        text = self.province.currentText().strip()
        if not text:
            return ""
        index = self.province.findText(text)
        if index > 0:
            return str(self.province.itemData(index))
        place = province_by_name(text.split(" · ")[0])
        return place.iso if place else None

    def problem(self) -> str:
        """Why the event cannot be saved yet, or "" when it can."""
        if not self.items():
            return self.tr(NO_EVIDENCE)
        for field, wrong in (
            (self.date_start, self.tr("The start date must be YYYY, YYYY-MM or YYYY-MM-DD.")),
            (self.date_end, self.tr("The end date must be YYYY, YYYY-MM or YYYY-MM-DD.")),
        ):
            if field.text().strip() and not _DATE.match(ascii_digits(field.text().strip())):
                return wrong
        if self.province_code() is None:
            return self.tr("No province is called “{name}”.").format(name=self.province.currentText().strip())
        return ""

    def _validate(self) -> None:
        self._show_count_note()  # the evidence may have changed
        problem = self.problem()
        self.message.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def fields(self) -> dict[str, Any]:
        province = self.province_code() or ""
        country = self.country.currentData() or ""
        if province and not country:
            country = "AF"
        return {
            "type": self.type_box.currentData(),
            "date_start": ascii_digits(self.date_start.text().strip()),  # typed on a Dari keyboard: ۲۰۲۴
            "date_end": ascii_digits(self.date_end.text().strip()),
            "date_precision": self.precision.currentData(),
            "country": country, "province": province, "place": self.place.text().strip(),
            "perpetrator": self.perpetrator.text().strip(), "victim_group": self.victims.text().strip(),
            "count": None if self.count.value() < 0 else self.count.value(),
            "count_qualifier": self.qualifier.currentData(),
            "description": self.description.toPlainText().strip(), "status": self.status.currentData(),
        }  # fmt: skip

    def tag_paths(self) -> list[str]:
        return [t.strip() for t in self.tags.text().split(",") if t.strip()]

    def save(self) -> None:
        """Write through the store (undoable); on a refusal show its message and stay open."""
        if self.problem():
            self._validate()
            return
        try:
            event: Event = save_event(
                self._nb,
                event_id=self._event_id,
                fields=self.fields(),
                tags=self.tag_paths(),
                evidence=self.items(),
            )
        except NotebookError as exc:
            self.message.setText(error_text(exc))
            return
        self._event_id = event.id
        self.saved.emit(event.id)
        self.accept()
