"""Undo and redo in the main window: Edit menu, shortcuts, every kind of write, refusals."""

from __future__ import annotations

from datetime import datetime, timedelta

import peewee
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QPushButton, QToolBar
from pytestqt.qtbot import QtBot

from appointments_desktop import Appointment, Status, ValidationError
from appointments_desktop.ui import MainWindow
from appointments_desktop.ui.editor.customer_field import CustomerField
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.mainwindow.actions import ActionId
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW, Shop
from tests.gui.conftest import MessageAnswerer
from tests.gui.editor_support import child, choose, click, count_changes

TOMORROW_9 = datetime(2026, 11, 26, 9, 0)


@pytest.fixture
def pending(shop: Shop) -> Appointment:
    """A pending appointment of José with Alice tomorrow at 9:00."""
    return shop.book(TOMORROW_9)


@pytest.fixture
def window(
    qtbot: QtBot,
    db: peewee.Database,
    operations: Operations,
    settings: QSettings,
    pending: Appointment,
) -> MainWindow:
    """The shown main window over the small shop with ``pending`` booked."""
    main = MainWindow(db, operations=operations, settings=settings)
    qtbot.addWidget(main)
    main.show()
    main.show_list()  # these tests act on the list's selection
    return main


def edit_menu_action(window: MainWindow, action_id: ActionId) -> QAction:
    """The command as placed in the Edit menu (so the test uses what the user sees)."""
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    wanted = window.actions_by_id[action_id]
    assert wanted in edit.actions()
    return wanted


def undo_text(window: MainWindow) -> str:
    return window.actions_by_id[ActionId.UNDO].text().replace("&", "")


def redo_text(window: MainWindow) -> str:
    return window.actions_by_id[ActionId.REDO].text().replace("&", "")


def stored(appointment: Appointment) -> Appointment:
    return Appointment.get_by_id(appointment.id)


def test_the_edit_menu_starts_with_undo_and_redo_disabled(window: MainWindow) -> None:
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    first = edit.actions()[:3]
    assert first[:2] == [window.actions_by_id[ActionId.UNDO], window.actions_by_id[ActionId.REDO]]
    assert first[2].isSeparator()
    assert (undo_text(window), redo_text(window)) == ("Undo", "Redo")
    assert not window.actions_by_id[ActionId.UNDO].isEnabled()
    assert not window.actions_by_id[ActionId.REDO].isEnabled()


def test_the_window_gives_its_stack_to_operations_without_one(
    window: MainWindow, operations: Operations
) -> None:
    assert operations.undo_stack is window.undo_stack


def test_a_confirm_from_the_tool_bar_is_undone_and_redone(
    qtbot: QtBot, window: MainWindow, pending: Appointment, events: AppEvents
) -> None:
    window.list_panel.select_appointment(int(pending.id))
    tool_bar = window.findChild(QToolBar, "mainToolBar")
    click(qtbot, tool_bar.widgetForAction(window.actions_by_id[ActionId.CONFIRM]))
    assert stored(pending).status is Status.CONFIRMED
    assert undo_text(window) == "Undo Confirm"
    changes = count_changes(events)

    edit_menu_action(window, ActionId.UNDO).trigger()
    assert stored(pending).status is Status.PENDING
    assert stored(pending).confirmation_sent_at is None
    assert (undo_text(window), redo_text(window)) == ("Undo", "Redo Confirm")
    assert window.actions_by_id[ActionId.CONFIRM].isEnabled()  # the commands followed

    edit_menu_action(window, ActionId.REDO).trigger()
    assert stored(pending).status is Status.CONFIRMED
    assert stored(pending).confirmation_sent_at == NOW
    assert len(changes) == 2


def test_a_cancel_is_undone_back_to_confirmed(
    window: MainWindow, pending: Appointment, answer_message_boxes: MessageAnswerer
) -> None:
    window.list_panel.select_appointment(int(pending.id))
    window.actions_by_id[ActionId.CONFIRM].trigger()
    answer_message_boxes("confirmAccept")
    window.actions_by_id[ActionId.CANCEL_APPOINTMENT].trigger()
    assert undo_text(window) == "Undo Cancel appointment"
    window.actions_by_id[ActionId.UNDO].trigger()
    assert stored(pending).status is Status.CONFIRMED
    assert undo_text(window) == "Undo Confirm"


