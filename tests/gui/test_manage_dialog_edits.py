"""The management dialogs never lose edits silently and follow changes made elsewhere."""

from __future__ import annotations

import peewee
import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from appointments_desktop import Customer, Operator
from appointments_desktop.ui.dialogs import CustomersDialog, OperatorsDialog
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations
from tests.conftest import Shop
from tests.gui.conftest import MessageAnswerer
from tests.gui.manage_support import (
    Opener,
    button,
    choose,
    click,
    label,
    line,
    list_texts,
    renamed_unsaved,
    retype,
    selected_text,
    type_filter,
)


@pytest.fixture
def elsewhere(events: AppEvents) -> Operations:
    """Another window's write path on the same notices (e.g. the booking editor)."""
    return Operations(events)


# -- unsaved edits ----------------------------------------------------------------------------


def test_choosing_another_record_asks_and_going_back_keeps_the_edits(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, asked: list[str]
) -> None:
    dialog = renamed_unsaved(open_dialog)
    choose(qtbot, dialog, "Bob")
    assert asked == [
        "Your changes to “Alice” have not been saved.\nGo back to keep editing, then click Save."
    ]
    assert line(dialog, "nameField").text() == "Alicia"
    assert selected_text(dialog) == "Alice"
    assert button(dialog, "saveButton").isEnabled()


def test_choosing_another_record_and_discarding_shows_it_and_writes_nothing(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, answer_message_boxes: MessageAnswerer
) -> None:
    seen = answer_message_boxes("confirmAccept")
    dialog = renamed_unsaved(open_dialog)
    choose(qtbot, dialog, "Bob")
    assert len(seen) == 1
    assert line(dialog, "nameField").text() == "Bob"
    assert Operator.get_by_id(shop.alice.id).name == "Alice"
    assert list_texts(dialog) == ["Alice", "Bob"]


def test_edits_undone_by_hand_are_not_unsaved(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, asked: list[str]
) -> None:
    dialog = renamed_unsaved(open_dialog)
    retype(qtbot, line(dialog, "nameField"), "Alice")
    assert not button(dialog, "saveButton").isEnabled()
    choose(qtbot, dialog, "Bob")
    assert asked == []
    assert line(dialog, "nameField").text() == "Bob"


def test_adding_with_unsaved_edits_asks_first(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, asked: list[str]
) -> None:
    dialog = open_dialog(CustomersDialog)
    qtbot.keyClicks(line(dialog, "phoneField"), "9")
    click(qtbot, button(dialog, "addButton"))
    assert len(asked) == 1
    assert label(dialog, "formTitle").text() == "José García"


def test_a_new_record_not_saved_is_named_as_such(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, asked: list[str]
) -> None:
    dialog = open_dialog(CustomersDialog)
    click(qtbot, button(dialog, "addButton"))
    qtbot.keyClicks(line(dialog, "nameField"), "Ana")
    choose(qtbot, dialog, "Kim")
    assert asked[0].startswith("The new customer has not been saved.")
    assert line(dialog, "nameField").text() == "Ana"


@pytest.mark.parametrize(
    ("answer", "still_open"), [("confirmReject", True), ("confirmAccept", False)]
)
def test_closing_with_unsaved_edits_asks(
    qtbot: QtBot,
    open_dialog: Opener,
    answer_message_boxes: MessageAnswerer,
    answer: str,
    still_open: bool,
) -> None:
    alice = Operator.create(name="Alice")
    seen = answer_message_boxes(answer)
    dialog = renamed_unsaved(open_dialog)
    click(qtbot, button(dialog, "closeButton"))
    assert len(seen) == 1
    assert dialog.isVisible() is still_open
    assert Operator.get_by_id(alice.id).name == "Alice"


def test_closing_without_edits_does_not_ask(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, asked: list[str]
) -> None:
    dialog = open_dialog(OperatorsDialog)
    click(qtbot, button(dialog, "closeButton"))
    assert asked == []
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


