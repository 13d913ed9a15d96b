"""Navigating the calendar: buttons, keys, the date picker, the views and the locale's week."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from pytestqt.qtbot import QtBot

from appointments_desktop.i18n import set_locale
from appointments_desktop.ui.calendar import CalendarMode, CalendarView
from appointments_desktop.ui.calendar.navigation import add_months, visible_days
from appointments_desktop.ui.operations import Operations
from tests.conftest import Shop
from tests.gui.calendar_support import shown_calendar

LEFT = Qt.MouseButton.LeftButton
WEEK = (datetime(2026, 11, 22), datetime(2026, 11, 29))


@pytest.fixture
def calendar(qtbot: QtBot, operations: Operations, shop: Shop, settings: QSettings) -> CalendarView:
    return shown_calendar(qtbot, operations, settings)


def days(first: date, count: int) -> list[date]:
    return [first + timedelta(days=offset) for offset in range(count)]


def test_previous_next_and_today_buttons_move_by_a_period(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    bar = calendar.navigation
    qtbot.mouseClick(bar.next_button, LEFT)
    assert calendar.current_range() == (datetime(2026, 11, 29), datetime(2026, 12, 6))
    assert " ".join(bar.title.text().split()) == "Nov 29 – Dec 5, 2026"  # babel's thin spaces
    qtbot.mouseClick(bar.previous_button, LEFT)
    qtbot.mouseClick(bar.previous_button, LEFT)
    assert calendar.current_range() == (datetime(2026, 11, 15), datetime(2026, 11, 22))
    qtbot.mouseClick(bar.today_button, LEFT)
    assert calendar.current_range() == WEEK


def test_the_view_buttons_are_exclusive_and_switch_the_view(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    buttons = {
        name: calendar.findChild(object, name)
        for name in ("dayButton", "workWeekButton", "weekButton", "monthButton")
    }
    assert buttons["weekButton"].isChecked()
    qtbot.mouseClick(buttons["dayButton"], LEFT)
    assert calendar.mode is CalendarMode.DAY
    assert calendar.current_range() == (datetime(2026, 11, 25), datetime(2026, 11, 26))
    assert [b.isChecked() for b in buttons.values()] == [True, False, False, False]
    qtbot.mouseClick(buttons["workWeekButton"], LEFT)
    assert calendar.visible_days() == days(date(2026, 11, 23), 5)
    qtbot.mouseClick(buttons["monthButton"], LEFT)
    assert calendar.stack.currentWidget() is calendar.month_grid
    assert calendar.current_range() == (datetime(2026, 11, 1), datetime(2026, 12, 13))


def test_keys_switch_views_and_move_through_time(qtbot: QtBot, calendar: CalendarView) -> None:
    calendar.grid.setFocus()
    qtbot.keyClick(calendar.grid, Qt.Key.Key_PageDown)
    assert calendar.current_range() == (datetime(2026, 11, 29), datetime(2026, 12, 6))
    qtbot.keyClick(calendar.grid, Qt.Key.Key_T)
    assert calendar.current_range() == WEEK
    qtbot.keyClick(calendar, Qt.Key.Key_D)
    assert calendar.mode is CalendarMode.DAY
    qtbot.keyClick(calendar.grid, Qt.Key.Key_Right)
    assert calendar.current_range() == (datetime(2026, 11, 26), datetime(2026, 11, 27))
    qtbot.keyClick(calendar.grid, Qt.Key.Key_PageUp)
    assert calendar.anchor == date(2026, 11, 25)
    qtbot.keyClick(calendar, Qt.Key.Key_M)
    assert calendar.mode is CalendarMode.MONTH
    qtbot.keyClick(calendar, Qt.Key.Key_PageDown)
    assert calendar.anchor == date(2026, 12, 25)
    qtbot.keyClick(calendar, Qt.Key.Key_W)
    assert calendar.mode is CalendarMode.WEEK
    assert calendar.current_range() == (datetime(2026, 12, 20), datetime(2026, 12, 27))


def test_up_and_down_scroll_the_hours(
    qtbot: QtBot, operations: Operations, shop: Shop, settings: QSettings
) -> None:
    view = CalendarView(operations, settings=settings)
    qtbot.addWidget(view)
    view.resize(900, 300)  # too low for every hour: the grid scrolls
    view.show()
    qtbot.waitExposed(view)
    bar = view.time_panel.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    qtbot.keyClick(view.grid, Qt.Key.Key_Down)
    assert bar.value() > 0
    qtbot.keyClick(view.grid, Qt.Key.Key_Up)
    assert bar.value() == 0


def test_the_date_picker_goes_to_the_picked_day(calendar: CalendarView) -> None:
    picker = calendar.navigation.calendar
    picker.clicked.emit(QDate(2027, 1, 14))
    assert calendar.anchor == date(2027, 1, 14)
    assert calendar.current_range() == (datetime(2027, 1, 10), datetime(2027, 1, 17))


def test_clicking_a_day_title_opens_that_day(qtbot: QtBot, calendar: CalendarView) -> None:
    header = calendar.time_panel.header
    title = header.column_rect(5)  # Friday
    qtbot.mouseClick(header, LEFT, pos=title.center().toPoint())
    assert calendar.mode is CalendarMode.DAY and calendar.anchor == date(2026, 11, 27)


def test_the_chosen_view_and_options_are_remembered(
    qtbot: QtBot, calendar: CalendarView, operations: Operations, settings: QSettings
) -> None:
    calendar.set_mode(CalendarMode.MONTH)
    qtbot.mouseClick(calendar.navigation.show_cancelled, LEFT)
    again = CalendarView(operations, settings=settings)
    qtbot.addWidget(again)
    assert again.mode is CalendarMode.MONTH
    assert not again.options.show_cancelled and not again.navigation.show_cancelled.isChecked()


@pytest.mark.parametrize(
    ("locale", "week", "work_week"),
    [
        ("en_US", days(date(2026, 11, 22), 7), days(date(2026, 11, 23), 5)),
        ("de_DE", days(date(2026, 11, 23), 7), days(date(2026, 11, 23), 5)),
        ("ar_EG", days(date(2026, 11, 21), 7), days(date(2026, 11, 22), 5)),  # Fri-Sat off
    ],
)
def test_weeks_follow_the_locale(locale: str, week: list[date], work_week: list[date]) -> None:
    set_locale(locale)
    assert visible_days(CalendarMode.WEEK, date(2026, 11, 25)) == week
    assert visible_days(CalendarMode.WORK_WEEK, date(2026, 11, 25)) == work_week


def test_months_step_to_the_same_day_or_the_last_one() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)
    assert add_months(date(2026, 1, 31), -2) == date(2025, 11, 30)


def test_in_the_month_view_d_opens_the_day_picked_with_the_arrows(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    calendar.grid.setFocus()
    qtbot.keyClick(calendar.grid, Qt.Key.Key_M)
    month = calendar.month_grid
    qtbot.keyClick(month, Qt.Key.Key_Down)
    qtbot.keyClick(month, Qt.Key.Key_D)
    assert calendar.mode is CalendarMode.DAY and calendar.anchor == date(2026, 12, 2)
