"""Opening hours: edited in their dialog, stored for every desk, followed by the calendar."""

from __future__ import annotations

from datetime import date, datetime, time

import peewee
from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QTimeEdit
from pytestqt.qtbot import QtBot

from appointments_desktop.storage.settings import opening_hours
from appointments_desktop.ui.calendar import CalendarView
from appointments_desktop.ui.dialogs import OpeningHoursDialog
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations


def open_hours_dialog(qtbot: QtBot, operations: Operations) -> OpeningHoursDialog:
    dialog = OpeningHoursDialog(operations)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_new_hours_are_stored_on_ok_and_announced(
    qtbot: QtBot, db: peewee.Database, operations: Operations, events: AppEvents
) -> None:
    dialog = open_hours_dialog(qtbot, operations)
    opens = dialog.findChild(QTimeEdit, "opensField")
    closes = dialog.findChild(QTimeEdit, "closesField")
    assert opens.time() == QTime(8, 0) and closes.time() == QTime(19, 0)
    opens.setTime(QTime(9, 30))
    closes.setTime(QTime(18, 0))
    with qtbot.waitSignal(events.records_changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert opening_hours() == (time(9, 30), time(18, 0))


def test_closing_before_opening_disables_ok_says_why_and_stores_nothing(
    qtbot: QtBot, db: peewee.Database, operations: Operations
) -> None:
    dialog = open_hours_dialog(qtbot, operations)
    dialog.findChild(QTimeEdit, "closesField").setTime(QTime(7, 0))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    problem = dialog.findChild(QLabel, "hoursProblem").text()
    assert problem == "The shop must open before it closes."
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert opening_hours() == (time(8, 0), time(19, 0))


def test_the_calendar_follows_new_hours_at_once(
    qtbot: QtBot, db: peewee.Database, operations: Operations, settings: QSettings
) -> None:
    calendar = CalendarView(operations, settings=settings)
    qtbot.addWidget(calendar)
    calendar.show()
    calendar.set_date(date(2026, 11, 26))
    ten = datetime(2026, 11, 26, 10, 0)
    before = calendar.grid.point_for(ten).y()
    operations.set_opening_hours(time(10, 0), time(16, 0))
    assert calendar.grid.point_for(ten).y() < before  # 10:00 is now the top row
