"""What every chart widget does the same way: background, empty message, tooltips, summary.

A subclass keeps its items, lays them out from its size and font, paints them and says
which item is under a point; this class turns that into tooltips and an accessible
description, and shows the empty message when there is nothing to draw.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from appointments_desktop.i18n import _
from appointments_desktop.ui.charts.data import Bar, Point, describe, tooltip_for
from appointments_desktop.ui.charts.painting import ChartColours, chart_colours, paint_empty

PADDING = 6.0
"""Room kept free around the chart inside the widget."""


class ChartWidget(QWidget):
    """A chart painted from the palette and font, with tooltips and a spoken summary.

    Promises: the accessible description always lists every item ("label: text, ...") or
    is the empty message; hovering an item shows its tooltip; nothing is painted outside
    the widget at any size.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = _("No data")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_empty_text(self, text: str) -> None:
        """Show ``text`` (already translated) when the chart has no items."""
        self._empty_text = text
        self._refresh()

    def empty_text(self) -> str:
        """The message shown when the chart has no items."""
        return self._empty_text

    def index_at(self, position: QPointF) -> int | None:
        """The item under ``position`` (widget coordinates), or None."""
        raise NotImplementedError

    def content_rect(self) -> QRectF:
        """The widget's rectangle less the padding: everything is drawn inside it."""
        return QRectF(self.rect()).adjusted(PADDING, PADDING, -PADDING, -PADDING)

    def font_metrics(self) -> QFontMetricsF:
        """Metrics of the widget's font, which every layout uses."""
        return QFontMetricsF(self.font())

    def items(self) -> Sequence[Bar | Point]:
        """The items shown, in order."""
        raise NotImplementedError

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setLayoutDirection(self.layoutDirection())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        colours = chart_colours(self.palette())
        painter.fillRect(self.rect(), colours.background)
        if self.items():
            self._paint_chart(painter, colours)
        else:
            paint_empty(painter, self.content_rect(), self._empty_text, colours.muted)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.update()
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        index = self.index_at(QPointF(event.pos()))
        if index is None:
            QToolTip.hideText()
            event.ignore()
            return
        QToolTip.showText(event.globalPos(), tooltip_for(self.items()[index]), self)

    def _paint_chart(self, painter: QPainter, colours: ChartColours) -> None:
        raise NotImplementedError

    def _refresh(self) -> None:
        """After any change: new description, new size hint, repaint."""
        items = self.items()
        self.setAccessibleDescription(describe(items) if items else self._empty_text)
        self.updateGeometry()
        self.update()
