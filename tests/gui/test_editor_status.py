"""The editor's status box: exactly the allowed actions, asked about when final, kept edits."""

from __future__ import annotations

import gettext
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from babel.dates import format_datetime
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from appointments_desktop import Appointment, Status, i18n
from appointments_desktop.ui.editor import AppointmentDialog
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW, Shop
from tests.gui.conftest import MessageAnswerer
from tests.gui.editor_support import child, click, count_changes, open_editor, retype

TOMORROW_9 = datetime(2026, 11, 26, 9, 0)
AN_HOUR_AGO = NOW - timedelta(hours=1)
BUTTONS = {
    "confirm": "confirmButton",
    "cancel": "cancelAppointmentButton",
    "complete": "completeButton",
    "no_show": "noShowButton",
    "reminder": "reminderSentButton",
}
SCHEDULE_FIELDS = (
    "customerField",
    "newCustomerButton",
    "operatorField",
    "typeField",
    "scheduledAtField",
    "durationField",
)


def _button(dialog: AppointmentDialog, action: str) -> QPushButton:
    return child(dialog, QPushButton, BUTTONS[action])


def _enabled(dialog: AppointmentDialog) -> set[str]:
    return {action for action in BUTTONS if _button(dialog, action).isEnabled()}


def _stored(appointment: Appointment) -> Appointment:
    return Appointment.get_by_id(appointment.id)


def test_confirm_confirms_and_refreshes_the_dialog(
    qtbot: QtBot, operations: Operations, events: AppEvents, shop: Shop
) -> None:
    appointment = shop.book(TOMORROW_9)
    changes = count_changes(events)
    dialog = open_editor(qtbot, operations, appointment)

    click(qtbot, _button(dialog, "confirm"))

    stored = _stored(appointment)
    assert (stored.status, stored.confirmation_sent_at) == (Status.CONFIRMED, NOW)
    assert len(changes) == 1
    assert child(dialog, QLabel, "statusLabel").text() == "Confirmed"
    sent = format_datetime(NOW, "short", locale="en_US")
    assert child(dialog, QLabel, "confirmationSentLabel").text() == sent
    assert child(dialog, QLabel, "reminderSentLabel").text() == "Not yet"
    confirm = _button(dialog, "confirm")
    assert not confirm.isEnabled()
    assert "already “Confirmed”" in confirm.toolTip()


def _pending(shop: Shop) -> Appointment:
    return shop.book(TOMORROW_9)


def _pending_started(shop: Shop) -> Appointment:
    return shop.book(AN_HOUR_AGO)


def _confirmed(shop: Shop) -> Appointment:
    appointment = shop.book(TOMORROW_9)
    appointment.confirm(now=NOW)
    return appointment


def _closed(action: str) -> Callable[[Shop], Appointment]:
    def make(shop: Shop) -> Appointment:
        appointment = shop.book(AN_HOUR_AGO)
        getattr(appointment, action)(now=NOW)
        return appointment

    return make


OPEN_CASES = {
    "pending, future": (_pending, {"confirm", "cancel", "complete", "reminder"}),
    "pending, started": (_pending_started, set(BUTTONS)),
    "confirmed, future": (_confirmed, {"cancel", "complete", "reminder"}),
}
FINAL_CASES = {
    "completed": (_closed("mark_completed"), "Completed"),
    "cancelled": (_closed("cancel"), "Cancelled"),
    "no show": (_closed("mark_no_show"), "No show"),
}


@pytest.mark.parametrize(("make", "allowed"), OPEN_CASES.values(), ids=OPEN_CASES.keys())
def test_open_appointments_offer_exactly_the_allowed_actions(
    qtbot: QtBot,
    operations: Operations,
    shop: Shop,
    make: Callable[[Shop], Appointment],
    allowed: set[str],
) -> None:
    dialog = open_editor(qtbot, operations, make(shop))
    assert _enabled(dialog) == allowed
    for action in set(BUTTONS) - allowed:
        assert "is not possible" in _button(dialog, action).toolTip()
    if "no_show" not in allowed:
        assert "not possible yet" in _button(dialog, "no_show").toolTip()
        assert "starts 11/26/26, 9:00" in _button(dialog, "no_show").toolTip()


@pytest.mark.parametrize(("make", "word"), FINAL_CASES.values(), ids=FINAL_CASES.keys())
def test_final_appointments_offer_no_action_and_lock_all_but_the_notes(
    qtbot: QtBot,
    operations: Operations,
    shop: Shop,
    make: Callable[[Shop], Appointment],
    word: str,
) -> None:
    dialog = open_editor(qtbot, operations, make(shop))

    assert _enabled(dialog) == set()
    for action in BUTTONS:
        assert f"the appointment is “{word}”, which is final" in _button(dialog, action).toolTip()
    assert child(dialog, QLabel, "statusLabel").text() == word
    assert [name for name in SCHEDULE_FIELDS if child(dialog, QWidget, name).isEnabled()] == []
    assert child(dialog, QPlainTextEdit, "notesField").isEnabled()
    hint = child(dialog, QLabel, "finalHint")
    assert hint.isVisible()
    assert hint.text() == f"This appointment is “{word}”: only its notes can still be changed."


