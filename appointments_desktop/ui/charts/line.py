"""A line chart over weeks (or any steps): one value per step, a gap where there is none.

The caller formats everything shown: each point's text, and the axis ticks through the
formatter it passes (babel, the active locale). The last point with a value has its text
written beside it. Right to left the chart is mirrored: time runs from the right, the value
axis stands at the right.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from appointments_desktop.i18n import format_number
from appointments_desktop.ui.calendar.mirror import Mirror
from appointments_desktop.ui.charts.base import ChartWidget
from appointments_desktop.ui.charts.data import Point
from appointments_desktop.ui.charts.line_layout import (
    DOT_RADIUS,
    LineLayout,
    LineOptions,
    line_layout,
)
from appointments_desktop.ui.charts.line_math import nearest_index, runs
from appointments_desktop.ui.charts.painting import (
    CENTRED,
    RIGHT_MIDDLE,
    ChartColours,
    draw_text,
)

LINE_WIDTH = 2.0
FILL_ALPHA = 0.14
"""How strongly the area under the line is tinted with the line's colour."""
MIN_DOT_SPACING = 3 * DOT_RADIUS
"""Every point gets a dot when points are at least this far apart; else only lone ones."""


class LineChart(ChartWidget):
    """A line in the palette's Highlight colour over a 0-based value axis with grid lines.

    Promises: no segment crosses a missing value; x labels never overlap (some are left
    out when narrow, evenly); the axis runs from 0 to ``y_maximum`` when one is given.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        y_maximum: float | None = None,
        axis_format: Callable[[float], str] | None = None,
        whole_steps: bool = False,
    ) -> None:
        super().__init__(parent)
        self._points: tuple[Point, ...] = ()
        self._y_maximum = y_maximum
        self._axis_format = axis_format or format_number
        self._whole_steps = whole_steps
        self._refresh()

    def set_data(self, points: Sequence[Point]) -> None:
        """Show ``points`` from left to right; a point whose value is None is a gap."""
        self._points = tuple(points)
        self._refresh()

    def items(self) -> Sequence[Point]:
        return self._points

    def set_y_maximum(self, maximum: float | None) -> None:
        """Fix the top of the axis (e.g. 1.0 for rates); None: fit the data."""
        self._y_maximum = maximum
        self.update()

    def set_axis_format(self, axis_format: Callable[[float], str]) -> None:
        """Turn tick values into text with ``axis_format`` (a babel formatter)."""
        self._axis_format = axis_format
        self.update()

    def chart_layout(self) -> LineLayout:
        """Where everything goes at the widget's current size, font and layout direction
        (what is painted and what the mouse finds)."""
        metrics = self.font_metrics()
        options = LineOptions(
            line_height=metrics.height(),
            gap=metrics.averageCharWidth(),
            width_of=metrics.horizontalAdvance,
            axis_format=self._axis_format,
            fixed_top=self._y_maximum,
            whole_steps=self._whole_steps,
        )
        area = self.content_rect()
        layout = line_layout(area, self._points, options)
        return layout.mirrored(Mirror.across(area, self.isRightToLeft()))

    def index_at(self, position: QPointF) -> int | None:
        if not self._points or not self.content_rect().contains(position):
            return None
        xs = self.chart_layout().xs
        spacing = abs(xs[-1] - xs[0]) / (len(xs) - 1) if len(xs) > 1 else self.width()
        return nearest_index(xs, position.x(), max(spacing / 2, 2 * DOT_RADIUS))

    def sizeHint(self) -> QSize:
        return QSize(300, round(self.font_metrics().height() * 10))

    def minimumSizeHint(self) -> QSize:
        metrics = self.font_metrics()
        return QSize(round(metrics.averageCharWidth() * 16), round(metrics.height() * 5))

    def _paint_chart(self, painter: QPainter, colours: ChartColours) -> None:
        layout = self.chart_layout()
        self._paint_grid(painter, layout, colours)
        self._paint_line(painter, layout, colours.bar)
        self._paint_dots(painter, layout, colours)
        painter.setPen(colours.text)
        for index, box in layout.labels:
            draw_text(painter, box, self._points[index].label, CENTRED)
        if layout.value is not None:
            draw_text(painter, layout.value_box, self._points[layout.value].text, CENTRED)

    def _paint_grid(self, painter: QPainter, layout: LineLayout, colours: ChartColours) -> None:
        painter.setPen(QPen(colours.grid, 1.0))
        left, right = layout.plot.left() - DOT_RADIUS, layout.plot.right() + DOT_RADIUS
        for y in layout.grid_ys:
            painter.drawLine(QPointF(left, round(y) + 0.5), QPointF(right, round(y) + 0.5))
        painter.setPen(colours.muted)
        alignment = Mirror.across(layout.plot, self.isRightToLeft()).align(RIGHT_MIDDLE)
        for text, box in layout.ticks:
            draw_text(painter, box, text, alignment)

    def _paint_line(self, painter: QPainter, layout: LineLayout, colour: QColor) -> None:
        tint = QColor(colour)
        tint.setAlphaF(FILL_ALPHA)
        for run in runs(layout.positions):
            if len(run) < 2:
                continue
            path = QPainterPath(run[0])
            for point in run[1:]:
                path.lineTo(point)
            area = QPainterPath(path)
            area.lineTo(run[-1].x(), layout.plot.bottom())
            area.lineTo(run[0].x(), layout.plot.bottom())
            painter.fillPath(area, tint)
            painter.strokePath(path, QPen(colour, LINE_WIDTH))

    def _paint_dots(self, painter: QPainter, layout: LineLayout, colours: ChartColours) -> None:
        spaced = len(layout.xs) < 2 or abs(layout.xs[1] - layout.xs[0]) >= MIN_DOT_SPACING
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colours.bar))
        for index, position in enumerate(layout.positions):
            if position is not None and (spaced or _alone(layout.positions, index)):
                painter.drawEllipse(position, DOT_RADIUS, DOT_RADIUS)
        if layout.value is not None:
            painter.setPen(QPen(colours.background, 1.5))
            last = layout.positions[layout.value]
            painter.drawEllipse(last, DOT_RADIUS + 1, DOT_RADIUS + 1)


def _alone(positions: Sequence[QPointF | None], index: int) -> bool:
    """Whether the point at ``index`` has no neighbour with a value (it has no segment)."""
    before = index > 0 and positions[index - 1] is not None
    after = index + 1 < len(positions) and positions[index + 1] is not None
    return not (before or after)
