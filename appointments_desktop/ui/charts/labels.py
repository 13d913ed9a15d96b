"""Which labels under a row of points or columns fit, and where: pure arithmetic.

Labels are centred under their places and kept inside the bounds; when they would
overlap, only every n-th is shown (counting back from the last, which is always shown),
with the smallest n that leaves a gap between all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise


def label_box(x: float, width: float, bounds: tuple[float, float]) -> tuple[float, float]:
    """A label of ``width`` centred on ``x``, shifted (and cut) to stay within ``bounds``."""
    low, high = bounds
    width = min(width, high - low)
    left = min(max(x - width / 2, low), high - width)
    return left, left + width


def every(count: int, step: int) -> list[int]:
    """Every ``step``-th index of ``count``, counted back from the last one (always shown)."""
    return list(range((count - 1) % step, count, step)) if count else []


def shown_labels(
    xs: Sequence[float], widths: Sequence[float], bounds: tuple[float, float], gap: float
) -> list[int]:
    """Every n-th label, back from the last, with the smallest n whose boxes do not overlap.

    Regular steps keep the shown labels evenly spaced; the last (the latest) is always
    among them. With room for none but one, only the last is shown.
    """
    for step in range(1, len(xs)):
        indices = every(len(xs), step)
        boxes = [label_box(xs[i], widths[i], bounds) for i in indices]
        if all(a[1] + gap <= b[0] for a, b in pairwise(boxes)):
            return indices
    return every(len(xs), max(1, len(xs)))
