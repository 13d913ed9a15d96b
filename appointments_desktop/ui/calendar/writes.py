"""Moving and resizing appointments from the calendar, and settling refusals with the user.

:class:`CalendarWrites` loads the stored appointment by id, checks that it is still the
version the calendar drew, writes through :class:`Operations` and asks or tells the user
what a refusal calls for.

Promises: a final appointment (completed, cancelled, no-show) is never moved or resized; a
move or resize that creates a double booking is written only after the user chose "Book
anyway"; an appointment another desk changed since the calendar drew it is not moved (the
user is told; nothing is overwritten); a refused write changes nothing. Each method
returns whether it wrote, so the view can reload after a refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QWidget

from appointments_desktop.domain.errors import EditConflict, SchedulingConflict, ValidationError
from appointments_desktop.domain.status import FINAL_STATUSES, Status
from appointments_desktop.i18n import _
from appointments_desktop.storage.listing import AppointmentRow
from appointments_desktop.storage.models import Appointment
from appointments_desktop.ui.editor.conflicts import ask_book_anyway
from appointments_desktop.ui.messages import show_error
from appointments_desktop.ui.operations import Operations

Write = Callable[[Appointment, bool], None]
"""Writes a change to a stored appointment; the flag allows a double booking."""


class CalendarWrites:
    """The calendar's writes; see the module docstring."""

    def __init__(self, parent: QWidget, operations: Operations) -> None:
        self._parent = parent
        self._operations = operations

    def move(self, shown: AppointmentRow, start: datetime, operator_id: int | None) -> bool:
        """Move the appointment drawn as ``shown`` to ``start`` (and ``operator_id``)."""

        def write(appointment: Appointment, allow: bool) -> None:
            self._operations.move_appointment(
                appointment, start, operator_id, allow_conflicts=allow
            )

        return self._write(shown, write)

    def resize(self, shown: AppointmentRow, minutes: int) -> bool:
        """Make the appointment drawn as ``shown`` last ``minutes``."""

        def write(appointment: Appointment, allow: bool) -> None:
            self._operations.resize_appointment(appointment, minutes, allow_conflicts=allow)

        return self._write(shown, write)

    def _write(self, shown: AppointmentRow, write: Write) -> bool:
        """Run ``write`` on the stored appointment if it is still the version the calendar
        drew; returns whether it was written."""
        appointment = Appointment.find(shown.id)
        if appointment is None:
            self._tell(_("This appointment was deleted on another desk."))
            return False
        if Status(appointment.status) in FINAL_STATUSES:
            status = Status(appointment.status).label
            self._tell(_("“{status}” appointments cannot be moved.").format(status=status))
            return False
        if appointment.version != shown.version:
            self._tell(str(EditConflict(shown.id)))
            return False
        return self._try(appointment, write, allow=False)

    def _try(self, appointment: Appointment, write: Write, *, allow: bool) -> bool:
        try:
            write(appointment, allow)
        except SchedulingConflict as conflict:
            if ask_book_anyway(self._parent, conflict.conflicts):
                return self._try(appointment, write, allow=True)
            return False
        except (EditConflict, ValidationError) as error:
            self._tell(str(error))
            return False
        return True

    def _tell(self, text: str) -> None:
        show_error(self._parent, _("The appointment was not moved"), text)
