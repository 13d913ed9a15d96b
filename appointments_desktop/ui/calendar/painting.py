"""Painting the time grid: the hours, the ruler, the blocks, the line for now, a drag preview.

Plain functions over a ``QPainter`` and a :class:`GridGeometry`; they keep no state and
change nothing but the painter's output, so the widget decides what to paint and when.
Right to left they paint the geometry's mirrored places, and inside each block the stripe
and the text from its right edge, following the painter's layout direction (see
:class:`~.mirror.Mirror`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen

from appointments_desktop.ui.calendar import look, texts
from appointments_desktop.ui.calendar.layout import Block, GridGeometry
from appointments_desktop.ui.calendar.mirror import Mirror

STRIPE = 4.0
PADDING = 3.0
BLOCK_FONT_SCALE = 0.92
MIN_SHOWN_CHARACTERS = 5
"""A line elided to fewer characters than this (ellipsis included) is not drawn."""
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RING_CONTRAST = 3.0
"""Below this contrast with the block's fill, the selection ring gets an inner line."""


def paint_background(
    painter: QPainter, geometry: GridGeometry, today: date, colours: look.CalendarColours
) -> None:
    """Columns in the background colour, closed hours shaded, today tinted (week views),
    hour lines."""
    band = geometry.band
    for index, column in enumerate(geometry.columns):
        rect = geometry.column_rect(index)
        painter.fillRect(rect, colours.background)
        _shade_closed_hours(painter, geometry, rect, column.day, colours.closed_shade)
        if column.day == today and column.operator_id is None:
            painter.fillRect(rect, look.TODAY_TINT)
    for hour in range(band.hours):
        top = hour * geometry.hour_height
        _hline(painter, geometry, top, colours.grid_line, Qt.PenStyle.SolidLine)
        _hline(
            painter,
            geometry,
            top + geometry.hour_height / 2,
            colours.half_hour_line,
            Qt.PenStyle.DotLine,
        )
    painter.setPen(QPen(colours.grid_line))
    for index in range(len(geometry.columns)):
        x = geometry.column_start(index)
        painter.drawLine(QPointF(x, 0), QPointF(x, geometry.size.height()))


def _shade_closed_hours(
    painter: QPainter, geometry: GridGeometry, rect: QRectF, day: date, shade: QColor
) -> None:
    opens = geometry.y_for(datetime.combine(day, geometry.band.opens), day)
    closes = geometry.y_for(datetime.combine(day, geometry.band.closes), day)
    if opens > 0:
        painter.fillRect(QRectF(rect.left(), 0, rect.width(), opens), shade)
    if closes < rect.height():
        below = QRectF(rect.left(), closes, rect.width(), rect.height() - closes)
        painter.fillRect(below, shade)


def _hline(
    painter: QPainter, geometry: GridGeometry, y: float, colour: QColor, style: Qt.PenStyle
) -> None:
    painter.setPen(QPen(colour, 1, style))
    columns = geometry.columns_rect()
    painter.drawLine(QPointF(columns.left(), y), QPointF(columns.right(), y))


def paint_ruler(painter: QPainter, geometry: GridGeometry, colours: look.CalendarColours) -> None:
    """The hour labels beside the columns (at the left, or the right), each just under its
    hour line and close to the columns."""
    painter.setPen(colours.secondary_text)
    metrics = painter.fontMetrics()
    mirror = geometry.mirror
    alignment = mirror.align(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    for hour in range(geometry.band.first_hour, geometry.band.last_hour):
        top = (hour - geometry.band.first_hour) * geometry.hour_height
        label = mirror.rect(QRectF(0, top + 1, geometry.ruler_width - 6, metrics.height()))
        painter.drawText(label, alignment, texts.hour_label(hour))


class BlockFonts:
    """The fonts of block text, made once per paint: plain and bold, each also struck."""

    def __init__(self, base: QFont) -> None:
        plain = QFont(base)
        if plain.pointSizeF() > 0:
            plain.setPointSizeF(plain.pointSizeF() * BLOCK_FONT_SCALE)
        self.line_height = QFontMetrics(plain).height()
        self._fonts: dict[tuple[bool, bool], tuple[QFont, QFontMetrics]] = {}
        for bold in (False, True):
            for struck in (False, True):
                font = QFont(plain)
                font.setBold(bold)
                font.setStrikeOut(struck)
                self._fonts[bold, struck] = (font, QFontMetrics(font))

    def get(self, *, bold: bool, struck: bool) -> tuple[QFont, QFontMetrics]:
        """The font and its metrics."""
        return self._fonts[bold, struck]


def paint_blocks(
    painter: QPainter,
    blocks: Iterable[Block],
    selected: int | None,
    dragged: int | None,
    colours: look.CalendarColours,
) -> None:
    """Every block in paint order; the dragged one faded, the selected one outlined."""
    original = QFont(painter.font())
    fonts = BlockFonts(original)
    for block in blocks:
        painter.setOpacity(0.35 if block.row.id == dragged else 1.0)
        outline = colours if block.row.id == selected else None
        paint_block(painter, block, fonts, outline=outline)
    painter.setOpacity(1.0)
    painter.setFont(original)


def paint_block(
    painter: QPainter, block: Block, fonts: BlockFonts, *, outline: look.CalendarColours | None
) -> None:
    """One block: fill, type stripe at its leading edge, status border (selected, given
    ``outline``: a 2 px ring instead), and as many lines of text as fit."""
    style = look.block_look(block.row.status, block.row.type_colour)
    rect = block.rect.adjusted(0.5, 0.5, -1.0, -1.0)
    inside = Mirror.painting(painter, rect)
    painter.fillRect(rect, style.fill)
    stripe = inside.rect(QRectF(rect.left(), rect.top(), STRIPE, rect.height()))
    painter.fillRect(stripe, style.stripe)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if outline is None:
        painter.setPen(QPen(style.border, 1, style.border_style))
        painter.drawRect(rect)
    else:
        _paint_ring(painter, rect, style.fill, outline)
    text_rect = inside.rect(rect.adjusted(STRIPE + PADDING, 1, -PADDING, -1))
    if text_rect.width() >= 12:
        _paint_text(painter, block, text_rect, style, fonts)


def _paint_ring(
    painter: QPainter, rect: QRectF, fill: QColor, colours: look.CalendarColours
) -> None:
    """The selection ring in the outline colour; where that would hardly show on ``fill``
    (light text colour on a light block, in a dark theme), lined inside with the
    background colour."""
    painter.setPen(QPen(colours.selected_outline, 2))
    painter.drawRect(rect)
    if look.contrast(colours.selected_outline, fill) < RING_CONTRAST:
        painter.setPen(QPen(colours.background, 1))
        painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))


