"""The editor open modeless, beside the list and other editors, while records change."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from appointments_desktop import Action, Appointment, AppointmentType, Operator
from appointments_desktop.ui.editor import AppointmentDialog
from appointments_desktop.ui.operations import Operations
from tests.conftest import Shop
from tests.gui.conftest import MessageAnswerer
from tests.gui.editor_support import child, choose, click, open_editor

TOMORROW_9 = datetime(2026, 11, 26, 9, 0)


@pytest.fixture
def booked(shop: Shop) -> Appointment:
    """A pending 30-minute appointment tomorrow at 9:00, José with Alice."""
    return shop.book(TOMORROW_9, 30)


@pytest.fixture
def dialog(qtbot: QtBot, operations: Operations, booked: Appointment) -> AppointmentDialog:
    """The editor, open on ``booked``."""
    return open_editor(qtbot, operations, booked)


def _confirm_from_the_list(operations: Operations, booked: Appointment) -> None:
    """The list (another window, same notices) confirms ``booked``."""
    operations.apply_action(Appointment.get_by_id(booked.id), Action.CONFIRM)


def _items(combo: QComboBox) -> list[str]:
    return [combo.itemText(row) for row in range(combo.count())]


def test_the_operator_and_type_lists_follow_record_changes_and_keep_the_choice(
    operations: Operations, shop: Shop, dialog: AppointmentDialog
) -> None:
    operators = child(dialog, QComboBox, "operatorField")
    types = child(dialog, QComboBox, "typeField")

    operations.save_record(Operator(name="Carla"))
    consultation = AppointmentType.get_by_id(shop.consultation.id)
    consultation.name, consultation.default_duration_minutes = "Advice", 45
    operations.save_record(consultation)
    operations.save_record(AppointmentType(name="Fitting", colour="#2e7d32"))

    assert (_items(operators), operators.currentText()) == (["Alice", "Bob", "Carla"], "Alice")
    assert (_items(types), types.currentText()) == (["Advice", "Fitting", "Repair"], "Advice")
    assert child(dialog, QSpinBox, "durationField").value() == 30
    assert not dialog.has_unsaved_changes()
    assert child(dialog, QPushButton, "saveButton").isEnabled()


def test_a_refresh_keeps_the_users_choice_and_the_appointments_retired_operator(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    dialog = open_editor(qtbot, operations, shop.book(TOMORROW_9, 30, shop.alice))
    operators = child(dialog, QComboBox, "operatorField")
    choose(qtbot, operators, "Bob")

    operations.set_active(Operator.get_by_id(shop.alice.id), False)

    assert (_items(operators), operators.currentText()) == (["Bob", "Alice (inactive)"], "Bob")
    assert dialog.has_unsaved_changes()
    choose(qtbot, operators, "Alice (inactive)")
    assert not dialog.has_unsaved_changes()


def test_a_chosen_type_deleted_elsewhere_is_no_longer_offered_and_save_says_why(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    dialog = open_editor(qtbot, operations, start=TOMORROW_9, operator_id=shop.bob.id)
    dialog.form.customer.set_customer(shop.kim)
    types = child(dialog, QComboBox, "typeField")
    choose(qtbot, types, "Repair")

    operations.delete_record(AppointmentType.get_by_id(shop.repair.id))

    assert (_items(types), types.currentIndex()) == (["Consultation"], -1)
    assert child(dialog, QLabel, "typeProblem").isVisible()
    assert not child(dialog, QPushButton, "saveButton").isEnabled()


def test_closing_by_the_windows_x_with_unsaved_changes_asks_first(
    qtbot: QtBot, operations: Operations, shop: Shop, answer_message_boxes: MessageAnswerer
) -> None:
    appointment = shop.book(TOMORROW_9, 30, notes="First")
    dialog = open_editor(qtbot, operations, appointment)
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "notesField"), " and more")

    seen = answer_message_boxes("confirmReject")
    assert dialog.close() is False
    assert "Your changes to this appointment are not saved." in seen[0]
    assert dialog.isVisible()

    answer_message_boxes("confirmAccept")
    assert dialog.close() is True
    assert not dialog.isVisible()
    assert Appointment.get_by_id(appointment.id).notes == "First"


def test_several_editors_open_at_once_each_save_their_own_appointment(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    first = shop.book(TOMORROW_9, 30, shop.alice, shop.jose)
    second = shop.book(TOMORROW_9, 30, shop.bob, shop.kim)
    editors = [open_editor(qtbot, operations, first), open_editor(qtbot, operations, second)]

    for editor, words in zip(editors, ["For Jose", "For Kim"], strict=True):
        qtbot.keyClicks(child(editor, QPlainTextEdit, "notesField"), words)
    for editor in reversed(editors):
        click(qtbot, child(editor, QPushButton, "saveButton"))

    assert [Appointment.get_by_id(a.id).notes for a in (first, second)] == ["For Jose", "For Kim"]
    assert [e.appointment.id for e in editors if e.appointment] == [first.id, second.id]
    assert [e.result() for e in editors] == [AppointmentDialog.DialogCode.Accepted] * 2


def test_an_editor_deleted_on_close_no_longer_listens_to_record_changes(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    dialog = AppointmentDialog(operations, shop.book(TOMORROW_9, 30))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    with qtbot.waitSignal(dialog.destroyed):
        dialog.close()

    operations.save_record(Operator(name="Dana"))

    assert Operator.select().count() == 3


def test_an_untouched_editor_shows_a_change_made_elsewhere_at_once(
    operations: Operations, booked: Appointment, dialog: AppointmentDialog
) -> None:
    confirm_button = child(dialog, QPushButton, "confirmButton")
    assert confirm_button.isEnabled()
    _confirm_from_the_list(operations, booked)
    assert child(dialog, QLabel, "statusLabel").text() == "Confirmed"
    assert not confirm_button.isEnabled()


def test_an_editor_with_typing_keeps_it_when_a_change_comes_from_elsewhere(
    qtbot: QtBot, operations: Operations, booked: Appointment, dialog: AppointmentDialog
) -> None:
    notes = child(dialog, QPlainTextEdit, "notesField")
    qtbot.keyClicks(notes, "Call first")
    _confirm_from_the_list(operations, booked)
    assert notes.toPlainText() == "Call first"
    assert dialog.has_unsaved_changes()
