"""The mouse on the time grid: selecting, dragging, resizing and double-clicking blocks.

:class:`GridMouse` keeps the state of one press (a :class:`Drag` under way, or a final
appointment that refuses to move) and turns it into the grid's requests; the grid forwards
its mouse events here and paints the drag's preview.

Promises: nothing is requested until the mouse has moved the platform's drag distance;
a release that leaves the appointment where it was requests nothing; a final appointment
is never dragged, and a tooltip says why; the preview stays up while the drop is written
(so it shows where the block goes while a double booking is asked about).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QToolTip

from appointments_desktop.domain.status import FINAL_STATUSES
from appointments_desktop.ui.calendar import texts
from appointments_desktop.ui.calendar.interaction import Drag, DragKind, kind_at
from appointments_desktop.ui.calendar.layout import Block

if TYPE_CHECKING:
    from appointments_desktop.ui.calendar.grid import TimeGrid


class GridMouse:
    """The mouse state of one :class:`TimeGrid`; see the module docstring."""

    def __init__(self, grid: TimeGrid) -> None:
        self._grid = grid
        self._drag: Drag | None = None
        self._refused: Block | None = None

    @property
    def active_drag(self) -> Drag | None:
        """The drag under way once the mouse really moved, else None."""
        return self._drag if self._drag is not None and self._drag.active else None

    def reset(self) -> None:
        """Forget the press (the grid's content changed under it)."""
        self._drag = self._refused = None

    def press(self, point: QPointF) -> None:
        """Select the block under ``point`` and get ready to drag it."""
        block = self._grid.block_at(point)
        self._grid.select(block.row.id if block else None)
        self.reset()
        if block is None:
            return
        if block.row.status in FINAL_STATUSES:
            self._refused = block
        else:
            self._drag = Drag.begin(block, point, self._grid.geometry_map)

    def move(self, point: QPointF, held: bool, global_point: QPoint) -> None:
        """Follow the mouse: hover feedback, or the drag while the left button is ``held``."""
        if not held:
            self.reset()
            self._hover(point)
            return
        if self._refused is not None and _moved_far(point, self._refused.rect.center()):
            QToolTip.showText(global_point, texts.refused_move_text(self._refused.row), self._grid)
            self._refused = None
        drag = self._drag
        if drag is None or not (drag.active or _moved_far(point, drag.press)):
            return
        drag.active = True
        drag.follow(point, self._grid.geometry_map, self._grid.snap_minutes)
        self._grid.setCursor(_cursor(drag.kind))
        self._grid.update()

    def release(self, point: QPointF) -> None:
        """Drop: request the move or resize if the target differs from where it is."""
        drag = self.active_drag
        self._refused = None
        if drag is not None and drag.changed(self._grid.geometry_map):
            self._request(drag)
        self._drag = None
        self._grid.update()
        self._hover(point)

    def double_click(self, point: QPointF) -> None:
        """Open the block under ``point``, or book the empty slot there."""
        key = self._grid.appointment_at(point)
        if key is not None:
            self._grid.open_requested.emit(key)
        else:
            self._grid.new_requested.emit(*self._grid.slot_at(point))

    def _request(self, drag: Drag) -> None:
        key = drag.block.row.id
        if drag.kind is DragKind.RESIZE:
            self._grid.resize_requested.emit(key, drag.minutes)
        else:
            operator = drag.target_operator(self._grid.geometry_map)
            self._grid.move_requested.emit(key, drag.start, operator)

    def _hover(self, point: QPointF) -> None:
        block = self._grid.block_at(point)
        if block is None or block.row.status in FINAL_STATUSES:
            self._grid.unsetCursor()
        else:
            self._grid.setCursor(_cursor(kind_at(block, point), hover=True))


def _moved_far(point: QPointF, origin: QPointF) -> bool:
    return (point - origin).manhattanLength() >= QApplication.startDragDistance()


def _cursor(kind: DragKind, *, hover: bool = False) -> Qt.CursorShape:
    if kind is DragKind.RESIZE:
        return Qt.CursorShape.SizeVerCursor
    return Qt.CursorShape.OpenHandCursor if hover else Qt.CursorShape.ClosedHandCursor
