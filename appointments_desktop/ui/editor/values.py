"""The editor's values as plain data: what the form holds, compared and turned into a save.

No widgets here: :class:`FormValues` is what the user entered, comparable with what was
loaded (to know whether anything changed) and ready for the core's validation and save.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from appointments_desktop.domain.validation import AppointmentDraft
from appointments_desktop.storage.models import Appointment


@dataclass(frozen=True)
class FormValues:
    """What the form holds; ``duration`` is None while its text is not a number."""

    customer_id: int | None
    operator_id: int | None
    appointment_type_id: int | None
    scheduled_at: datetime
    duration: int | None
    notes: str

    @classmethod
    def of(cls, appointment: Appointment) -> FormValues:
        """The values of a stored appointment, as the form would show them."""
        return cls(
            customer_id=appointment.customer_id,
            operator_id=appointment.operator_id,
            appointment_type_id=appointment.appointment_type_id,
            scheduled_at=appointment.scheduled_at.replace(second=0, microsecond=0),
            duration=int(appointment.duration_minutes),
            notes=str(appointment.notes or ""),
        )

    def draft(self) -> AppointmentDraft:
        """The values for the core's validation."""
        return AppointmentDraft(
            self.customer_id,
            self.operator_id,
            self.appointment_type_id,
            self.scheduled_at,
            self.duration,
        )

    def schedule(self) -> tuple[object, ...]:
        """Everything but the notes: what a final appointment can no longer change."""
        return (
            self.customer_id,
            self.operator_id,
            self.appointment_type_id,
            self.scheduled_at,
            self.duration,
        )

    def to_appointment(self, stored: Appointment | None) -> Appointment:
        """A new object to save: these values over ``stored`` (its id, version, status).

        ``stored`` itself is left untouched, so a refused save changes nothing in memory.
        """
        appointment = Appointment(
            customer=self.customer_id,
            operator=self.operator_id,
            appointment_type=self.appointment_type_id,
            scheduled_at=self.scheduled_at,
            duration_minutes=self.duration,
            notes=self.notes,
        )
        if stored is not None:
            appointment.id = stored.id
            appointment.version = stored.version
            appointment.status = stored.status
        return appointment
