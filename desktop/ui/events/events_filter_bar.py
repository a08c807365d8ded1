"""The filters above the events table: type, province, date range, kind of date, status, tag and source."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.events.gazetteer import provinces
from desktop.ui.common.local_format import ascii_digits
from desktop.ui.common.theme import error_colour
from desktop.ui.events.event_display import choice_labels, place_label, type_labels

_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
DATE_KINDS = (
    ("own", QT_TRANSLATE_NOOP("EventsFilterBar", "Own dates")),
    ("reported", QT_TRANSLATE_NOOP("EventsFilterBar", "Reported dates")),
    ("undated", QT_TRANSLATE_NOOP("EventsFilterBar", "Undated")),
)


@dataclass(frozen=True)
class EventFilter:
    """What the researcher narrowed the events to; empty strings mean "any"."""

    type: str = ""
    province: str = ""
    date_from: str = ""
    date_to: str = ""
    status: str = ""
    tag: str = ""
    source: str = ""
    dates: str = ""  # "own", "reported" (the article's date stands in) or "undated"

    def store_filters(self) -> dict[str, str | None]:
        """The part `nb.events.all` filters on (the source and kind of date are matched by the panel)."""
        return {
            "type": self.type or None,
            "province": self.province or None,
            "status": self.status or None,
            "tag": self.tag or None,
            "date_from": self.date_from or None,
            "date_to": self.date_to or None,
        }


def _combo(name: str, any_text: str, items: Sequence[tuple[str, str]]) -> QComboBox:
    """A filter's combo box: `any_text` ("Any type") first, then the `items` as (value, label)."""
    box = QComboBox()
    box.setAccessibleName(name)
    # Long outlet names or tags must not widen the whole view.
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    box.addItem(any_text, "")
    for value, label in items:
        box.addItem(label, value)
    return box


class EventsFilterBar(QWidget):
    """Combos and date fields; `changed` fires with the new EventFilter on every edit."""

    changed = Signal(object)  # EventFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type_box = _combo(self.tr("Type"), self.tr("Any type"), list(type_labels().items()))
        by_name = sorted(provinces(), key=lambda p: p.name)
        self.province_box = _combo(
            self.tr("Province"),
            self.tr("Any province"),
            [(p.iso or "", place_label(p.iso or "")) for p in by_name],
        )
        statuses = list(choice_labels()["verification_statuses"].items())
        self.status_box = _combo(self.tr("Status"), self.tr("Any status"), statuses)
        self.tag_box = _combo(self.tr("Tag"), self.tr("Any tag"), [])
        self.source_box = _combo(self.tr("Source"), self.tr("Any source"), [])
        kinds = [(value, QCoreApplication.translate("EventsFilterBar", label)) for value, label in DATE_KINDS]
        self.dates_box = _combo(self.tr("Dates"), self.tr("Any dates"), kinds)
        self.dates_box.setToolTip(
            self.tr("Reported: events the sources do not date, shown on their article's publication date")
        )
        self.date_from = self._date_field(self.tr("from YYYY-MM"))
        self.date_to = self._date_field(self.tr("to YYYY-MM"))
        clear = QToolButton(text=self.tr("Clear"), toolTip=self.tr("Show all events"))
        clear.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.type_box, self.province_box, self.date_from, QLabel("–"), self.date_to):
            layout.addWidget(widget)
        for widget in (self.dates_box, self.status_box, self.tag_box, self.source_box):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(clear)
        for box in self._boxes():
            box.currentIndexChanged.connect(self._emit)

    def _boxes(self) -> tuple[QComboBox, ...]:
        return (
            self.type_box, self.province_box, self.dates_box, self.status_box, self.tag_box, self.source_box,
        )  # fmt: skip

    def _date_field(self, placeholder: str) -> QLineEdit:
        field = QLineEdit(placeholderText=placeholder, clearButtonEnabled=True)
        field.setAccessibleName(placeholder)
        field.setMaximumWidth(120)
        field.editingFinished.connect(self._emit)
        field.textChanged.connect(lambda text: self._check_date(field, text))
        return field

    @staticmethod
    def _check_date(field: QLineEdit, text: str) -> None:
        ok = not text or bool(_DATE.match(ascii_digits(text.strip())))
        red = error_colour(field, QPalette.ColorRole.Base)
        field.setStyleSheet("" if ok else f"QLineEdit {{ color: {red}; }}")
        wrong = QCoreApplication.translate("EventsFilterBar", "A date as YYYY, YYYY-MM or YYYY-MM-DD")
        field.setToolTip("" if ok else wrong)

    def current(self) -> EventFilter:
        def date(field: QLineEdit) -> str:
            text = ascii_digits(field.text().strip())  # "۲۰۲۴-۰۳" from a Dari keyboard is 2024-03
            return text if _DATE.match(text) else ""

        return EventFilter(
            type=self.type_box.currentData() or "",
            province=self.province_box.currentData() or "",
            date_from=date(self.date_from),
            date_to=date(self.date_to),
            status=self.status_box.currentData() or "",
            tag=self.tag_box.currentData() or "",
            source=self.source_box.currentData() or "",
            dates=self.dates_box.currentData() or "",
        )

    def set_choices(self, *, tags: Sequence[str], sources: Sequence[str]) -> None:
        """Refill the tag and source lists, keeping the current choice when it still exists."""
        for box, values in ((self.tag_box, tags), (self.source_box, sources)):
            chosen = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def set_province(self, iso: str) -> None:
        """Filter to one province ("" for all), as a click on the tile map does."""
        self.province_box.setCurrentIndex(max(0, self.province_box.findData(iso)))

    def set_type(self, type_id: str) -> None:
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(type_id)))

    def clear(self) -> None:
        for box in self._boxes():
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.date_from.clear()
        self.date_to.clear()
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.current())