def _paint_text(
    painter: QPainter, block: Block, rect: QRectF, style: look.BlockLook, fonts: BlockFonts
) -> None:
    """The lines that fit, elided; a line that would show next to nothing is left out, and
    the first line never shows a cut time (see :func:`shown_first_line`)."""
    height = fonts.line_height
    lines, time_text = _lines_that_fit(block, rect.height(), height)
    alignment = Mirror.painting(painter, rect).align(LEFT_MIDDLE)
    painter.setPen(style.text)
    top = rect.top()
    for number, line in enumerate(lines):
        bold = len(lines) == 3 and number == 1
        font, metrics = fonts.get(bold=bold, struck=style.struck)
        shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(rect.width()))
        if number == 0:
            compact = texts.compact_time(block.row.scheduled_at)
            fits = metrics.horizontalAdvance(compact) <= rect.width()
            shown = shown_first_line(line, shown, time_text, compact if fits else "")
        elif len(shown) < min(len(line), MIN_SHOWN_CHARACTERS):
            shown = ""
        if not shown:
            break
        painter.setFont(font)
        painter.drawText(QRectF(rect.left(), top, rect.width(), height), alignment, shown)
        top += height


def shown_first_line(line: str, elided: str, time_text: str, compact: str) -> str:
    """What a block's first line shows, given ``line`` ``elided`` to the block's width.

    ``line`` begins with (or is) ``time_text``; ``compact`` is the start time at its
    shortest, or "" when even that is too wide. The elided line when it keeps
    ``time_text`` whole (or there is no time in it) and is not next to nothing; else
    ``compact``, or nothing: a cut time ("10:0…") could be read as another time.
    """
    if elided == line:
        return line
    keeps_time = time_text in elided or time_text not in line
    if keeps_time and len(elided) >= min(len(line), MIN_SHOWN_CHARACTERS):
        return elided
    return compact


def _lines_that_fit(block: Block, height: float, line_height: int) -> tuple[list[str], str]:
    """The lines for ``height``, and the time their first line shows."""
    time_text, customer, kind = texts.block_lines(block.row)
    if height >= 3 * line_height:
        return [time_text, customer, kind], time_text
    start = texts.clock_time(block.row.scheduled_at)
    if height >= 2 * line_height:
        return [texts.one_line(block.row), kind], start
    return [texts.one_line(block.row)], start


def paint_now(painter: QPainter, geometry: GridGeometry, now: datetime) -> None:
    """A red line across today's columns at ``now``, with a dot where it starts."""
    first, last = geometry.band_edges(now.date())
    today = [i for i, column in enumerate(geometry.columns) if column.day == now.date()]
    if not today or not first <= now <= last:
        return
    y = geometry.y_for(now, now.date())
    span = geometry.column_rect(today[0]).united(geometry.column_rect(today[-1]))
    painter.setPen(QPen(look.NOW_LINE, 2))
    painter.drawLine(QPointF(span.left(), y), QPointF(span.right(), y))
    painter.setBrush(look.NOW_LINE)
    painter.drawEllipse(QPointF(geometry.column_start(today[0]), y), 4, 4)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def paint_preview(
    painter: QPainter,
    rect: QRectF,
    label: str,
    colours: look.CalendarColours,
) -> None:
    """Where a dragged block would land: a dashed outline with its new time, on a mostly
    opaque patch of the background."""
    painter.setPen(QPen(colours.selected_outline, 1.5, Qt.PenStyle.DashLine))
    patch = QColor(colours.background)
    patch.setAlpha(200)
    painter.setBrush(patch)
    shown = rect.adjusted(0.5, 0.5, -1.0, -1.0)
    painter.drawRect(shown)
    painter.setPen(colours.text)
    inside = Mirror.painting(painter, shown)
    painter.drawText(
        inside.rect(shown.adjusted(PADDING + 2, 1, -PADDING, -1)),
        inside.align(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        label,
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
