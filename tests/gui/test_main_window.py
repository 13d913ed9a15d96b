"""The main window: start-up, menus and shortcuts, welcome page, status commands, layout."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import peewee
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from appointments_desktop import Appointment, AppointmentType, Operator, Status
from appointments_desktop.storage.scopes import Scope
from appointments_desktop.ui import MainWindow
from appointments_desktop.ui.calendar import CalendarMode
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.mainwindow.actions import ActionId
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW, Shop
from tests.gui.conftest import MessageAnswerer
from tests.gui.editor_support import child, choose, click

WindowMaker = Callable[[], MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, db: peewee.Database, operations: Operations, settings: QSettings
) -> WindowMaker:
    """Builds a shown main window over the test database, as the program does."""

    def make() -> MainWindow:
        window = MainWindow(db, operations=operations, settings=settings)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def booked(shop: Shop) -> dict[str, Appointment]:
    rows = {
        "pending": shop.book(datetime(2026, 11, 26, 9, 0)),
        "completed": shop.book(datetime(2026, 11, 24, 9, 0), customer=shop.zoe),
        "past_pending": shop.book(datetime(2026, 11, 25, 8, 0), customer=shop.kim),
    }
    rows["completed"].mark_completed(now=datetime(2026, 11, 24, 10, 0))
    return rows


def test_the_window_has_the_stable_object_names(make_window: WindowMaker, shop: Shop) -> None:
    window = make_window()
    assert window.objectName() == "mainWindow"
    assert isinstance(window.findChild(QTableView, "appointmentList"), QTableView)
    assert isinstance(window.findChild(QComboBox, "scopeFilter"), QComboBox)
    assert isinstance(window.findChild(QLineEdit, "searchField"), QLineEdit)


def test_menus_and_standard_shortcuts(make_window: WindowMaker, shop: Shop) -> None:
    window = make_window()
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "Appointments", "View", "Manage", "Help"]
    actions = window.actions_by_id
    assert actions[ActionId.NEW_APPOINTMENT].shortcut() == QKeySequence("Ctrl+N")
    assert actions[ActionId.FIND].shortcut() == QKeySequence("Ctrl+F")
    assert actions[ActionId.QUIT].shortcut() == QKeySequence("Ctrl+Q")
    view_menu = window.view_menu
    assert any("Tool Bar" in a.text() for a in view_menu.actions())


def test_ctrl_f_puts_the_cursor_in_the_search_box(
    qtbot: QtBot, make_window: WindowMaker, shop: Shop
) -> None:
    window = make_window()
    window.list_panel.search_field.setText("old search")
    window.list_panel.table.setFocus()
    window.actions_by_id[ActionId.FIND].trigger()
    assert window.focusWidget() is window.list_panel.search_field
    assert window.list_panel.search_field.selectedText() == "old search"


def test_an_empty_database_shows_the_welcome_until_operator_and_type_exist(
    make_window: WindowMaker, operations: Operations
) -> None:
    window = make_window()
    assert window.pages.currentWidget() is window.welcome
    assert not window.actions_by_id[ActionId.NEW_APPOINTMENT].isEnabled()
    operations.save_record(Operator(name="Ana"))
    assert window.pages.currentWidget() is window.welcome
    assert "✓" in window.welcome.add_operator_button.text()
    operations.save_record(AppointmentType(name="Fitting", default_duration_minutes=30))
    assert window.pages.currentWidget() is window.calendar  # the working page by default
    assert window.actions_by_id[ActionId.NEW_APPOINTMENT].isEnabled()


def test_the_welcome_page_loads_the_sample_shop_after_asking(
    qtbot: QtBot, make_window: WindowMaker, answer_message_boxes: MessageAnswerer
) -> None:
    window = make_window()
    seen = answer_message_boxes("confirmReject")
    qtbot.mouseClick(window.welcome.sample_button, Qt.MouseButton.LeftButton)
    assert Appointment.select().count() == 0
    assert "sample shop" in seen[-1]
    answer_message_boxes("confirmAccept")
    window.welcome.sample_button.click()
    assert Appointment.select().count() > 1000
    assert window.pages.currentWidget() is window.calendar  # the working page by default
    assert window.list_panel.model.rowCount() == Appointment.select().count()


def test_status_commands_follow_the_status_machine_for_the_selection(
    make_window: WindowMaker, booked: dict[str, Appointment]
) -> None:
    window = make_window()
    window.show_list()  # the list's selection is the one acted on
    actions = window.actions_by_id
    status_ids = [
        ActionId.CONFIRM,
        ActionId.CANCEL_APPOINTMENT,
        ActionId.COMPLETE,
        ActionId.NO_SHOW,
        ActionId.REMINDER_SENT,
    ]
    assert not any(actions[i].isEnabled() for i in status_ids)
    window.list_panel.select_appointment(int(booked["pending"].id))
    assert [actions[i].isEnabled() for i in status_ids] == [True, True, True, False, True]
    assert "starts" in actions[ActionId.NO_SHOW].toolTip()
    window.list_panel.select_appointment(int(booked["past_pending"].id))
    assert actions[ActionId.NO_SHOW].isEnabled()
    window.list_panel.select_appointment(int(booked["completed"].id))
    assert not any(actions[i].isEnabled() for i in status_ids)
    assert "final" in actions[ActionId.CONFIRM].toolTip()


def test_confirming_from_the_tool_bar_writes_and_refreshes_every_scope(
    make_window: WindowMaker, booked: dict[str, Appointment]
) -> None:
    window = make_window()
    window.show_list()  # the list's selection is the one acted on
    target = booked["pending"]
    window.list_panel.set_scope(Scope.PENDING)
    window.list_panel.select_appointment(int(target.id))
    window.actions_by_id[ActionId.CONFIRM].trigger()
    stored = Appointment.get_by_id(target.id)
    assert stored.status == Status.CONFIRMED and stored.confirmation_sent_at == NOW
    assert target.id not in [a.id for a in window.list_panel.model._rows]
    window.list_panel.set_scope(Scope.CONFIRMED)
    assert window.list_panel.select_appointment(int(target.id))
    assert "Confirm" in window.statusBar().currentMessage()


def test_delete_in_the_list_asks_and_only_cancels_when_told(
    qtbot: QtBot,
    make_window: WindowMaker,
    booked: dict[str, Appointment],
    answer_message_boxes: MessageAnswerer,
) -> None:
    window = make_window()
    target = booked["pending"]
    window.list_panel.select_appointment(int(target.id))
    seen = answer_message_boxes("confirmReject")
    qtbot.keyClick(window.list_panel.table, Qt.Key.Key_Delete)
    assert Appointment.get_by_id(target.id).status == Status.PENDING
    assert "Cancel the appointment of José García" in seen[-1]
    answer_message_boxes("confirmAccept")
    qtbot.keyClick(window.list_panel.table, Qt.Key.Key_Delete)
    assert Appointment.get_by_id(target.id).status == Status.CANCELLED


def menu_entries(qtbot: QtBot, window: MainWindow, appointment: Appointment) -> dict[str, bool]:
    """Right-click ``appointment`` in the list; the menu's entries and whether enabled."""
    window.show_list()
    window.list_panel.select_appointment(int(appointment.id))
    offered: dict[str, bool] = {}

    def read_and_close_menu() -> None:
        menu = window.findChild(QMenu, "appointmentMenu")
        for action in menu.actions():
            if action.text():
                offered[action.text().replace("&", "")] = action.isEnabled()
        menu.close()

    QTimer.singleShot(50, read_and_close_menu)
    table = window.list_panel.table
    table.customContextMenuRequested.emit(table.visualRect(table.currentIndex()).center())
    qtbot.waitUntil(lambda: window.findChild(QMenu, "appointmentMenu") is None)
    return offered


