"""The day and week views' panel: the header fixed on top, the time grid scrolling under it.

The grid fills the visible height when its hours fit at a readable size and scrolls
vertically otherwise; the header stays put and follows the grid's columns.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from appointments_desktop.ui.calendar.grid import TimeGrid
from appointments_desktop.ui.calendar.header import CalendarHeader


class TimePanel(QWidget):
    """Holds :attr:`grid` in a vertical scroll area under :attr:`header`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = TimeGrid()
        self.scroll_area = QScrollArea(objectName="calendarScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.grid)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the grid takes the keys
        self.header = CalendarHeader(self.grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)

    def scroll_to(self, moment: datetime) -> None:
        """Scroll so that ``moment`` (of a shown day) sits a third of the way down."""
        try:
            y = self.grid.point_for(moment).y()
        except ValueError:
            return
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(int(y - self.scroll_area.viewport().height() / 3))

    def scroll_by_hours(self, hours: float) -> None:
        """Scroll the grid by ``hours`` (negative: up)."""
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(bar.value() + int(hours * self.grid.geometry_map.hour_height))
