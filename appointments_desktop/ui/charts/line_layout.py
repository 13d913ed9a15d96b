"""The line chart's whole layout: plot, axis ticks, points, x labels, the last value's box.

Pure functions on numbers and rectangles, no painting, so tests call them directly (the
smaller pieces are in :mod:`.line_math`, :mod:`.labels` and :mod:`.axis`). The line chart
paints exactly what :func:`line_layout` returns; every box and point lies inside the area
it was given. The layout runs left to right; right to left the chart mirrors it with
:meth:`LineLayout.mirrored` (the first week at the right, the value axis at the right).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from appointments_desktop.ui.calendar.mirror import Mirror
from appointments_desktop.ui.charts.axis import Axis, intervals_for, value_axis
from appointments_desktop.ui.charts.data import Point
from appointments_desktop.ui.charts.labels import label_box, shown_labels
from appointments_desktop.ui.charts.line_math import point_positions, point_xs, y_for

DOT_RADIUS = 3.0
"""Points are dots of this radius; the plot keeps this much room at its sides."""
TEXT_LINES_NEEDED = 4
"""Below this many text lines of height, the chart draws the line alone, without words."""
AXIS_SHARE = 0.4
"""The axis labels take at most this part of the width."""
EDGE_LABEL_SHARE = 0.2
"""At most this part of the width is kept free at each end for half an x label."""


@dataclass(frozen=True)
class LineOptions:
    """How the caller wants the chart measured and its axis labelled."""

    line_height: float
    gap: float
    width_of: Callable[[str], float]
    axis_format: Callable[[float], str]
    fixed_top: float | None = None
    whole_steps: bool = False


@dataclass(frozen=True)
class LineLayout:
    """Everything the line chart paints, placed; text boxes are empty when there is no room.

    ``ticks`` pairs each tick's text with its box; ``labels`` pairs each shown x label's
    index with its box; ``value`` is the index of the point whose value text is written
    (the last one with a value) and ``value_box`` where.
    """

    plot: QRectF
    axis: Axis
    grid_ys: tuple[float, ...]
    ticks: tuple[tuple[str, QRectF], ...]
    xs: tuple[float, ...]
    positions: tuple[QPointF | None, ...]
    labels: tuple[tuple[int, QRectF], ...]
    value: int | None
    value_box: QRectF

    def mirrored(self, mirror: Mirror) -> LineLayout:
        """The same layout as ``mirror`` places it (unchanged when it is not active)."""
        if not mirror.active:
            return self
        return LineLayout(
            mirror.rect(self.plot),
            self.axis,
            self.grid_ys,
            tuple((text, mirror.rect(box)) for text, box in self.ticks),
            tuple(mirror.x(x) for x in self.xs),
            tuple(None if p is None else mirror.point(p) for p in self.positions),
            tuple((index, mirror.rect(box)) for index, box in self.labels),
            self.value,
            mirror.rect(self.value_box),
        )


def _plot_height(area: QRectF, options: LineOptions, with_text: bool) -> tuple[float, float]:
    """The plot's top and bottom: one line kept above for the value, one below for labels."""
    if not with_text:
        return area.top() + DOT_RADIUS, area.bottom() - DOT_RADIUS
    return area.top() + options.line_height, area.bottom() - options.line_height - options.gap / 2


def _plot_sides(
    area: QRectF, points: Sequence[Point], axis: Axis, options: LineOptions, with_text: bool
) -> tuple[float, float]:
    """The plot's left and right: room for the tick labels on the left, and at both ends
    for half the first and last x labels, so those can sit centred under their points."""
    if not with_text:
        return area.left() + DOT_RADIUS, area.right() - DOT_RADIUS
    widest = max(options.width_of(options.axis_format(tick)) for tick in axis.ticks)
    axis_width = widest + options.gap if widest + options.gap <= area.width() * AXIS_SHARE else 0
    most = area.width() * EDGE_LABEL_SHARE
    first = min(options.width_of(points[0].label) / 2, most)
    last = min(options.width_of(points[-1].label) / 2, most)
    return (
        area.left() + max(axis_width + DOT_RADIUS, first),
        area.right() - max(DOT_RADIUS, last),
    )


