"""The reminder a receptionist sends a customer the day before, in the user's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from appointments_desktop.i18n import _, format_date, format_time


@dataclass(frozen=True)
class ReminderDetails:
    """What a reminder names: who, when, with whom, and what for."""

    customer: str
    start: datetime
    operator: str
    type_name: str


def reminder_text(details: ReminderDetails) -> str:
    """A ready-to-send reminder, with the date and time in the active locale's formats."""
    text = _(
        "Hello {customer}, this is a reminder of your {type} appointment with {operator} "
        "on {date} at {time}. If you cannot come, please let us know."
    )
    return text.format(
        customer=details.customer,
        type=details.type_name,
        operator=details.operator,
        date=format_date(details.start.date(), "full"),
        time=format_time(details.start),
    )
