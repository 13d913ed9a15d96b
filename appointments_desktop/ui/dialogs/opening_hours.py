"""The shop's opening hours: what the calendar shows by default, shared by every desk."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QTimeEdit, QWidget

from appointments_desktop.i18n import _
from appointments_desktop.storage.settings import opening_hours
from appointments_desktop.ui.editor.formats import qt_locale, qt_time_format
from appointments_desktop.ui.operations import Operations


class OpeningHoursDialog(QDialog):
    """Edits when the shop opens and closes; OK only while it opens before it closes.

    Promises: the hours are stored (for every desk) only on OK, through
    :meth:`Operations.set_opening_hours`; Cancel changes nothing.
    """

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingHoursDialog")
        self.setWindowTitle(_("Opening Hours"))
        self._operations = operations
        opens, closes = opening_hours()
        self.opens = self._time_field("opensField", opens)
        self.closes = self._time_field("closesField", closes)
        self.problem = QLabel(objectName="hoursProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 66)
        self._check()

    def _time_field(self, name: str, value: time) -> QTimeEdit:
        field = QTimeEdit(objectName=name)
        field.setLocale(qt_locale())
        field.setDisplayFormat(qt_time_format())
        field.setTime(value)
        field.timeChanged.connect(self._check)
        return field

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        hint = QLabel(_("The calendar shows these hours; every desk shares them."))
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(_("&Opens at:"), self.opens)
        form.addRow(_("&Closes at:"), self.closes)
        form.addRow(self.problem)
        form.addRow(self.buttons)

    def _hours(self) -> tuple[time, time]:
        return self.opens.time().toPython(), self.closes.time().toPython()

    def _check(self) -> None:
        opens, closes = self._hours()
        valid = opens < closes
        self.problem.setText("" if valid else _("The shop must open before it closes."))
        self.problem.setVisible(not valid)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)

    def accept(self) -> None:
        """Store the hours and close."""
        self._operations.set_opening_hours(*self._hours())
        super().accept()
