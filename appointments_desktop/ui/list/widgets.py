"""The list panel's widgets, made and configured in one place each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QTableView

from appointments_desktop.i18n import _
from appointments_desktop.storage.scopes import Scope
from appointments_desktop.ui.list.model import AppointmentTableModel, Column
from appointments_desktop.ui.tables import make_read_only_rows

COLUMN_CHARACTERS = {
    Column.STARTS_AT: 24,
    Column.ENDS_AT: 13,
    Column.CUSTOMER: 27,
    Column.DURATION: 13,
    Column.STATUS: 16,
}
DEFAULT_CHARACTERS = 18
"""The list's first column widths, in average characters (the user may resize them)."""


def make_scope_filter() -> QComboBox:
    """The scope selector: every scope by name, its value as item data."""
    combo = QComboBox(objectName="scopeFilter")
    for scope in Scope:
        combo.addItem(scope.label, scope.value)
    combo.setToolTip(_("Which appointments the list shows"))
    return combo


def make_search_field() -> QLineEdit:
    """The search box, with a hint of what it searches and a clear button."""
    field = QLineEdit(objectName="searchField")
    hint = _("Search customer, phone, notes, operator or type")
    field.setPlaceholderText(hint)
    field.setToolTip(hint)  # the whole hint, when a narrow field cuts it off
    field.setClearButtonEnabled(True)
    return field


def make_table(model: AppointmentTableModel) -> QTableView:
    """The read-only, row-selecting, sortable table with compact rows and sized columns."""
    table = QTableView(objectName="appointmentList")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(Column.STARTS_AT, Qt.SortOrder.AscendingOrder)
    make_read_only_rows(table, row_padding=10)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    size_columns(table)
    return table


def size_columns(table: QTableView) -> None:
    """Each column's first width: its share in characters of the table's font, and never
    narrower than its title (translated titles run longer than English ones)."""
    header = table.horizontalHeader()
    character = table.fontMetrics().averageCharWidth()
    for column in Column:
        wanted = character * COLUMN_CHARACTERS.get(column, DEFAULT_CHARACTERS)
        header.resizeSection(column, max(wanted, header.sectionSizeHint(column)))
