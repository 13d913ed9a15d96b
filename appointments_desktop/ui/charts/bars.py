"""A bar chart: horizontal rows ("most popular types") or vertical columns ("per weekday").

Each bar's value text, already formatted by the caller, is written at the bar's end (after
it, or on top of a column); one bar can be highlighted, e.g. today. Columns are labelled
with the longest form of the labels that fits whole (see :attr:`Bar.short_labels`). Right
to left the chart is mirrored: bars grow from the right, the first column is the rightmost.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from appointments_desktop.ui.calendar.mirror import Mirror
from appointments_desktop.ui.charts.bar_layout import (
    BarGeometry,
    TextSizes,
    fitting_form,
    hit_index,
    horizontal_layout,
    mirrored,
    vertical_layout,
)
from appointments_desktop.ui.charts.base import ChartWidget
from appointments_desktop.ui.charts.data import Bar
from appointments_desktop.ui.charts.painting import (
    CENTRED,
    LEFT_MIDDLE,
    ChartColours,
    draw_text,
    text_widths,
)


class BarChart(ChartWidget):
    """Bars from the palette's Highlight colour, labelled and with their values written on.

    The highlighted bar (if any) is drawn in another colour and its words in bold, so it
    is found without telling colours apart.
    """

    def __init__(
        self,
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
        parent: QWidget | None = None,
        *,
        highlighted: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._orientation = orientation
        self._bars: tuple[Bar, ...] = ()
        self._highlighted = highlighted
        self._refresh()

    def orientation(self) -> Qt.Orientation:
        """Horizontal rows or vertical columns, fixed at construction."""
        return self._orientation

    def set_data(self, bars: Sequence[Bar]) -> None:
        """Show ``bars`` in order (top to bottom, or left to right)."""
        self._bars = tuple(bars)
        self._refresh()

    def items(self) -> Sequence[Bar]:
        return self._bars

    def highlighted(self) -> int | None:
        """The index of the highlighted bar, or None."""
        return self._highlighted

    def set_highlighted(self, index: int | None) -> None:
        """Highlight the bar at ``index`` (None: none)."""
        self._highlighted = index
        self.update()

    def chart_layout(self) -> list[BarGeometry]:
        """Where each bar and its texts go at the widget's current size, font and layout
        direction (what is painted and what the mouse finds)."""
        metrics = self.font_metrics()
        sizes = TextSizes(
            line_height=metrics.height(),
            gap=metrics.averageCharWidth(),
            label_widths=self._widths(self.label_texts()),
            value_widths=self._widths([bar.text for bar in self._bars]),
        )
        values = [bar.value for bar in self._bars]
        area = self.content_rect()
        if self._orientation == Qt.Orientation.Horizontal:
            layout = horizontal_layout(area, values, sizes)
        else:
            layout = vertical_layout(area, values, sizes)
        return mirrored(layout, self._mirror())

    def label_texts(self) -> list[str]:
        """The labels as written: in a column chart, the first form that fits whole."""
        if self._orientation == Qt.Orientation.Horizontal or not self._bars:
            return [bar.label for bar in self._bars]
        count = 1 + max(len(bar.short_labels) for bar in self._bars)
        forms = [[bar.label_form(number) for bar in self._bars] for number in range(count)]
        chosen = fitting_form(self.content_rect(), [self._widths(form) for form in forms])
        return forms[chosen]

    def _mirror(self) -> Mirror:
        return Mirror.across(self.content_rect(), self.isRightToLeft())

    def _widths(self, texts: list[str]) -> tuple[float, ...]:
        """Each text's width, in bold for the highlighted bar (as it is painted)."""
        widths = list(text_widths(self.font_metrics(), texts))
        if self._highlighted is not None and 0 <= self._highlighted < len(texts):
            bold = QFontMetricsF(self._font(bold=True))
            widths[self._highlighted] = bold.horizontalAdvance(texts[self._highlighted])
        return tuple(widths)

    def _font(self, *, bold: bool) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        return font

    def index_at(self, position: QPointF) -> int | None:
        return hit_index(self.chart_layout(), position)

    def sizeHint(self) -> QSize:
        line = self.font_metrics().height()
        if self._orientation == Qt.Orientation.Horizontal:
            rows = max(3, len(self._bars))
            return QSize(300, round(rows * line * 1.8 + 12))
        return QSize(300, round(line * 9))

    def minimumSizeHint(self) -> QSize:
        metrics = self.font_metrics()
        return QSize(round(metrics.averageCharWidth() * 16), round(metrics.height() * 4 + 12))

    def _paint_chart(self, painter: QPainter, colours: ChartColours) -> None:
        geometries = self.chart_layout()
        self._paint_base_line(painter, geometries, colours.grid)
        painter.setPen(colours.text)
        labels = self.label_texts()
        for index, geometry in enumerate(geometries):
            special = index == self._highlighted
            painter.fillRect(geometry.bar, colours.highlighted if special else colours.bar)
            self._paint_texts(painter, index, geometry, labels[index])

    def _paint_base_line(
        self, painter: QPainter, geometries: list[BarGeometry], colour: QColor
    ) -> None:
        """The line the bars grow from: at the rows' left (right to left: right), or
        under the columns."""
        first, last = geometries[0].bar, geometries[-1].bar
        painter.setPen(colour)
        if self._orientation == Qt.Orientation.Horizontal:
            mirror = self._mirror()
            x = mirror.x(mirror.rect(first).left() - 0.5)
            painter.drawLine(QPointF(x, first.top()), QPointF(x, last.bottom()))
        else:
            y = first.bottom() + 0.5
            span = first.united(last)
            painter.drawLine(QPointF(span.left(), y), QPointF(span.right(), y))

    def _paint_texts(
        self, painter: QPainter, index: int, geometry: BarGeometry, label: str
    ) -> None:
        painter.setFont(self._font(bold=index == self._highlighted))
        horizontal = self._orientation == Qt.Orientation.Horizontal
        alignment = self._mirror().align(LEFT_MIDDLE) if horizontal else CENTRED
        draw_text(painter, geometry.label, label, alignment)
        draw_text(painter, geometry.value, self._bars[index].text, alignment)
        painter.setFont(self.font())
