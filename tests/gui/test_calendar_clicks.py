"""Double-clicks on the calendar ask to book a slot or to open an appointment."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from appointments_desktop.ui.calendar import CalendarMode, CalendarView
from appointments_desktop.ui.operations import Operations
from tests.conftest import Shop
from tests.gui.calendar_support import inside, shown_calendar

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def calendar(qtbot: QtBot, operations: Operations, shop: Shop, settings: QSettings) -> CalendarView:
    return shown_calendar(qtbot, operations, settings)


def test_a_double_click_on_an_empty_slot_asks_to_book_it(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    grid = calendar.grid
    point = grid.point_for(datetime(2026, 11, 26, 15, 20))
    with qtbot.waitSignal(calendar.new_requested) as requested:
        qtbot.mouseDClick(grid, LEFT, pos=point.toPoint())
    assert requested.args == [datetime(2026, 11, 26, 15, 15), None]


def test_in_the_day_view_the_slot_carries_its_operator(
    qtbot: QtBot, calendar: CalendarView, shop: Shop
) -> None:
    calendar.set_mode(CalendarMode.DAY)
    grid = calendar.grid
    point = grid.point_for(datetime(2026, 11, 25, 16, 7), shop.bob.id)
    with qtbot.waitSignal(calendar.new_requested) as requested:
        qtbot.mouseDClick(grid, LEFT, pos=point.toPoint())
    assert requested.args == [datetime(2026, 11, 25, 16, 0), shop.bob.id]


def test_a_double_click_on_a_block_asks_to_open_it(
    qtbot: QtBot, calendar: CalendarView, shop: Shop
) -> None:
    appointment = shop.book(datetime(2026, 11, 24, 9, 0), 60)
    calendar.reload()
    grid = calendar.grid
    with qtbot.waitSignal(calendar.open_requested) as requested:
        qtbot.mouseDClick(grid, LEFT, pos=grid.point_for(inside(appointment)).toPoint())
    assert requested.args == [appointment.id]


def test_enter_opens_the_selected_block(qtbot: QtBot, calendar: CalendarView, shop: Shop) -> None:
    appointment = shop.book(datetime(2026, 11, 24, 9, 0), 60)
    calendar.reload()
    grid = calendar.grid
    qtbot.mouseClick(grid, LEFT, pos=grid.point_for(inside(appointment)).toPoint())
    with qtbot.waitSignal(calendar.open_requested) as requested:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert requested.args == [appointment.id]


def test_a_block_has_a_tooltip_with_every_detail(calendar: CalendarView, shop: Shop) -> None:
    appointment = shop.book(
        datetime(2026, 11, 24, 9, 0), 45, customer=shop.zoe, notes="Bring the <receipt>"
    )
    calendar.reload()
    grid = calendar.grid
    point = grid.point_for(inside(appointment)).toPoint()
    QApplication.sendEvent(grid, QHelpEvent(QEvent.Type.ToolTip, point, grid.mapToGlobal(point)))
    tip = QToolTip.text()
    details = ("ZOË Müller", "Alice", "Consultation", "Pending", "45 minutes", "9:45")
    for text in (*details, "Tuesday, November 24, 2026", "Bring the &lt;receipt&gt;"):
        assert text in tip
