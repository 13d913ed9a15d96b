"""The short appointment lists the dashboard docks share: their columns and their model.

:class:`RowsModel` is a read-only adapter over :class:`AppointmentRow` values the core read
in one joined query; it formats every cell once per load (babel, the active locale), so
painting and column sizing never format or query. :mod:`.row_table` shows it.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from appointments_desktop.domain.status import Action
from appointments_desktop.i18n import _, format_day_and_time
from appointments_desktop.storage.listing import AppointmentRow
from appointments_desktop.ui.status_style import status_cell_colour

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The role giving a row's appointment id (``int``) in every column."""

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
MIN_CUSTOMER_CHARS = 12
"""Narrower than this, the customer's column makes room by hiding optional columns."""


class Field(enum.Enum):
    """A column a dock's list can show."""

    WHEN = enum.auto()
    CUSTOMER = enum.auto()
    TYPE = enum.auto()
    OPERATOR = enum.auto()
    STATUS = enum.auto()
    ACTION = enum.auto()
    """A button for the dock's action (its label is the cell's text)."""


HIDDEN_FIRST = (Field.OPERATOR, Field.TYPE, Field.STATUS, Field.ACTION)
"""The columns a narrow list hides, in this order, to leave the customer's name room: the
row's tool tip names the operator, the type and the status, and the dock's button under the
list does what a row's button does, for the selected row."""


def field_title(field: Field) -> str:
    """The translated header of ``field`` (the button column has none)."""
    titles = {
        Field.WHEN: _("When"),
        Field.CUSTOMER: _("Customer"),
        Field.TYPE: _("Type"),
        Field.OPERATOR: _("Operator"),
        Field.STATUS: _("Status"),
    }
    return titles.get(field, "")


_TEXT: dict[Field, Callable[[AppointmentRow, date], str]] = {
    Field.WHEN: lambda row, today: format_day_and_time(row.scheduled_at, today),
    Field.CUSTOMER: lambda row, _today: row.customer_name,
    Field.TYPE: lambda row, _today: row.type_name,
    Field.OPERATOR: lambda row, _today: row.operator_name,
    Field.STATUS: lambda row, _today: row.status.label,
}


class RowsModel(QAbstractTableModel):
    """Appointment rows in the order given, one column per :class:`Field`.

    The button column (:attr:`Field.ACTION`) is labelled ``button_text``, by default the
    action's name. Promises: :meth:`load` formats each cell once and resets the model only
    when an id, a shown word or a stored value differs, so an unchanged reload keeps the
    view's selection and scroll position. No role touches the database.
    """

    def __init__(
        self,
        fields: Sequence[Field],
        action: Action | None = None,
        parent: QObject | None = None,
        *,
        button_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.fields = tuple(fields)
        self._button_text = button_text or (action.label if action else "")
        self._rows: list[AppointmentRow] = []
        self._texts: list[tuple[str, ...]] = []

    def load(self, rows: Sequence[AppointmentRow], today: date) -> bool:
        """Show ``rows`` (with "Today"/"Tomorrow" seen from ``today``); whether it changed."""
        texts = [self._format(row, today) for row in rows]
        if list(rows) == self._rows and texts == self._texts:
            return False
        self.beginResetModel()
        self._rows, self._texts = list(rows), texts
        self.endResetModel()
        return True

    def _format(self, row: AppointmentRow, today: date) -> tuple[str, ...]:
        return tuple(
            self._button_text if field is Field.ACTION else _TEXT[field](row, today)
            for field in self.fields
        )

    def row_at(self, row: int) -> AppointmentRow:
        """The appointment in ``row``; ``IndexError`` outside the rows."""
        if not 0 <= row < len(self._rows):
            raise IndexError(row)
        return self._rows[row]

    def row_of(self, appointment_id: int) -> int | None:
        """The row showing ``appointment_id``, or ``None``."""
        return next((n for n, row in enumerate(self._rows) if row.id == appointment_id), None)

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.fields):
            return field_title(self.fields[section])
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        row, field = self._rows[index.row()], self.fields[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tool_tip(row)
        if field is Field.STATUS:
            return status_cell_colour(row.status, role)
        return None


def _tool_tip(row: AppointmentRow) -> str:
    """Who, with whom, what for and its status, with the phone to call: also what a hidden
    column shows."""
    who = row.customer_name
    if row.customer_phone:
        who = _("{customer}, phone {phone}").format(customer=who, phone=row.customer_phone)
    what = _("{type} with {operator}").format(type=row.type_name, operator=row.operator_name)
    # Translators: the last line of a dock row's tool tip, as "Status: Confirmed".
    status = _("Status: {status}").format(status=row.status.label)
    return "\n".join((who, what, status))
