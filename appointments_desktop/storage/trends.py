"""Statistics over time and per customer, each one aggregate query whatever the data size.

The per-day and per-week figures group by the start's date in SQL, so a query returns at
most one row per day of its span; the customer figures group by customer in SQL and return
a bounded number of rows. None of them loads appointments into Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

import peewee

from appointments_desktop.domain.status import Status
from appointments_desktop.i18n import _, format_number, ngettext
from appointments_desktop.storage.models import Appointment, Customer
from appointments_desktop.storage.statistics import as_datetime, count_status, starting_in

RECENT_APPOINTMENTS = 6
"""How many of a customer's past appointments :func:`customer_no_show_record` looks at."""


@dataclass(frozen=True)
class DayCount:
    """How many appointments (every status) start on ``day``."""

    day: date
    total: int


@dataclass(frozen=True)
class WeekOutcome:
    """The closed appointments of the week starting ``start``, and how many were no-shows."""

    start: date
    closed: int
    no_show: int

    @property
    def no_show_rate(self) -> float | None:
        """no_show / closed (DESIGN.md); ``None`` when nothing closed that week."""
        return self.no_show / self.closed if self.closed else None


@dataclass(frozen=True)
class CustomerNoShows:
    """A customer's no-shows among their appointments in a period."""

    customer_id: int
    name: str
    no_shows: int
    appointments: int


@dataclass(frozen=True)
class NoShowRecord:
    """A customer's no-shows among their last ``appointments`` past appointments."""

    no_shows: int
    appointments: int

    def describe(self) -> str:
        """The record in words, e.g. "2 no-shows in the last 6 appointments"."""
        if self.appointments == 0:
            return _("No past appointments")
        if self.appointments == 1:
            if self.no_shows:
                return _("Did not come to their only past appointment")
            return _("Came to their only past appointment")
        text = ngettext(
            "{no_shows} no-show in the last {count} appointments",
            "{no_shows} no-shows in the last {count} appointments",
            self.no_shows,
        )
        return text.format(
            no_shows=format_number(self.no_shows), count=format_number(self.appointments)
        )


def daily_counts(first_day: date, days: int, operator_id: int | None = None) -> list[DayCount]:
    """Appointments per day for ``days`` days from ``first_day``, days without any as 0."""
    totals = {day: int(values[0]) for day, values in _per_day(first_day, days, operator_id)}
    every_day = (first_day + timedelta(days=offset) for offset in range(days))
    return [DayCount(day, totals.get(day, 0)) for day in every_day]


def weekly_no_shows(
    first_week: date, weeks: int, operator_id: int | None = None
) -> list[WeekOutcome]:
    """Closed and no-show counts for ``weeks`` weeks, the first starting on ``first_week``."""
    closed = [0] * weeks
    no_show = [0] * weeks
    for day, (_total, completed, cancelled, missed) in _per_day(first_week, weeks * 7, operator_id):
        week = (day - first_week).days // 7
        closed[week] += completed + cancelled + missed
        no_show[week] += missed
    starts = (first_week + timedelta(weeks=week) for week in range(weeks))
    return [WeekOutcome(start, closed[i], no_show[i]) for i, start in enumerate(starts)]


def _per_day(
    first_day: date, days: int, operator_id: int | None
) -> Iterable[tuple[date, tuple[int, int, int, int]]]:
    """(day, (total, completed, cancelled, no_show)) for each day that has appointments."""
    start = as_datetime(first_day)
    day = peewee.fn.DATE(Appointment.scheduled_at)
    query = cast(
        Iterable[tuple[Any, ...]],
        Appointment.select(
            day.alias("day"),
            peewee.fn.COUNT(Appointment.id),
            *(count_status(status) for status in _CLOSED),
        )
        .where(starting_in(start, start + timedelta(days=days), operator_id))
        .group_by(day)
        .tuples(),
    )
    for value, *counts in query:
        total, completed, cancelled, no_show = (int(count or 0) for count in counts)
        yield _as_date(value), (total, completed, cancelled, no_show)


def top_no_show_customers(
    start: datetime, end: datetime, operator_id: int | None = None, limit: int = 5
) -> list[CustomerNoShows]:
    """The customers with the most no-shows among appointments starting in ``[start, end)``.

    Only appointments the customer came to or missed (completed or no-show) count: future,
    unclosed and cancelled ones say nothing about them. Most no-shows first, then the higher
    share (fewer appointments), then the name; customers without a no-show are left out.
    One grouped query returning at most ``limit`` rows.
    """
    no_shows = peewee.fn.SUM(peewee.Case(None, [(Appointment.status == Status.NO_SHOW, 1)], 0))
    count = peewee.fn.COUNT(Appointment.id)
    query = cast(
        Iterable[tuple[Any, ...]],
        Appointment.select(Customer.id, Customer.name, no_shows, count)
        .join(Customer)
        .where(starting_in(start, end, operator_id) & Appointment.status.in_(_ATTENDED_OR_NOT))
        .group_by(Customer.id, Customer.name)
        .having(no_shows > 0)
        .order_by(no_shows.desc(), count, Customer.name)
        .limit(limit)
        .tuples(),
    )
    return [
        CustomerNoShows(int(key), str(name), int(n), int(total)) for key, name, n, total in query
    ]


def customer_no_show_record(
    customer_id: int, now: datetime, last: int = RECENT_APPOINTMENTS
) -> NoShowRecord:
    """No-shows among the customer's last ``last`` appointments that started before ``now``.

    Only completed and no-show appointments count: a cancelled one never expected the
    customer, and one nobody closed says nothing yet. One query reading at most ``last``
    statuses.
    """
    query = (
        Appointment.select(Appointment.status)
        .where(
            (Appointment.customer == customer_id)
            & (Appointment.scheduled_at < now)
            & Appointment.status.in_(_ATTENDED_OR_NOT)
        )
        .order_by(Appointment.scheduled_at.desc())
        .limit(last)
        .tuples()
    )
    statuses = [Status(value) for (value,) in cast(Iterable[tuple[Any]], query)]
    return NoShowRecord(statuses.count(Status.NO_SHOW), len(statuses))


_CLOSED = (Status.COMPLETED, Status.CANCELLED, Status.NO_SHOW)
_ATTENDED_OR_NOT = (Status.COMPLETED, Status.NO_SHOW)
"""The outcomes that tell whether a customer came: cancelled and unclosed ones do not."""


def _as_date(value: object) -> date:
    """A SQL ``DATE()`` result as a date: SQLite gives text, PostgreSQL a date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
