"""The editor when another desk changed the appointment, and when closing with changes.

Another desk's change is never lost to a status action: only an explicit save may write
the form's values over it.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from appointments_desktop import Appointment, Status
from appointments_desktop.ui.editor import AppointmentDialog
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW, Shop
from tests.gui.conftest import MessageAnswerer
from tests.gui.editor_support import (
    child,
    click,
    count_changes,
    open_editor,
    retype,
    watch_message_boxes,
)

TOMORROW_9 = datetime(2026, 11, 26, 9, 0)


def _change_behind_the_dialogs_back(appointment: Appointment) -> None:
    """Another desk moves the appointment to 45 minutes and rewrites the notes."""
    other = Appointment.get_by_id(appointment.id)
    other.duration_minutes = 45
    other.notes = "Changed at the front desk"
    other.save()


class Conflict(NamedTuple):
    """An editor open on an appointment that another desk then changed behind its back."""

    appointment: Appointment
    dialog: AppointmentDialog
    changes: list[None]  # the ``appointments_changed`` notices since the other desk's change


@pytest.fixture
def conflict(qtbot: QtBot, operations: Operations, shop: Shop) -> Conflict:
    """The editor opened on a 30-minute appointment noted "First"; then another desk changed it."""
    appointment = shop.book(TOMORROW_9, 30, notes="First")
    dialog = open_editor(qtbot, operations, appointment)
    _change_behind_the_dialogs_back(appointment)
    return Conflict(appointment, dialog, count_changes(operations.events))


def _save_mine(
    qtbot: QtBot, dialog: AppointmentDialog, answer_message_boxes: MessageAnswerer, button: str
) -> list[str]:
    """Type "Mine" over the notes and click Save; the box that follows is answered ``button``.

    Returns the text of each message box shown.
    """
    seen = answer_message_boxes(button)
    notes = child(dialog, QPlainTextEdit, "notesField")
    notes.clear()
    qtbot.keyClicks(notes, "Mine")
    click(qtbot, child(dialog, QPushButton, "saveButton"))
    return seen


def test_an_edit_conflict_shows_both_versions_and_reload_shows_the_stored_one(
    qtbot: QtBot, conflict: Conflict, answer_message_boxes: MessageAnswerer
) -> None:
    appointment, dialog, changes = conflict
    seen = _save_mine(qtbot, dialog, answer_message_boxes, "reloadButton")

    assert "changed on another desk since you opened it" in seen[0]
    assert "Mine" in seen[0]
    assert "Changed at the front desk" in seen[0]
    assert "45 minutes" in seen[0]
    stored = Appointment.get_by_id(appointment.id)
    assert (stored.notes, stored.duration_minutes, stored.version) == (
        "Changed at the front desk",
        45,
        2,
    )
    assert child(dialog, QPlainTextEdit, "notesField").toPlainText() == "Changed at the front desk"
    assert child(dialog, QSpinBox, "durationField").value() == 45
    assert (dialog.isVisible(), dialog.has_unsaved_changes(), changes) == (True, False, [])


def test_keep_editing_after_an_edit_conflict_keeps_the_edits_and_writes_nothing(
    qtbot: QtBot, conflict: Conflict, answer_message_boxes: MessageAnswerer
) -> None:
    appointment, dialog, _ = conflict
    _save_mine(qtbot, dialog, answer_message_boxes, "keepEditingButton")

    assert child(dialog, QPlainTextEdit, "notesField").toPlainText() == "Mine"
    assert Appointment.get_by_id(appointment.id).notes == "Changed at the front desk"
    assert dialog.isVisible()


def test_saving_mine_over_an_edit_conflict_saves_the_form_over_the_stored_version(
    qtbot: QtBot, conflict: Conflict, answer_message_boxes: MessageAnswerer
) -> None:
    appointment, dialog, changes = conflict
    _save_mine(qtbot, dialog, answer_message_boxes, "overwriteButton")

    stored = Appointment.get_by_id(appointment.id)
    assert (stored.notes, stored.duration_minutes, stored.version) == ("Mine", 30, 3)
    assert len(changes) == 1
    assert dialog.result() == dialog.DialogCode.Accepted


def _shows(dialog: AppointmentDialog) -> tuple[int, str]:
    """The duration and the notes the editor shows."""
    duration = child(dialog, QSpinBox, "durationField").value()
    return duration, child(dialog, QPlainTextEdit, "notesField").toPlainText()


def _stored_facts(appointment: Appointment) -> tuple[int, str, str, int]:
    stored = Appointment.get_by_id(appointment.id)
    return stored.duration_minutes, stored.notes, stored.status, stored.version


def test_a_status_action_after_another_desks_change_shows_the_stored_version_and_loses_nothing(
    qtbot: QtBot, conflict: Conflict, answer_message_boxes: MessageAnswerer
) -> None:
    appointment, dialog, changes = conflict
    # Were "Save mine over it" offered, this would click it (and write 30 min, "First").
    seen = answer_message_boxes("overwriteButton")
    with watch_message_boxes() as buttons:
        click(qtbot, child(dialog, QPushButton, "confirmButton"))

    other_desk = (45, "Changed at the front desk")
    assert _stored_facts(appointment) == (*other_desk, Status.PENDING, 2)
    assert "overwriteButton" not in set().union(*buttons)
    assert "the editor now shows the stored version" in seen[0]
    assert "“Confirm” again" in seen[0]
    assert _shows(dialog) == other_desk
    assert (dialog.has_unsaved_changes(), changes) == (False, [])

    click(qtbot, child(dialog, QPushButton, "confirmButton"))
    assert _stored_facts(appointment) == (*other_desk, Status.CONFIRMED, 3)
    assert child(dialog, QLabel, "statusLabel").text() == "Confirmed"
    assert len(changes) == 1


@pytest.mark.parametrize("choice", ["keepEditingButton", "reloadButton"])
def test_a_status_action_with_unsaved_edits_after_another_desks_change_offers_no_overwrite(
    qtbot: QtBot,
    operations: Operations,
    shop: Shop,
    answer_message_boxes: MessageAnswerer,
    choice: str,
) -> None:
    appointment = shop.book(TOMORROW_9, 30, notes="First")
    dialog = open_editor(qtbot, operations, appointment)
    notes = child(dialog, QPlainTextEdit, "notesField")
    notes.clear()
    qtbot.keyClicks(notes, "Mine")
    _change_behind_the_dialogs_back(appointment)
    changes = count_changes(operations.events)

    seen = answer_message_boxes(choice)
    with watch_message_boxes() as buttons:
        click(qtbot, child(dialog, QPushButton, "confirmButton"))

    assert buttons == [{"reloadButton", "keepEditingButton"}]
    assert "so “Confirm” was not applied" in seen[0]
    assert "Mine" in seen[0] and "Changed at the front desk" in seen[0]
    assert _stored_facts(appointment) == (45, "Changed at the front desk", Status.PENDING, 2)
    assert changes == []
    if choice == "keepEditingButton":
        assert (_shows(dialog), dialog.has_unsaved_changes()) == ((30, "Mine"), True)
    else:
        assert _shows(dialog) == (45, "Changed at the front desk")
        assert not dialog.has_unsaved_changes()
    assert dialog.isVisible()


def test_a_status_action_on_an_appointment_cancelled_elsewhere_shows_it_final(
    qtbot: QtBot, operations: Operations, shop: Shop, answer_message_boxes: MessageAnswerer
) -> None:
    appointment = shop.book(TOMORROW_9, 30)
    dialog = open_editor(qtbot, operations, appointment)
    Appointment.get_by_id(appointment.id).cancel(now=NOW)

    seen = answer_message_boxes("reloadButton")
    click(qtbot, child(dialog, QPushButton, "confirmButton"))

    assert "changed on another desk" in seen[0]
    assert Appointment.get_by_id(appointment.id).status == Status.CANCELLED
    assert not child(dialog, QPushButton, "confirmButton").isEnabled()
    assert "which is final" in child(dialog, QPushButton, "confirmButton").toolTip()
    assert child(dialog, QLabel, "statusLabel").text() == "Cancelled"


def test_escape_with_unsaved_changes_asks_before_discarding(
    qtbot: QtBot, operations: Operations, shop: Shop, answer_message_boxes: MessageAnswerer
) -> None:
    appointment = shop.book(TOMORROW_9, 30)
    dialog = open_editor(qtbot, operations, appointment)
    retype(qtbot, child(dialog, QSpinBox, "durationField"), "40")

    seen = answer_message_boxes("confirmReject")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert "Your changes to this appointment are not saved." in seen[0]
    assert dialog.isVisible()

    answer_message_boxes("confirmAccept")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Rejected
    assert Appointment.get_by_id(appointment.id).duration_minutes == 30


def test_escape_without_changes_closes_at_once(
    qtbot: QtBot, operations: Operations, shop: Shop, answer_message_boxes: MessageAnswerer
) -> None:
    dialog = open_editor(qtbot, operations, shop.book(TOMORROW_9, 30))
    seen = answer_message_boxes("confirmReject")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert (seen, dialog.isVisible()) == ([], False)
