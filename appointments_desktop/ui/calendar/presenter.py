"""Filling the time grid, its header and the month grid with what the visible range holds.

Each function reads the range once (see :func:`content.read_range`) and hands the result to
the widgets; none keeps state, so the view calls them again on every reload.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from appointments_desktop.i18n import first_week_day
from appointments_desktop.storage.settings import opening_hours
from appointments_desktop.ui.calendar.content import (
    day_columns,
    read_range,
    shown_operators,
    week_columns,
)
from appointments_desktop.ui.calendar.header import HeaderContent
from appointments_desktop.ui.calendar.layout import Band, band_for
from appointments_desktop.ui.calendar.month import MonthGrid
from appointments_desktop.ui.calendar.navigation import CalendarMode
from appointments_desktop.ui.calendar.options import CalendarOptions
from appointments_desktop.ui.calendar.timepanel import TimePanel

MAX_NAME_WIDTH = 140


@dataclass(frozen=True)
class Showing:
    """What the view is asked to show: the mode, its days, the user's day, the clock's now,
    and the one operator the week and month views are narrowed to (None: everybody)."""

    mode: CalendarMode
    days: list[date]
    anchor: date
    now: datetime
    operator_id: int | None = None

    @property
    def narrowed_to(self) -> int | None:
        """The operator filter where it applies: the day view always shows everybody."""
        return None if self.mode is CalendarMode.DAY else self.operator_id


def show_time_grid(
    panel: TimePanel, showing: Showing, active: Mapping[int, str], options: CalendarOptions
) -> None:
    """Read the days and show them in ``panel``: one column per operator in the day view."""
    content = read_range(
        showing.days,
        with_load=True,
        show_cancelled=options.show_cancelled,
        operator_id=showing.narrowed_to,
    )
    operators = shown_operators(active, content.rows)
    if showing.narrowed_to is not None:
        operators = {k: v for k, v in operators.items() if k == showing.narrowed_to}
    if showing.mode is CalendarMode.DAY:
        columns = day_columns(showing.days[0], operators)
    else:
        columns = week_columns(showing.days)
    band = band_for(opening_hours(), content.rows, showing.days)
    show_load = options.show_load and showing.mode is not CalendarMode.DAY
    panel.header.set_content(
        HeaderContent(
            today=showing.now.date(),
            anchor=showing.anchor,
            operators=operators,
            loads=content.loads,
            open_minutes=_open_minutes(band),
            show_load=show_load,
        )
    )
    panel.grid.snap_minutes = options.snap_minutes
    ruler = _names_width(panel, operators.values()) if show_load else 0.0
    panel.grid.set_content(columns, band, content.rows, showing.now, ruler)


def _open_minutes(band: Band) -> int:
    opens, closes = band.opens, band.closes
    return (closes.hour - opens.hour) * 60 + closes.minute - opens.minute


def _names_width(panel: TimePanel, names: Iterable[str]) -> float:
    """Room for the load lines' operator names at the left, within reason."""
    metrics = panel.header.fontMetrics()
    widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
    return float(min(widest + 12, MAX_NAME_WIDTH))


def show_month(grid: MonthGrid, showing: Showing, options: CalendarOptions) -> None:
    """Read the month grid's days and show them, with the user's day selected."""
    content = read_range(
        showing.days,
        with_load=False,
        show_cancelled=options.show_cancelled,
        operator_id=showing.narrowed_to,
    )
    anchor = showing.anchor
    grid.set_month(anchor.replace(day=1), content.rows, showing.now.date(), first_week_day())
    grid.selected_day = anchor
