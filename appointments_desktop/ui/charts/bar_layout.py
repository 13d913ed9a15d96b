"""Where each bar, its label and its value text go: pure arithmetic on rectangles.

No painting and no widget, so tests call these directly. The bar chart asks for a layout
with its content rectangle and measured text sizes and paints exactly what it gets back;
every rectangle returned lies inside the given area. Layouts run left to right; right to
left the chart mirrors them with :func:`mirrored` (bars growing from the right, labels at
the right, the first column at the right) and finds its bars in the mirrored places.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from appointments_desktop.ui.calendar.mirror import Mirror
from appointments_desktop.ui.charts.labels import label_box, shown_labels

ROW_LINES = 1.8
"""A horizontal bar's row is at most this many text lines tall."""
BAR_SHARE = 0.7
"""The part of its row (or column slot) a bar fills."""
LABEL_SHARE = 0.6
"""Horizontal labels take what they need up to this part of the width, if the bars keep
their share (see :data:`MIN_BAR_SHARE`)."""
VALUE_SHARE = 0.25
"""Horizontal value texts take at most this part of the width."""
MIN_BAR_SHARE = 0.3
"""Horizontal bars keep at least this part of the width, so their lengths still compare:
long labels are elided first."""
MAX_COLUMN_LINES = 3.0
"""A vertical column is at most this many text lines wide."""
COLUMN_LABEL_GAP = 1.0
"""The least room between two labels under columns; short labels like "Mon" sit close."""


@dataclass(frozen=True)
class TextSizes:
    """The measured text the layout must make room for."""

    line_height: float
    gap: float
    label_widths: tuple[float, ...]
    value_widths: tuple[float, ...]


@dataclass(frozen=True)
class BarGeometry:
    """One bar's places; ``label`` and ``value`` are empty when there is no room for text."""

    slot: QRectF
    bar: QRectF
    label: QRectF
    value: QRectF


def fraction(value: float, top: float) -> float:
    """``value`` as a part (0..1) of ``top``; negative values count as zero."""
    return 0.0 if top <= 0 else min(1.0, max(0.0, value / top))


def scale_top(values: Sequence[float]) -> float:
    """The value of a full-length bar: the largest value, or 1 when none is positive."""
    return max((v for v in values if v > 0), default=1.0)


def _length(value: float, top: float, room: float) -> float:
    """A bar's length; any positive value gets at least two pixels so it is seen."""
    length = fraction(value, top) * room
    return max(length, min(2.0, room)) if value > 0 else 0.0


def _with_gap(width: float, gap: float) -> float:
    """``width`` and a gap after it, or nothing when there is nothing to leave room for."""
    return width + gap if width > 0 else 0.0


def _whole_or_none(widths: Sequence[float], room: float) -> float:
    """The widest text's width if every text fits ``room`` whole, else 0 (none shown).

    Values are never elided: a cut number would read as another number.
    """
    widest = max(widths, default=0.0)
    return widest if widest <= room + 0.5 else 0.0


def label_room(width: float, sizes: TextSizes, value_width: float) -> float:
    """How wide horizontal labels may be in a chart ``width`` wide: what the widest needs,
    up to ``LABEL_SHARE`` of the width and leaving the bars ``MIN_BAR_SHARE`` of it after
    the values (``value_width``) and the gaps."""
    widest = max(sizes.label_widths, default=0.0)
    after_bars = width * (1 - MIN_BAR_SHARE) - _with_gap(value_width, sizes.gap) - sizes.gap
    return max(0.0, min(widest, width * LABEL_SHARE, after_bars))


def horizontal_layout(area: QRectF, values: Sequence[float], sizes: TextSizes) -> list[BarGeometry]:
    """Rows from the top: label on the left, bar to its right, value at the bar's end.

    Rows share the height but are never taller than ``ROW_LINES`` lines; when a row is
    lower than a line of text, only the bars are drawn. Labels get what they need up to
    :func:`label_room` and are elided beyond it; values are shown whole or not at all.
    """
    if not values or area.width() <= 0 or area.height() <= 0:
        return []
    row = min(area.height() / len(values), sizes.line_height * ROW_LINES)
    with_text = row >= sizes.line_height
    label_width, value_width = 0.0, 0.0
    if with_text:
        value_width = _whole_or_none(sizes.value_widths, area.width() * VALUE_SHARE)
        label_width = label_room(area.width(), sizes, value_width)
    bar_left = area.left() + _with_gap(label_width, sizes.gap)
    room = max(0.0, area.right() - bar_left - _with_gap(value_width, sizes.gap))
    thickness = max(1.0, row * BAR_SHARE)
    top = scale_top(values)
    result = []
    for index, value in enumerate(values):
        slot = QRectF(area.left(), area.top() + index * row, area.width(), row)
        length = _length(value, top, room)
        bar = QRectF(bar_left, slot.center().y() - thickness / 2, length, thickness)
        label = QRectF(area.left(), slot.top(), label_width, row)
        value_box = QRectF(bar.right() + sizes.gap / 2, slot.top(), value_width, row)
        value_box = value_box if value_width else QRectF()
        result.append(BarGeometry(slot, bar, label, value_box))
    return result


