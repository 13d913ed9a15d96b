"""The list panel's widgets, made and configured in one place each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QTableView

from appointments_desktop.i18n import _
from appointments_desktop.storage.scopes import Scope
from appointments_desktop.ui.list.model import AppointmentTableModel, Column


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
    field.setPlaceholderText(_("Search customer, phone, notes, operator or type"))
    field.setClearButtonEnabled(True)
    return field


def make_table(model: AppointmentTableModel) -> QTableView:
    """The read-only, row-selecting, sortable table with compact rows and sized columns."""
    table = QTableView(objectName="appointmentList")
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(Column.STARTS_AT, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    rows = table.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(130)
    header.resizeSection(Column.STARTS_AT, 170)
    header.resizeSection(Column.ENDS_AT, 90)
    header.resizeSection(Column.CUSTOMER, 190)
    header.resizeSection(Column.DURATION, 90)
    header.resizeSection(Column.STATUS, 110)
    return table
