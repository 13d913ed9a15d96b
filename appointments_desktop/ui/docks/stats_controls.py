"""The Stats dock's choices: the period (with two date fields for chosen dates) and the
operator whose appointments count."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from appointments_desktop.domain.periods import StatsPeriod
from appointments_desktop.i18n import _, current_locale, first_week_day
from appointments_desktop.storage.models import Operator


def date_edit(object_name: str, day: date) -> QDateEdit:
    """A date field in the locale's short date format (four-digit year), with a calendar."""
    locale = QLocale(str(current_locale()))
    shown = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in shown:
        shown = shown.replace("yy", "yyyy")
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setObjectName(object_name)
    edit.setLocale(locale)
    edit.setDisplayFormat(shown)
    edit.setCalendarPopup(True)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek(first_week_day() + 1))
    return edit


def as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class StatsControls(QWidget):
    """The period selector (with two date fields for chosen dates) and the operator filter.

    Emits :attr:`changed` when the user picks another period, dates or operator, never
    while :meth:`set_operators` refills the list.
    """

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.period_box = QComboBox(objectName="statsPeriod")
        for period in StatsPeriod:
            self.period_box.addItem(period.label, period.value)
        self.from_edit = date_edit("statsFrom", today.replace(day=1))
        self.to_edit = date_edit("statsTo", today)
        self.operator_box = QComboBox(objectName="statsOperator")
        self.operator_box.addItem(_("All operators"), None)
        for box in (self.period_box, self.operator_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._form = self._lay_out()
        self._show_dates()
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.operator_box.currentIndexChanged.connect(self.changed)
        self.from_edit.dateChanged.connect(self._dates_changed)
        self.to_edit.dateChanged.connect(self._dates_changed)

    def _lay_out(self) -> QFormLayout:
        """Period and operator with their captions; the dates under the period, full width
        (a narrow dock has no room for a caption beside two date fields)."""
        self.from_edit.setAccessibleName(_("First day"))
        self.to_edit.setAccessibleName(_("Last day"))
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.from_edit, 1)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.to_edit, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_("&Period:"), self.period_box)
        form.addRow(dates)
        form.addRow(_("&Operator:"), self.operator_box)
        return form

    def period(self) -> StatsPeriod:
        return StatsPeriod(self.period_box.currentData())

    def chosen(self) -> tuple[date, date]:
        """The first and last day of "Chosen dates" (both included)."""
        return as_date(self.from_edit.date()), as_date(self.to_edit.date())

    def operator_id(self) -> int | None:
        """The chosen operator's id; None for all operators."""
        value = self.operator_box.currentData()
        return None if value is None else int(value)

    def set_operators(self, operators: Sequence[Operator]) -> None:
        """List ``operators`` after "All operators", keeping the choice while it is listed."""
        chosen = self.operator_id()
        self.operator_box.blockSignals(True)
        try:
            while self.operator_box.count() > 1:
                self.operator_box.removeItem(1)
            for operator in operators:
                name = str(operator.name)
                if not operator.active:
                    name = _("{name} (inactive)").format(name=name)
                self.operator_box.addItem(name, int(operator.id))
            index = self.operator_box.findData(chosen) if chosen is not None else 0
            self.operator_box.setCurrentIndex(max(index, 0))
        finally:
            self.operator_box.blockSignals(False)

    def _period_changed(self) -> None:
        self._show_dates()
        self.changed.emit()

    def _dates_changed(self) -> None:
        if self.period() is StatsPeriod.CHOSEN:
            self.changed.emit()

    def _show_dates(self) -> None:
        self._form.setRowVisible(1, self.period() is StatsPeriod.CHOSEN)