def test_a_booking_made_in_the_editor_is_undone_and_redone_with_its_id(
    qtbot: QtBot, window: MainWindow, shop: Shop
) -> None:
    window.actions_by_id[ActionId.NEW_APPOINTMENT].trigger()
    editor = window.editor
    assert editor is not None
    child(editor, CustomerField, "customerField").set_customer(shop.kim)
    choose(qtbot, child(editor, QComboBox, "operatorField"), "Bob")
    choose(qtbot, child(editor, QComboBox, "typeField"), "Repair")
    click(qtbot, child(editor, QPushButton, "saveButton"))
    qtbot.waitUntil(lambda: window.editor is None)
    booked = Appointment.get(Appointment.customer == shop.kim)
    assert undo_text(window) == "Undo Book appointment"

    window.actions_by_id[ActionId.UNDO].trigger()
    assert Appointment.get_or_none(Appointment.id == booked.id) is None
    assert not window.list_panel.select_appointment(int(booked.id))

    window.actions_by_id[ActionId.REDO].trigger()
    again = stored(booked)
    assert (again.customer_id, again.scheduled_at) == (shop.kim.id, booked.scheduled_at)
    assert again.appointment_type_id == shop.repair.id
    assert window.list_panel.select_appointment(int(booked.id))


def test_an_edit_in_the_editor_is_named_and_undone(
    qtbot: QtBot, window: MainWindow, pending: Appointment
) -> None:
    editor = window.open_appointment(pending)
    choose(qtbot, child(editor, QComboBox, "typeField"), "Repair")
    click(qtbot, child(editor, QPushButton, "saveButton"))
    qtbot.waitUntil(lambda: window.editor is None)
    assert undo_text(window) == "Undo Edit appointment"
    window.actions_by_id[ActionId.UNDO].trigger()
    assert stored(pending).appointment_type_id == pending.appointment_type_id


def test_undo_after_another_desk_changed_it_says_so_and_changes_nothing(
    window: MainWindow,
    pending: Appointment,
    events: AppEvents,
    answer_message_boxes: MessageAnswerer,
) -> None:
    window.list_panel.select_appointment(int(pending.id))
    window.actions_by_id[ActionId.CONFIRM].trigger()
    other_desk = stored(pending)
    other_desk.notes = "Call before coming"
    other_desk.save()
    changes = count_changes(events)
    seen = answer_message_boxes("")

    window.actions_by_id[ActionId.UNDO].trigger()
    assert seen and seen[-1].startswith("Cannot undo “Confirm”: the appointment was changed since.")
    assert "Nothing was changed" in seen[-1]
    now = stored(pending)
    assert (now.status, now.notes, now.version) == (
        Status.CONFIRMED,
        "Call before coming",
        other_desk.version,
    )
    assert changes == []
    assert not window.undo_stack.canUndo() and not window.undo_stack.canRedo()
    assert not window.actions_by_id[ActionId.UNDO].isEnabled()


def test_a_refused_undo_leaves_the_other_commands_usable(
    window: MainWindow,
    operations: Operations,
    pending: Appointment,
    shop: Shop,
    answer_message_boxes: MessageAnswerer,
) -> None:
    later = shop.book(TOMORROW_9 + timedelta(hours=3), customer=shop.zoe)
    operations.resize_appointment(pending, 45)
    operations.move_appointment(later, TOMORROW_9 + timedelta(hours=4))
    other_desk = stored(later)
    other_desk.notes = "Changed elsewhere"
    other_desk.save()
    answer_message_boxes("")
    window.actions_by_id[ActionId.UNDO].trigger()  # the move: refused, dropped
    assert undo_text(window) == "Undo Change duration"
    window.actions_by_id[ActionId.UNDO].trigger()
    assert stored(pending).duration_minutes == 30
    assert stored(later).scheduled_at == TOMORROW_9 + timedelta(hours=4)


def test_a_refused_redo_says_so(
    window: MainWindow,
    operations: Operations,
    pending: Appointment,
    answer_message_boxes: MessageAnswerer,
) -> None:
    operations.resize_appointment(pending, 50)
    window.actions_by_id[ActionId.UNDO].trigger()
    other_desk = stored(pending)
    other_desk.notes = "Changed elsewhere"
    other_desk.save()
    seen = answer_message_boxes("")
    window.actions_by_id[ActionId.REDO].trigger()
    assert "Cannot redo “Change duration”" in seen[-1]
    assert stored(pending).duration_minutes == 30
    assert not window.actions_by_id[ActionId.REDO].isEnabled()


