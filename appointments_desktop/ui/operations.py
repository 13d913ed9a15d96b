"""The one way the window changes data: call the core's service, then tell every screen.

Widgets never write through models or SQL themselves; they call an :class:`Operations`
method. Each method runs one service call (one transaction) and, only when it committed,
emits the matching notice on :class:`~appointments_desktop.ui.events.AppEvents`. A refused
write raises the core's error unchanged (``ValidationError``, ``SchedulingConflict``,
``EditConflict``, ``InvalidTransition``, ``RecordInUse``) and emits nothing, so the caller
can show it in words.

Given a ``QUndoStack``, every write of an appointment (booking, edit, move, resize, status
action) is also recorded there as one command (:mod:`appointments_desktop.ui.undo`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import Any

from PySide6.QtGui import QUndoStack

from appointments_desktop.domain.status import Action, Decision, StatusMachine
from appointments_desktop.services import catalog, history
from appointments_desktop.services.booking import save_appointment
from appointments_desktop.services.sample_data import SampleSummary, create_sample_data
from appointments_desktop.services.status_changes import apply_action
from appointments_desktop.storage import settings, todo
from appointments_desktop.storage.clock import shop_now
from appointments_desktop.storage.models import (
    Appointment,
    AppointmentType,
    Customer,
    Operator,
    ValidatedModel,
)
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.undo import RecordedChange, save_label


class Operations:
    """Writes for the window, each followed by exactly one notice.

    ``clock`` gives the shop's "now" (tests pin it); status buttons and actions use the same
    clock, so what a button offers is what the action accepts. ``undo_stack`` (may be set
    later, before the writes to record) receives one command per appointment write that
    changed something; without one, nothing is recorded.
    """

    def __init__(
        self,
        events: AppEvents,
        clock: Callable[[], datetime] = shop_now,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        self.events = events
        self.clock = clock
        self.undo_stack = undo_stack
        self.machine = StatusMachine()

    # -- appointments ------------------------------------------------------------------

    def save_appointment(self, appointment: Appointment, *, allow_conflicts: bool = False) -> None:
        """Book or edit ``appointment``; see :func:`services.booking.save_appointment`."""
        self._record(
            appointment,
            lambda: save_appointment(appointment, allow_conflicts=allow_conflicts),
            save_label,
        )
        self.events.appointments_changed.emit()

    def move_appointment(
        self,
        appointment: Appointment,
        start: datetime,
        operator_id: int | None = None,
        *,
        allow_conflicts: bool = False,
    ) -> None:
        """Move ``appointment`` to ``start`` (and to ``operator_id``, if given) and save it.

        A final appointment is refused (``ValidationError``); a refused move leaves
        ``appointment`` as it was.
        """
        changes: dict[str, Any] = {"scheduled_at": start}
        if operator_id is not None:
            changes["operator_id"] = operator_id
        self._save_with(appointment, changes, allow_conflicts)

    def resize_appointment(
        self, appointment: Appointment, minutes: int, *, allow_conflicts: bool = False
    ) -> None:
        """Make ``appointment`` last ``minutes`` and save it; as :meth:`move_appointment`."""
        self._save_with(appointment, {"duration_minutes": minutes}, allow_conflicts)

    def apply_action(self, appointment: Appointment, action: Action) -> None:
        """Apply a status action at the clock's now; see :func:`apply_action`."""
        self._record(
            appointment,
            lambda: apply_action(appointment, action, self.clock()),
            lambda _c: action.label,
        )
        self.events.appointments_changed.emit()

    def decide(self, appointment: Appointment, action: Action) -> Decision:
        """Whether ``action`` is allowed for ``appointment`` now, and why not."""
        return self.machine.decide(
            appointment.status, action, appointment.scheduled_at, self.clock()
        )

    def allowed_actions(self, appointment: Appointment) -> list[Action]:
        """The actions allowed for ``appointment`` now, in menu order."""
        return [a for a in Action if self.decide(appointment, a).allowed]

    def _save_with(
        self, appointment: Appointment, changes: dict[str, Any], allow_conflicts: bool
    ) -> None:
        """Set ``changes`` on ``appointment`` and save; put them back if the save is refused."""
        previous = {name: getattr(appointment, name) for name in changes}
        for name, value in changes.items():
            setattr(appointment, name, value)
        try:
            self.save_appointment(appointment, allow_conflicts=allow_conflicts)
        except Exception:
            for name, value in previous.items():
                setattr(appointment, name, value)
            raise

    def _record(
        self,
        appointment: Appointment,
        write: Callable[[], object],
        label: Callable[[history.Change], str],
    ) -> None:
        """Run ``write``; with an undo stack, record it there under ``label(change)``."""
        if self.undo_stack is None:
            write()
            return
        change = history.record(appointment, write)
        if change is not None:
            self.undo_stack.push(RecordedChange(label(change), change, self.events, self.clock))

    # -- customers, operators, appointment types --------------------------------------

    def save_record(self, record: ValidatedModel) -> None:
        """Add or edit a customer, operator or type; raises ``ValidationError``."""
        catalog.save_record(record)
        self.events.records_changed.emit()

    def set_active(self, record: Operator | AppointmentType, active: bool) -> None:
        """Retire an operator or type (or bring it back); appointments keep it."""
        catalog.set_active(record, active)
        self.events.records_changed.emit()

    def delete_record(self, record: Customer | Operator | AppointmentType) -> None:
        """Delete a record nobody's appointments refer to; raises ``RecordInUse``."""
        catalog.delete_record(record)
        self.events.records_changed.emit()

    # -- shop settings -----------------------------------------------------------------

    def set_opening_hours(self, opens: time, closes: time) -> None:
        """Store the shop's hours (``ValueError`` unless it opens before it closes)."""
        settings.set_opening_hours(opens, closes)
        self.events.records_changed.emit()

    def set_confirm_window_hours(self, hours: int) -> None:
        """Store how far ahead "To confirm" looks (``ValueError`` outside 1..336 hours)."""
        todo.set_confirm_window_hours(hours)
        self.events.records_changed.emit()

    # -- sample data -------------------------------------------------------------------

    def load_sample_data(self) -> SampleSummary:
        """Fill an empty database with the sample shop; raises ``ValueError`` if not empty."""
        summary = create_sample_data(self.clock())
        self.events.records_changed.emit()
        self.events.appointments_changed.emit()
        return summary
