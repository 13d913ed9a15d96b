"""The left side of a record dialog: a filter field above a list of records.

Responsibilities: show the records it is given (inactive ones greyed, marked "(inactive)"),
report the filter text as it is typed and the record the user selects. Selecting from code
(:meth:`RecordList.select`) never reports a change, so the dialog can restore a selection
after the user decides to keep unsaved edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from appointments_desktop.i18n import _
from appointments_desktop.ui.dialogs.colour import swatch

ID_ROLE = Qt.ItemDataRole.UserRole
_TO_LIST_KEYS = {Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter}


@dataclass(frozen=True)
class ListedRecord:
    """One row of the list: the record's id, its text, whether it is active, its colour."""

    id: int
    text: str
    active: bool = True
    colour: str = ""


class _FilterField(QLineEdit):
    """A filter field where Down or Enter moves on to the list (Enter never saves).

    Escape in a non-empty field clears it (showing every record again); Escape in an empty
    one goes on to the dialog, which closes.
    """

    def __init__(self, records: QListWidget) -> None:
        super().__init__()
        self._records = records

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        if key not in _TO_LIST_KEYS:
            super().keyPressEvent(event)
            return
        self._records.setFocus(Qt.FocusReason.TabFocusReason)
        if self._records.currentRow() < 0 and self._records.count():
            self._records.setCurrentRow(0)
        event.accept()


class RecordList(QWidget):
    """A filter field and the records matching it; see the module docstring."""

    current_changed = Signal(object)
    """The user selected another record: its id, or ``None`` when none is selected."""
    filter_changed = Signal(str)
    """The filter text changed (every keystroke)."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = QListWidget(objectName="recordList")
        self.records.setUniformItemSizes(True)
        self.filter = _FilterField(self.records)
        self.filter.setObjectName("recordFilter")
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.note = QLabel(objectName="recordListNote", wordWrap=True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.filter, self.records, self.note):
            layout.addWidget(widget)
        self.filter.textChanged.connect(self.filter_changed)
        self.records.currentItemChanged.connect(self._report_current)

    def filter_text(self) -> str:
        return self.filter.text()

    def show_records(self, rows: Sequence[ListedRecord], current_id: int | None) -> None:
        """Show ``rows`` and select ``current_id`` if it is among them (without reporting)."""
        self.records.blockSignals(True)
        self.records.clear()
        for row in rows:
            self.records.addItem(self._item(row))
        self.records.blockSignals(False)
        self.select(current_id)

    def show_note(self, text: str) -> None:
        """Show ``text`` under the list (hide the line when it is empty)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def select(self, record_id: int | None) -> None:
        """Select the row of ``record_id`` (or none) without reporting a change."""
        self.records.blockSignals(True)
        self.records.setCurrentRow(self.row_of(record_id))
        self.records.blockSignals(False)

    def row_of(self, record_id: int | None) -> int:
        """The row showing ``record_id``, or -1."""
        for row in range(self.records.count()):
            if record_id is not None and self.records.item(row).data(ID_ROLE) == record_id:
                return row
        return -1

    def id_at(self, row: int) -> int | None:
        """The id shown in ``row`` (clamped to the list), or ``None`` if the list is empty."""
        item = self.records.item(min(max(row, 0), self.records.count() - 1))
        return None if item is None else int(item.data(ID_ROLE))

    def _item(self, row: ListedRecord) -> QListWidgetItem:
        text = row.text if row.active else _("{name} (inactive)").format(name=row.text)
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, row.id)
        if not row.active:
            grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
            item.setForeground(grey)
        if row.colour:
            item.setIcon(swatch(row.colour, self.palette().color(QPalette.ColorRole.Mid)))
        return item

    def _report_current(self, item: QListWidgetItem | None) -> None:
        self.current_changed.emit(None if item is None else int(item.data(ID_ROLE)))