def test_a_move_is_undone_back_to_its_start_and_operator(
    window: MainWindow, operations: Operations, pending: Appointment, shop: Shop
) -> None:
    operations.move_appointment(pending, TOMORROW_9 + timedelta(hours=2), shop.bob.id)
    assert (pending.scheduled_at, pending.operator_id) == (
        TOMORROW_9 + timedelta(hours=2),
        shop.bob.id,
    )
    assert undo_text(window) == "Undo Move appointment"
    window.actions_by_id[ActionId.UNDO].trigger()
    row = stored(pending)
    assert (row.scheduled_at, row.operator_id) == (TOMORROW_9, shop.alice.id)
    window.actions_by_id[ActionId.REDO].trigger()
    row = stored(pending)
    assert (row.scheduled_at, row.operator_id) == (TOMORROW_9 + timedelta(hours=2), shop.bob.id)


def test_a_resize_is_undone_back_to_its_duration(
    window: MainWindow, operations: Operations, pending: Appointment
) -> None:
    operations.resize_appointment(pending, 90)
    assert stored(pending).duration_minutes == 90
    assert undo_text(window) == "Undo Change duration"
    window.actions_by_id[ActionId.UNDO].trigger()
    assert stored(pending).duration_minutes == 30


def test_a_refused_move_leaves_the_appointment_and_the_stack_alone(
    window: MainWindow, operations: Operations, pending: Appointment, shop: Shop
) -> None:
    pending.mark_completed(now=NOW)
    with pytest.raises(ValidationError):
        operations.move_appointment(pending, TOMORROW_9 + timedelta(hours=2), shop.bob.id)
    assert (pending.scheduled_at, pending.operator_id) == (TOMORROW_9, shop.alice.id)
    assert stored(pending).scheduled_at == TOMORROW_9
    assert not window.undo_stack.canUndo()


def test_operations_without_a_stack_record_nothing(events: AppEvents, shop: Shop) -> None:
    plain = Operations(events, clock=lambda: NOW)
    appointment = shop.book(TOMORROW_9)
    plain.move_appointment(appointment, TOMORROW_9 + timedelta(hours=1))
    assert plain.undo_stack is None
    assert stored(appointment).scheduled_at == TOMORROW_9 + timedelta(hours=1)


def test_undo_and_redo_use_the_platform_shortcuts(window: MainWindow) -> None:
    undo = window.actions_by_id[ActionId.UNDO]
    redo = window.actions_by_id[ActionId.REDO]
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Z") in undo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in redo.shortcuts()
    assert redo.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)


def test_ctrl_z_in_the_list_undoes(
    qtbot: QtBot, window: MainWindow, operations: Operations, pending: Appointment
) -> None:
    operations.resize_appointment(pending, 90)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window.list_panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(pending).duration_minutes == 30
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.list_panel.table, Qt.Key.Key_Z, shift_ctrl)
    assert stored(pending).duration_minutes == 90


ANSWERS = [("confirmReject", False), ("confirmAccept", True)]
"""The answer to "Book anyway?" and whether the undo then puts the appointment back."""


@pytest.mark.parametrize("case", ANSWERS, ids=["go back", "book anyway"])
def test_undoing_a_move_into_a_slot_booked_since_asks_first(
    window: MainWindow,
    pending: Appointment,
    shop: Shop,
    answer_message_boxes: MessageAnswerer,
    case: tuple[str, bool],
) -> None:
    answer, moved_back = case
    later = TOMORROW_9 + timedelta(hours=3)
    window.operations.move_appointment(Appointment.get_by_id(pending.id), later)
    shop.book(TOMORROW_9, allow_conflicts=False, customer=shop.zoe)  # another desk
    asked = answer_message_boxes(answer)
    edit_menu_action(window, ActionId.UNDO).trigger()
    assert "This time overlaps 1 other appointment." in asked[-1]
    assert stored(pending).scheduled_at == (TOMORROW_9 if moved_back else later)