def vertical_layout(area: QRectF, values: Sequence[float], sizes: TextSizes) -> list[BarGeometry]:
    """Columns side by side: value on top of each, label under it, all sharing one base line.

    When the area is lower than four lines of text, only the columns are drawn. Values
    are shown only when every one fits its column's width whole; labels are shown whole,
    every n-th one when they do not all fit (see :func:`.labels.shown_labels`).
    """
    if not values or area.width() <= 0 or area.height() <= 0:
        return []
    line = sizes.line_height if area.height() >= 4 * sizes.line_height else 0.0
    slot_width = area.width() / len(values)
    value_line = line if _whole_or_none(sizes.value_widths, slot_width) else 0.0
    base = area.bottom() - _with_gap(line, sizes.gap)
    room = max(0.0, base - area.top() - value_line)
    width = max(1.0, min(slot_width * BAR_SHARE, sizes.line_height * MAX_COLUMN_LINES))
    top = scale_top(values)
    labels = _column_labels(area, values, sizes, line)
    result = []
    for index, value in enumerate(values):
        slot = QRectF(area.left() + index * slot_width, area.top(), slot_width, area.height())
        height = _length(value, top, room)
        bar = QRectF(slot.center().x() - width / 2, base - height, width, height)
        value_box = QRectF(slot.left(), bar.top() - value_line, slot_width, value_line)
        result.append(BarGeometry(slot, bar, labels.get(index, QRectF()), value_box))
    return result


def _column_centres(area: QRectF, count: int) -> list[float]:
    slot_width = area.width() / count
    return [area.left() + (index + 0.5) * slot_width for index in range(count)]


def fitting_form(area: QRectF, forms: Sequence[Sequence[float]]) -> int:
    """Which form of the column labels to show: the first (longest) whose labels all fit
    side by side under their columns in ``area``, else the last (narrowest).

    ``forms`` holds each form's label widths, one per column, longest form first (e.g.
    "Saturday", "Sat", "S"); with fewer than two forms, the first.
    """
    if len(forms) < 2 or not forms[0]:
        return 0
    centres = _column_centres(area, len(forms[0]))
    bounds = (area.left(), area.right())
    for number, widths in enumerate(forms):
        if len(shown_labels(centres, widths, bounds, COLUMN_LABEL_GAP)) == len(widths):
            return number
    return len(forms) - 1


def _column_labels(
    area: QRectF, values: Sequence[float], sizes: TextSizes, line: float
) -> dict[int, QRectF]:
    """The boxes of the labels shown under the columns, by index (none without a line)."""
    if not line:
        return {}
    centres = _column_centres(area, len(values))
    bounds = (area.left(), area.right())
    boxes = {}
    for index in shown_labels(centres, sizes.label_widths, bounds, COLUMN_LABEL_GAP):
        left, right = label_box(centres[index], sizes.label_widths[index], bounds)
        boxes[index] = QRectF(left, area.bottom() - line, right - left, line)
    return boxes


def mirrored(geometries: Sequence[BarGeometry], mirror: Mirror) -> list[BarGeometry]:
    """``geometries`` as ``mirror`` places them (unchanged when it is not active)."""
    return [
        BarGeometry(
            mirror.rect(g.slot), mirror.rect(g.bar), mirror.rect(g.label), mirror.rect(g.value)
        )
        for g in geometries
    ]


def hit_index(geometries: Sequence[BarGeometry], position: QPointF) -> int | None:
    """The bar whose row or column slot holds ``position``, or None."""
    for index, geometry in enumerate(geometries):
        if geometry.slot.contains(position):
            return index
    return None
