"""Checks an appointment's input before anything is written, listing every problem."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from appointments_desktop.domain.errors import FieldProblem, ValidationError
from appointments_desktop.domain.timezones import wall_time_exists
from appointments_desktop.i18n import _, format_number

MIN_DURATION_MINUTES = 1
MAX_DURATION_MINUTES = 1440


@dataclass(frozen=True)
class AppointmentDraft:
    """The values of an appointment as the user entered them, not yet saved."""

    customer_id: int | None
    operator_id: int | None
    appointment_type_id: int | None
    scheduled_at: datetime | None
    duration_minutes: object


def appointment_problems(draft: AppointmentDraft, zone_name: str) -> list[FieldProblem]:
    """Every problem with ``draft``, by field; empty when it can be saved."""
    problems = _missing_references(draft)
    problems += _start_problems(draft.scheduled_at, zone_name)
    problems += duration_problems(draft.duration_minutes)
    return problems


def validate_appointment(draft: AppointmentDraft, zone_name: str) -> None:
    """Raise :class:`ValidationError` listing every problem with ``draft``."""
    problems = appointment_problems(draft, zone_name)
    if problems:
        raise ValidationError(problems)


def _missing_references(draft: AppointmentDraft) -> list[FieldProblem]:
    required = [
        ("customer", draft.customer_id, _("Choose a customer.")),
        ("operator", draft.operator_id, _("Choose who will serve the customer.")),
        ("appointment_type", draft.appointment_type_id, _("Choose an appointment type.")),
    ]
    return [FieldProblem(field, message) for field, value, message in required if value is None]


def _start_problems(scheduled_at: datetime | None, zone_name: str) -> list[FieldProblem]:
    if scheduled_at is None:
        return [FieldProblem("scheduled_at", _("Enter the date and time of the appointment."))]
    if not isinstance(scheduled_at, datetime):
        return [FieldProblem("scheduled_at", _("The start must be a date and a time."))]
    if scheduled_at.tzinfo is not None:
        return [FieldProblem("scheduled_at", _("Enter the start as the shop's local time."))]
    if not wall_time_exists(scheduled_at, zone_name):
        message = _(
            "This time does not exist in {zone}: the clocks go forward then. "
            "Choose a time after the change."
        ).format(zone=zone_name)
        return [FieldProblem("scheduled_at", message)]
    return []


def duration_problems(duration: object, field: str = "duration_minutes") -> list[FieldProblem]:
    """A problem when ``duration`` is not a whole number of minutes in 1..1440."""
    valid = isinstance(duration, int) and not isinstance(duration, bool)
    if valid and MIN_DURATION_MINUTES <= duration <= MAX_DURATION_MINUTES:  # type: ignore[operator]
        return []
    message = _("The duration must be a whole number of minutes from {low} to {high}.").format(
        low=format_number(MIN_DURATION_MINUTES), high=format_number(MAX_DURATION_MINUTES)
    )
    return [FieldProblem(field, message)]
