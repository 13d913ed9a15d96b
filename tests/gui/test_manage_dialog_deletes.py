"""Deleting from the management dialogs: in use is refused at once, unused asks first.

A record that appointments refer to is refused with their count before any question, and the
Delete button's tooltip says so beforehand; the core's own refusal still covers the race where
another desk books the record while the question is open.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from appointments_desktop import Appointment, AppointmentType, Customer, Operator
from appointments_desktop.ui.dialogs import (
    AppointmentTypesDialog,
    CustomersDialog,
    OperatorsDialog,
    base,
)
from appointments_desktop.ui.dialogs.base import Record
from appointments_desktop.ui.dialogs.wording import delete_tip
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations
from tests.conftest import Shop
from tests.gui.conftest import MessageAnswerer
from tests.gui.manage_support import (
    Emissions,
    Opener,
    button,
    choose,
    click,
    delete_row,
    label,
    line,
    list_texts,
    selected_text,
)

MORNING = datetime(2026, 12, 1, 9, 0)
QUESTION_MARK = "This cannot be undone."


@pytest.fixture
def seen(answer_message_boxes: MessageAnswerer) -> list[str]:
    """The text of each message box shown; a question is answered "Delete", a notice "OK"."""
    return answer_message_boxes("confirmAccept")


# -- in use: refused at once, with the count -------------------------------------------------


def test_deleting_a_customer_with_appointments_is_refused_without_asking(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, emitted: Emissions, seen: list[str]
) -> None:
    shop.book(MORNING)
    dialog = open_dialog(CustomersDialog)
    delete_row(qtbot, dialog, "José")
    assert len(seen) == 1
    assert "“José García” cannot be deleted: 1 appointment, past or planned" in seen[0]
    assert QUESTION_MARK not in seen[0]
    assert "Deactivate" not in seen[0]  # customers have no such thing
    assert Customer.get_or_none(Customer.id == shop.jose.id) is not None
    assert emitted.count == 0
    assert selected_text(dialog) == "José García · +34 600 123 456"


def test_deleting_an_operator_with_appointments_is_refused_and_deletes_nothing(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, emitted: Emissions, seen: list[str]
) -> None:
    for hour in (9, 11, 14):
        shop.book(MORNING.replace(hour=hour), operator=shop.bob)
    dialog = open_dialog(OperatorsDialog)
    delete_row(qtbot, dialog, "Bob")
    assert seen == [
        "“Bob” cannot be deleted: 3 appointments refer to it. "
        "Deactivate it instead, or move those appointments first.\n"
    ]
    assert Operator.get_or_none(Operator.id == shop.bob.id) is not None
    assert list_texts(dialog) == ["Alice", "Bob"]
    assert emitted.count == 0


def test_deleting_a_type_in_use_names_the_count_without_asking(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, seen: list[str]
) -> None:
    shop.book(MORNING, appointment_type=shop.repair)
    dialog = open_dialog(AppointmentTypesDialog)
    choose(qtbot, dialog, "Repair")
    assert label(dialog, "appointmentCountLabel").text() == "1"
    delete_row(qtbot, dialog)
    assert len(seen) == 1
    assert "1 appointment refers to it" in seen[0]
    assert AppointmentType.get_or_none(AppointmentType.id == shop.repair.id) is not None


# -- the Delete button says beforehand ----------------------------------------------------------


def test_the_delete_button_stays_enabled_and_its_tooltip_gives_the_count(
    qtbot: QtBot, open_dialog: Opener, shop: Shop
) -> None:
    for hour in (9, 11):
        shop.book(MORNING.replace(hour=hour), operator=shop.bob)
    dialog = open_dialog(OperatorsDialog)
    delete = button(dialog, "deleteButton")
    assert delete.isEnabled()
    assert delete.toolTip() == (
        "No appointment refers to “Alice”; you are asked before it is deleted."
    )
    choose(qtbot, dialog, "Bob")
    assert delete.isEnabled()
    assert delete.toolTip() == "2 appointments refer to “Bob”, so it cannot be deleted."
    click(qtbot, button(dialog, "addButton"))
    assert not delete.isEnabled()
    assert delete.toolTip() == ""


def test_a_booking_made_elsewhere_updates_the_count_and_the_tooltip(
    open_dialog: Opener, shop: Shop, events: AppEvents
) -> None:
    dialog = open_dialog(OperatorsDialog)
    assert label(dialog, "appointmentCountLabel").text() == "0"
    elsewhere = Operations(events)
    elsewhere.save_appointment(
        Appointment(
            customer=shop.kim,
            operator=shop.alice,
            appointment_type=shop.repair,
            scheduled_at=MORNING,
            duration_minutes=30,
        )
    )
    assert label(dialog, "appointmentCountLabel").text() == "1"
    assert button(dialog, "deleteButton").toolTip() == (
        "1 appointment refers to “Alice”, so it cannot be deleted."
    )


def test_the_tooltip_uses_the_singular_and_the_locales_digits() -> None:
    bob = Operator(id=7, name="Bob")
    assert delete_tip(bob, 1) == "1 appointment refers to “Bob”, so it cannot be deleted."
    assert delete_tip(bob, 1234) == "1,234 appointments refer to “Bob”, so it cannot be deleted."


# -- unused: asks, then deletes ------------------------------------------------------------------


def test_deleting_an_unreferenced_operator_asks_then_deletes(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, emitted: Emissions, seen: list[str]
) -> None:
    dialog = open_dialog(OperatorsDialog)
    delete_row(qtbot, dialog, "Alice")
    assert seen == [f"Delete the operator “Alice”?\n{QUESTION_MARK}"]
    assert Operator.get_or_none(Operator.id == shop.alice.id) is None
    assert list_texts(dialog) == ["Bob"]
    assert selected_text(dialog) == "Bob"
    assert line(dialog, "nameField").text() == "Bob"
    assert emitted.count == 1


def test_going_back_from_the_delete_question_deletes_nothing(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, asked: list[str]
) -> None:
    delete_row(qtbot, open_dialog(OperatorsDialog))
    assert len(asked) == 1
    assert Operator.select().count() == 2


@pytest.fixture
def another_desk_books_while_asking(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    """While the delete question is open, another desk books Kim (no notice reaches us)."""
    ask = base.ask_to_delete

    def booking_meanwhile(*args: object) -> bool:
        shop.book(MORNING, customer=shop.kim)  # straight to the database
        return ask(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(base, "ask_to_delete", booking_meanwhile)


@pytest.mark.usefixtures("another_desk_books_while_asking")
def test_a_booking_at_another_desk_while_asking_is_still_refused(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, emitted: Emissions, seen: list[str]
) -> None:
    """The check before asking passed; the core's check inside the delete catches the race."""
    dialog = open_dialog(CustomersDialog)
    delete_row(qtbot, dialog, "Kim")
    assert seen[0].startswith("Delete the customer “Kim Lee”?")
    assert "“Kim Lee” cannot be deleted: 1 appointment, past or planned" in seen[1]
    assert Customer.get_or_none(Customer.id == shop.kim.id) is not None
    assert emitted.count == 0
    assert selected_text(dialog) == "Kim Lee"
    assert label(dialog, "appointmentCountLabel").text() == "1"
    assert "1 appointment refers" in button(dialog, "deleteButton").toolTip()


@pytest.mark.parametrize("kind", [CustomersDialog, OperatorsDialog, AppointmentTypesDialog])
def test_every_kind_deletes_an_unused_record_after_asking(
    qtbot: QtBot,
    open_dialog: Opener,
    shop: Shop,
    seen: list[str],
    kind: type[CustomersDialog | OperatorsDialog | AppointmentTypesDialog],
) -> None:
    dialog = open_dialog(kind)
    record = dialog.current_record()
    assert record is not None
    delete_row(qtbot, dialog)
    assert len(seen) == 1
    assert QUESTION_MARK in seen[0]
    assert _gone(record)


def _gone(record: Record) -> bool:
    return type(record).get_or_none(type(record).id == record.id) is None
