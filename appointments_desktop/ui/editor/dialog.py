"""The appointment editor: book a new appointment, or edit one and change its status.

The dialog takes the window's write path (:class:`Operations`) and, optionally, the
appointment; it returns the saved appointment in :attr:`AppointmentDialog.appointment`.
It works modeless (several open at once, one per appointment) as well as modal.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from appointments_desktop.domain.errors import FieldProblem
from appointments_desktop.domain.status import Action
from appointments_desktop.domain.validation import appointment_problems
from appointments_desktop.i18n import _
from appointments_desktop.storage.clock import zone_name
from appointments_desktop.storage.models import Appointment
from appointments_desktop.ui.editor.final import FinalLock, is_final
from appointments_desktop.ui.editor.form import AppointmentForm
from appointments_desktop.ui.editor.formats import next_quarter_hour
from appointments_desktop.ui.editor.prompts import confirm_discard, tell_action_not_applied
from appointments_desktop.ui.editor.status_panel import StatusPanel
from appointments_desktop.ui.editor.values import FormValues
from appointments_desktop.ui.editor.writes import EditorWrites, Next
from appointments_desktop.ui.key_names import key_name
from appointments_desktop.ui.operations import Operations
from appointments_desktop.ui.wrapping import set_minimum_characters

FORM_CHARACTERS = 80
"""The form is at least this many average characters wide. Set on the form, not the dialog:
a dialog's own minimum would replace the one its layout needs for long translations."""


