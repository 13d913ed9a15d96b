"""The editor when another desk changed the appointment, and when closing with changes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from appointments_desktop import Appointment, Status
from appointments_desktop.ui.editor import AppointmentDialog
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW, Shop
from tests.gui.conftest import MessageAnswerer
from tests.gui.editor_support import child, click, count_changes, open_editor, retype

TOMORROW_9 = datetime(2026, 11, 26, 9, 0)


def _change_behind_the_dialogs_back(appointment: Appointment) -> None:
    """Another desk moves the appointment to 45 minutes and rewrites the notes."""
    other = Appointment.get_by_id(appointment.id)
    other.duration_minutes = 45
    other.notes = "Changed at the front desk"
    other.save()


def _edit_and_save(qtbot: QtBot, dialog: AppointmentDialog) -> None:
    notes = child(dialog, QPlainTextEdit, "notesField")
    notes.clear()
    qtbot.keyClicks(notes, "Mine")
    click(qtbot, child(dialog, QPushButton, "saveButton"))


def test_an_edit_conflict_shows_both_versions_and_reload_shows_the_stored_one(
    qtbot: QtBot,
    operations: Operations,
    events: AppEvents,
    shop: Shop,
    answer_message_boxes: MessageAnswerer,
) -> None:
    appointment = shop.book(TOMORROW_9, 30, notes="First")
    dialog = open_editor(qtbot, operations, appointment)
    _change_behind_the_dialogs_back(appointment)
    changes = count_changes(events)

    seen = answer_message_boxes("reloadButton")
    _edit_and_save(qtbot, dialog)

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
    qtbot: QtBot, operations: Operations, shop: Shop, answer_message_boxes: MessageAnswerer
) -> None:
    appointment = shop.book(TOMORROW_9, 30, notes="First")
    dialog = open_editor(qtbot, operations, appointment)
    _change_behind_the_dialogs_back(appointment)

    answer_message_boxes("keepEditingButton")
    _edit_and_save(qtbot, dialog)

    assert child(dialog, QPlainTextEdit, "notesField").toPlainText() == "Mine"
    assert Appointment.get_by_id(appointment.id).notes == "Changed at the front desk"
    assert dialog.isVisible()


def test_saving_mine_over_an_edit_conflict_saves_the_form_over_the_stored_version(
    qtbot: QtBot,
    operations: Operations,
    events: AppEvents,
    shop: Shop,
    answer_message_boxes: MessageAnswerer,
) -> None:
    appointment = shop.book(TOMORROW_9, 30, notes="First")
    dialog = open_editor(qtbot, operations, appointment)
    _change_behind_the_dialogs_back(appointment)
    changes = count_changes(events)

    answer_message_boxes("overwriteButton")
    _edit_and_save(qtbot, dialog)

    stored = Appointment.get_by_id(appointment.id)
    assert (stored.notes, stored.duration_minutes, stored.version) == ("Mine", 30, 3)
    assert len(changes) == 1
    assert dialog.result() == dialog.DialogCode.Accepted


def test_a_status_action_on_a_changed_appointment_offers_to_reload(
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
