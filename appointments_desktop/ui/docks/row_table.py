"""The table, its button cells and the list with its count line, shared by the list docks.

:class:`RowList` shows one :class:`~.rows.RowsModel`: a count line, the table (compact rows,
the customer column stretching) and, when empty, a calm line instead of the table. Enter or a
double-click asks to open the appointment; a button column asks for the dock's one action on
its row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from appointments_desktop.storage.listing import AppointmentRow
from appointments_desktop.ui.docks.rows import (
    HIDDEN_FIRST,
    ID_ROLE,
    MIN_CUSTOMER_CHARS,
    Field,
    ModelIndex,
    RowsModel,
)
from appointments_desktop.ui.tables import make_read_only_rows

_OPEN_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class ButtonDelegate(QStyledItemDelegate):
    """Paints a cell as a push button labelled with the cell's text (the table takes clicks)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        style = item.widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        button = QStyleOptionButton()
        button.initFrom(item.widget)
        button.rect = option.rect.adjusted(3, 2, -3, -2)
        button.text = str(index.data())
        if not option.state & QStyle.StateFlag.State_MouseOver:
            button.state &= ~QStyle.StateFlag.State_MouseOver
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, item.widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        text = option.fontMetrics.size(0, str(index.data()))
        return text + QSize(28, 6)


class RowsTable(QTableView):
    """A compact, read-only, row-selecting table of a :class:`RowsModel`.

    Emits :attr:`open_requested` (appointment id) on Enter or a double-click outside the
    button column, and :attr:`action_requested` (appointment id) when a button cell is
    clicked: pressed and released on the same row; a double-click acts only once.
    """

    open_requested = Signal(int)
    action_requested = Signal(int)

    def __init__(self, model: RowsModel, object_name: str) -> None:
        super().__init__(objectName=object_name)
        self.setModel(model)
        self.fields = model.fields
        self._pressed: int | None = None
        self._configure()
        self.doubleClicked.connect(self._double_clicked)

    def _configure(self) -> None:
        make_read_only_rows(self, row_padding=8)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, to the dock's buttons
        self.setMouseTracking(True)  # the button cell shows hover
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setResizeContentsPrecision(50)  # rows sampled to size a column
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column, field in enumerate(self.fields):
            if field is Field.CUSTOMER:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            if field is Field.ACTION:
                self.setItemDelegateForColumn(column, ButtonDelegate(self))
        self.setMinimumWidth(240)
        self.model().modelReset.connect(self.fit_columns)

    def fit_columns(self) -> None:
        """Fit the width without scrolling sideways: each column as wide as its contents,
        the customer's taking the rest; when that leaves the customer too little (less than
        its title or :data:`MIN_CUSTOMER_CHARS`), the columns of :data:`HIDDEN_FIRST` are
        hidden in turn until it has enough."""
        header = self.horizontalHeader()
        for column in range(len(self.fields)):
            header.setSectionHidden(column, False)
        wanted = [self._wanted_width(column) for column in range(len(self.fields))]
        customer = self.fields.index(Field.CUSTOMER)
        spare = self.viewport().width() - self._least_customer_width(customer)
        shown = set(range(len(self.fields))) - {customer}
        for field in HIDDEN_FIRST:
            if sum(wanted[column] for column in shown) <= spare or field not in self.fields:
                continue
            shown.discard(self.fields.index(field))
        for column, width in enumerate(wanted):
            header.setSectionHidden(column, column != customer and column not in shown)
            if column != customer:
                header.resizeSection(column, width)

    def _least_customer_width(self, column: int) -> int:
        """The customer's column shows its whole title and :data:`MIN_CUSTOMER_CHARS`."""
        characters = self.fontMetrics().averageCharWidth() * MIN_CUSTOMER_CHARS
        return max(characters, self.horizontalHeader().sectionSizeHint(column))

    def _wanted_width(self, column: int) -> int:
        return max(self.sizeHintForColumn(column), self.horizontalHeader().sectionSizeHint(column))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_columns()

    def _action_id(self, index: QModelIndex) -> int | None:
        if index.isValid() and self.fields[index.column()] is Field.ACTION:
            return int(index.data(ID_ROLE))
        return None

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self._action_id(index) is None:
            self.open_requested.emit(int(index.data(ID_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() in _OPEN_KEYS and current.isValid():
            self.open_requested.emit(int(current.data(ID_ROLE)))
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = self._action_id(self.indexAt(event.position().toPoint()))
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        self._pressed = None  # the second click of a double-click acts on nothing

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        pressed, self._pressed = self._pressed, None
        released = self._action_id(self.indexAt(event.position().toPoint()))
        if pressed is not None and pressed == released:
            self.action_requested.emit(pressed)


class RowList(QWidget):
    """A count line over a :class:`RowsTable`; a calm line replaces the table when empty.

    :meth:`load` keeps the selected appointment selected and the scroll position when the
    rows change; with ``select_first``, a row is always selected while there are rows (the
    next one takes the place of one that left), so keyboard actions have a target.
    """

    def __init__(self, model: RowsModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.select_first = False
        self.count_label = QLabel(objectName=f"{name}Count")
        self.empty_label = QLabel(objectName=f"{name}Empty", wordWrap=True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a calm note
        self.table = RowsTable(model, f"{name}List")
        self.header = QHBoxLayout()
        self.header.addWidget(self.count_label)
        self.header.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.header)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)

    def load(self, rows: Sequence[AppointmentRow], today: date) -> None:
        """Show ``rows``; see the class docstring for what stays put."""
        selected, position = self.current_row(), self.table.currentIndex().row()
        scrolled = self.table.verticalScrollBar().value()
        if self.model.load(rows, today):
            self._reselect(selected, position)
            self.table.verticalScrollBar().setValue(scrolled)
        for shown_with_rows in (self.table, self.count_label):
            shown_with_rows.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)

    def _reselect(self, selected: AppointmentRow | None, position: int) -> None:
        """Select ``selected`` again, else (if one was selected) the row now in its place."""
        kept = self.model.row_of(selected.id) if selected else None
        count = self.model.rowCount()
        if kept is None and (selected or self.select_first) and count:
            kept = min(max(position, 0), count - 1)
        if kept is not None:
            # Not selectRow: right to left it looks for a column at the viewport's edge,
            # finds none, and selects nothing.
            flags = QItemSelectionModel.SelectionFlag
            index = self.model.index(kept, 0)
            self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)

    def set_texts(self, count: str, empty: str) -> None:
        """The count line and the line shown when there are no rows."""
        self.count_label.setText(count)
        self.empty_label.setText(empty)

    def current_row(self) -> AppointmentRow | None:
        """The selected appointment's row (no query), or ``None``."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.row_at(index.row())