def test_the_context_menu_offers_only_the_allowed_actions(
    qtbot: QtBot, make_window: WindowMaker, booked: dict[str, Appointment]
) -> None:
    window = make_window()
    assert menu_entries(qtbot, window, booked["pending"]) == {
        "Edit Appointment…": True,
        "Confirm": True,
        "Reminder sent": True,
        "Mark completed": True,
        "Cancel appointment": True,
    }
    assert menu_entries(qtbot, window, booked["completed"]) == {
        "Edit Appointment…": True,
        "No status change possible": False,
    }


def test_size_filter_and_columns_are_remembered_between_runs(
    make_window: WindowMaker, shop: Shop
) -> None:
    first = make_window()
    first.resize(760, 540)  # the offscreen screen is 800x600
    left = (first.width(), first.height())  # at least the window's minimum width
    first.list_panel.set_scope(Scope.UPCOMING)
    first.list_panel.table.horizontalHeader().resizeSection(2, 321)
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == left
    assert second.list_panel.scope is Scope.UPCOMING
    assert second.list_panel.table.horizontalHeader().sectionSize(2) == 321


def test_the_receptionists_loop_book_find_confirm_in_the_real_window(
    qtbot: QtBot, make_window: WindowMaker, shop: Shop
) -> None:
    window = make_window()
    window.show_list()  # the list's selection is the one acted on
    window.actions_by_id[ActionId.NEW_APPOINTMENT].trigger()
    editor = window.editor
    assert editor is not None and editor.isVisible()
    click(qtbot, child(editor, QPushButton, "newCustomerButton"))
    qtbot.keyClicks(child(editor, QLineEdit, "newCustomerName"), "Maria Lopez")
    click(qtbot, child(editor, QPushButton, "addCustomerButton"))
    choose(qtbot, child(editor, QComboBox, "operatorField"), "Bob")
    choose(qtbot, child(editor, QComboBox, "typeField"), "Repair")
    click(qtbot, child(editor, QPushButton, "saveButton"))
    qtbot.waitUntil(lambda: window.editor is None)

    booked = Appointment.get()
    assert booked.customer.name == "Maria Lopez" and booked.status == Status.PENDING
    selected = window.list_panel.current_row()
    assert selected is not None and selected.id == booked.id
    assert "Maria Lopez" in window.statusBar().currentMessage()
    for scope, listed in ((Scope.PENDING, True), (Scope.CONFIRMED, False), (Scope.ALL, True)):
        window.list_panel.set_scope(scope)
        assert window.list_panel.select_appointment(int(booked.id)) is listed

    tool_bar = window.findChild(QToolBar, "mainToolBar")
    confirm_button = tool_bar.widgetForAction(window.actions_by_id[ActionId.CONFIRM])
    click(qtbot, confirm_button)
    assert Appointment.get_by_id(booked.id).status == Status.CONFIRMED
    window.list_panel.set_scope(Scope.CONFIRMED)
    assert window.list_panel.select_appointment(int(booked.id))
    assert not window.actions_by_id[ActionId.CONFIRM].isEnabled()


