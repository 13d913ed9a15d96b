"""The appointment list's table model: a thin, read-only adapter over joined appointments.

The model holds light :class:`AppointmentRow` values that the core read in one joined query
(:func:`~appointments_desktop.storage.listing.list_rows`) and turns each into what a view
shows: translated headers, locale-formatted dates, times and numbers, the status as a word
with a colour, and a raw sort value per column for a
:class:`~PySide6.QtCore.QSortFilterProxyModel`. It never touches the database and never
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

from appointments_desktop.i18n import _, format_datetime, format_number, format_time
from appointments_desktop.storage.listing import AppointmentRow
from appointments_desktop.ui.status_style import status_cell_colour

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


_DISPLAY: dict[Column, Callable[[AppointmentRow], str]] = {
    Column.STARTS_AT: lambda a: format_datetime(a.scheduled_at, "short"),
    Column.ENDS_AT: lambda a: format_time(a.end_time, "short"),
    Column.CUSTOMER: lambda a: a.customer_name,
    Column.OPERATOR: lambda a: a.operator_name,
    Column.TYPE: lambda a: a.type_name,
    Column.DURATION: lambda a: duration_text(a.duration_minutes),
    Column.STATUS: lambda a: a.status.label,
    Column.NOTES: lambda a: first_line(a.notes or ""),
}

_SORT_VALUE: dict[Column, Callable[[AppointmentRow], Any]] = {
    Column.STARTS_AT: lambda a: sortable_datetime(a.scheduled_at),
    Column.ENDS_AT: lambda a: sortable_datetime(a.end_time),
    Column.CUSTOMER: lambda a: a.customer_name.casefold(),
    Column.OPERATOR: lambda a: a.operator_name.casefold(),
    Column.TYPE: lambda a: a.type_name.casefold(),
    Column.DURATION: lambda a: a.duration_minutes,
    Column.STATUS: lambda a: a.status.label.casefold(),
    Column.NOTES: lambda a: (a.notes or "").casefold(),
}


_SORT_KEY: dict[Column, Callable[[AppointmentRow], Any]] = {
    **_SORT_VALUE,
    Column.STARTS_AT: lambda a: a.scheduled_at,
    Column.ENDS_AT: lambda a: a.end_time,
}
"""Python keys for :meth:`AppointmentTableModel.sort`: the sort values without Qt types."""


class AppointmentTableModel(QAbstractTableModel):
    """Read-only rows of appointments, one per row, columns as in :class:`Column`.

    Promises: no role of any cell touches the database (the rows carry every value shown).
    Display strings use the active locale (babel) and language; the status column shows a
    word and, as an aid only, a colour. :data:`SORT_ROLE` gives a raw value that sorts each
    column correctly for a proxy; :meth:`sort` sorts the rows itself, which stays fast for
    tens of thousands of rows, and keeps that order across loads. Rows that sort equal stay
    in start order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AppointmentRow] = []
        self._order: tuple[Column, Qt.SortOrder] | None = None

    # -- loading and access ------------------------------------------------------------

    def load(self, rows: Iterable[AppointmentRow]) -> None:
        """Replace every row with ``rows`` (kept in the current sort order), resetting."""
        rows = list(rows)
        if self._order is not None:
            self._sort_rows(rows, *self._order)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def appointment_at(self, row: int) -> AppointmentRow:
        """The appointment shown in ``row``; raises ``IndexError`` outside the rows."""
        if not 0 <= row < len(self._rows):
            raise IndexError(row)
        return self._rows[row]

    # -- QAbstractTableModel -----------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self._order = (Column(column), order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in persistent]
        self._sort_rows(self._rows, Column(column), order)
        position = {row.id: number for number, row in enumerate(self._rows)}
        moved = [
            self.index(position[key], index.column())
            for key, index in zip(ids, persistent, strict=True)
        ]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    @staticmethod
    def _sort_rows(rows: list[AppointmentRow], column: Column, order: Qt.SortOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        rows.sort(key=_SORT_KEY[column], reverse=descending)

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

    def _cell(self, appointment: AppointmentRow, column: Column, role: int) -> Any:
        """The value of one cell for ``role``; ``None`` when the role has nothing to say."""
        if role == Qt.ItemDataRole.DisplayRole:
            return _DISPLAY[column](appointment)
        if role == SORT_ROLE:
            return _SORT_VALUE[column](appointment)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.DURATION:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if column == Column.STATUS:
            return status_cell_colour(appointment.status, role)
        if column == Column.NOTES and role == Qt.ItemDataRole.ToolTipRole:
            return appointment.notes or None
        return None