# -- changes made elsewhere ------------------------------------------------------------------


def test_records_added_elsewhere_appear_in_the_list(
    open_dialog: Opener, shop: Shop, elsewhere: Operations
) -> None:
    dialog = open_dialog(OperatorsDialog)
    elsewhere.save_record(Operator(name="Carol"))
    assert list_texts(dialog) == ["Alice", "Bob", "Carol"]
    assert selected_text(dialog) == "Alice"


def test_a_rename_elsewhere_shows_in_the_form_when_it_has_no_edits(
    open_dialog: Opener, shop: Shop, elsewhere: Operations
) -> None:
    dialog = open_dialog(OperatorsDialog)
    shop.alice.name = "Alicia"
    elsewhere.save_record(shop.alice)
    assert line(dialog, "nameField").text() == "Alicia"
    assert list_texts(dialog) == ["Alicia", "Bob"]


def test_a_change_elsewhere_keeps_unsaved_edits(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, elsewhere: Operations
) -> None:
    dialog = renamed_unsaved(open_dialog, "Ally")
    elsewhere.save_record(Operator(name="Carol"))
    assert line(dialog, "nameField").text() == "Ally"
    assert "Carol" in list_texts(dialog)
    assert button(dialog, "saveButton").isEnabled()


def test_a_record_deleted_elsewhere_leaves_the_form_empty(
    open_dialog: Opener, shop: Shop, elsewhere: Operations
) -> None:
    dialog = open_dialog(OperatorsDialog)
    elsewhere.delete_record(shop.alice)
    assert list_texts(dialog) == ["Bob"]
    assert line(dialog, "nameField").text() == ""
    assert not line(dialog, "nameField").isEnabled()
    assert not button(dialog, "deleteButton").isEnabled()


def test_edits_to_a_record_deleted_elsewhere_are_not_saved_silently(
    qtbot: QtBot,
    open_dialog: Opener,
    shop: Shop,
    elsewhere: Operations,
    answer_message_boxes: MessageAnswerer,
) -> None:
    seen = answer_message_boxes("confirmAccept")
    dialog = renamed_unsaved(open_dialog)
    elsewhere.delete_record(shop.alice)
    assert line(dialog, "nameField").text() == "Alicia"  # the edits are still there
    click(qtbot, button(dialog, "saveButton"))
    assert seen[0].startswith("“Alice” was deleted in another window")
    assert [operator.name for operator in Operator.select()] == ["Bob"]


# -- empty and long lists --------------------------------------------------------------------


def test_an_empty_list_invites_adding(open_dialog: Opener, db: peewee.Database) -> None:
    dialog = open_dialog(CustomersDialog)
    assert list_texts(dialog) == []
    assert label(dialog, "recordListNote").text() == "None yet: click Add to create one."
    assert label(dialog, "formTitle").text() == "Choose one from the list, or click Add."
    assert not button(dialog, "deleteButton").isEnabled()
    assert not button(dialog, "saveButton").isEnabled()
    assert button(dialog, "addButton").isEnabled()


def test_a_long_customer_list_says_it_shows_only_the_first_ones(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CustomersDialog, "list_limit", 2)
    dialog = open_dialog(CustomersDialog)
    assert len(list_texts(dialog)) == 2
    assert label(dialog, "recordListNote").text() == (
        "Showing the first 2: type to narrow the list."
    )
    type_filter(qtbot, dialog, "kim")
    assert list_texts(dialog) == ["Kim Lee"]
    assert not label(dialog, "recordListNote").isVisible()


def test_a_customer_saved_elsewhere_is_found_by_the_filter(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, elsewhere: Operations
) -> None:
    dialog = open_dialog(CustomersDialog)
    type_filter(qtbot, dialog, "nunez")
    assert list_texts(dialog) == []
    elsewhere.save_record(Customer(name="Ana Núñez"))
    assert list_texts(dialog) == ["Ana Núñez"]
