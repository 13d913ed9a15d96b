"""Writing the shop's records: customers, operators and appointment types.

Promises: each write is one transaction; invalid values raise ``ValidationError`` and write
nothing; deleting a record that appointments refer to raises ``RecordInUse`` with their
count and deletes nothing (deactivating is the way to retire an operator or a type).
"""

from __future__ import annotations

from appointments_desktop.domain.errors import RecordInUse
from appointments_desktop.storage.database import write_transaction
from appointments_desktop.storage.models import (
    Appointment,
    AppointmentType,
    Customer,
    Operator,
    ValidatedModel,
)

_REFERENCE = {
    Customer: Appointment.customer,
    Operator: Appointment.operator,
    AppointmentType: Appointment.appointment_type,
}


def appointment_count(record: Customer | Operator | AppointmentType) -> int:
    """How many appointments (any status) refer to ``record``."""
    field = _REFERENCE[type(record)]
    return int(Appointment.select().where(field == record.id).count())


def save_record(record: ValidatedModel) -> None:
    """Insert or update ``record``; raises ``ValidationError`` and writes nothing if invalid."""
    record.save()


def set_active(record: Operator | AppointmentType, active: bool) -> None:
    """Make an operator or type bookable again, or retire it without touching history."""
    with write_transaction():
        type(record).update(active=active).where(type(record).id == record.id).execute()
    record.active = active


def delete_record(record: Customer | Operator | AppointmentType) -> None:
    """Delete ``record`` unless appointments refer to it (then ``RecordInUse``)."""
    with write_transaction():
        count = appointment_count(record)
        if count:
            raise RecordInUse(str(record.name), count)
        type(record).delete().where(type(record).id == record.id).execute()
