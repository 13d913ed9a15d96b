"""A layout that puts its widgets side by side and wraps them onto more rows when narrow.

The calendar's bar holds navigation, view buttons and options: one row on a wide window,
two or three beside the dashboard docks, instead of forcing the window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

Row = list[tuple[QLayoutItem, int]]
"""The items of one row, each with the width it gets."""


class FlowLayout(QLayout):
    """Items in rows, left to right, each at its preferred width (or less, down to its
    minimum, when alone on a row); the first item of a row takes the row's spare width.

    Promises: no item is narrower than its minimum width unless the layout itself is;
    the height follows the width (``heightForWidth``), so the parent grows a row when the
    items wrap.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        widths = [item.sizeHint().width() for item in self._items]
        height = max((item.sizeHint().height() for item in self._items), default=0)
        spaces = self._spacing * max(0, len(widths) - 1)
        return _grow(QSize(sum(widths) + spaces, height), self.contentsMargins())

    def minimumSize(self) -> QSize:
        width = max((item.minimumSize().width() for item in self._items), default=0)
        height = max((item.minimumSize().height() for item in self._items), default=0)
        return _grow(QSize(width, height), self.contentsMargins())

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (moving them only if ``move``); returns the height."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.top()
        for row in self._rows(area.width()):
            height = max(item.sizeHint().height() for item, _width in row)
            if move:
                self._move_row(row, QPoint(area.left(), y), height)
            y += height + self._spacing
        return y - self._spacing - rect.top() + margins.bottom() if self._items else 0

    def _rows(self, width: int) -> list[Row]:
        rows: list[Row] = []
        used = width + 1  # no row yet
        for item in self._items:
            wanted = item.sizeHint().width()
            if rows and used + self._spacing + wanted <= width:
                rows[-1].append((item, wanted))
                used += self._spacing + wanted
            else:
                rows.append([(item, max(min(wanted, width), item.minimumSize().width()))])
                used = rows[-1][0][1]
        for row in rows:  # the first item takes what the row leaves
            spare = width - sum(w for _item, w in row) - self._spacing * (len(row) - 1)
            row[0] = (row[0][0], row[0][1] + max(0, spare))
        return rows

    def _move_row(self, row: Row, origin: QPoint, height: int) -> None:
        x = origin.x()
        for item, width in row:
            item.setGeometry(QRect(x, origin.y(), width, height))
            x += width + self._spacing


def _grow(size: QSize, margins: QMargins) -> QSize:
    return size.grownBy(margins)