class AppointmentDialog(QDialog):
    """Books a new appointment or edits one, and applies its status actions.

    Promises: every write goes through :class:`EditorWrites`; Save is enabled only while
    the core's validation finds no problem; the status buttons offer exactly what the
    status machine allows now; closing with unsaved changes asks first (Close, Escape,
    the window's X); while open, the operator and type lists follow changes to the
    records. After a save, :attr:`appointment` is the saved appointment (with its
    details) and the dialog is accepted.
    """

    def __init__(
        self,
        operations: Operations,
        appointment: Appointment | None = None,
        *,
        start: datetime | None = None,
        operator_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        self._operations = operations
        self.appointment: Appointment | None = None
        self.form = AppointmentForm(operations)
        set_minimum_characters(self.form, FORM_CHARACTERS)
        self.status_panel = StatusPanel()
        self.final_lock = FinalLock(self.form)
        self.buttons = QDialogButtonBox()
        self._writes = EditorWrites(self, operations, self.form)
        self._build_layout()
        self._loaded = self.form.values()
        self._touched = False
        if appointment is not None and appointment.id is not None:
            self._load(Appointment.find(int(appointment.id)) or appointment)
        else:
            self._load_new(start or next_quarter_hour(operations.clock()), operator_id)
        self._connect()
        self._revalidate()

    def _build_layout(self) -> None:
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(_("Save"))
        self.save_button.setObjectName("saveButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(_("Close"))
        self.close_button.setObjectName("closeButton")
        layout = QVBoxLayout(self)
        layout.addWidget(self.final_lock.hint)
        layout.addWidget(self.form)
        layout.addWidget(self.status_panel)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.form.changed.connect(self._revalidate)
        self.form.new_customer.closed.connect(self._fit_height)
        self.status_panel.action_requested.connect(self._apply_action)
        self._operations.events.records_changed.connect(self.refresh_records)
        self._operations.events.appointments_changed.connect(self.follow_stored)

    def _fit_height(self) -> None:
        """Give back the room of a form part that was hidden (the new-customer form)."""
        QTimer.singleShot(0, self, lambda: self.resize(self.width(), self.sizeHint().height()))

    # -- loading ----------------------------------------------------------------------

    def _load(self, appointment: Appointment) -> None:
        """Show ``appointment`` as stored, discarding anything typed."""
        self.appointment = appointment
        self.form.load(appointment)
        self._show_loaded(_("Appointment: {customer}").format(customer=appointment.customer.name))

    def _load_new(self, start: datetime, operator_id: int | None) -> None:
        self.form.load_new(start, operator_id)
        self._show_loaded(_("New appointment"))

    def _show_loaded(self, title: str) -> None:
        """Take what the form shows as unchanged, under ``title``; status, focus."""
        self._loaded = self.form.values()
        self.setWindowTitle(title)
        self._refresh_status()
        self._focus_first_field()

    def _focus_first_field(self) -> None:
        field = self.form.notes if is_final(self.appointment) else self.form.customer
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refresh_status(self) -> None:
        """Show the stored status and its actions; lock a final appointment's schedule."""
        appointment = self.appointment
        if appointment is None:
            self.status_panel.show_unsaved()
            return
        decisions = [self._operations.decide(appointment, action) for action in Action]
        self.status_panel.show_appointment(appointment, decisions)
        self.final_lock.show_for(appointment, self._loaded)

    def follow_stored(self) -> None:
        """Show a change made elsewhere (list, another editor, another desk) at once.

        Only while nothing is typed here: unsaved edits stay, and a later save or action
        meets the usual conflict handling instead.
        """
        shown = self.appointment
        if shown is None or shown.id is None or self.has_unsaved_changes():
            return
        stored = Appointment.find(int(shown.id))
        if stored is not None and stored.version != shown.version:
            self._load(stored)

    def refresh_records(self) -> None:
        """Reload the operator and type lists (records changed elsewhere); choices stay."""
        self.form.refresh_records()

    # -- validating and saving --------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Whether anything typed differs from what was loaded (or saved) last."""
        return self.form.values() != self._loaded or self.form.new_customer.is_filled()

    def _revalidate(self) -> list[FieldProblem]:
        """Check the form: Save follows the result at once; the problems show beside their
        fields once the user has changed anything, so a new booking opens calm."""
        values = self.form.values()
        problems = appointment_problems(values.draft(), zone_name())
        self._touched = self._touched or values != self._loaded
        self.form.show_problems(problems if self._touched else [])
        self.save_button.setEnabled(not problems)
        save_tip = _("Save and close ({key})").format(key=key_name(Qt.Key.Key_Enter))
        self.save_button.setToolTip("\n".join(p.message for p in problems) or save_tip)
        return problems

    def _save(self) -> None:
        """Save the form's values and accept; on a refusal keep everything typed."""
        if self._revalidate():
            return
        if self.appointment is not None and not self.has_unsaved_changes():
            self.accept()
            return
        outcome = self._writes.save(self.appointment)
        if outcome.next is Next.DONE:
            self.appointment, self._loaded = outcome.appointment, self.form.values()
            self.accept()
        elif outcome.next is Next.RELOAD and outcome.appointment is not None:
            self._load(outcome.appointment)
        elif outcome.next is Next.SAVE_OVER and outcome.appointment is not None:
            self._save_over(outcome.appointment)

    def _save_over(self, stored: Appointment) -> None:
        """Take ``stored`` as the version to replace, then save the form's values over it."""
        self.appointment, self._loaded = stored, FormValues.of(stored)
        self._refresh_status()
        self._save()

    # -- status actions ---------------------------------------------------------------

    def _apply_action(self, action: Action) -> None:
        """Apply ``action`` to the stored appointment; the form's edits stay as they are.

        After another desk's change the action is not applied: without unsaved edits the
        stored version is shown at once and the user is told; with them, the user chooses.
        """
        if self.appointment is None:
            return
        had_edits = self.has_unsaved_changes()
        outcome = self._writes.apply_action(self.appointment, action, has_edits=had_edits)
        if outcome.next is Next.RELOAD and outcome.appointment is not None:
            self._load(outcome.appointment)
            if not had_edits:
                tell_action_not_applied(self, action)
        self._refresh_status()

    # -- closing ----------------------------------------------------------------------

    def reject(self) -> None:
        """Close without saving (Close, Escape, the window's X), asking if edits would go."""
        if self.has_unsaved_changes() and not confirm_discard(self):
            return
        super().reject()
