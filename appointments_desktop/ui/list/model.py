"""The appointment list's table model: a thin, read-only adapter over joined appointments.

The model holds the rows of ONE joined query (``Appointment.with_details()`` or a scope built
on it) and turns each appointment into what a view shows: translated headers, locale-formatted
dates, times and numbers, the status as a word with a colour, and a raw sort value per column
for a :class:`~PySide6.QtCore.QSortFilterProxyModel`. It never runs a query per row and never
writes; changes go through the core's services.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QColor

from appointments_desktop.domain.status import Status
from appointments_desktop.i18n import _, format_datetime, format_number, format_time
from appointments_desktop.storage.models import Appointment

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The role whose value sorts a column: ``QDateTime``, casefolded ``str`` or ``int``."""

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class Column(enum.IntEnum):
    """The list's columns, in display order."""

    STARTS_AT = 0
    ENDS_AT = enum.auto()
    CUSTOMER = enum.auto()
    OPERATOR = enum.auto()
    TYPE = enum.auto()
    DURATION = enum.auto()
    STATUS = enum.auto()
    NOTES = enum.auto()

    @property
    def title(self) -> str:
        """The column's header in the active language."""
        return column_title(self)


def column_title(column: Column) -> str:
    """The translated header of ``column`` (looked up on each call, so language changes show)."""
    titles = {
        Column.STARTS_AT: _("Date and time"),
        Column.ENDS_AT: _("Ends"),
        Column.CUSTOMER: _("Customer"),
        Column.OPERATOR: _("Operator"),
        Column.TYPE: _("Type"),
        Column.DURATION: _("Duration"),
        Column.STATUS: _("Status"),
        Column.NOTES: _("Notes"),
    }
    return titles[column]


STATUS_BACKGROUNDS: dict[Status, str] = {
    Status.PENDING: "#fff3c4",
    Status.CONFIRMED: "#d4f0d4",
    Status.COMPLETED: "#dde3ea",
    Status.CANCELLED: "#f6d3d3",
    Status.NO_SHOW: "#f9dcc0",
}
"""Light background per status; the status word is always shown as well."""

STATUS_FOREGROUND = "#1f1f1f"
"""Dark text on the light status backgrounds, readable under light and dark themes alike."""


def first_line(text: str) -> str:
    """The first non-blank line of ``text``, stripped; empty when there is none."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def duration_text(minutes: int) -> str:
    """A duration in minutes as shown in the list, e.g. "30 min"."""
    return _("{minutes} min").format(minutes=format_number(minutes))


def sortable_datetime(value: datetime) -> QDateTime:
    """``value`` (naive shop time) as a UTC ``QDateTime``, so no local DST gap can shift it."""
    day = QDate(value.year, value.month, value.day)
    clock = QTime(value.hour, value.minute, value.second, value.microsecond // 1000)
    return QDateTime(day, clock, QTimeZone.utc())


_DISPLAY: dict[Column, Callable[[Appointment], str]] = {
    Column.STARTS_AT: lambda a: format_datetime(a.scheduled_at, "short"),
    Column.ENDS_AT: lambda a: format_time(a.end_time, "short"),
    Column.CUSTOMER: lambda a: str(a.customer.name),
    Column.OPERATOR: lambda a: str(a.operator.name),
    Column.TYPE: lambda a: str(a.appointment_type.name),
    Column.DURATION: lambda a: duration_text(int(a.duration_minutes)),
    Column.STATUS: lambda a: Status(a.status).label,
    Column.NOTES: lambda a: first_line(a.notes or ""),
}

_SORT_VALUE: dict[Column, Callable[[Appointment], Any]] = {
    Column.STARTS_AT: lambda a: sortable_datetime(a.scheduled_at),
    Column.ENDS_AT: lambda a: sortable_datetime(a.end_time),
    Column.CUSTOMER: lambda a: str(a.customer.name).casefold(),
    Column.OPERATOR: lambda a: str(a.operator.name).casefold(),
    Column.TYPE: lambda a: str(a.appointment_type.name).casefold(),
    Column.DURATION: lambda a: int(a.duration_minutes),
    Column.STATUS: lambda a: Status(a.status).label.casefold(),
    Column.NOTES: lambda a: (a.notes or "").casefold(),
}


class AppointmentTableModel(QAbstractTableModel):
    """Read-only rows of appointments, one per row, columns as in :class:`Column`.

    Promises: :meth:`load` runs the given query exactly once (it must be a joined query such
    as ``Appointment.with_details()`` or one of its scopes) and afterwards no role of any cell
    touches the database. Display strings use the active locale (babel) and language; the
    status column shows a word and, as an aid only, a colour. :data:`SORT_ROLE` gives a raw
    value that sorts each column correctly.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Appointment] = []

    # -- loading and access ------------------------------------------------------------

    def load(self, query: Iterable[Appointment]) -> None:
        """Replace every row with the result of ``query`` (run once), resetting the model."""
        self.beginResetModel()
        self._rows = list(query)
        self.endResetModel()

    def appointment_at(self, row: int) -> Appointment:
        """The appointment shown in ``row``; raises ``IndexError`` outside the rows."""
        if not 0 <= row < len(self._rows):
            raise IndexError(row)
        return self._rows[row]

    # -- QAbstractTableModel -----------------------------------------------------------

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return Column(section).title
        return super().headerData(section, orientation, role)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.checkIndex(index, QAbstractTableModel.CheckIndexOption.IndexIsValid):
            return None
        appointment = self._rows[index.row()]
        return self._cell(appointment, Column(index.column()), role)

    # -- cells -------------------------------------------------------------------------

    def _cell(self, appointment: Appointment, column: Column, role: int) -> Any:
        """The value of one cell for ``role``; ``None`` when the role has nothing to say."""
        if role == Qt.ItemDataRole.DisplayRole:
            return _DISPLAY[column](appointment)
        if role == SORT_ROLE:
            return _SORT_VALUE[column](appointment)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DURATION:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column == Column.STATUS:
            return self._status_style(Status(appointment.status), role)
        if column == Column.NOTES and role == Qt.ItemDataRole.ToolTipRole:
            return appointment.notes or None
        return None

    @staticmethod
    def _status_style(status: Status, role: int) -> QColor | None:
        """The status cell's colours: a light background and dark text."""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(STATUS_BACKGROUNDS[status])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(STATUS_FOREGROUND)
        return None
