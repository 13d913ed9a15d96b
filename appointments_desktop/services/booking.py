"""Booking: saving an appointment with validation, the conflict check and the version check.

Promises: a refused save (invalid input, a double booking not allowed, an edit conflict)
raises and writes nothing; the conflict check runs inside the write transaction, so two
desks cannot both book one slot silently; every saved appointment has a version that
grows by one per write.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from appointments_desktop.domain.errors import (
    FieldProblem,
    SchedulingConflict,
    ValidationError,
)
from appointments_desktop.domain.status import FINAL_STATUSES, OPEN_STATUSES, Status
from appointments_desktop.domain.validation import (
    MAX_DURATION_MINUTES,
    AppointmentDraft,
    validate_appointment,
)
from appointments_desktop.i18n import _
from appointments_desktop.services.versioning import stored_unchanged, write_versioned
from appointments_desktop.storage.clock import shop_now, zone_name
from appointments_desktop.storage.database import is_sqlite, write_transaction
from appointments_desktop.storage.models import (
    Appointment,
    AppointmentType,
    Customer,
    Operator,
    StatusChange,
)

_SCHEDULE_FIELDS = ("scheduled_at", "duration_minutes", "operator_id", "customer_id")


def save_appointment(appointment: Appointment, *, allow_conflicts: bool = False) -> None:
    """Insert or update ``appointment`` in one transaction.

    An empty duration takes the type's default. Raises ``ValidationError``,
    ``SchedulingConflict`` (unless ``allow_conflicts``) or ``EditConflict``.
    """
    duration = _duration_or_default(appointment)
    validate_appointment(_draft(appointment, duration), zone_name())
    now = shop_now()
    with write_transaction():
        if appointment.id is None:
            _check_new(appointment)
            moved = True
        else:
            moved = _check_existing(appointment, duration)
        _lock_booking_rows(appointment)
        # An overlap accepted earlier is not asked about again when only the notes change.
        _refuse_conflicts(appointment, duration, allow_conflicts or not moved)
        new_id, version = _write(appointment, duration, now)
    if appointment.id is None:
        appointment.id, appointment.created_at = new_id, now
        appointment.status = Status.PENDING
    appointment.duration_minutes = duration
    appointment.version = version
    appointment.updated_at = now


def find_conflicts(appointment: Appointment, duration: int | None = None) -> list[Appointment]:
    """Open appointments of the same operator or customer overlapping ``appointment``.

    Touching is not overlapping; cancelled, completed and no-show ones never conflict.
    """
    length = duration if duration is not None else _duration_or_default(appointment)
    start = appointment.scheduled_at
    if (
        start is None
        or not isinstance(length, int)
        or Status(appointment.status) not in OPEN_STATUSES
    ):
        return []
    end = start + timedelta(minutes=length)
    candidates = Appointment.with_details().where(
        Appointment.scheduled_at < end,
        Appointment.scheduled_at > start - timedelta(minutes=MAX_DURATION_MINUTES),
        Appointment.status.in_([s.value for s in OPEN_STATUSES]),
        (Appointment.operator == appointment.operator_id)
        | (Appointment.customer == appointment.customer_id),
    )
    if appointment.id is not None:
        candidates = candidates.where(Appointment.id != appointment.id)
    return [other for other in candidates if other.end_time > start]


def _duration_or_default(appointment: Appointment) -> Any:
    duration = appointment.duration_minutes
    if duration is None and appointment.appointment_type_id is not None:
        kind = AppointmentType.get_or_none(AppointmentType.id == appointment.appointment_type_id)
        return kind.default_duration_minutes if kind is not None else None
    return duration


def _draft(appointment: Appointment, duration: Any) -> AppointmentDraft:
    return AppointmentDraft(
        customer_id=appointment.customer_id,
        operator_id=appointment.operator_id,
        appointment_type_id=appointment.appointment_type_id,
        scheduled_at=appointment.scheduled_at,
        duration_minutes=duration,
    )


def _check_new(appointment: Appointment) -> None:
    if Status(appointment.status) is not Status.PENDING:
        message = _("A new appointment starts as pending; change its status afterwards.")
        raise ValidationError([FieldProblem("status", message)])
    _check_references(appointment)


def _check_references(appointment: Appointment) -> None:
    problems = []
    references = [
        ("customer", Customer, appointment.customer_id, _("This customer no longer exists.")),
        ("operator", Operator, appointment.operator_id, _("This operator no longer exists.")),
        (
            "appointment_type",
            AppointmentType,
            appointment.appointment_type_id,
            _("This appointment type no longer exists."),
        ),
    ]
    for field, model, key, message in references:
        if not model.select().where(model._meta.primary_key == key).exists():
            problems.append(FieldProblem(field, message))
    if problems:
        raise ValidationError(problems)


def _check_existing(appointment: Appointment, duration: Any) -> bool:
    """Refuse stale or forbidden edits; returns whether the slot or people changed."""
    stored = stored_unchanged(appointment)
    if Status(stored.status) != Status(appointment.status):
        message = _("Change the status with its action (confirm, cancel, …), not by editing.")
        raise ValidationError([FieldProblem("status", message)])
    moved = _schedule_changed(stored, appointment, duration)
    if Status(stored.status) in FINAL_STATUSES and moved:
        message = _("The appointment is “{status}”: it can no longer be moved or reassigned.")
        status = Status(stored.status).label
        raise ValidationError([FieldProblem("scheduled_at", message.format(status=status))])
    _check_references(appointment)
    return moved


def _schedule_changed(stored: Appointment, edited: Appointment, duration: Any) -> bool:
    edited_values = {
        **{f: getattr(edited, f) for f in _SCHEDULE_FIELDS},
        "duration_minutes": duration,
    }
    return any(getattr(stored, f) != edited_values[f] for f in _SCHEDULE_FIELDS)


def _lock_booking_rows(appointment: Appointment) -> None:
    """On servers, lock the operator's and customer's rows so two desks book in turn.

    SQLite needs nothing here: ``BEGIN IMMEDIATE`` already lets one writer in at a time.
    """
    if is_sqlite():
        return
    list(Operator.select(Operator.id).where(Operator.id == appointment.operator_id).for_update())
    list(Customer.select(Customer.id).where(Customer.id == appointment.customer_id).for_update())


def _refuse_conflicts(appointment: Appointment, duration: int, allow_conflicts: bool) -> None:
    if allow_conflicts:
        return
    conflicts = find_conflicts(appointment, duration)
    if conflicts:
        raise SchedulingConflict(conflicts)


def _write(appointment: Appointment, duration: int, now: datetime) -> tuple[int, int]:
    """Insert or update the row; returns its id and new version."""
    values = {
        "customer": appointment.customer_id,
        "operator": appointment.operator_id,
        "appointment_type": appointment.appointment_type_id,
        "scheduled_at": appointment.scheduled_at,
        "duration_minutes": duration,
        "notes": appointment.notes or "",
        "updated_at": now,
    }
    if appointment.id is None:
        return _insert(values, now), 1
    return int(appointment.id), write_versioned(appointment, values)


def _insert(values: dict[str, Any], now: datetime) -> int:
    new_id = int(
        Appointment.insert(**values, status=Status.PENDING, created_at=now, version=1).execute()
    )
    StatusChange.create(
        appointment=new_id, changed_at=now, from_status=None, to_status=Status.PENDING
    )
    return new_id