def _tick_boxes(
    axis: Axis, plot: QRectF, left: float, options: LineOptions
) -> tuple[tuple[str, QRectF], ...]:
    """Right-aligned beside the plot, centred on their grid lines but never reaching down
    into the x labels' row (the lowest tick sits just above its line instead).

    None at all when one would not fit whole: a cut number would read as another one.
    """
    texts = [options.axis_format(tick) for tick in axis.ticks]
    width = plot.left() - DOT_RADIUS - left - options.gap
    if max(options.width_of(text) for text in texts) > width + 0.5:
        return ()
    height = options.line_height
    lowest_top = _labels_top(plot, options) - height
    return tuple(
        (
            text,
            QRectF(left, min(y_for(tick, plot, axis.top) - height / 2, lowest_top), width, height),
        )
        for text, tick in zip(texts, axis.ticks, strict=True)
    )


def _labels_top(plot: QRectF, options: LineOptions) -> float:
    """The top of the x labels' row, just under the plot."""
    return plot.bottom() + options.gap / 2


def _value_box(layout_area: QRectF, point: QPointF, width: float, options: LineOptions) -> QRectF:
    """Above the point (below it when there is no room above), kept inside the area;
    empty when the text is wider than the area."""
    height = options.line_height
    if width > layout_area.width():
        return QRectF()
    left, right = label_box(point.x(), width, (layout_area.left(), layout_area.right()))
    top = point.y() - DOT_RADIUS - height
    if top < layout_area.top():
        top = point.y() + DOT_RADIUS
    top = min(max(top, layout_area.top()), layout_area.bottom() - height)
    return QRectF(left, top, right - left, height)


def _x_labels(
    area: QRectF, points: Sequence[Point], xs: Sequence[float], plot: QRectF, options: LineOptions
) -> tuple[tuple[int, QRectF], ...]:
    """The labels that fit under their points, anywhere across the area's width."""
    bounds = (area.left(), area.right())
    widths = [options.width_of(point.label) for point in points]
    top = _labels_top(plot, options)
    boxes = []
    for index in shown_labels(xs, widths, bounds, options.gap):
        left, right = label_box(xs[index], widths[index], bounds)
        boxes.append((index, QRectF(left, top, right - left, options.line_height)))
    return tuple(boxes)


def line_layout(area: QRectF, points: Sequence[Point], options: LineOptions) -> LineLayout:
    """Place the axis, the points, the x labels that fit and the last value's text."""
    with_text = area.height() >= TEXT_LINES_NEEDED * options.line_height
    top, bottom = _plot_height(area, options, with_text)
    values = [point.value for point in points]
    axis = value_axis(
        values,
        intervals_for(bottom - top, options.line_height),
        options.fixed_top,
        options.whole_steps,
    )
    left, right = _plot_sides(area, points, axis, options, with_text)
    plot = QRectF(left, top, max(0.0, right - left), max(0.0, bottom - top))
    positions = tuple(point_positions(plot, values, axis.top))
    xs = tuple(point_xs(plot.left(), plot.right(), len(points)))
    grid_ys = tuple(y_for(tick, plot, axis.top) for tick in axis.ticks)
    last = max((i for i, p in enumerate(positions) if p is not None), default=None)
    if not with_text:
        return LineLayout(plot, axis, grid_ys, (), xs, positions, (), last, QRectF())
    ticks = _tick_boxes(axis, plot, area.left(), options)
    labels = _x_labels(area, points, xs, plot, options)
    value_box = QRectF()
    if last is not None:
        width = options.width_of(points[last].text)
        value_box = _value_box(area, positions[last], width, options)
    return LineLayout(plot, axis, grid_ys, ticks, xs, positions, labels, last, value_box)
