"""The header above the time grid: day or operator titles and the booked load per operator.

In the week views each column gets its weekday and date (today stands out in the accent
colour) and, when the load is shown, one line per operator with the hours booked that day
and a bar against the opening hours; the operators' names sit in the ruler's place at the
left. In the day view each operator's column gets the name and "5 appointments · 4.5 h".
The header reads nothing itself: the view hands it the loads with the columns. Right to
left it follows the mirrored grid: names at the right, each bar growing from its column's
right edge with the hours at the left end.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from appointments_desktop.storage.workload import DayLoad
from appointments_desktop.ui.calendar import look, texts
from appointments_desktop.ui.calendar.grid import TimeGrid
from appointments_desktop.ui.calendar.mirror import Mirror

ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTRE = Qt.AlignmentFlag.AlignCenter


@dataclass(frozen=True)
class HeaderContent:
    """What the header shows besides the grid's columns."""

    today: date
    anchor: date
    operators: dict[int, str] = field(default_factory=dict)
    """The operators of the load lines (week views), id → name, in order."""
    loads: dict[tuple[int, date], DayLoad] = field(default_factory=dict)
    open_minutes: int = 11 * 60
    show_load: bool = True


class CalendarHeader(QWidget):
    """Titles and loads aligned with :class:`TimeGrid`'s columns; see the module docstring."""

    day_clicked = Signal(object)
    """A day's title in a week view was clicked: its date."""

    def __init__(self, grid: TimeGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarHeader")
        self._grid = grid
        self._content = HeaderContent(date.today(), date.today())
        grid.layout_changed.connect(self._refit)

    def set_content(self, content: HeaderContent) -> None:
        """Show ``content`` over the grid's current columns."""
        self._content = content
        self._refit()

    @property
    def content(self) -> HeaderContent:
        """What the header shows now."""
        return self._content

    @property
    def per_operator(self) -> bool:
        """Whether the grid shows the day view's operator columns."""
        return any(column.operator_id is not None for column in self._grid.columns)

    def _line(self) -> int:
        return self.fontMetrics().height() + 2

    def _title_height(self) -> int:
        return 2 * self._line() + 8

    def _refit(self) -> None:
        height = self._title_height()
        if not self.per_operator and self._content.show_load and self._content.operators:
            height += len(self._content.operators) * self._line() + 6
        self.setFixedHeight(height)
        self.update()

    def _offset(self) -> float:
        """How far right of the header's left edge the grid's left edge is."""
        return float(
            self._grid.mapTo(self.window(), QPoint()).x() - self.mapTo(self.window(), QPoint()).x()
        )

    def column_rect(self, index: int) -> QRectF:
        """Column ``index``'s part of the header, in the header's coordinates."""
        rect = self._grid.geometry_map.column_rect(index)
        return QRectF(rect.left() + self._offset(), 0, rect.width(), self.height())

    def load_line_rects(self, index: int, row: int, load: DayLoad | None) -> tuple[QRectF, QRectF]:
        """Where operator ``row``'s load bar and hours text go in column ``index``."""
        rect = self.column_rect(index)
        top = self._title_height() + 2 + row * self._line()
        line = QRectF(rect.left() + 3, top, rect.width() - 6, self._line() - 2)
        minutes = load.minutes if load is not None else 0
        share = min(minutes / max(self._content.open_minutes, 1), 1.0)
        inside = Mirror.of(self).inside(line)
        bar = QRectF(line.left(), line.top(), line.width() * share, line.height())
        return inside.rect(bar), inside.rect(line.adjusted(0, 0, -3, 0))

    def _names_width(self) -> float:
        """From the header's leading edge to the grid's first column: the names' room."""
        geometry = self._grid.geometry_map
        edge = self._offset() + geometry.mirror.x(geometry.ruler_width)
        return Mirror.of(self).x(edge)

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setLayoutDirection(self.layoutDirection())
        colours = look.CalendarColours.from_palette(self.palette(), window=True)
        painter.fillRect(self.rect(), colours.background)
        for index, column in enumerate(self._grid.columns):
            rect = self.column_rect(index)
            if column.operator_id is not None:
                self._paint_operator(painter, rect, column.operator_id, column.day, colours)
            else:
                self._paint_day(painter, rect, column.day, colours)
                self._paint_loads(painter, index, column.day, colours)
        if not self.per_operator:
            self._paint_load_names(painter, colours)
        painter.setPen(QPen(colours.grid_line))
        painter.drawLine(QPointF(0, self.height() - 1), QPointF(self.width(), self.height() - 1))
        painter.end()

    def _paint_day(
        self, painter: QPainter, rect: QRectF, day: date, colours: look.CalendarColours
    ) -> None:
        title = QRectF(rect.left() + 3, 3, rect.width() - 6, self._title_height() - 6)
        today = day == self._content.today
        if today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.today_header)
            painter.drawRoundedRect(title, 5, 5)
        elif day == self._content.anchor:
            painter.setPen(QPen(colours.grid_line, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(title, 5, 5)
        painter.setPen(colours.today_header_text if today else colours.text)
        top, bottom = self._halves(title)
        painter.drawText(top, ALIGN_CENTRE, texts.weekday_name(day))
        painter.setFont(self._bold())
        painter.drawText(bottom, ALIGN_CENTRE, texts.short_date(day))
        painter.setFont(self.font())

    def _paint_operator(
        self,
        painter: QPainter,
        rect: QRectF,
        operator_id: int,
        day: date,
        colours: look.CalendarColours,
    ) -> None:
        title = QRectF(rect.left() + 4, 3, rect.width() - 8, self._title_height() - 6)
        top, bottom = self._halves(title)
        name = self._content.operators.get(operator_id, "")
        painter.setPen(colours.text)
        painter.setFont(self._bold())
        painter.drawText(top, ALIGN_CENTRE, self._elided(name, top.width(), bold=True))
        painter.setFont(self.font())
        load = self._content.loads.get((operator_id, day))
        painter.setPen(colours.secondary_text)
        painter.drawText(
            bottom, ALIGN_CENTRE, self._elided(texts.day_load_text(load), bottom.width())
        )

    def _paint_loads(
        self, painter: QPainter, index: int, day: date, colours: look.CalendarColours
    ) -> None:
        """Each operator's bar from the column's leading edge, the hours at its other end."""
        if not self._content.show_load:
            return
        alignment = Mirror.of(self).align(ALIGN_RIGHT)
        for row, operator_id in enumerate(self._content.operators):
            load = self._content.loads.get((operator_id, day))
            minutes = load.minutes if load is not None else 0
            bar, text = self.load_line_rects(index, row, load)
            over = minutes > max(self._content.open_minutes, 1)
            painter.fillRect(bar, colours.overload_bar if over else colours.load_bar)
            painter.setPen(colours.text if minutes else colours.secondary_text)
            painter.drawText(text, alignment, texts.hours_text(minutes) if minutes else "–")

    def _paint_load_names(self, painter: QPainter, colours: look.CalendarColours) -> None:
        """The operators' names in the ruler's place, each close to its first bar."""
        if not self._content.show_load:
            return
        mirror = Mirror.of(self)
        alignment = mirror.align(ALIGN_RIGHT)
        width = self._names_width() - 6
        top = self._title_height() + 2
        painter.setPen(colours.secondary_text)
        for name in self._content.operators.values():
            line = mirror.rect(QRectF(2, top, width, self._line() - 2))
            painter.drawText(line, alignment, self._elided(name, width))
            top += self._line()

    def _halves(self, rect: QRectF) -> tuple[QRectF, QRectF]:
        half = rect.height() / 2
        return (
            QRectF(rect.left(), rect.top(), rect.width(), half),
            QRectF(rect.left(), rect.top() + half, rect.width(), half),
        )

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _elided(self, text: str, width: float, *, bold: bool = False) -> str:
        metrics = QFontMetrics(self._bold()) if bold else self.fontMetrics()
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))

    # -- mouse -------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index, column in enumerate(self._grid.columns):
            if column.operator_id is None and self.column_rect(index).contains(event.position()):
                self.day_clicked.emit(column.day)
                return
        super().mousePressEvent(event)