def test_enter_in_the_list_opens_the_editor_on_that_appointment(
    qtbot: QtBot, make_window: WindowMaker, booked: dict[str, Appointment]
) -> None:
    window = make_window()
    window.list_panel.select_appointment(int(booked["pending"].id))
    qtbot.keyClick(window.list_panel.table, Qt.Key.Key_Return)
    assert window.editor is not None
    assert window.editor.appointment is not None
    assert window.editor.appointment.id == booked["pending"].id


def test_the_manage_menu_opens_each_management_dialog(make_window: WindowMaker, shop: Shop) -> None:
    window = make_window()
    for action_id, name in (
        (ActionId.MANAGE_CUSTOMERS, "customersDialog"),
        (ActionId.MANAGE_OPERATORS, "operatorsDialog"),
        (ActionId.MANAGE_TYPES, "appointmentTypesDialog"),
    ):
        window.actions_by_id[action_id].trigger()
        dialog = window.findChild(QDialog, name)
        assert dialog is not None and dialog.isVisible(), name
        dialog.close()


def test_retiring_every_operator_keeps_the_appointments_in_view(
    make_window: WindowMaker, booked: dict[str, Appointment], shop: Shop, operations: Operations
) -> None:
    window = make_window()
    assert window.pages.currentWidget() is window.calendar  # the working page by default
    for operator in (shop.alice, shop.bob):
        operations.set_active(operator, False)
    assert window.pages.currentWidget() is window.calendar  # the working page by default
    assert window.list_panel.model.rowCount() == len(booked)
    assert not window.actions_by_id[ActionId.NEW_APPOINTMENT].isEnabled()


