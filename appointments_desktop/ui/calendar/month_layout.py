"""What the month grid shows and where, without Qt: days, geometry and words.

:class:`~appointments_desktop.ui.calendar.month.MonthGrid` paints and handles input; this
module decides which 42 days a month shows, which appointments each day lists and in what
order, where cells and lines lie and how many fit, and every text (line, "+N more",
tooltips) in the active language and locale. Tested without a window.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from appointments_desktop.domain.status import Status
from appointments_desktop.i18n import (
    _,
    current_locale,
    format_date,
    format_number,
    format_time,
    ngettext,
)
from appointments_desktop.storage.listing import AppointmentRow

WEEKS = 6
"""Week rows of a month grid: enough for every month, whatever day it starts on."""

STRUCK_STATUSES = frozenset({Status.CANCELLED, Status.NO_SHOW})
"""Statuses drawn struck through and faded, and hidden when cancelled ones are not shown."""

Box = tuple[float, float, float, float]
"""A rectangle as (x, y, width, height) in widget units."""


def grid_days(month_first_day: date, first_weekday: int) -> list[date]:
    """The 42 days shown for the month of ``month_first_day``, week by week.

    The grid starts on the last ``first_weekday`` (0 = Monday .. 6 = Sunday) on or before
    the 1st, so a month that begins on that weekday starts the grid on its 1st.
    """
    first = month_first_day.replace(day=1)
    start = first - timedelta(days=(first.weekday() - first_weekday) % 7)
    return [start + timedelta(days=offset) for offset in range(WEEKS * 7)]


def weekday_names(first_weekday: int) -> list[str]:
    """The locale's abbreviated weekday names, starting with ``first_weekday``."""
    names = current_locale().days["format"]["abbreviated"]
    return [str(names[(first_weekday + offset) % 7]) for offset in range(7)]


def rows_by_day(
    rows: Iterable[AppointmentRow], show_cancelled: bool = True
) -> dict[date, list[AppointmentRow]]:
    """The appointments per start day in start order (ties by id).

    Without ``show_cancelled``, cancelled and no-show appointments are left out.
    """
    days: dict[date, list[AppointmentRow]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: (r.scheduled_at, r.id)):
        if show_cancelled or row.status not in STRUCK_STATUSES:
            days[row.scheduled_at.date()].append(row)
    return dict(days)


@dataclass(frozen=True, slots=True)
class MonthGeometry:
    """Where the weekday row, the 42 cells and each cell's lines lie, in widget units.

    ``header`` is the weekday row's height, ``line`` one text line's; cells share the rest
    equally. With ``mirrored`` (right-to-left) the first weekday is the rightmost column.
    A cell keeps one line (plus padding) at its top for the day number.
    """

    width: float
    height: float
    header: float
    line: float
    pad: float = 4.0
    mirrored: bool = False

    def cell(self, index: int) -> Box:
        """The box of the ``index``-th shown day (0 .. 41, week by week)."""
        row, column = divmod(index, 7)
        width, height = self.width / 7, (self.height - self.header) / WEEKS
        return (self._visual(column) * width, self.header + row * height, width, height)

    def index_at(self, x: float, y: float) -> int | None:
        """The index of the cell containing (``x``, ``y``); ``None`` outside the cells."""
        width, height = self.width / 7, (self.height - self.header) / WEEKS
        if not (0 <= x < self.width and self.header <= y < self.height) or height <= 0:
            return None
        row = min(int((y - self.header) // height), WEEKS - 1)
        return row * 7 + self._visual(min(int(x // width), 6))

    def line_boxes(self, index: int, count: int) -> list[Box]:
        """The line boxes drawn in cell ``index`` for ``count`` appointments, top down.

        As many as fit, at most ``count``; fewer than ``count`` means the last box holds
        "+N more" and the ones before it the first appointments.
        """
        x, y, width, height = self.cell(index)
        top = y + self.line + 2 * self.pad
        fits = max(int((y + height - self.pad - top) // self.line), 0)
        return [
            (x + self.pad, top + i * self.line, width - 2 * self.pad, self.line)
            for i in range(min(count, fits))
        ]

    def _visual(self, column: int) -> int:
        return 6 - column if self.mirrored else column


def line_entries(rows: list[AppointmentRow], fits: int) -> list[AppointmentRow | None]:
    """What a cell's ``fits`` lines show, top down; ``None`` stands for "+N more".

    All ``rows`` when they fit; else the first ``fits - 1`` and "+N more"; nothing when no
    line fits.
    """
    if len(rows) <= fits:
        return list(rows)
    return [*rows[: fits - 1], None] if fits else []


def line_text(row: AppointmentRow) -> str:
    """One appointment's line in a day cell, e.g. "9:30 AM José García"."""
    start = format_time(row.scheduled_at, "short")
    return _("{time} {customer}").format(time=start, customer=row.customer_name)


def more_text(hidden: int, short: bool = False) -> str:
    """The last line of a full day cell, e.g. "+3 more" (``short``: "+3", for narrow cells)."""
    if short:
        return _("+{count}").format(count=format_number(hidden))
    text = ngettext("+{count} more", "+{count} more", hidden)
    return text.format(count=format_number(hidden))


def line_tooltip(row: AppointmentRow) -> str:
    """An appointment's details: date, time range, customer, operator, type and status."""
    return _(
        "{day}, {start}–{end}\n{customer}\nOperator: {operator}\nType: {type}\nStatus: {status}"
    ).format(
        day=format_date(row.scheduled_at.date(), "medium"),
        start=format_time(row.scheduled_at, "short"),
        end=format_time(row.end_time, "short"),
        customer=row.customer_name,
        operator=row.operator_name,
        type=row.type_name,
        status=row.status.label,
    )


def more_tooltip(rows: Iterable[AppointmentRow]) -> str:
    """The hidden appointments of a full day cell, one per line with their status."""
    return "\n".join(
        _("{line} ({status})").format(line=line_text(row), status=row.status.label) for row in rows
    )
