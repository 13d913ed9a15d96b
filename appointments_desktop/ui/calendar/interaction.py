"""Dragging a block: where a move or a resize would put the appointment, step by step.

A :class:`Drag` starts when a block is pressed and follows the mouse; it computes its
target (a new start and column, or a new duration) snapped to the grid's step, and the
rectangle to preview there. It never writes: the grid hands the finished target to the
view, which writes through :class:`Operations`.

Promises: a move keeps the point of the block that was grabbed under the mouse, keeps the
start inside the visible hours and, in the week views, keeps the operator; a resize keeps
the start and never makes the appointment shorter than one step or longer than a day.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QRectF

from appointments_desktop.domain.agenda import snap
from appointments_desktop.domain.validation import MAX_DURATION_MINUTES
from appointments_desktop.ui.calendar.layout import MIN_BLOCK_HEIGHT, Block, GridGeometry

RESIZE_MARGIN = 5.0
"""A press this close (pixels) to a block's bottom edge resizes instead of moving it."""


class DragKind(enum.Enum):
    """What a drag does to the appointment."""

    MOVE = "move"
    RESIZE = "resize"


def kind_at(block: Block, point: QPointF) -> DragKind:
    """Resize near the bottom edge of the block where the appointment ends, else move."""
    near_bottom = block.rect.bottom() - point.y() <= RESIZE_MARGIN
    return DragKind.RESIZE if block.ends_here and near_bottom else DragKind.MOVE


@dataclass
class Drag:
    """One drag of ``block`` from ``press``; ``active`` once the mouse really moved."""

    kind: DragKind
    block: Block
    press: QPointF
    grab: timedelta
    """How far into the appointment the block was grabbed (moves keep it under the mouse)."""
    active: bool = False
    start: datetime = field(init=False)
    column: int = field(init=False)
    minutes: int = field(init=False)

    def __post_init__(self) -> None:
        self.start = self.block.row.scheduled_at
        self.column = self.block.column
        self.minutes = self.block.row.duration_minutes

    @classmethod
    def begin(cls, block: Block, point: QPointF, geometry: GridGeometry) -> Drag:
        """A drag of ``block`` grabbed at ``point``."""
        day = geometry.columns[block.column].day
        grab = geometry.moment_at(point.y(), day) - block.row.scheduled_at
        return cls(kind_at(block, point), block, QPointF(point), grab)

    def follow(self, point: QPointF, geometry: GridGeometry, step: int) -> None:
        """Move the target under ``point``, snapped to ``step`` minutes."""
        if self.kind is DragKind.MOVE:
            self._follow_move(point, geometry, step)
        else:
            self._follow_resize(point, geometry, step)

    def _follow_move(self, point: QPointF, geometry: GridGeometry, step: int) -> None:
        column = geometry.column_at(point.x())
        if column is not None:
            self.column = column
        day = geometry.columns[self.column].day
        first, last = geometry.band_edges(day)
        start = snap(geometry.moment_at(point.y(), day) - self.grab, step)
        self.start = min(max(start, first), last - timedelta(minutes=step))

    def _follow_resize(self, point: QPointF, geometry: GridGeometry, step: int) -> None:
        day = geometry.columns[self.block.column].day
        end = snap(geometry.moment_at(point.y(), day), step)
        minutes = int((end - self.block.row.scheduled_at).total_seconds() // 60)
        self.minutes = min(max(minutes, step), MAX_DURATION_MINUTES)

    def target_operator(self, geometry: GridGeometry) -> int | None:
        """The target column's operator (day view), or ``None`` in the week views."""
        return geometry.columns[self.column].operator_id

    def changed(self, geometry: GridGeometry) -> bool:
        """Whether the target differs from where the appointment is now."""
        row = self.block.row
        if self.kind is DragKind.RESIZE:
            return self.minutes != row.duration_minutes
        operator = self.target_operator(geometry)
        moved_operator = operator is not None and operator != row.operator_id
        return self.start != row.scheduled_at or moved_operator

    def end(self) -> datetime:
        """The target end."""
        return self.start + timedelta(minutes=self.minutes)

    def preview_rect(self, geometry: GridGeometry) -> QRectF:
        """Where the block would be drawn at the target."""
        if self.kind is DragKind.RESIZE:
            rect = QRectF(self.block.rect)
            day = geometry.columns[self.block.column].day
            bottom = geometry.y_for(self.end(), day)
            rect.setBottom(max(bottom, rect.top() + MIN_BLOCK_HEIGHT))
            return rect
        day = geometry.columns[self.column].day
        top = geometry.y_for(self.start, day)
        bottom = max(geometry.y_for(self.end(), day), top + MIN_BLOCK_HEIGHT)
        return geometry.lane_rect(self.column, top, bottom)