def test_editors_do_not_block_the_window_and_open_once_per_appointment(
    make_window: WindowMaker, booked: dict[str, Appointment]
) -> None:
    window = make_window()
    first = window.open_appointment(booked["pending"])
    assert not first.isModal() and first.isVisible()
    second = window.open_appointment(booked["completed"])
    assert second is not first and window.editor is second
    assert window.open_appointment(Appointment.get_by_id(booked["pending"].id)) is first
    window.list_panel.set_scope(Scope.COMPLETED)  # the window still answers
    assert window.list_panel.model.rowCount() == 1
    second.close()
    assert window.editor is first


@dataclass
class ClockedWindow:
    """A main window whose clock the test moves, and a way to move it."""

    window: MainWindow
    now: list[datetime]

    def move_to(self, moment: datetime) -> None:
        """Set the clock and let the window's minute tick run."""
        self.now[0] = moment
        self.window._clock_moved()


@pytest.fixture
def clocked(
    qtbot: QtBot,
    db: peewee.Database,
    events: AppEvents,
    settings: QSettings,
    booked: dict[str, Appointment],
) -> ClockedWindow:
    """The window over the ``booked`` appointments, its clock at NOW until moved."""
    now = [NOW]
    operations = Operations(events, clock=lambda: now[0])
    window = MainWindow(db, operations=operations, settings=settings)
    qtbot.addWidget(window)
    return ClockedWindow(window, now)


def test_each_minute_the_commands_follow_the_clock(
    clocked: ClockedWindow, booked: dict[str, Appointment]
) -> None:
    window = clocked.window
    window.show_list()
    window.list_panel.select_appointment(int(booked["pending"].id))  # tomorrow 09:00
    assert not window.actions_by_id[ActionId.NO_SHOW].isEnabled()
    clocked.move_to(datetime(2026, 11, 26, 9, 1))
    assert window.actions_by_id[ActionId.NO_SHOW].isEnabled()


def test_each_minute_today_rolls_over_to_the_new_day(
    clocked: ClockedWindow, booked: dict[str, Appointment]
) -> None:
    panel = clocked.window.list_panel
    panel.set_scope(Scope.TODAY)
    assert [panel.model.appointment_at(0).id] == [booked["past_pending"].id]
    clocked.move_to(datetime(2026, 11, 26, 0, 0))
    assert [panel.model.appointment_at(0).id] == [booked["pending"].id]


def test_each_minute_the_window_notices_another_desks_writes(
    make_window: WindowMaker, booked: dict[str, Appointment], db: peewee.Database
) -> None:
    window = make_window()
    reloads: list[None] = []
    window.events.appointments_changed.connect(lambda: reloads.append(None))
    window._clock_moved()
    assert reloads == []  # nothing changed: no reload
    elsewhere = booked["pending"]
    other_desk = sqlite3.connect(str(db.database))  # another desk: its own connection
    other_desk.execute("UPDATE appointment SET status = 'confirmed' WHERE id = ?", [elsewhere.id])
    other_desk.commit()
    other_desk.close()
    window._clock_moved()
    assert reloads == [None]
    window._clock_moved()
    assert reloads == [None]  # noticed once
    window.show_list()
    window.list_panel.select_appointment(int(elsewhere.id))
    row = window.list_panel.current_row()
    assert row is not None and row.status == Status.CONFIRMED


