"""The one way the window changes data: call the core's service, then tell every screen.

Widgets never write through models or SQL themselves; they call an :class:`Operations`
method. Each method runs one service call (one transaction) and, only when it committed,
emits the matching notice on :class:`~appointments_desktop.ui.events.AppEvents`. A refused
write raises the core's error unchanged (``ValidationError``, ``SchedulingConflict``,
``EditConflict``, ``InvalidTransition``, ``RecordInUse``) and emits nothing, so the caller
can show it in words.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from appointments_desktop.domain.status import Action, Decision, StatusMachine
from appointments_desktop.services import catalog
from appointments_desktop.services.booking import save_appointment
from appointments_desktop.services.sample_data import SampleSummary, create_sample_data
from appointments_desktop.services.status_changes import apply_action
from appointments_desktop.storage.clock import shop_now
from appointments_desktop.storage.models import (
    Appointment,
    AppointmentType,
    Customer,
    Operator,
    ValidatedModel,
)
from appointments_desktop.ui.events import AppEvents


class Operations:
    """Writes for the window, each followed by exactly one notice.

    ``clock`` gives the shop's "now" (tests pin it); status buttons and actions use the same
    clock, so what a button offers is what the action accepts.
    """

    def __init__(self, events: AppEvents, clock: Callable[[], datetime] = shop_now) -> None:
        self.events = events
        self.clock = clock
        self.machine = StatusMachine()

    # -- appointments ------------------------------------------------------------------

    def save_appointment(self, appointment: Appointment, *, allow_conflicts: bool = False) -> None:
        """Book or edit ``appointment``; see :func:`services.booking.save_appointment`."""
        save_appointment(appointment, allow_conflicts=allow_conflicts)
        self.events.appointments_changed.emit()

    def apply_action(self, appointment: Appointment, action: Action) -> None:
        """Apply a status action at the clock's now; see :func:`apply_action`."""
        apply_action(appointment, action, self.clock())
        self.events.appointments_changed.emit()

    def decide(self, appointment: Appointment, action: Action) -> Decision:
        """Whether ``action`` is allowed for ``appointment`` now, and why not."""
        return self.machine.decide(
            appointment.status, action, appointment.scheduled_at, self.clock()
        )

    def allowed_actions(self, appointment: Appointment) -> list[Action]:
        """The actions allowed for ``appointment`` now, in menu order."""
        return [a for a in Action if self.decide(appointment, a).allowed]

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

    # -- sample data -------------------------------------------------------------------

    def load_sample_data(self) -> SampleSummary:
        """Fill an empty database with the sample shop; raises ``ValueError`` if not empty."""
        summary = create_sample_data(self.clock())
        self.events.records_changed.emit()
        self.events.appointments_changed.emit()
        return summary
