"""Colours and text drawing shared by the charts.

Every colour comes from the widget's palette, so a dark palette gives a dark chart with
readable text; every text is elided to the room it has, so nothing is drawn past its box.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette

from appointments_desktop.ui.calendar.look import mix

ELLIPSIS = "…"
CENTRED = Qt.AlignmentFlag.AlignCenter
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class ChartColours:
    """The colours of one chart, all derived from a palette."""

    background: QColor
    bar: QColor
    highlighted: QColor
    grid: QColor
    text: QColor
    muted: QColor


def chart_colours(palette: QPalette) -> ChartColours:
    """Base behind, Highlight for bars and lines, Text for words, a faint Text for the grid.

    The highlighted bar is Highlight moved towards Text: darker on a light palette,
    lighter on a dark one, so it stands out in both.
    """
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    bar = palette.color(QPalette.ColorRole.Highlight)
    return ChartColours(
        background=base,
        bar=bar,
        highlighted=mix(bar, text, 0.5),
        grid=mix(base, text, 0.18),
        text=text,
        muted=mix(text, base, 0.3),
    )


def fitted(metrics: QFontMetricsF, text: str, width: float) -> str:
    """``text`` elided to ``width``; empty when not even one character would be left.

    Half a pixel of rounding is forgiven, so a box measured for the text keeps it whole.
    """
    if metrics.horizontalAdvance(text) <= width + 0.5:
        return text
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))
    return "" if shown in ("", ELLIPSIS) else shown


def draw_text(painter: QPainter, rect: QRectF, text: str, alignment: Qt.AlignmentFlag) -> None:
    """One line of ``text`` in ``rect`` with the painter's pen, elided to fit; never outside."""
    if rect.width() <= 0 or rect.height() <= 0:
        return
    shown = fitted(QFontMetricsF(painter.font()), text, rect.width())
    if shown:
        painter.drawText(rect, int(alignment), shown)


def paint_empty(painter: QPainter, rect: QRectF, text: str, colour: QColor) -> None:
    """``text`` centred in ``rect``: wrapped when it fits that way, else one elided line."""
    painter.setPen(colour)
    flags = int(CENTRED | Qt.TextFlag.TextWordWrap)
    needed = painter.boundingRect(rect, flags, text)
    if needed.height() <= rect.height() and needed.width() <= rect.width():
        painter.drawText(rect, flags, text)
    else:
        draw_text(painter, rect, text, CENTRED)


def text_widths(metrics: QFontMetricsF, texts: list[str]) -> tuple[float, ...]:
    """The advance width of each text."""
    return tuple(metrics.horizontalAdvance(text) for text in texts)