def test_ctrl_1_and_ctrl_2_switch_list_and_calendar_and_the_choice_is_remembered(
    make_window: WindowMaker, shop: Shop
) -> None:
    first = make_window()
    calendar = first.findChild(QWidget, "calendarView")
    assert first.pages.currentWidget() is calendar
    assert first.actions_by_id[ActionId.SHOW_CALENDAR].shortcut() == QKeySequence("Ctrl+2")
    first.actions_by_id[ActionId.SHOW_LIST].trigger()
    assert first.pages.currentWidget() is first.list_panel
    first.close()
    second = make_window()
    assert second.pages.currentWidget() is second.list_panel
    second.actions_by_id[ActionId.SHOW_CALENDAR].trigger()
    assert second.pages.currentWidget() is second.calendar


def test_double_clicking_a_free_slot_in_the_day_view_opens_the_editor_there(
    qtbot: QtBot, make_window: WindowMaker, shop: Shop
) -> None:
    window = make_window()
    window.calendar.set_mode(CalendarMode.DAY)
    window.calendar.set_date(date(2026, 11, 26))
    grid = window.calendar.grid
    point = grid.point_for(datetime(2026, 11, 26, 11, 5), shop.bob.id).toPoint()
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=point)
    editor = window.editor
    assert editor is not None
    starts = child(editor, QDateTimeEdit, "scheduledAtField").dateTime().toPython()
    assert starts == datetime(2026, 11, 26, 11, 0)
    assert child(editor, QComboBox, "operatorField").currentText() == "Bob"


def test_double_clicking_a_block_opens_its_editor_and_a_drag_can_be_undone_from_the_menu(
    qtbot: QtBot, make_window: WindowMaker, booked: dict[str, Appointment]
) -> None:
    window = make_window()
    target = booked["pending"]  # Thu 26 Nov, 09:00
    window.calendar.set_date(date(2026, 11, 26))
    grid = window.calendar.grid
    inside = grid.point_for(datetime(2026, 11, 26, 9, 10)).toPoint()
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=inside)
    assert window.editor is not None and window.editor.appointment.id == target.id
    window.editor.close()
    window.calendar.grid.setFocus()
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=inside)
    later = grid.point_for(datetime(2026, 11, 26, 14, 10)).toPoint()
    qtbot.mouseMove(grid, later)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=later)
    assert Appointment.get_by_id(target.id).scheduled_at == datetime(2026, 11, 26, 14, 0)
    undo = window.actions_by_id[ActionId.UNDO]
    assert undo.text().replace("&", "") == "Undo Move appointment"
    undo.trigger()
    assert Appointment.get_by_id(target.id).scheduled_at == datetime(2026, 11, 26, 9, 0)


def test_on_the_calendar_the_commands_act_on_the_selected_block_not_the_list(
    qtbot: QtBot, make_window: WindowMaker, booked: dict[str, Appointment]
) -> None:
    window = make_window()
    window.list_panel.select_appointment(int(booked["past_pending"].id))  # hidden list
    window.calendar.set_date(date(2026, 11, 26))
    grid = window.calendar.grid
    block = grid.point_for(datetime(2026, 11, 26, 9, 10)).toPoint()  # booked["pending"]
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=block)
    confirm = window.actions_by_id[ActionId.CONFIRM]
    assert confirm.isEnabled()
    confirm.trigger()
    assert Appointment.get_by_id(booked["pending"].id).status == Status.CONFIRMED
    assert Appointment.get_by_id(booked["past_pending"].id).status == Status.PENDING
    assert not confirm.isEnabled()  # now confirmed: the command follows the block
