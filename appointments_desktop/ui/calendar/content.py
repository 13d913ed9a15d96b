"""What the calendar reads for a visible range, and the columns and operators it shows.

:func:`read_range` is the calendar's only read of appointments: one joined query for the
visible days (starting a day earlier, so an appointment that runs past midnight into the
range is shown) and, for the time grid, one aggregate for the booked load. The rest is
plain arithmetic over what was read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from appointments_desktop.domain.status import Status
from appointments_desktop.storage.listing import AppointmentRow, rows_between
from appointments_desktop.storage.models import Operator
from appointments_desktop.storage.workload import DayLoad, operator_load
from appointments_desktop.ui.calendar.layout import Column
from appointments_desktop.ui.calendar.navigation import day_range

STRUCK = frozenset({Status.CANCELLED, Status.NO_SHOW})
"""Hidden when "Show cancelled" is off."""


@dataclass(frozen=True)
class RangeContent:
    """The appointments of the visible days and, for the time grid, the booked load."""

    rows: list[AppointmentRow]
    loads: dict[tuple[int, date], DayLoad]


def read_range(
    days: list[date], *, with_load: bool, show_cancelled: bool, operator_id: int | None = None
) -> RangeContent:
    """The rows touching ``days`` (one query) and, ``with_load``, their load (one more).

    Without ``show_cancelled`` cancelled and no-show rows are left out; with an
    ``operator_id`` only that operator's rows and load are kept.
    """
    start, end = day_range(days)
    rows = [
        row
        for row in rows_between(start - timedelta(days=1), end)
        if row.end_time > start
        and (show_cancelled or row.status not in STRUCK)
        and operator_id in (None, row.operator_id)
    ]
    loads = operator_load(days[0], (days[-1] - days[0]).days + 1) if with_load else {}
    if operator_id is not None:
        loads = {key: load for key, load in loads.items() if key[0] == operator_id}
    return RangeContent(rows, loads)


def active_operators() -> dict[int, str]:
    """The active operators by name order, id → name (read when operators change)."""
    return {int(operator.id): str(operator.name) for operator in Operator.active_ones()}


def shown_operators(active: Mapping[int, str], rows: Iterable[AppointmentRow]) -> dict[int, str]:
    """The active operators (in their order), then any other operator with appointments
    shown, so nobody's bookings vanish when an operator is retired."""
    shown = dict(active)
    for row in sorted(rows, key=lambda r: r.operator_name):
        shown.setdefault(row.operator_id, row.operator_name)
    return shown


def day_columns(day: date, operators: Iterable[int]) -> list[Column]:
    """The day view's columns: one per operator (one plain column when there are none)."""
    return [Column(day, operator_id) for operator_id in operators] or [Column(day)]


def week_columns(days: Iterable[date]) -> list[Column]:
    """The week views' columns: one per day."""
    return [Column(day) for day in days]
