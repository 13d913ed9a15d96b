"""The calendar's month view: six weeks of day cells with one line per appointment.

:class:`MonthGrid` paints itself with the widget's palette (light or dark) and answers
"what is at this point" through a public hit-test API, so callers and tests never reason
about pixels. What it shows and where comes from :mod:`.month_layout`.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from appointments_desktop.domain.status import Status
from appointments_desktop.i18n import format_number
from appointments_desktop.storage.listing import AppointmentRow
from appointments_desktop.ui.calendar import month_layout as layout
from appointments_desktop.ui.calendar.mirror import Mirror

_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_ROLE = QPalette.ColorRole
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter
_STRUCK_OPACITY = 0.55

Line = tuple[QRectF, AppointmentRow | None]
"""One drawn line of a day cell: its rectangle and its appointment (``None``: "+N more")."""


class MonthGrid(QWidget):
    """A month as 6 × 7 day cells under a row of weekday names, painted with the palette.

    Promises: each cell lists its day's appointments in start order, one elided line each
    (type colour chip, start time, customer; pending in italics with a hollow chip,
    cancelled and no-show struck through and faded), ending in "+N more" when they do not
    all fit. Days of the neighbouring months are dimmed; today is tinted, its number on a
    filled badge. Right to left, the weeks run from the right and each cell is mirrored
    (number, chips and text from its right edge). The selected day (arrow keys, click)
    always lies in the shown six weeks; Enter or a double-click on a day emits
    :attr:`day_activated`, a double-click on an appointment line emits
    :attr:`open_requested`. Tooltips give an appointment's details, or the hidden
    appointments on "+N more".
    """

    day_activated = Signal(object)
    """A day (``datetime.date``) the user opened: double-click, or Enter on the selection."""
    open_requested = Signal(int)
    """The id of an appointment whose line the user double-clicked."""
    stepped_out = Signal(object)
    """The arrow keys left the six weeks shown: the day to go to (the view turns the month)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._selected = date.min  # no selection to keep: set_month picks one
        self.set_month(date.today(), [], date.today(), 0)

    def set_month(
        self,
        month_first_day: date,
        rows: list[AppointmentRow],
        today: date,
        first_weekday: int,
        show_cancelled: bool = True,
    ) -> None:
        """Show the month of ``month_first_day`` and the ``rows`` that start in its six weeks.

        ``first_weekday``: 0 = Monday .. 6 = Sunday. Without ``show_cancelled``, cancelled
        and no-show appointments are not drawn. The selection stays on its day when that
        day is in the new month, else moves to ``today`` when it is, else to the 1st.
        """
        old = self._selected
        self._month = month_first_day.replace(day=1)
        self._days = layout.grid_days(self._month, first_weekday)
        self._names = layout.weekday_names(first_weekday)
        self._by_day = layout.rows_by_day(rows, show_cancelled)
        self._today = today
        candidates = (old, today, self._month)
        self._selected = next(d for d in candidates if d.replace(day=1) == self._month)
        self.update()

    @property
    def selected_day(self) -> date:
        """The day the keyboard acts on; setting a day outside the grid raises ValueError."""
        return self._selected

    @selected_day.setter
    def selected_day(self, day: date) -> None:
        if self.day_rect(day) is None:
            raise ValueError(day)
        self._selected = day
        self.update()

    # -- hit-testing (widget coordinates) ----------------------------------------------

    def day_rect(self, day: date) -> QRectF | None:
        """The cell of ``day``, or ``None`` when the grid does not show it."""
        index = self._index(day)
        return None if index is None else QRectF(*self._geometry().cell(index))

    def day_at(self, point: QPointF) -> date | None:
        """The day whose cell contains ``point``; ``None`` on the weekday row or outside."""
        index = self._geometry().index_at(point.x(), point.y())
        return None if index is None else self._days[index]

    def appointment_at(self, point: QPointF) -> int | None:
        """The id of the appointment whose line contains ``point`` (not on "+N more")."""
        line = self._line_at(point)
        return line[1].id if line and line[1] else None

    def visible_appointments(self, day: date) -> list[int]:
        """The ids drawn as lines in ``day``'s cell, in order, without the "+N more" ones."""
        return [row.id for _rect, row in self._lines(day) if row]

    def tooltip_at(self, point: QPointF) -> str:
        """The tooltip at ``point``: an appointment's details, the hidden ones, or ""."""
        line, day = self._line_at(point), self.day_at(point)
        if not line or not day:
            return ""
        if line[1]:
            return layout.line_tooltip(line[1])
        return layout.more_tooltip(self._by_day[day][len(self.visible_appointments(day)) :])

    def _index(self, day: date) -> int | None:
        index = (day - self._days[0]).days
        return index if 0 <= index < len(self._days) else None

    def _geometry(self) -> layout.MonthGeometry:
        line = self.fontMetrics().height()
        return layout.MonthGeometry(
            self.width(), self.height(), line + 8.0, line + 2.0, mirrored=self.isRightToLeft()
        )

    def _lines(self, day: date) -> list[Line]:
        index, rows = self._index(day), self._by_day.get(day, [])
        if index is None or not rows:
            return []
        boxes = self._geometry().line_boxes(index, len(rows))
        entries = layout.line_entries(rows, len(boxes))
        return [(QRectF(*box), row) for box, row in zip(boxes, entries, strict=True)]

    def _line_at(self, point: QPointF) -> Line | None:
        day = self.day_at(point)
        lines = self._lines(day) if day else []
        return next((line for line in lines if line[0].contains(point)), None)

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setLayoutDirection(self.layoutDirection())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().color(_ROLE.Window))
        self._paint_header(painter)
        for day in self._days:
            self._paint_cell(painter, day)
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        geometry = self._geometry()
        painter.setPen(self.palette().color(_ROLE.WindowText))
        for column, name in enumerate(self._names):
            x, _y, width, _height = geometry.cell(column)
            elided = self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(width))
            painter.drawText(QRectF(x, 0, width, geometry.header), _CENTRE, elided)

    def _paint_cell(self, painter: QPainter, day: date) -> None:
        cell, palette = self.day_rect(day) or QRectF(), self.palette()
        in_month = day.replace(day=1) == self._month
        painter.setOpacity(1.0)
        painter.fillRect(cell, palette.color(_ROLE.Base if in_month else _ROLE.Window))
        if day == self._today:
            painter.fillRect(cell, _faded(palette.color(_ROLE.Highlight), 40))
        painter.setPen(QPen(_faded(palette.color(_ROLE.Text), 60), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(cell)
        if day == self._selected:
            painter.setPen(QPen(palette.color(_ROLE.Highlight), 2.0))
            painter.drawRect(cell.adjusted(1.5, 1.5, -1.5, -1.5))
        painter.setOpacity(1.0 if in_month else 0.5)
        self._paint_number(painter, cell, day)
        lines = self._lines(day)
        for rect, row in lines:
            if row is None:
                self._paint_more(painter, rect, len(self._by_day[day]) - len(lines) + 1)
            else:
                self._paint_line(painter, rect, row)

    def _paint_number(self, painter: QPainter, cell: QRectF, day: date) -> None:
        font, text, today = QFont(self.font()), format_number(day.day), day == self._today
        font.setBold(today)
        size = self.fontMetrics().height() + 4.0
        width = max(size, QFontMetricsF(font).horizontalAdvance(text) + 8.0)
        badge = Mirror.painting(painter, cell).rect(
            QRectF(cell.left() + 3, cell.top() + 3, width, size)
        )
        if today:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(_ROLE.Highlight))
            painter.drawRoundedRect(badge, size / 2, size / 2)
        painter.setFont(font)
        painter.setPen(self.palette().color(_ROLE.HighlightedText if today else _ROLE.Text))
        painter.drawText(badge, _CENTRE, text)

    def _paint_line(self, painter: QPainter, rect: QRectF, row: AppointmentRow) -> None:
        struck = row.status in layout.STRUCK_STATUSES
        painter.save()
        painter.setOpacity(painter.opacity() * (_STRUCK_OPACITY if struck else 1.0))
        _paint_chip(painter, rect, row)
        font = QFont(self.font())
        font.setItalic(row.status is Status.PENDING)
        font.setStrikeOut(struck)
        text_rect = Mirror.painting(painter, rect).rect(
            rect.adjusted(rect.height() * 0.75, 0, 0, 0)
        )
        self._paint_text(painter, text_rect, font, layout.line_text(row))
        painter.restore()

    def _paint_more(self, painter: QPainter, rect: QRectF, hidden: int) -> None:
        text = layout.more_text(hidden)
        if self.fontMetrics().horizontalAdvance(text) > rect.width():
            text = layout.more_text(hidden, short=True)
        self._paint_text(painter, rect, self.font(), text)

    def _paint_text(self, painter: QPainter, rect: QRectF, font: QFont, text: str) -> None:
        painter.setFont(font)
        painter.setPen(self.palette().color(_ROLE.Text))
        elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, Mirror.painting(painter, rect).align(_LEFT_MIDDLE), elided)

    # -- input ---------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None:
            self.selected_day = day
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        key, day = self.appointment_at(event.position()), self.day_at(event.position())
        if event.button() != Qt.MouseButton.LeftButton or day is None:
            super().mouseDoubleClickEvent(event)
        elif key is not None:
            self.open_requested.emit(key)
        else:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _ENTER:
            self.day_activated.emit(self._selected)
            return
        step = _STEPS.get(Qt.Key(key))
        if step is None:
            super().keyPressEvent(event)
            return
        mirrored = self.isRightToLeft() and abs(step) == 1
        day = self._selected + timedelta(days=-step if mirrored else step)
        if self.day_rect(day) is not None:
            self.selected_day = day
        else:
            self.stepped_out.emit(day)


def _paint_chip(painter: QPainter, rect: QRectF, row: AppointmentRow) -> None:
    """The type's colour as a small square: hollow while the appointment is pending."""
    side = rect.height() * 0.5
    chip = QRectF(rect.left() + 1, rect.center().y() - side / 2, side, side)
    chip = Mirror.painting(painter, rect).rect(chip)
    colour, hollow = QColor(row.type_colour), row.status is Status.PENDING
    painter.setPen(QPen(colour, 2.0) if hollow else Qt.PenStyle.NoPen)
    painter.setBrush(Qt.BrushStyle.NoBrush if hollow else colour)
    painter.drawRoundedRect(chip.adjusted(1, 1, -1, -1) if hollow else chip, 2, 2)


def _faded(colour: QColor, alpha: int) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(alpha)
    return faded
