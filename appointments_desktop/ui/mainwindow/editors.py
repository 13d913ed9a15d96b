"""The appointment editors beside the main window: modeless, one per appointment.

A receptionist on the phone keeps an editor open while searching the list or checking a
slot, so editors do not block the window. Opening an appointment that already has an open
editor brings that editor forward instead of opening a second copy of the same row.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from appointments_desktop.storage.models import Appointment
from appointments_desktop.ui.editor import AppointmentDialog
from appointments_desktop.ui.operations import Operations


class EditorHost:
    """Opens, tracks and closes the window's appointment editors."""

    def __init__(
        self,
        parent: QWidget,
        operations: Operations,
        on_saved: Callable[[Appointment], None],
    ) -> None:
        self._parent = parent
        self._operations = operations
        self._on_saved = on_saved
        self._open: list[AppointmentDialog] = []

    @property
    def latest(self) -> AppointmentDialog | None:
        """The editor opened last that is still open, if any."""
        return self._open[-1] if self._open else None

    def new(
        self, start: datetime | None = None, operator_id: int | None = None
    ) -> AppointmentDialog:
        """Open an editor for a new booking (optionally at ``start`` with that operator)."""
        dialog = AppointmentDialog(
            self._operations, start=start, operator_id=operator_id, parent=self._parent
        )
        return self._show(dialog)

    def edit(self, appointment: Appointment) -> AppointmentDialog:
        """Bring forward the open editor of ``appointment``, or open one."""
        for dialog in self._open:
            if dialog.appointment is not None and dialog.appointment.id == appointment.id:
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        return self._show(AppointmentDialog(self._operations, appointment, parent=self._parent))

    def close_all(self) -> bool:
        """Close every editor, each asking about unsaved changes; whether all closed."""
        return all(dialog.close() for dialog in list(self._open))

    def _show(self, dialog: AppointmentDialog) -> AppointmentDialog:
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self._open.append(dialog)
        dialog.show()
        return dialog

    def _saved(self, dialog: AppointmentDialog) -> None:
        if dialog.appointment is not None and dialog.appointment.id is not None:
            self._on_saved(dialog.appointment)

    def _forget(self, dialog: AppointmentDialog) -> None:
        if dialog in self._open:
            self._open.remove(dialog)
