"""Appointment statistics for a week or a month, computed with SQL aggregates.

Rates follow DESIGN.md: completion = completed / closed and no-show = no_show / closed,
where closed = completed + cancelled + no_show in the period; with nothing closed a rate
is ``None`` (shown as "—"), never 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, cast

import peewee

from appointments_desktop.domain.periods import month_range, week_range
from appointments_desktop.domain.status import Status
from appointments_desktop.i18n import _
from appointments_desktop.storage.clock import shop_now
from appointments_desktop.storage.models import Appointment, AppointmentType

Period = Literal["week", "month"]


@dataclass(frozen=True)
class AppointmentStats:
    """Counts and rates for the appointments that start within ``start <= t < end``."""

    start: datetime
    end: datetime
    total: int
    completed: int
    cancelled: int
    no_show: int
    popular_types: list[tuple[str, int]]

    @property
    def closed(self) -> int:
        """Appointments whose outcome is known: completed, cancelled or no-show."""
        return self.completed + self.cancelled + self.no_show

    @property
    def completion_rate(self) -> float | None:
        return self._rate(self.completed)

    @property
    def no_show_rate(self) -> float | None:
        return self._rate(self.no_show)

    @property
    def cancellation_rate(self) -> float | None:
        return self._rate(self.cancelled)

    def _rate(self, count: int) -> float | None:
        return count / self.closed if self.closed else None


def appointment_stats(
    period: Period = "week", now: datetime | None = None, first_weekday: int | None = None
) -> AppointmentStats:
    """Statistics for the current week or month around ``now`` (default: the shop's now).

    The week starts on ``first_weekday`` (0 = Monday), by default the active locale's.
    For one operator, or another span, use :func:`stats_between`.
    """
    today = (now or shop_now()).date()
    if period == "week":
        start, end = week_range(today, first_weekday)
    elif period == "month":
        start, end = month_range(today)
    else:
        message = _("The period must be “week” or “month”, not {period!r}.")
        raise ValueError(message.format(period=period))
    return stats_between(start, end)


def stats_between(
    start: date | datetime, end: date | datetime, operator_id: int | None = None
) -> AppointmentStats:
    """Statistics for appointments starting in ``[start, end)``: two aggregate queries.

    With ``operator_id``, only that operator's appointments count.
    """
    start_at, end_at = as_datetime(start), as_datetime(end)
    in_period = starting_in(start_at, end_at, operator_id)
    counts = cast(
        tuple[Any, ...],
        Appointment.select(
            peewee.fn.COUNT(Appointment.id).alias("total"),
            *(count_status(status) for status in _CLOSED),
        )
        .where(in_period)
        .tuples()
        .get(),
    )
    total, completed, cancelled, no_show = (int(value or 0) for value in counts)
    return AppointmentStats(
        start_at, end_at, total, completed, cancelled, no_show, _popular_types(in_period)
    )


_CLOSED = (Status.COMPLETED, Status.CANCELLED, Status.NO_SHOW)


def _popular_types(in_period: peewee.Expression) -> list[tuple[str, int]]:
    count = peewee.fn.COUNT(Appointment.id)
    query = cast(
        Iterable[tuple[Any, Any]],
        Appointment.select(AppointmentType.name, count.alias("n"))
        .join(AppointmentType)
        .where(in_period)
        .group_by(AppointmentType.id, AppointmentType.name)
        .order_by(count.desc(), AppointmentType.name)
        .tuples(),
    )
    return [(str(name), int(n)) for name, n in query]


def starting_in(
    start: datetime, end: datetime, operator_id: int | None = None
) -> peewee.Expression:
    """The condition "starts in ``[start, end)``", for one operator when ``operator_id``."""
    condition = (Appointment.scheduled_at >= start) & (Appointment.scheduled_at < end)
    if operator_id is not None:
        condition &= Appointment.operator == operator_id
    return condition


def count_status(status: Status) -> peewee.Node:
    """``SUM(status = value)`` as an aggregate column named after the status."""
    matches = peewee.Case(None, [(Appointment.status == status.value, 1)], 0)
    return peewee.fn.SUM(matches).alias(status.value)


def as_datetime(value: date | datetime) -> datetime:
    """``value`` itself, or midnight at the start of the date ``value``."""
    if isinstance(value, datetime):
        return value
    return datetime(value.year, value.month, value.day)
