"""Helpers shared by the dashboard docks' tests: a clock to move, showing, reading, clicking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from appointments_desktop.ui.docks.base import DashboardDock
from appointments_desktop.ui.docks.row_table import RowsTable
from appointments_desktop.ui.docks.rows import Field
from tests.conftest import NOW

DISPLAY = Qt.ItemDataRole.DisplayRole


@dataclass
class MovableClock:
    """A pinned "now" the test can move: give it to ``Operations`` as its clock."""

    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now


def show(qtbot: QtBot, dock: DashboardDock, width: int = 480) -> DashboardDock:
    """Show ``dock`` (which makes it load) at a size where every column fits."""
    qtbot.addWidget(dock)
    dock.resize(width, 320)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def table_of(dock: DashboardDock) -> RowsTable:
    """The dock's appointment table."""
    table = dock.findChild(RowsTable)
    assert table is not None
    return table


def listed_ids(dock: DashboardDock) -> list[int]:
    """The appointment ids the dock lists, top to bottom."""
    model = table_of(dock).model()
    return [model.row_at(row).id for row in range(model.rowCount())]


def cell_text(dock: DashboardDock, row: int, field: Field) -> str:
    """What the dock shows in ``row`` under ``field`` (babel's narrow spaces as plain ones)."""
    model = table_of(dock).model()
    text = str(model.index(row, model.fields.index(field)).data(DISPLAY))
    return text.replace("\u202f", " ")


def label_text(dock: DashboardDock, name: str) -> str:
    """The text of the dock's label called ``name``, when it is shown; else empty."""
    label = dock.findChild(QLabel, name)
    assert label is not None
    return label.text() if label.isVisible() else ""


def cell_centre(table: RowsTable, row: int, field: Field) -> QPoint:
    """The middle of a cell, in the table's viewport coordinates."""
    index = table.model().index(row, table.fields.index(field))
    rect = table.visualRect(index)
    assert rect.isValid() and table.viewport().rect().contains(rect.center())
    return rect.center()


def click_cell(qtbot: QtBot, dock: DashboardDock, row: int, field: Field) -> None:
    """Click a cell as the user would (the button column runs the dock's action)."""
    table = table_of(dock)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=cell_centre(table, row, field)
    )


def double_click_cell(qtbot: QtBot, dock: DashboardDock, row: int, field: Field) -> None:
    """Double-click a cell with the whole press, release, double-click, release sequence."""
    table = table_of(dock)
    position = cell_centre(table, row, field)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=position)
