"""Where things are in the time grid: columns, hours and appointment blocks, in pixels.

:class:`GridGeometry` maps a moment and a column to the grid widget's coordinates and back;
:func:`lay_out_blocks` turns the loaded rows into :class:`Block` rectangles, placing the
overlapping ones side by side with :func:`appointments_desktop.domain.agenda.place`.

Promises: a block's rectangle runs from its start to its end on the hour scale (at least
:data:`MIN_BLOCK_HEIGHT` tall); blocks that overlap on screen, short ones stretched to that
height included, never share a lane, so no block hides another; an appointment that runs
past midnight gets one block per visible day it covers. Right to left, everything is
mirrored: the ruler at the right, the first column next to it, the first lane at each
column's right; hit-testing answers for the mirrored places.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QRectF, QSizeF

from appointments_desktop.domain.agenda import Interval, Placement, place
from appointments_desktop.storage.listing import AppointmentRow
from appointments_desktop.ui.calendar.mirror import Mirror

MIN_BLOCK_HEIGHT = 18.0
"""A short appointment is drawn at least this tall (pixels), so it can be seen and hit."""
BLOCK_GAP = 3.0
"""Space kept free at the end of each column (right to left: its left), so neighbouring
days stay apart."""


@dataclass(frozen=True)
class Column:
    """One column of the grid: a day, and in the day view one operator of that day."""

    day: date
    operator_id: int | None = None


@dataclass(frozen=True)
class Band:
    """The visible hours ``[first_hour:00, last_hour:00)`` and the shop's opening hours."""

    first_hour: int
    last_hour: int
    opens: time = time(8)
    closes: time = time(19)

    @property
    def hours(self) -> int:
        """How many hour rows the grid has."""
        return self.last_hour - self.first_hour


@dataclass(frozen=True)
class Block:
    """One appointment's rectangle in one column (the grid widget's coordinates)."""

    row: AppointmentRow
    column: int
    rect: QRectF
    ends_here: bool
    """Whether the appointment ends in this column: only there can it be resized."""


class GridGeometry:
    """Maps moments and columns to pixels and back for a grid of ``size``.

    The ruler takes ``ruler_width`` at the left (``right_to_left``: at the right); the
    columns share the rest equally, the first one next to the ruler; the band's hours share
    the height equally. Places are worked out left to right and mirrored by :attr:`mirror`.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        band: Band,
        size: QSizeF,
        ruler_width: float,
        *,
        right_to_left: bool = False,
    ) -> None:
        self.columns = list(columns)
        self.band = band
        self.size = size
        self.ruler_width = ruler_width
        self.mirror = Mirror(0.0, size.width(), right_to_left)
        self._index = {column: number for number, column in enumerate(self.columns)}

    @property
    def right_to_left(self) -> bool:
        """Whether the grid is mirrored."""
        return self.mirror.active

    @property
    def hour_height(self) -> float:
        """Pixels per hour."""
        return self.size.height() / max(self.band.hours, 1)

    @property
    def column_width(self) -> float:
        """Pixels per column."""
        return (self.size.width() - self.ruler_width) / max(len(self.columns), 1)

    def _logical_column(self, index: int) -> QRectF:
        left = self.ruler_width + index * self.column_width
        return QRectF(left, 0.0, self.column_width, self.size.height())

    def column_rect(self, index: int) -> QRectF:
        """The whole height of column ``index``."""
        return self.mirror.rect(self._logical_column(index))

    def column_start(self, index: int) -> float:
        """The x of column ``index``'s edge towards the ruler (where its day begins)."""
        return self.mirror.x(self._logical_column(index).left())

    def ruler_rect(self) -> QRectF:
        """The hour labels' strip, the whole height."""
        return self.mirror.rect(QRectF(0.0, 0.0, self.ruler_width, self.size.height()))

    def columns_rect(self) -> QRectF:
        """All the columns together, the whole height."""
        width = max(self.size.width() - self.ruler_width, 0.0)
        return self.mirror.rect(QRectF(self.ruler_width, 0.0, width, self.size.height()))

    def lane_rect(
        self, index: int, top: float, bottom: float, placement: Placement | None = None
    ) -> QRectF:
        """From ``top`` to ``bottom`` in column ``index``, across the lanes of ``placement``
        (None: all of them), the column's gap left free."""
        placement = placement or Placement(0, lane=0, lanes=1, span=1)
        column = self._logical_column(index)
        share = (column.width() - BLOCK_GAP) / placement.lanes
        left = column.left() + share * placement.lane
        return self.mirror.rect(QRectF(left, top, share * placement.span, bottom - top))

    def column_at(self, x: float) -> int | None:
        """The column painted under ``x``, or ``None`` over the ruler or past the columns."""
        for index in range(len(self.columns)):
            rect = self.column_rect(index)
            if rect.left() <= x < rect.right():
                return index
        return None

    def column_near(self, x: float) -> int:
        """The column under ``x``, else the nearest one (the grid must have columns)."""
        found = self.column_at(x)
        if found is not None:
            return found
        return min(
            range(len(self.columns)), key=lambda i: abs(self.column_rect(i).center().x() - x)
        )

    def column_of(self, day: date, operator_id: int | None = None) -> int | None:
        """The column showing ``day`` (and ``operator_id`` in the day view), if any."""
        return self._index.get(Column(day, operator_id))

    def y_for(self, moment: datetime, day: date) -> float:
        """The height of ``moment`` in ``day``'s column (outside the band: past its edge)."""
        band_start = datetime.combine(day, time()) + timedelta(hours=self.band.first_hour)
        return (moment - band_start).total_seconds() / 3600 * self.hour_height

    def moment_at(self, y: float, day: date) -> datetime:
        """The moment at height ``y`` in ``day``'s column, kept inside the band."""
        hours = min(max(y / self.hour_height, 0.0), float(self.band.hours))
        minutes = round(hours * 60)
        return datetime.combine(day, time()) + timedelta(
            hours=self.band.first_hour, minutes=minutes
        )

    def band_edges(self, day: date) -> tuple[datetime, datetime]:
        """The first and last visible moments of ``day``."""
        midnight = datetime.combine(day, time())
        first = midnight + timedelta(hours=self.band.first_hour)
        return first, midnight + timedelta(hours=self.band.last_hour)


