"""The time grid of the day and week views: hours down, days (or operators) across.

:class:`TimeGrid` paints what the view hands it and turns the mouse into requests; it never
reads or writes data. Its hit-test API (:meth:`TimeGrid.block_rect`,
:meth:`~TimeGrid.appointment_at`, :meth:`~TimeGrid.slot_at`, :meth:`~TimeGrid.point_for`)
works in the widget's own coordinates, so tests and the header check geometry without
looking at pixels.

Promises: a double-click on a block asks to open it, on an empty slot to book there; a drag
of an open appointment's block asks to move it (to another operator too, in the day view),
a drag of its bottom edge to resize it, snapped to :attr:`TimeGrid.snap_minutes`; a final
appointment's block does not move, and a tooltip says why. Right to left the grid is
mirrored (days from the right, the ruler at the right) and the mouse finds what is painted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from appointments_desktop.i18n import _
from appointments_desktop.storage.listing import AppointmentRow
from appointments_desktop.ui.calendar import look, painting, texts
from appointments_desktop.ui.calendar.layout import (
    Band,
    Block,
    Column,
    GridGeometry,
    lay_out_blocks,
)
from appointments_desktop.ui.calendar.mouse import GridMouse

MIN_HOUR_HEIGHT = 44
"""An hour is never drawn shorter than this; the grid scrolls instead."""


class TimeGrid(QWidget):
    """The hour grid with its appointment blocks; see the module docstring."""

    open_requested = Signal(int)
    """Double-click on a block (or Enter on the selected one): the appointment's id."""
    new_requested = Signal(object, object)
    """Double-click on an empty slot: its snapped start and the column's operator id or None."""
    move_requested = Signal(int, object, object)
    """A block was dropped: id, new start, new operator id (None: keep the operator)."""
    resize_requested = Signal(int, int)
    """A block's bottom edge was dropped: id and the new duration in minutes."""
    selection_changed = Signal(object)
    """The selected appointment's id, or None."""
    layout_changed = Signal()
    """Columns or sizes changed: the header re-aligns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setAccessibleName(_("Appointments by hour"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.snap_minutes = 15
        self._geometry = GridGeometry([], Band(8, 19), QSizeF(0, 0), 0)
        self._rows: list[AppointmentRow] = []
        self._blocks: list[Block] = []
        self._today = date.today()
        self._now: datetime | None = None
        self._selected: int | None = None
        self._mouse = GridMouse(self)

    # -- content -----------------------------------------------------------------------

    def set_content(
        self,
        columns: Sequence[Column],
        band: Band,
        rows: Sequence[AppointmentRow],
        now: datetime,
        ruler_width: float = 0.0,
    ) -> None:
        """Show ``rows`` in ``columns`` over ``band``'s hours; ``now`` marks today.

        The ruler is at least ``ruler_width`` wide (the header writes names there).
        """
        self._rows = list(rows)
        self._today, self._now = now.date(), now
        ruler = max(self._ruler_width(), ruler_width)
        self._geometry = GridGeometry(columns, band, QSizeF(self.size()), ruler)
        self._mouse.reset()
        if self._selected not in {row.id for row in self._rows}:
            self.select(None)
        self.setMinimumHeight(band.hours * MIN_HOUR_HEIGHT)
        self._relayout()

    def set_now(self, now: datetime) -> None:
        """Move the line for now (and today's tint) to ``now``."""
        self._now, self._today = now, now.date()
        self.update()

    @property
    def today(self) -> date:
        """The day the grid marks as today."""
        return self._today

    @property
    def geometry_map(self) -> GridGeometry:
        """The current mapping between moments, columns and pixels."""
        return self._geometry

    @property
    def columns(self) -> list[Column]:
        """The shown columns, left to right."""
        return self._geometry.columns

    def blocks(self) -> list[Block]:
        """The blocks as painted (paint order: later ones on top)."""
        return list(self._blocks)

    def selected_id(self) -> int | None:
        """The selected appointment's id, if any."""
        return self._selected

    def _ruler_width(self) -> float:
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(texts.hour_label(h)) for h in range(24))
        return float(widest + 14)

    def _relayout(self) -> None:
        self._geometry = GridGeometry(
            self._geometry.columns,
            self._geometry.band,
            QSizeF(self.size()),
            self._geometry.ruler_width,
            right_to_left=self.isRightToLeft(),
        )
        self._blocks = lay_out_blocks(self._rows, self._geometry)
        self.update()
        self.layout_changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._relayout()

    def sizeHint(self) -> QSize:
        return QSize(800, self._geometry.band.hours * MIN_HOUR_HEIGHT)

    # -- hit-test API ------------------------------------------------------------------

    def block_rect(self, appointment_id: int) -> QRectF | None:
        """The rectangle of the appointment's (first) block, or None when it is not shown."""
        for block in self._blocks:
            if block.row.id == appointment_id:
                return QRectF(block.rect)
        return None

    def row_of(self, appointment_id: int) -> AppointmentRow | None:
        """What the grid shows of the appointment (as read at the last reload), if shown."""
        return next((row for row in self._rows if row.id == appointment_id), None)

    def block_at(self, point: QPointF) -> Block | None:
        """The topmost block under ``point``, if any."""
        for block in reversed(self._blocks):
            if block.rect.contains(point):
                return block
        return None

    def appointment_at(self, point: QPointF) -> int | None:
        """The id of the appointment drawn under ``point``, if any."""
        block = self.block_at(point)
        return block.row.id if block is not None else None

    def slot_at(self, point: QPointF) -> tuple[datetime, int | None]:
        """The slot under ``point``: its start (down to the snap step) and, in the day view,
        the column's operator id (else None). Points beside the columns take the nearest."""
        geometry = self._geometry
        column = geometry.columns[geometry.column_near(point.x())]
        moment = geometry.moment_at(point.y(), column.day)
        minute = moment.hour * 60 + moment.minute
        last_slot = geometry.band.last_hour * 60 - self.snap_minutes
        floored = min(minute // self.snap_minutes * self.snap_minutes, last_slot)
        start = datetime.combine(column.day, datetime.min.time()) + timedelta(minutes=floored)
        return start, column.operator_id

    def point_for(self, moment: datetime, operator_id: int | None = None) -> QPointF:
        """The point at ``moment`` in the middle of its day's column (in the day view, of
        ``operator_id``'s column; the first one when None). ValueError if not shown."""
        geometry = self._geometry
        day = moment.date()
        index = geometry.column_of(day, operator_id)
        if index is None and operator_id is None:
            index = next((i for i, c in enumerate(geometry.columns) if c.day == day), None)
        if index is None:
            raise ValueError(f"{moment} (operator {operator_id}) is not shown.")
        return QPointF(geometry.column_rect(index).center().x(), geometry.y_for(moment, day))

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setLayoutDirection(self.layoutDirection())
        painter.setClipRect(event.rect())
        colours = look.CalendarColours.from_palette(self.palette())
        painting.paint_background(painter, self._geometry, self._today, colours)
        painting.paint_ruler(painter, self._geometry, colours)
        drag = self._mouse.active_drag
        dragged = drag.block.row.id if drag is not None else None
        blocks = self._visible_blocks(event.rect())
        painting.paint_blocks(painter, blocks, self._selected, dragged, colours)
        if self._now is not None:
            painting.paint_now(painter, self._geometry, self._now)
        if drag is not None:
            label = texts.time_range(drag.start, drag.end())
            preview = drag.preview_rect(self._geometry)
            painting.paint_preview(painter, preview, label, colours)
        painter.end()

    def _visible_blocks(self, area: QRect) -> list[Block]:
        return [b for b in self._blocks if b.rect.toAlignedRect().intersects(area)]

    # -- mouse (see GridMouse) ---------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._mouse.press(event.position())
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        held = bool(event.buttons() & Qt.MouseButton.LeftButton)
        self._mouse.move(event.position(), held, event.globalPosition().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._mouse.release(event.position())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._mouse.double_click(event.position())

    def select(self, key: int | None) -> None:
        """Select the appointment ``key`` (None: nothing); emits when it changes."""
        if key != self._selected:
            self._selected = key
            self.selection_changed.emit(key)
            self.update()

    # -- tooltips and keys -------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(QPointF(event.pos()))
            if block is None or self._mouse.active_drag is not None:
                QToolTip.hideText()
            else:
                tip = texts.block_tooltip(block.row)
                QToolTip.showText(event.globalPos(), tip, self, block.rect.toAlignedRect())
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if opens and self._selected is not None:
            self.open_requested.emit(self._selected)
            return
        super().keyPressEvent(event)