def test_a_new_appointment_offers_no_action_until_it_is_saved(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    dialog = open_editor(qtbot, operations)
    assert _enabled(dialog) == set()
    assert {_button(dialog, a).toolTip() for a in BUTTONS} == {"Save the appointment first."}
    assert child(dialog, QLabel, "statusLabel").text() == "New, not saved yet"


def test_cancel_asks_first_and_go_back_changes_nothing(
    qtbot: QtBot, operations: Operations, shop: Shop, answer_message_boxes: MessageAnswerer
) -> None:
    appointment = shop.book(TOMORROW_9)
    changes = count_changes(operations.events)
    dialog = open_editor(qtbot, operations, appointment)

    seen = answer_message_boxes("confirmReject")
    click(qtbot, _button(dialog, "cancel"))
    assert "Cancel the appointment of José García on 11/26/26, 9:00\u202fAM?" in seen[0]
    assert (_stored(appointment).status, _stored(appointment).version) == (Status.PENDING, 1)
    assert changes == []
    assert _button(dialog, "cancel").isEnabled()

    answer_message_boxes("confirmAccept")
    click(qtbot, _button(dialog, "cancel"))
    assert _stored(appointment).status == Status.CANCELLED
    assert len(changes) == 1
    assert _enabled(dialog) == set()
    assert child(dialog, QLabel, "statusLabel").text() == "Cancelled"


def test_a_no_show_asks_first(
    qtbot: QtBot, operations: Operations, shop: Shop, answer_message_boxes: MessageAnswerer
) -> None:
    appointment = shop.book(AN_HOUR_AGO)
    dialog = open_editor(qtbot, operations, appointment)
    seen = answer_message_boxes("confirmAccept")
    click(qtbot, _button(dialog, "no_show"))
    assert "Record that José García did not come" in seen[0]
    assert _stored(appointment).status == Status.NO_SHOW


def test_a_status_action_keeps_unsaved_edits_in_the_form(
    qtbot: QtBot, operations: Operations, events: AppEvents, shop: Shop
) -> None:
    appointment = shop.book(TOMORROW_9, notes="Bring the receipt")
    changes = count_changes(events)
    dialog = open_editor(qtbot, operations, appointment)
    notes = child(dialog, QPlainTextEdit, "notesField")
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    qtbot.keyClicks(notes, " and the charger")
    retype(qtbot, child(dialog, QSpinBox, "durationField"), "45")

    click(qtbot, _button(dialog, "reminder"))
    stored = _stored(appointment)
    assert (stored.reminder_sent_at, stored.notes) == (NOW, "Bring the receipt")
    assert notes.toPlainText() == "Bring the receipt and the charger"
    assert child(dialog, QLabel, "reminderSentLabel").text() != "Not yet"

    click(qtbot, child(dialog, QPushButton, "saveButton"))
    stored = _stored(appointment)
    assert (stored.notes, stored.duration_minutes) == ("Bring the receipt and the charger", 45)
    assert stored.reminder_sent_at == NOW
    assert len(changes) == 2


def test_completing_with_unsaved_schedule_edits_undoes_them_and_says_so(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    appointment = shop.book(AN_HOUR_AGO, 30)
    dialog = open_editor(qtbot, operations, appointment)
    duration = child(dialog, QSpinBox, "durationField")
    retype(qtbot, duration, "50")
    qtbot.keyClicks(child(dialog, QPlainTextEdit, "notesField"), "Paid in cash")

    click(qtbot, _button(dialog, "complete"))

    assert _stored(appointment).status == Status.COMPLETED
    assert (duration.value(), duration.isEnabled()) == (30, False)
    assert "were undone" in child(dialog, QLabel, "finalHint").text()
    click(qtbot, child(dialog, QPushButton, "saveButton"))
    assert (_stored(appointment).notes, _stored(appointment).duration_minutes) == (
        "Paid in cash",
        30,
    )


class _MarkingCatalog(gettext.NullTranslations):
    """A translation that marks whole messages it knows, to see which msgids are asked for."""

    def gettext(self, message: str) -> str:
        return f"«{message}»" if message.startswith("This appointment is") else message


def test_the_undone_hint_is_one_whole_message_for_translators(
    qtbot: QtBot, operations: Operations, shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(i18n._state, "translations", _MarkingCatalog())
    dialog = open_editor(qtbot, operations, shop.book(AN_HOUR_AGO, 30))
    retype(qtbot, child(dialog, QSpinBox, "durationField"), "50")

    click(qtbot, _button(dialog, "complete"))

    hint = child(dialog, QLabel, "finalHint").text()
    assert hint.startswith("«This appointment is “Completed”: only its notes can still be changed.")
    assert hint.endswith("Your unsaved changes to its time, people and type were undone.»")
    assert hint.count("«") == 1
