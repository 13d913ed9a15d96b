"""The day's to-do lists: appointments to confirm and reminders to send.

Both are one joined query in start order, returning the light rows of
:mod:`appointments_desktop.storage.listing`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from appointments_desktop.domain.status import Status
from appointments_desktop.i18n import _, format_number
from appointments_desktop.storage.listing import AppointmentRow, appointment_rows
from appointments_desktop.storage.models import Appointment
from appointments_desktop.storage.settings import read_setting, write_setting

CONFIRM_WINDOW_KEY = "confirm_window_hours"
DEFAULT_CONFIRM_WINDOW_HOURS = 48
MAX_CONFIRM_WINDOW_HOURS = 14 * 24


def to_confirm_rows(now: datetime, hours: int | None = None) -> list[AppointmentRow]:
    """Pending appointments starting within ``hours`` (the stored setting by default) of
    ``now``, soonest first: the ones whose confirmation is most urgent."""
    window = timedelta(hours=confirm_window_hours() if hours is None else hours)
    return appointment_rows(
        Appointment.with_details().where(
            (Appointment.status == Status.PENDING)
            & (Appointment.scheduled_at >= now)
            & (Appointment.scheduled_at < now + window)
        )
    )


def reminders_due_rows(now: datetime) -> list[AppointmentRow]:
    """Confirmed appointments starting tomorrow (shop time) without a reminder sent yet."""
    tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    return appointment_rows(
        Appointment.with_details().where(
            (Appointment.status == Status.CONFIRMED)
            & (Appointment.scheduled_at >= tomorrow)
            & (Appointment.scheduled_at < tomorrow + timedelta(days=1))
            & Appointment.reminder_sent_at.is_null()
        )
    )


def confirm_window_hours() -> int:
    """How far ahead "To confirm" looks, in hours (48 unless the shop chose otherwise)."""
    stored = read_setting(CONFIRM_WINDOW_KEY)
    try:
        hours = int(stored)
    except ValueError:
        return DEFAULT_CONFIRM_WINDOW_HOURS
    return hours if 1 <= hours <= MAX_CONFIRM_WINDOW_HOURS else DEFAULT_CONFIRM_WINDOW_HOURS


def set_confirm_window_hours(hours: int) -> None:
    """Store how far ahead "To confirm" looks; refused (nothing stored) outside 1..336."""
    if not 1 <= hours <= MAX_CONFIRM_WINDOW_HOURS:
        message = _("Look ahead between 1 and {maximum} hours.")
        raise ValueError(message.format(maximum=format_number(MAX_CONFIRM_WINDOW_HOURS)))
    write_setting(CONFIRM_WINDOW_KEY, str(hours))
