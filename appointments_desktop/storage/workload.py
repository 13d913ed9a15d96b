"""How much each operator is booked per day: the numbers a manager plans staff with.

One SQL aggregate over the visible range, grouped by operator and day, so a week view shows
its load without loading a row per appointment. Booked time counts every appointment that
held its slot: pending, confirmed, completed and no-show; cancelled ones freed it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from peewee import fn

from appointments_desktop.domain.status import Status
from appointments_desktop.storage.models import Appointment

HELD_SLOT = (Status.PENDING, Status.CONFIRMED, Status.COMPLETED, Status.NO_SHOW)
"""Statuses whose appointments count as booked time."""


@dataclass(frozen=True)
class DayLoad:
    """One operator's booked appointments and minutes on one day (by start date)."""

    operator_id: int
    day: date
    appointments: int
    minutes: int


def operator_load(first_day: date, days: int) -> dict[tuple[int, date], DayLoad]:
    """Booked load per (operator id, day) for ``days`` days from ``first_day``.

    Days and operators without bookings are absent (read them as zero).
    """
    start = datetime.combine(first_day, time())
    end = start + timedelta(days=days)
    day = fn.DATE(Appointment.scheduled_at)
    query = (
        Appointment.select(
            Appointment.operator,
            day,
            fn.COUNT(Appointment.id),
            fn.SUM(Appointment.duration_minutes),
        )
        .where(
            Appointment.scheduled_at >= start,
            Appointment.scheduled_at < end,
            Appointment.status.in_([s.value for s in HELD_SLOT]),
        )
        .group_by(Appointment.operator, day)
    )
    rows = cast(Iterable[tuple[Any, ...]], query.tuples())
    loads = (_load(*row) for row in rows)
    return {(load.operator_id, load.day): load for load in loads}


def _load(operator_id: int, day: Any, count: int, minutes: int | None) -> DayLoad:
    """One row of the aggregate; the day may come back as a datetime, a date or text."""
    if isinstance(day, datetime):
        day = day.date()
    as_date = day if isinstance(day, date) else date.fromisoformat(str(day))
    return DayLoad(int(operator_id), as_date, int(count), int(minutes or 0))
