"""The pieces of the Stats dock that show figures: headings, big numbers, the no-show list.

Each piece only shows what it is given; the dock reads the data and decides what to show.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from appointments_desktop.i18n import _

BIG = 1.7
"""A figure's number is this many times the normal font size."""
SMALL = 0.9


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def heading(text: str) -> QLabel:
    """A section's bold title; a long one wraps rather than widen the dock."""
    label = QLabel(text, wordWrap=True)
    label.setFont(scaled_font(label, 1.0, bold=True))
    return label


def muted(label: QLabel) -> QLabel:
    """``label`` in the palette's softer text colour, smaller."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setFont(scaled_font(label, SMALL))
    return label


class Figure(QWidget):
    """One big number with a small caption under it; the tooltip explains the number."""

    def __init__(self, object_name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QLabel("—", objectName=object_name)
        self.value.setFont(scaled_font(self.value, BIG, bold=True))
        self.caption = muted(QLabel(caption))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set_value(self, text: str, tooltip: str) -> None:
        self.value.setText(text)
        self.setToolTip(tooltip)
        self.value.setToolTip(tooltip)
        # Translators: what a screen reader says for a figure: its caption and its value,
        # e.g. "Completed: 83 %".
        name = _("{caption}: {value}").format(caption=self.caption.text(), value=text)
        self.value.setAccessibleName(name)
        self.value.setAccessibleDescription(tooltip)


class NoShowList(QWidget):
    """The customers with the most no-shows: name on the left, "2 of 6" on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsTopNoShows")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self._empty = muted(
            QLabel(_("No no-shows in this period."), objectName="statsNoShowsEmpty")
        )
        self._empty.setWordWrap(True)
        self._grid.addWidget(self._empty, 0, 0, 1, 2)
        self._rows: list[tuple[QLabel, QLabel]] = []

    def set_rows(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """Show ``(name, counts, tooltip)`` rows; none shows the empty message."""
        for pair in self._rows:
            for old in pair:
                self._grid.removeWidget(old)
                old.hide()
                old.deleteLater()
        self._rows = []
        for row, (name, counts, tooltip) in enumerate(rows, start=1):
            name_label, count_label = QLabel(name), QLabel(counts)
            name_label.setTextFormat(Qt.TextFormat.PlainText)
            name_label.setWordWrap(True)
            count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for label in (name_label, count_label):
                label.setToolTip(tooltip)
            self._grid.addWidget(name_label, row, 0)
            self._grid.addWidget(count_label, row, 1)
            self._rows.append((name_label, count_label))
        self._empty.setVisible(not rows)

    def rows(self) -> list[tuple[str, str]]:
        """What the list shows, as (name, counts) pairs."""
        return [(name.text(), counts.text()) for name, counts in self._rows]

    def empty_text(self) -> str:
        """The message shown when the list is empty, or "" when it has rows."""
        return self._empty.text() if self._empty.isVisibleTo(self) else ""
