"""Small charts painted with QPainter for the statistics dock.

``BarChart(orientation, parent, highlighted=...)`` shows :class:`Bar` items as horizontal
rows or vertical columns; ``LineChart(parent, y_maximum=..., axis_format=...)`` shows
:class:`Point` items as a line with gaps. Both take their colours from the palette and
their sizes from the font, show ``set_empty_text`` when empty, show each item's tooltip
on hover and describe their data to screen readers. The layout arithmetic lives in
:mod:`.bar_layout`, :mod:`.line_layout`, :mod:`.line_math` and :mod:`.axis`.
"""

from __future__ import annotations

from appointments_desktop.ui.charts.bars import BarChart
from appointments_desktop.ui.charts.data import Bar, Point
from appointments_desktop.ui.charts.line import LineChart

__all__ = ["Bar", "BarChart", "LineChart", "Point"]
