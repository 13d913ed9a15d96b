"""Where the line chart's points go: pure arithmetic, no painting.

Tests call these directly. Positions are spread evenly across the plot; a missing value
(None) has no position and breaks the line.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF


def point_xs(left: float, right: float, count: int) -> list[float]:
    """``count`` positions spread evenly from ``left`` to ``right`` (one: the middle)."""
    if count == 1:
        return [(left + right) / 2]
    step = (right - left) / (count - 1) if count else 0.0
    return [left + i * step for i in range(count)]


def y_for(value: float, plot: QRectF, top: float) -> float:
    """The height of ``value`` in ``plot``, clamped to it."""
    part = min(1.0, max(0.0, value / top)) if top > 0 else 0.0
    return plot.bottom() - part * plot.height()


def point_positions(
    plot: QRectF, values: Sequence[float | None], top: float
) -> list[QPointF | None]:
    """Each value's place in ``plot``; None for a value that is None."""
    xs = point_xs(plot.left(), plot.right(), len(values))
    return [
        None if value is None else QPointF(x, y_for(value, plot, top))
        for x, value in zip(xs, values, strict=True)
    ]


def runs(positions: Sequence[QPointF | None]) -> list[list[QPointF]]:
    """The unbroken stretches of the line: a None ends one, so no segment crosses a gap."""
    result: list[list[QPointF]] = [[]]
    for position in positions:
        if position is None:
            if result[-1]:
                result.append([])
        else:
            result[-1].append(position)
    return [run for run in result if run]


def nearest_index(xs: Sequence[float], x: float, reach: float) -> int | None:
    """The index of the position nearest ``x`` if it is within ``reach``, else None."""
    if not xs:
        return None
    index = min(range(len(xs)), key=lambda i: abs(xs[i] - x))
    return index if abs(xs[index] - x) <= reach else None
