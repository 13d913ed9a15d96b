"""The management dialogs, driven through their real widgets: add, edit, deactivate, delete."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QSpinBox, QSplitter
from pytestqt.qtbot import QtBot

from appointments_desktop import AppointmentType, Customer, Operator
from appointments_desktop.ui.dialogs import (
    AppointmentTypesDialog,
    CustomersDialog,
    OperatorsDialog,
    colour,
)
from appointments_desktop.ui.operations import Operations
from tests.conftest import Shop
from tests.gui.manage_support import (
    Emissions,
    Opener,
    button,
    child,
    choose,
    click,
    label,
    line,
    list_texts,
    new_record_form,
    record_list,
    renamed_unsaved,
    retype,
    selected_text,
    type_filter,
)

MORNING = datetime(2026, 12, 1, 9, 0)

pytestmark = pytest.mark.usefixtures("shop")  # every test starts from the small shop


# -- customers ------------------------------------------------------------------------------


def test_adding_a_customer_by_typing_and_clicking_save(
    qtbot: QtBot, open_dialog: Opener, emitted: Emissions
) -> None:
    dialog = new_record_form(open_dialog, CustomersDialog)
    assert dialog.objectName() == "customersDialog"
    assert label(dialog, "formTitle").text() == "New customer"
    assert line(dialog, "nameField").text() == ""
    assert not button(dialog, "saveButton").isEnabled()

    qtbot.keyClicks(line(dialog, "nameField"), "Ana Nunez")
    qtbot.keyClicks(line(dialog, "phoneField"), "0171 555 0199")
    qtbot.keyClicks(line(dialog, "emailField"), "ana@example.org")
    notes = child(dialog, QPlainTextEdit, "notesField")
    assert isinstance(notes, QPlainTextEdit)
    qtbot.keyClicks(notes, "Prefers mornings")
    assert dialog.isWindowModified()
    click(qtbot, button(dialog, "saveButton"))

    stored = Customer.get(Customer.name == "Ana Nunez")
    assert (stored.phone, stored.email, stored.notes) == (
        "0171 555 0199",
        "ana@example.org",
        "Prefers mornings",
    )
    assert emitted.count == 1
    assert selected_text(dialog) == "Ana Nunez · 0171 555 0199"
    assert label(dialog, "formTitle").text() == "Ana Nunez"
    assert not button(dialog, "saveButton").isEnabled()
    assert not dialog.isWindowModified()


def test_the_customer_form_shows_how_many_appointments_they_have(
    qtbot: QtBot, open_dialog: Opener, shop: Shop
) -> None:
    shop.book(MORNING)
    shop.book(MORNING.replace(hour=11))
    dialog = open_dialog(CustomersDialog)
    choose(qtbot, dialog, "José")
    assert label(dialog, "appointmentCountLabel").text() == "2"
    choose(qtbot, dialog, "Kim")
    assert label(dialog, "appointmentCountLabel").text() == "0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("jose", ["José García"]), ("ZOE", ["ZOË Müller"]), ("600 123", ["José García"])],
)
def test_the_customer_filter_searches_as_you_type_ignoring_case_and_accents(
    qtbot: QtBot, open_dialog: Opener, text: str, expected: list[str]
) -> None:
    dialog = open_dialog(CustomersDialog)
    assert len(list_texts(dialog)) == 3
    type_filter(qtbot, dialog, text)
    assert [row.split(" · ")[0] for row in list_texts(dialog)] == expected
    assert line(dialog, "nameField").text() == expected[0]


def test_a_filter_that_matches_nothing_says_so(qtbot: QtBot, open_dialog: Opener) -> None:
    dialog = open_dialog(CustomersDialog)
    type_filter(qtbot, dialog, "nobody")
    assert list_texts(dialog) == []
    assert label(dialog, "recordListNote").text() == "Nothing matches “nobody”."


def test_customers_cannot_be_deactivated(open_dialog: Opener) -> None:
    dialog = open_dialog(CustomersDialog)
    assert not button(dialog, "deactivateButton").isVisible()


# -- operators ------------------------------------------------------------------------------


def test_editing_an_operators_name(qtbot: QtBot, open_dialog: Opener, shop: Shop) -> None:
    dialog = open_dialog(OperatorsDialog)
    assert list_texts(dialog) == ["Alice", "Bob"]
    choose(qtbot, dialog, "Bob")
    retype(qtbot, line(dialog, "nameField"), "Robert")
    click(qtbot, button(dialog, "saveButton"))
    assert Operator.get_by_id(shop.bob.id).name == "Robert"
    assert list_texts(dialog) == ["Alice", "Robert"]
    assert selected_text(dialog) == "Robert"


def test_enter_in_a_field_saves(qtbot: QtBot, open_dialog: Opener, shop: Shop) -> None:
    dialog = renamed_unsaved(open_dialog)
    qtbot.keyClick(line(dialog, "nameField"), Qt.Key.Key_Return)
    assert Operator.get_by_id(shop.alice.id).name == "Alicia"


def test_enter_in_the_filter_moves_to_the_list_and_saves_nothing(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, emitted: Emissions
) -> None:
    dialog = renamed_unsaved(open_dialog)
    qtbot.keyClick(line(dialog, "recordFilter"), Qt.Key.Key_Return)
    assert emitted.count == 0
    assert dialog.focusWidget() is record_list(dialog)
    assert Operator.get_by_id(shop.alice.id).name == "Alice"


def test_escape_in_a_non_empty_filter_clears_it_and_a_second_escape_closes(
    qtbot: QtBot, open_dialog: Opener, asked: list[str]
) -> None:
    dialog = open_dialog(OperatorsDialog)
    field = type_filter(qtbot, dialog, "bo")
    assert list_texts(dialog) == ["Bob"]
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert list_texts(dialog) == ["Alice", "Bob"]
    assert selected_text(dialog) == "Bob"
    assert dialog.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert asked == []


def test_escape_in_the_filter_keeps_unsaved_edits_then_asks_before_closing(
    qtbot: QtBot, open_dialog: Opener, asked: list[str]
) -> None:
    dialog = renamed_unsaved(open_dialog)
    field = type_filter(qtbot, dialog, "li")
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert (field.text(), asked) == ("", [])
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert dialog.isVisible()
    assert line(dialog, "nameField").text() == "Alicia"


@pytest.mark.parametrize(("text", "expected"), [("LI", ["Alice"]), ("bO", ["Bob"]), ("%", [])])
def test_the_operator_filter_ignores_case(
    qtbot: QtBot, open_dialog: Opener, text: str, expected: list[str]
) -> None:
    dialog = open_dialog(OperatorsDialog)
    type_filter(qtbot, dialog, text)
    assert list_texts(dialog) == expected


def test_deactivating_and_reactivating_an_operator(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, emitted: Emissions
) -> None:
    dialog = open_dialog(OperatorsDialog)
    choose(qtbot, dialog, "Bob")
    deactivate = button(dialog, "deactivateButton")
    assert deactivate.text().replace("&", "") == "Deactivate"
    click(qtbot, deactivate)

    assert Operator.get_by_id(shop.bob.id).active is False
    assert list_texts(dialog) == ["Alice", "Bob (inactive)"]
    assert selected_text(dialog) == "Bob (inactive)"
    item = record_list(dialog).item(1)
    grey = dialog.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert item.foreground().color() == grey
    assert label(dialog, "formTitle").text() == "Bob (inactive)"
    assert deactivate.text().replace("&", "") == "Reactivate"

    click(qtbot, deactivate)
    assert Operator.get_by_id(shop.bob.id).active is True
    assert list_texts(dialog) == ["Alice", "Bob"]
    assert emitted.count == 2


def test_deactivating_keeps_unsaved_edits_in_the_form(
    qtbot: QtBot, open_dialog: Opener, shop: Shop
) -> None:
    dialog = renamed_unsaved(open_dialog)
    click(qtbot, button(dialog, "deactivateButton"))
    assert line(dialog, "nameField").text() == "Alicia"
    click(qtbot, button(dialog, "saveButton"))
    stored = Operator.get_by_id(shop.alice.id)
    assert (stored.name, stored.active) == ("Alicia", False)


def test_a_blank_name_keeps_save_disabled_says_why_and_writes_nothing(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, emitted: Emissions
) -> None:
    dialog = open_dialog(OperatorsDialog)
    name = line(dialog, "nameField")
    retype(qtbot, name, "   ")
    save = button(dialog, "saveButton")
    assert not save.isEnabled()
    assert label(dialog, "nameProblem").isVisible()
    assert label(dialog, "nameProblem").text() == "Enter a name."
    click(qtbot, save)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert Operator.get_by_id(shop.alice.id).name == "Alice"
    assert emitted.count == 0
    retype(qtbot, name, "Alicia")
    assert save.isEnabled()
    assert not label(dialog, "nameProblem").isVisible()


# -- appointment types -------------------------------------------------------------------------


def test_adding_a_type_with_a_colour_and_a_default_duration(
    qtbot: QtBot, open_dialog: Opener, emitted: Emissions
) -> None:
    dialog = new_record_form(open_dialog, AppointmentTypesDialog)
    assert dialog.objectName() == "appointmentTypesDialog"
    qtbot.keyClicks(line(dialog, "nameField"), "Fitting")
    duration = child(dialog, QSpinBox, "durationField")
    assert isinstance(duration, QSpinBox)
    assert (duration.minimum(), duration.maximum(), duration.suffix()) == (1, 1440, " min")
    duration.lineEdit().selectAll()
    qtbot.keyClicks(duration, "45")
    dialog.set_colour("#AA3300")
    assert button(dialog, "colourButton").text() == "#aa3300"
    click(qtbot, button(dialog, "saveButton"))

    stored = AppointmentType.get(AppointmentType.name == "Fitting")
    assert (stored.default_duration_minutes, stored.colour, stored.active) == (45, "#aa3300", True)
    assert emitted.count == 1
    assert list_texts(dialog) == ["Consultation", "Fitting", "Repair"]
    assert selected_text(dialog) == "Fitting"
    assert not record_list(dialog).item(1).icon().isNull()  # the colour swatch


def test_a_duplicate_type_name_is_refused_under_the_name_field(
    qtbot: QtBot, open_dialog: Opener, emitted: Emissions
) -> None:
    dialog = new_record_form(open_dialog, AppointmentTypesDialog)
    qtbot.keyClicks(line(dialog, "nameField"), "repair")
    click(qtbot, button(dialog, "saveButton"))
    problem = label(dialog, "nameProblem")
    assert problem.isVisible()
    assert problem.text() == "Another appointment type is already called “Repair”."
    assert not button(dialog, "saveButton").isEnabled()
    assert AppointmentType.select().count() == 2
    assert emitted.count == 0
    qtbot.keyClicks(line(dialog, "nameField"), " express")
    assert button(dialog, "saveButton").isEnabled()
    assert not problem.isVisible()


def test_deactivating_a_type_keeps_it_listed_as_inactive(
    qtbot: QtBot, open_dialog: Opener, shop: Shop
) -> None:
    dialog = open_dialog(AppointmentTypesDialog)
    choose(qtbot, dialog, "Repair")
    click(qtbot, button(dialog, "deactivateButton"))
    assert AppointmentType.get_by_id(shop.repair.id).active is False
    assert list_texts(dialog) == ["Consultation", "Repair (inactive)"]


def test_the_colour_button_opens_the_colour_dialog(
    qtbot: QtBot, open_dialog: Opener, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def get_colour(initial: QColor, parent: object, title: str) -> QColor:
        asked.append(initial.name())
        return QColor("#12ab34")

    monkeypatch.setattr(colour.QColorDialog, "getColor", get_colour)
    dialog = open_dialog(AppointmentTypesDialog)
    click(qtbot, button(dialog, "colourButton"))
    assert asked == ["#4a90d9"]
    assert button(dialog, "colourButton").text() == "#12ab34"
    click(qtbot, button(dialog, "saveButton"))
    assert AppointmentType.get_by_id(shop.consultation.id).colour == "#12ab34"


def test_cancelling_the_colour_dialog_keeps_the_colour(
    qtbot: QtBot, open_dialog: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(colour.QColorDialog, "getColor", lambda *args: QColor())
    dialog = open_dialog(AppointmentTypesDialog)
    click(qtbot, button(dialog, "colourButton"))
    assert button(dialog, "colourButton").text() == "#4a90d9"
    assert not button(dialog, "saveButton").isEnabled()


def test_a_management_dialog_reopens_at_the_size_and_split_it_was_left(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    first = OperatorsDialog(operations)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 450)
    splitter = first.findChild(QSplitter, "recordSplitter")
    splitter.setSizes([180, 500])
    remembered = splitter.sizes()
    first.reject()
    second = OperatorsDialog(operations)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (700, 450)
    assert second.findChild(QSplitter, "recordSplitter").sizes() == remembered
