"""A line under the customer field warning of the chosen customer's recent no-shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from appointments_desktop.storage.trends import customer_no_show_record

WARNING_STYLE = "color: palette(link); font-weight: 600;"
"""Noticeable but calm; the palette's link colour reads well on light and dark themes."""


class CustomerHistoryLabel(QLabel):
    """Says "2 no-shows in the last 6 appointments" for a customer who missed any recently.

    Hidden while no customer is chosen or the chosen one has no recent no-show, so a good
    customer's booking shows nothing extra. Reads one bounded query per :meth:`show_for`.
    """

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerHistoryLabel")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(WARNING_STYLE)
        self._clock = clock
        self.hide()

    def show_for(self, customer_id: int | None) -> None:
        """Show the no-show record of ``customer_id`` if it has any no-show; else hide."""
        record = customer_no_show_record(customer_id, self._clock()) if customer_id else None
        if record is None or not record.no_shows:
            self.clear()
            self.hide()
            return
        self.setText(record.describe())
        self.setToolTip(self.text())
        self.show()
