"""The appointment list panel: scope selector, search box, sortable table.

Responsibilities: run one joined query for the chosen scope and search text, show its rows
sorted by any column, keep the selected appointment selected across reloads, and reload
itself whenever :class:`AppEvents` says appointments or records changed. It never writes:
opening, status actions and the context menu are requests the window answers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from appointments_desktop.i18n import _, format_number, ngettext
from appointments_desktop.storage.listing import AppointmentRow, list_rows
from appointments_desktop.storage.models import Appointment
from appointments_desktop.storage.scopes import Scope
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.list.model import AppointmentTableModel
from appointments_desktop.ui.list.widgets import make_scope_filter, make_search_field, make_table

SEARCH_DELAY_MS = 150
"""Typing pauses this long before the list searches, so each keystroke stays instant."""

_OPEN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class AppointmentListPanel(QWidget):
    """The list of appointments with its filters; see the module docstring for promises."""

    open_requested = Signal(object)
    """The user asked to open an appointment (double-click or Enter)."""
    cancel_requested = Signal(object)
    """The user pressed Delete on an appointment (the window asks and cancels it)."""
    context_menu_requested = Signal(object, QPoint)
    """Right-click on an appointment, with the global position for the menu."""
    current_changed = Signal(object)
    """The selection moved: the new :class:`AppointmentRow`, or ``None``."""

    def __init__(
        self,
        events: AppEvents,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.model = AppointmentTableModel(self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self._build()
        self._connect(events)
        self.reload()

    # -- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.scope_filter = make_scope_filter()
        self.search_field = make_search_field()
        self.search_field.installEventFilter(self)
        self.count_label = QLabel(objectName="listCount")
        self.empty_hint = QLabel(objectName="emptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.table = make_table(self.model)
        self.table.installEventFilter(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_("&Show:"), buddy=self.scope_filter))
        bar.addWidget(self.scope_filter)
        bar.addWidget(self.search_field, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(bar)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)

    def _connect(self, events: AppEvents) -> None:
        events.appointments_changed.connect(self.reload)
        events.records_changed.connect(self.reload)
        self.scope_filter.currentIndexChanged.connect(self.reload)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.table.doubleClicked.connect(lambda _index: self._request(self.open_requested))
        self.table.customContextMenuRequested.connect(self._context_menu)
        # The selection, not only the current row: focus can make a row current unselected.
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self.current_changed.emit(self.current_row())
        )

    # -- state -------------------------------------------------------------------------

    @property
    def scope(self) -> Scope:
        """The filter the selector shows."""
        return Scope(self.scope_filter.currentData())

    def set_scope(self, scope: Scope) -> None:
        """Show ``scope`` (reloads the list)."""
        self.scope_filter.setCurrentIndex(self.scope_filter.findData(scope.value))

    def current_row(self) -> AppointmentRow | None:
        """What the list shows of the selected appointment, if any (no query)."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.appointment_at(index.row())

    def current_appointment(self) -> Appointment | None:
        """The selected appointment as stored now (one query), or ``None``.

        ``None`` also when it was deleted meanwhile; actions always work on the stored row.
        """
        row = self.current_row()
        if row is None:
            return None
        return Appointment.find(row.id)

    def select_appointment(self, appointment_id: int) -> bool:
        """Select and show the row of ``appointment_id``; returns whether it is listed."""
        for row in range(self.model.rowCount()):
            if self.model.appointment_at(row).id == appointment_id:
                index = self.model.index(row, 0)
                flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
                rows = QItemSelectionModel.SelectionFlag.Rows
                self.table.selectionModel().setCurrentIndex(index, flags | rows)
                self.table.scrollTo(index)
                return True
        return False

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Run the query for the scope and search text again, keeping the selection."""
        self._search_timer.stop()
        selected = self.current_row()
        self.model.load(list_rows(self.scope, self.search_field.text(), self._clock()))
        if selected is not None:
            self.select_appointment(selected.id)
        else:
            self._scroll_to_now()
        self._show_counts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous() and self.current_row() is None:
            QTimer.singleShot(0, self._scroll_to_now)  # once the table has its size

    def _scroll_to_now(self) -> None:
        """Without a selection, show the first appointment from today on, not the oldest."""
        midnight = self._clock().replace(hour=0, minute=0, second=0, microsecond=0)
        for row in range(self.model.rowCount()):
            if self.model.appointment_at(row).scheduled_at >= midnight:
                self.table.scrollTo(
                    self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop
                )
                return

    def _search_now(self) -> None:
        if self._search_timer.isActive():
            self.reload()

    def _show_counts(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(
            ngettext("{count} appointment", "{count} appointments", count).format(
                count=format_number(count)
            )
        )
        self.empty_hint.setVisible(count == 0)
        self.empty_hint.setText(self._empty_text())

    def _empty_text(self) -> str:
        text = self.search_field.text().strip()
        if text:
            return _("No appointment under “{scope}” matches “{text}”.").format(
                scope=self.scope.label, text=text
            )
        return _("No appointments under “{scope}”.").format(scope=self.scope.label)

    # -- requests ----------------------------------------------------------------------

    def _request(self, signal: Signal) -> None:
        appointment = self.current_appointment()
        if appointment is not None:
            signal.emit(appointment)  # type: ignore[attr-defined]

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.selectRow(index.row())
            appointment = self.current_appointment()
            global_position = self.table.viewport().mapToGlobal(position)
            self.context_menu_requested.emit(appointment, global_position)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.table:
            return self._table_key(event.key()) or super().eventFilter(watched, event)
        if watched is self.search_field:
            return self._search_key(event.key()) or super().eventFilter(watched, event)
        return super().eventFilter(watched, event)

    def _table_key(self, key: int) -> bool:
        """Enter opens, Delete asks to cancel; whether the key was used."""
        if key in _OPEN_KEYS:
            self._request(self.open_requested)
            return True
        if key == Qt.Key.Key_Delete:
            self._request(self.cancel_requested)
            return True
        return False

    def _search_key(self, key: int) -> bool:
        """Down or Enter goes to the results, Escape clears the search; whether used."""
        if key in {Qt.Key.Key_Down, *_OPEN_KEYS}:
            self._search_now()
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if self.current_row() is None and self.model.rowCount():
                self.table.selectRow(0)
            return True
        if key == Qt.Key.Key_Escape and self.search_field.text():
            self.search_field.clear()
            self.reload()
            return True
        return False
