"""The to-do docks: To Confirm (one-click confirming, the hours setting) and Reminders Due
(the ready-to-copy reminder, "Reminder sent")."""

from __future__ import annotations

from datetime import datetime, timedelta

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QSpinBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from appointments_desktop import Action, Appointment, Status
from appointments_desktop.storage.todo import confirm_window_hours
from appointments_desktop.ui.docks.reminders import RemindersDock
from appointments_desktop.ui.docks.rows import Field
from appointments_desktop.ui.docks.to_confirm import ToConfirmDock
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW, Shop
from tests.gui.conftest import MessageAnswerer
from tests.gui.dock_support import (
    MovableClock,
    cell_text,
    click_cell,
    double_click_cell,
    label_text,
    listed_ids,
    show,
    table_of,
)
from tests.unit.storage_support import give_status, recorded_sql

TOMORROW = datetime(2026, 11, 26)


@pytest.fixture
def booked(shop: Shop) -> dict[str, Appointment]:
    """Around NOW (Wed 25 Nov, 10:00): three to confirm, two reminders due, others neither."""
    rows = {
        "in_47h": shop.book(NOW + timedelta(hours=47), customer=shop.kim),
        "in_2h": shop.book(NOW + timedelta(hours=2), appointment_type=shop.repair),
        "in_20h": shop.book(NOW + timedelta(hours=20), customer=shop.zoe, operator=shop.bob),
        "in_49h": shop.book(NOW + timedelta(hours=49)),
        "past": shop.book(NOW - timedelta(hours=1)),
        "cancelled": shop.book(NOW + timedelta(hours=3)),
        "remind_late": shop.book(TOMORROW.replace(hour=16), customer=shop.kim),
        "remind_early": shop.book(
            TOMORROW.replace(hour=9),
            operator=shop.bob,
            customer=shop.zoe,
            appointment_type=shop.repair,
        ),
        "reminded": shop.book(TOMORROW.replace(hour=11)),
        "day_after": shop.book(TOMORROW + timedelta(days=1, hours=9)),
        "today_confirmed": shop.book(NOW + timedelta(hours=5)),
    }
    give_status(rows["cancelled"], Status.CANCELLED)
    for name in ("remind_late", "remind_early", "reminded", "day_after", "today_confirmed"):
        give_status(rows[name], Status.CONFIRMED)
    rows["reminded"].mark_reminder_sent(now=NOW - timedelta(hours=1))
    return rows


def ids(booked: dict[str, Appointment], *names: str) -> list[int]:
    return [int(booked[name].id) for name in names]


@pytest.fixture
def to_confirm(qtbot: QtBot, operations: Operations, booked: object) -> ToConfirmDock:
    dock = ToConfirmDock(operations)
    show(qtbot, dock)
    return dock


@pytest.fixture
def reminders(qtbot: QtBot, operations: Operations, booked: object) -> RemindersDock:
    dock = RemindersDock(operations)
    show(qtbot, dock)
    return dock


def stored(appointment: Appointment) -> Appointment:
    found = Appointment.find(appointment.id)
    assert found is not None
    return found


# -- To Confirm ----------------------------------------------------------------------------


def test_to_confirm_lists_pending_appointments_of_the_next_48_hours_soonest_first(
    to_confirm: ToConfirmDock, booked: dict[str, Appointment]
) -> None:
    assert to_confirm.objectName() == "toConfirmDock"
    assert to_confirm.windowTitle() == "To Confirm"
    assert listed_ids(to_confirm) == ids(booked, "in_2h", "in_20h", "in_47h")
    assert cell_text(to_confirm, 0, Field.WHEN) == "Today, 12:00 PM"
    assert cell_text(to_confirm, 1, Field.WHEN) == "Tomorrow, 6:00 AM"
    assert cell_text(to_confirm, 0, Field.ACTION) == "Confirm"
    assert label_text(to_confirm, "toConfirmCount") == "3 to confirm"
    assert to_confirm.findChild(QSpinBox, "confirmWindowHours").value() == 48


def test_to_confirm_models_keep_qts_model_contract(
    qtmodeltester: ModelTester, to_confirm: ToConfirmDock, reminders: RemindersDock
) -> None:
    qtmodeltester.check(to_confirm.model)
    qtmodeltester.check(reminders.model)


def test_clicking_a_rows_confirm_button_confirms_it_and_the_row_leaves(
    qtbot: QtBot, to_confirm: ToConfirmDock, booked: dict[str, Appointment]
) -> None:
    click_cell(qtbot, to_confirm, 1, Field.ACTION)
    confirmed = stored(booked["in_20h"])
    assert confirmed.status == Status.CONFIRMED
    assert confirmed.confirmation_sent_at == NOW
    assert stored(booked["in_2h"]).status == Status.PENDING
    assert listed_ids(to_confirm) == ids(booked, "in_2h", "in_47h")