def lay_out_blocks(rows: Iterable[AppointmentRow], geometry: GridGeometry) -> list[Block]:
    """The blocks of ``rows`` in paint order (by start, then lane); see the module promises."""
    by_column: dict[int, list[tuple[AppointmentRow, Interval]]] = {}
    per_operator = any(column.operator_id is not None for column in geometry.columns)
    stretch = timedelta(hours=MIN_BLOCK_HEIGHT / max(geometry.hour_height, 1.0))
    for row in rows:
        for index, start, end, last in _segments(row, geometry, per_operator=per_operator):
            shown_end = min(max(end, start + stretch), last)
            by_column.setdefault(index, []).append((row, Interval(row.id, start, shown_end)))
    blocks = []
    for index, members in by_column.items():
        blocks += _column_blocks(index, members, geometry)
    blocks.sort(
        key=lambda block: (block.row.scheduled_at, geometry.mirror.x(block.rect.center().x()))
    )
    return blocks


def _segments(
    row: AppointmentRow, geometry: GridGeometry, *, per_operator: bool
) -> Iterable[tuple[int, datetime, datetime, datetime]]:
    """``(column, start, end, band end)`` of each visible day ``row`` covers, clipped."""
    day = row.scheduled_at.date()
    while datetime.combine(day, time()) < row.end_time:
        index = geometry.column_of(day, row.operator_id if per_operator else None)
        first, last = geometry.band_edges(day)
        start, end = max(row.scheduled_at, first), min(row.end_time, last)
        if index is not None and start < end:
            yield index, start, end, last
        day += timedelta(days=1)


def _column_blocks(
    index: int, members: list[tuple[AppointmentRow, Interval]], geometry: GridGeometry
) -> list[Block]:
    placements = place(interval for _row, interval in members)
    blocks = []
    for row, interval in members:
        placement = placements[row.id]
        day = geometry.columns[index].day
        top = geometry.y_for(interval.start, day)
        bottom = geometry.y_for(interval.end, day)
        rect = geometry.lane_rect(index, top, bottom, placement)
        _first, band_end = geometry.band_edges(day)
        blocks.append(Block(row, index, rect, row.end_time <= band_end))
    return blocks


def band_for(
    opening: tuple[time, time], rows: Iterable[AppointmentRow], days: Sequence[date]
) -> Band:
    """The opening hours rounded out to whole hours, widened to show every row on ``days``.

    An appointment before opening or after closing widens the band rather than being cut.
    """
    opens, closes = opening
    first, last = opens.hour, _hour_up(closes)
    shown = set(days)
    for row in rows:
        start, end = row.scheduled_at, row.end_time
        overnight = end.date() > start.date() and end.time() != time()
        if start.date() in shown:
            first = min(first, start.hour)
            last = 24 if end.date() > start.date() else max(last, _hour_up(end.time()))
        if overnight and end.date() in shown:
            first, last = 0, max(last, _hour_up(end.time()))
    return Band(first, max(last, first + 1), opens, closes)


def _hour_up(moment: time) -> int:
    """The full hour at or after ``moment``."""
    return moment.hour + (1 if (moment.minute or moment.second) else 0)
