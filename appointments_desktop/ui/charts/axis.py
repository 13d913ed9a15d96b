"""The value axis of the line chart: from 0 to a round top, with ticks in round steps.

Pure arithmetic, no Qt. The tick values are numbers; the chart's caller turns them into
text with its own (babel) formatter.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

NICE_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)
WHOLE_STEPS = (1.0, 2.0, 5.0, 10.0)
"""Steps for counts: 2.5 is left out, and no step is below 1."""
MAX_INTERVALS = 4


@dataclass(frozen=True)
class Axis:
    """The value axis: 0 at the bottom, ``top`` at the top, a grid line at each tick."""

    top: float
    ticks: tuple[float, ...]


def nice_step(raw: float, *, whole: bool = False) -> float:
    """The smallest 1, 2, 2.5 or 5 times a power of ten that is at least ``raw`` (> 0).

    ``whole``: a whole number from 1, 2, 5 times a power of ten, for counts.
    """
    steps = WHOLE_STEPS if whole else NICE_STEPS
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(step * power for step in steps if step * power >= raw * (1 - 1e-9))
    return max(step, 1.0) if whole else step


def value_axis(
    values: Sequence[float | None], intervals: int, fixed_top: float | None, whole: bool = False
) -> Axis:
    """Ticks from 0 in nice steps (whole numbers if ``whole``), at most ``intervals``.

    The top is ``fixed_top`` when given (e.g. 1.0 for rates), else the largest value
    rounded up to a whole step; with no positive value the axis runs to 1 (or one step).
    """
    fixed = fixed_top if fixed_top is not None and fixed_top > 0 else None
    largest = max((v for v in values if v is not None and v > 0), default=0.0)
    wanted = fixed or largest or 1.0
    step = nice_step(wanted / max(1, intervals), whole=whole)
    top = fixed or step * math.ceil(wanted / step - 1e-9)
    count = math.floor(top / step + 1e-9)
    return Axis(top, tuple(round(step * i, 12) for i in range(count + 1)))


def intervals_for(plot_height: float, line_height: float) -> int:
    """How many axis intervals fit with two lines of text between grid lines (1..4)."""
    return max(1, min(MAX_INTERVALS, int(plot_height // (2 * line_height))))