def test_the_confirm_button_and_ctrl_return_confirm_the_selected_row(
    qtbot: QtBot, to_confirm: ToConfirmDock, booked: dict[str, Appointment]
) -> None:
    assert to_confirm.rows.current_row().id == booked["in_2h"].id  # the first, by default
    qtbot.mouseClick(to_confirm.findChild(QPushButton, "confirmButton"), Qt.MouseButton.LeftButton)
    assert stored(booked["in_2h"]).status == Status.CONFIRMED
    assert to_confirm.rows.current_row().id == booked["in_20h"].id  # the next takes its place
    table_of(to_confirm).setFocus()
    qtbot.keyClick(table_of(to_confirm), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stored(booked["in_20h"]).status == Status.CONFIRMED
    assert listed_ids(to_confirm) == ids(booked, "in_47h")


def test_double_click_opens_and_a_double_click_on_confirm_confirms_just_once(
    qtbot: QtBot, to_confirm: ToConfirmDock, booked: dict[str, Appointment]
) -> None:
    with qtbot.waitSignal(to_confirm.open_requested) as opened:
        double_click_cell(qtbot, to_confirm, 2, Field.CUSTOMER)
    assert opened.args == [booked["in_47h"].id]
    with qtbot.assertNotEmitted(to_confirm.open_requested):
        double_click_cell(qtbot, to_confirm, 0, Field.ACTION)
    assert stored(booked["in_2h"]).status == Status.CONFIRMED
    assert stored(booked["in_20h"]).status == Status.PENDING
    assert listed_ids(to_confirm) == ids(booked, "in_20h", "in_47h")


def test_a_refused_confirm_is_explained_and_the_list_shows_what_is_stored(
    qtbot: QtBot,
    to_confirm: ToConfirmDock,
    booked: dict[str, Appointment],
    answer_message_boxes: MessageAnswerer,
) -> None:
    stored(booked["in_2h"]).confirm(now=NOW)  # another desk, without telling this one
    seen = answer_message_boxes("")
    click_cell(qtbot, to_confirm, 0, Field.ACTION)
    assert len(seen) == 1 and "confirm" in seen[0].casefold()
    assert listed_ids(to_confirm) == ids(booked, "in_20h", "in_47h")


def test_a_status_change_made_elsewhere_reloads_to_confirm(
    to_confirm: ToConfirmDock, operations: Operations, booked: dict[str, Appointment]
) -> None:
    operations.apply_action(booked["in_20h"], Action.CANCEL)
    assert listed_ids(to_confirm) == ids(booked, "in_2h", "in_47h")


def test_the_hours_box_stores_the_setting_and_changes_the_rows(
    qtbot: QtBot, to_confirm: ToConfirmDock, booked: dict[str, Appointment]
) -> None:
    box = to_confirm.findChild(QSpinBox, "confirmWindowHours")
    box.setValue(72)
    box.editingFinished.emit()
    assert confirm_window_hours() == 72
    assert listed_ids(to_confirm)[-1] == booked["in_49h"].id
    box.stepDown()  # arrows: stored once the user pauses
    qtbot.waitUntil(lambda: confirm_window_hours() == 60)
    assert box.text() == "60 hours"


def test_an_empty_to_confirm_names_the_window_in_words(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    dock = ToConfirmDock(operations)
    show(qtbot, dock)
    assert label_text(dock, "toConfirmEmpty") == "Nothing to confirm in the next 48 hours."
    assert not table_of(dock).isVisible()
    assert not dock.findChild(QPushButton, "confirmButton").isVisible()
    operations.set_confirm_window_hours(1)
    assert label_text(dock, "toConfirmEmpty") == "Nothing to confirm in the next 1 hour."
    assert dock.findChild(QSpinBox, "confirmWindowHours").text() == "1 hour"


def test_the_minute_tick_drops_a_pending_appointment_whose_start_passed(
    qtbot: QtBot, operations: Operations, booked: dict[str, Appointment]
) -> None:
    clock = MovableClock()
    dock = ToConfirmDock(Operations(operations.events, clock=clock))
    show(qtbot, dock)
    clock.now = NOW + timedelta(hours=2, minutes=1)
    dock.minute_passed()
    assert listed_ids(dock) == ids(booked, "in_20h", "in_47h", "in_49h")  # 49h: now within 48


# -- Reminders Due -------------------------------------------------------------------------


def test_reminders_lists_tomorrows_confirmed_appointments_without_a_reminder(
    reminders: RemindersDock, booked: dict[str, Appointment]
) -> None:
    assert reminders.objectName() == "remindersDock"
    assert reminders.windowTitle() == "Reminders Due"
    assert listed_ids(reminders) == ids(booked, "remind_early", "remind_late")
    assert cell_text(reminders, 0, Field.ACTION) == "Sent"  # short: the customer needs room
    assert label_text(reminders, "remindersCount") == "2 reminders to send"


def test_the_first_reminder_is_ready_to_copy_with_babels_date_and_time(
    qtbot: QtBot, reminders: RemindersDock
) -> None:
    text = reminders.findChild(QPlainTextEdit, "reminderText").toPlainText()
    for part in ("ZOË Müller", "Bob", "Repair", "Thursday, November 26, 2026", "9:00\u202fAM"):
        assert part in text
    qtbot.mouseClick(
        reminders.findChild(QPushButton, "copyReminderButton"), Qt.MouseButton.LeftButton
    )
    assert QGuiApplication.clipboard().text() == text
    assert reminders.findChild(QLabel, "copyFeedback").text() == "Copied"
    table_of(reminders).selectRow(1)
    text = reminders.findChild(QPlainTextEdit, "reminderText").toPlainText()
    assert "Kim Lee" in text and "4:00\u202fPM" in text
    assert reminders.findChild(QLabel, "copyFeedback").text() == ""


def test_a_rows_reminder_sent_button_stamps_it_and_the_row_leaves(
    qtbot: QtBot, reminders: RemindersDock, booked: dict[str, Appointment]
) -> None:
    click_cell(qtbot, reminders, 0, Field.ACTION)
    sent = stored(booked["remind_early"])
    assert sent.reminder_sent_at == NOW
    assert sent.status == Status.CONFIRMED
    assert listed_ids(reminders) == ids(booked, "remind_late")
    assert "Kim Lee" in reminders.findChild(QPlainTextEdit, "reminderText").toPlainText()


def test_ctrl_return_marks_the_selected_reminder_sent_then_the_dock_is_calm(
    qtbot: QtBot, reminders: RemindersDock, booked: dict[str, Appointment]
) -> None:
    table_of(reminders).setFocus()
    for _row in range(2):
        qtbot.keyClick(table_of(reminders), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert stored(booked["remind_late"]).reminder_sent_at == NOW
    assert listed_ids(reminders) == []
    assert label_text(reminders, "remindersEmpty") == "No reminders due for tomorrow."
    assert not reminders.findChild(QPushButton, "copyReminderButton").isVisible()


def test_double_click_on_a_reminder_asks_to_open_it(
    qtbot: QtBot, reminders: RemindersDock, booked: dict[str, Appointment]
) -> None:
    with qtbot.waitSignal(reminders.open_requested) as opened:
        double_click_cell(qtbot, reminders, 1, Field.WHEN)
    assert opened.args == [booked["remind_late"].id]


# -- queries -------------------------------------------------------------------------------


def statements_per_reload(
    qtbot: QtBot, dock: ToConfirmDock | RemindersDock, db: peewee.Database
) -> int:
    """How many SQL statements the shown ``dock`` runs to reload after a change."""
    show(qtbot, dock)
    with recorded_sql(db) as statements:
        dock.operations.events.appointments_changed.emit()
    return len(statements)


def book_tomorrow(shop: Shop, count: int) -> list[Appointment]:
    return [
        shop.book(TOMORROW + timedelta(minutes=10 * n), customer=shop.kim) for n in range(count)
    ]


@pytest.mark.parametrize("count", [3, 60])
def test_a_to_confirm_reload_reads_the_setting_and_the_rows_whatever_their_number(
    qtbot: QtBot, operations: Operations, shop: Shop, db: peewee.Database, count: int
) -> None:
    book_tomorrow(shop, count)
    dock = ToConfirmDock(operations)
    assert statements_per_reload(qtbot, dock, db) == 2
    assert dock.model.rowCount() == count


@pytest.mark.parametrize("count", [3, 60])
def test_a_reminders_reload_makes_one_query_whatever_the_number_of_rows(
    qtbot: QtBot, operations: Operations, shop: Shop, db: peewee.Database, count: int
) -> None:
    for appointment in book_tomorrow(shop, count):
        give_status(appointment, Status.CONFIRMED)
    dock = RemindersDock(operations)
    assert statements_per_reload(qtbot, dock, db) == 1
    assert dock.model.rowCount() == count
