"""The shop's opening hours: what the calendar shows by default, shared by every desk."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QTimeEdit, QWidget

from appointments_desktop.i18n import _
from appointments_desktop.storage.settings import opening_hours
from appointments_desktop.ui.editor.formats import qt_locale, qt_time_format
from appointments_desktop.ui.operations import Operations
from appointments_desktop.ui.wrapping import fit_height, wrapped_label

HINT_CHARACTERS = 50
"""The hint wraps at no fewer characters than this: it sets the dialog's width."""


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
        self.problem = wrapped_label(object_name="hoursProblem")
        self.problem.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
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
        hint = wrapped_label(
            _("The calendar shows these hours; every desk shares them."),
            minimum_characters=HINT_CHARACTERS,
        )
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
        fit_height(self)

    def accept(self) -> None:
        """Store the hours and close."""
        self._operations.set_opening_hours(*self._hours())
        super().accept()
