"""The appointment editor books: customers found or added inline, type and duration, checks."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from appointments_desktop import Appointment, Customer, Operator, Status, set_shop_time_zone
from appointments_desktop.ui.editor import AppointmentDialog
from appointments_desktop.ui.editor.customer_field import CustomerField
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations
from tests.conftest import Shop
from tests.gui.conftest import MessageAnswerer
from tests.gui.editor_support import child, choose, click, count_changes, open_editor, retype

TOMORROW_9 = datetime(2026, 11, 26, 9, 0)


@pytest.fixture
def dialog(qtbot: QtBot, operations: Operations, shop: Shop) -> AppointmentDialog:
    """The editor for a new appointment tomorrow at 9:00, nothing else chosen yet."""
    return open_editor(qtbot, operations, start=TOMORROW_9)


def _type_customer(qtbot: QtBot, dialog: AppointmentDialog, text: str) -> CustomerField:
    """Type ``text`` into the customer field; returns the field."""
    field = child(dialog, CustomerField, "customerField")
    qtbot.keyClicks(field, text)
    return field


def test_a_customer_added_inline_is_booked_from_the_editor(
    qtbot: QtBot, operations: Operations, events: AppEvents, shop: Shop
) -> None:
    changes = count_changes(events)
    records_changed: list[None] = []
    events.records_changed.connect(lambda: records_changed.append(None))
    dialog = open_editor(qtbot, operations, start=TOMORROW_9, operator_id=shop.bob.id)

    click(qtbot, child(dialog, QPushButton, "newCustomerButton"))
    qtbot.keyClicks(child(dialog, QLineEdit, "newCustomerName"), "Maria Lopez")
    qtbot.keyClicks(child(dialog, QLineEdit, "newCustomerPhone"), "+34 611 222 333")
    click(qtbot, child(dialog, QPushButton, "addCustomerButton"))
    choose(qtbot, child(dialog, QComboBox, "typeField"), "Repair")
    click(qtbot, child(dialog, QPushButton, "saveButton"))

    maria = Customer.get(Customer.name == "Maria Lopez")
    assert (maria.phone, len(records_changed)) == ("+34 611 222 333", 1)
    booked = Appointment.get()
    assert (booked.customer_id, booked.operator_id) == (maria.id, shop.bob.id)
    assert booked.appointment_type_id == shop.repair.id
    assert (booked.scheduled_at, booked.duration_minutes) == (TOMORROW_9, 60)
    assert booked.status == Status.PENDING
    assert len(changes) == 1
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.appointment is not None and dialog.appointment.id == booked.id


def test_a_customer_without_a_name_is_refused_in_words(
    qtbot: QtBot, dialog: AppointmentDialog
) -> None:
    click(qtbot, child(dialog, QPushButton, "newCustomerButton"))
    phone = child(dialog, QLineEdit, "newCustomerPhone")
    qtbot.keyClicks(phone, "+34 611 222 333")

    assert not child(dialog, QPushButton, "addCustomerButton").isEnabled()
    qtbot.keyClick(phone, Qt.Key.Key_Return)

    assert child(dialog, QLabel, "newCustomerProblem").text() == "Enter a name."
    assert Customer.select().count() == 3
    assert dialog.isVisible()


def test_typing_part_of_a_name_or_phone_finds_the_customer_by_keyboard(
    qtbot: QtBot, dialog: AppointmentDialog, shop: Shop
) -> None:
    field = _type_customer(qtbot, dialog, "jose")
    popup = field.match_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "José García · +34 600 123 456"

    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)

    assert (field.text(), field.customer_id()) == ("José García", shop.jose.id)
    assert not child(dialog, QLabel, "customerProblem").isVisible()
    field.clear()
    qtbot.keyClicks(field, "600 123")
    assert popup.model().rowCount() == 1
    assert field.customer_id() is None


def test_a_whole_name_typed_without_the_list_chooses_that_customer(
    qtbot: QtBot, dialog: AppointmentDialog, shop: Shop
) -> None:
    field = _type_customer(qtbot, dialog, "kim lee")
    field.match_completer.popup().hide()
    field.editingFinished.emit()
    assert field.customer_id() == shop.kim.id


def test_choosing_a_type_fills_the_duration_unless_it_was_set_by_hand(
    qtbot: QtBot, dialog: AppointmentDialog
) -> None:
    kind = child(dialog, QComboBox, "typeField")
    duration = child(dialog, QSpinBox, "durationField")

    choose(qtbot, kind, "Repair")
    assert duration.value() == 60
    choose(qtbot, kind, "Consultation")
    assert duration.value() == 30
    retype(qtbot, duration, "45")
    choose(qtbot, kind, "Repair")
    assert duration.value() == 45


def test_editing_keeps_a_duration_that_differs_from_the_types_default(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    appointment = shop.book(TOMORROW_9, 50)
    dialog = open_editor(qtbot, operations, appointment)
    choose(qtbot, child(dialog, QComboBox, "typeField"), "Repair")
    assert child(dialog, QSpinBox, "durationField").value() == 50


def test_the_end_time_follows_the_start_and_the_duration(
    qtbot: QtBot, dialog: AppointmentDialog
) -> None:
    end = child(dialog, QLabel, "endTimeLabel")
    duration = child(dialog, QSpinBox, "durationField")
    start = child(dialog, QDateTimeEdit, "scheduledAtField")
    assert end.text() == "9:30\u202fAM"

    retype(qtbot, duration, "90")
    assert end.text() == "10:30\u202fAM"
    start.setFocus()
    start.setCurrentSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClick(start, Qt.Key.Key_Up)
    assert end.text() == "11:30\u202fAM"
    retype(qtbot, duration, "900")
    assert end.text() == "11/27/26, 1:00\u202fAM"
    retype(qtbot, duration, "")
    assert end.text() == "—"


def test_the_start_defaults_to_the_next_quarter_hour_in_the_locales_format(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    dialog = open_editor(qtbot, operations)
    assert child(dialog, QDateTimeEdit, "scheduledAtField").text() == "11/25/2026, 10:15\u202fAM"


def test_refused_input_disables_save_says_why_and_writes_nothing(
    qtbot: QtBot, operations: Operations, events: AppEvents, shop: Shop
) -> None:
    changes = count_changes(events)
    dialog = open_editor(qtbot, operations, start=TOMORROW_9, operator_id=shop.alice.id)
    save = child(dialog, QPushButton, "saveButton")
    choose(qtbot, child(dialog, QComboBox, "typeField"), "Consultation")
    assert not save.isEnabled()
    assert child(dialog, QLabel, "customerProblem").text() == "Choose a customer."

    dialog.findChild(CustomerField, "customerField").set_customer(shop.kim)
    assert save.isEnabled()
    duration = child(dialog, QSpinBox, "durationField")
    retype(qtbot, duration, "0")

    assert not save.isEnabled()
    problem = child(dialog, QLabel, "durationProblem")
    assert problem.isVisible()
    assert problem.text() == "The duration must be a whole number of minutes from 1 to 1,440."
    click(qtbot, save)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert Appointment.select().count() == 0
    assert changes == []
    assert dialog.isVisible()


def test_a_double_booking_is_shown_and_booked_only_when_accepted(
    qtbot: QtBot, operations: Operations, shop: Shop, answer_message_boxes: MessageAnswerer
) -> None:
    shop.book(TOMORROW_9, 30, shop.alice, shop.kim)
    changes = count_changes(operations.events)
    dialog = open_editor(
        qtbot, operations, start=datetime(2026, 11, 26, 9, 15), operator_id=shop.alice.id
    )
    dialog.findChild(CustomerField, "customerField").set_customer(shop.jose)
    choose(qtbot, child(dialog, QComboBox, "typeField"), "Consultation")
    save = child(dialog, QPushButton, "saveButton")

    seen = answer_message_boxes("confirmReject")
    click(qtbot, save)
    assert "This time overlaps 1 other appointment." in seen[0]
    assert "11/26/26, 9:00\u202fAM – 9:30\u202fAM: Kim Lee with Alice (Consultation)" in seen[0]
    assert Appointment.select().count() == 1
    assert (changes, dialog.isVisible()) == ([], True)

    answer_message_boxes("confirmAccept")
    click(qtbot, save)
    assert Appointment.select().count() == 2
    assert dialog.appointment is not None and dialog.appointment.customer_id == shop.jose.id
    assert len(changes) == 1
    assert dialog.result() == dialog.DialogCode.Accepted


def test_operators_and_types_offered_are_the_active_ones_plus_the_one_in_use(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    appointment = shop.book(TOMORROW_9, 30, shop.alice)
    operations.set_active(Operator.get_by_id(shop.alice.id), False)

    editor, new_booking = (
        open_editor(qtbot, operations, appointment),
        open_editor(qtbot, operations),
    )
    editing = child(editor, QComboBox, "operatorField")
    booking = child(new_booking, QComboBox, "operatorField")

    assert editing.currentText() == "Alice (inactive)"
    assert [editing.itemText(i) for i in range(editing.count())] == ["Bob", "Alice (inactive)"]
    assert [booking.itemText(i) for i in range(booking.count())] == ["Bob"]


def test_enter_in_the_new_customer_form_adds_the_customer_not_the_appointment(
    qtbot: QtBot, operations: Operations, events: AppEvents, shop: Shop
) -> None:
    changes = count_changes(events)
    dialog = open_editor(qtbot, operations, start=TOMORROW_9, operator_id=shop.alice.id)
    dialog.findChild(CustomerField, "customerField").set_customer(shop.jose)
    choose(qtbot, child(dialog, QComboBox, "typeField"), "Consultation")
    click(qtbot, child(dialog, QPushButton, "newCustomerButton"))
    name = child(dialog, QLineEdit, "newCustomerName")
    qtbot.keyClicks(name, "Ana Ruiz")

    qtbot.keyClick(name, Qt.Key.Key_Return)

    ana = Customer.get(Customer.name == "Ana Ruiz")
    assert dialog.findChild(CustomerField, "customerField").customer_id() == ana.id
    assert (Appointment.select().count(), changes, dialog.isVisible()) == (0, [], True)
    assert not child(dialog, QWidget, "newCustomerForm").isVisible()


def test_a_start_in_the_hour_skipped_by_the_clocks_is_refused_beside_the_field(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    set_shop_time_zone("Europe/Madrid")
    dialog = open_editor(
        qtbot, operations, start=datetime(2026, 3, 29, 2, 30), operator_id=shop.alice.id
    )
    dialog.findChild(CustomerField, "customerField").set_customer(shop.kim)
    choose(qtbot, child(dialog, QComboBox, "typeField"), "Consultation")

    problem = child(dialog, QLabel, "scheduledAtProblem")
    assert problem.isVisible()
    assert problem.text().startswith("This time does not exist in Europe/Madrid")
    assert not child(dialog, QPushButton, "saveButton").isEnabled()


def test_a_save_refused_by_the_core_shows_why_beside_the_field_and_writes_nothing(
    qtbot: QtBot, operations: Operations, events: AppEvents, shop: Shop
) -> None:
    dialog = open_editor(qtbot, operations, start=TOMORROW_9, operator_id=shop.alice.id)
    dialog.findChild(CustomerField, "customerField").set_customer(shop.kim)
    choose(qtbot, child(dialog, QComboBox, "typeField"), "Consultation")
    operations.delete_record(Customer.get_by_id(shop.kim.id))
    changes = count_changes(events)

    click(qtbot, child(dialog, QPushButton, "saveButton"))

    assert child(dialog, QLabel, "customerProblem").text() == "This customer no longer exists."
    assert (Appointment.select().count(), changes, dialog.isVisible()) == (0, [], True)


def test_a_new_booking_opens_calm_and_says_why_save_waits(
    qtbot: QtBot, dialog: AppointmentDialog
) -> None:
    save = child(dialog, QPushButton, "saveButton")
    customer_problem = child(dialog, QLabel, "customerProblem")
    assert not save.isEnabled()
    assert not customer_problem.isVisible()
    assert "Choose a customer." in save.toolTip()
    choose(qtbot, child(dialog, QComboBox, "typeField"), "Repair")
    assert customer_problem.isVisible() and customer_problem.text() == "Choose a customer."
