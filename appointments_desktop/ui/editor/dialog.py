"""The appointment editor: book a new appointment, or edit one and change its status.

The dialog takes the window's write path (:class:`Operations`) and, optionally, the
appointment; it returns the saved appointment in :attr:`AppointmentDialog.appointment`.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from appointments_desktop.domain.errors import (
    EditConflict,
    FieldProblem,
    SchedulingConflict,
    ValidationError,
)
from appointments_desktop.domain.status import FINAL_STATUSES, Action, InvalidTransition, Status
from appointments_desktop.domain.validation import appointment_problems
from appointments_desktop.i18n import _
from appointments_desktop.storage.clock import zone_name
from appointments_desktop.storage.models import Appointment
from appointments_desktop.ui.editor.conflicts import (
    AppointmentSummary,
    EditChoice,
    ask_about_edit_conflict,
    ask_book_anyway,
)
from appointments_desktop.ui.editor.form import AppointmentForm
from appointments_desktop.ui.editor.formats import next_quarter_hour
from appointments_desktop.ui.editor.prompts import (
    confirm_discard,
    tell_deleted,
)
from appointments_desktop.ui.editor.status_panel import StatusPanel
from appointments_desktop.ui.editor.values import FormValues
from appointments_desktop.ui.messages import show_error
from appointments_desktop.ui.operations import Operations
from appointments_desktop.ui.status_actions import confirm_action, needs_confirmation

MINIMUM_WIDTH = 520
HINT_STYLE = "background-color: #e8f0fe; color: #1f1f1f; border-radius: 3px; padding: 4px 8px;"


def fetch(appointment_id: int) -> Appointment | None:
    """The stored appointment with its customer, operator and type, or None if deleted."""
    query = Appointment.with_details().where(Appointment.id == appointment_id)
    return query.first()  # type: ignore[no-any-return]


class AppointmentDialog(QDialog):
    """Books a new appointment or edits one, and applies its status actions.

    Promises: every write goes through :class:`Operations`; Save is enabled only while
    the core's validation finds no problem; a refused save (invalid input, a double
    booking not accepted, an edit conflict) writes nothing and keeps the user's input;
    the status buttons offer exactly what the status machine allows now; closing with
    unsaved changes asks first. After a save, :attr:`appointment` is the saved
    appointment (with its details) and the dialog is accepted.
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
        self.setMinimumWidth(MINIMUM_WIDTH)
        self._operations = operations
        self.appointment: Appointment | None = None
        self.form = AppointmentForm(operations)
        self.status_panel = StatusPanel()
        self.final_hint = QLabel()
        self.buttons = QDialogButtonBox()
        self._build_layout()
        self._loaded = self.form.values()
        if appointment is not None and appointment.id is not None:
            self._load(fetch(int(appointment.id)) or appointment)
        else:
            self._load_new(start or next_quarter_hour(operations.clock()), operator_id)
        self.form.changed.connect(self._revalidate)
        self.status_panel.action_requested.connect(self._apply_action)
        self.form.new_customer.closed.connect(self._fit_height)
        self._revalidate()

    def _build_layout(self) -> None:
        self.final_hint.setObjectName("finalHint")
        self.final_hint.setWordWrap(True)
        self.final_hint.setStyleSheet(HINT_STYLE)
        self.final_hint.hide()
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(_("Save"))
        self.save_button.setObjectName("saveButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(_("Close"))
        self.close_button.setObjectName("closeButton")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.final_hint)
        layout.addWidget(self.form)
        layout.addWidget(self.status_panel)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _fit_height(self) -> None:
        """Give back the room of a form part that was hidden (the new-customer form)."""
        QTimer.singleShot(0, lambda: self.resize(self.width(), self.sizeHint().height()))

    # -- loading ----------------------------------------------------------------------

    def _load(self, appointment: Appointment) -> None:
        """Show ``appointment`` as stored, discarding anything typed."""
        self.appointment = appointment
        self.form.load(appointment)
        self._loaded = self.form.values()
        self.setWindowTitle(_("Appointment: {customer}").format(customer=appointment.customer.name))
        self._refresh_status()
        self._focus_first_field()

    def _load_new(self, start: datetime, operator_id: int | None) -> None:
        self.form.load_new(start, operator_id)
        self._loaded = self.form.values()
        self.setWindowTitle(_("New appointment"))
        self._refresh_status()
        self._focus_first_field()

    def _focus_first_field(self) -> None:
        field = self.form.notes if self._is_final() else self.form.customer
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _is_final(self) -> bool:
        return self.appointment is not None and Status(self.appointment.status) in FINAL_STATUSES

    def _refresh_status(self) -> None:
        """Show the stored status and its actions; lock a final appointment's schedule."""
        appointment = self.appointment
        if appointment is None:
            self.status_panel.show_unsaved()
            return
        decisions = [self._operations.decide(appointment, action) for action in Action]
        self.status_panel.show_appointment(appointment, decisions)
        final = self._is_final()
        hint = _("This appointment is “{status}”: only its notes can still be changed.")
        hint = hint.format(status=Status(appointment.status).label)
        if final and self.form.values().schedule() != self._loaded.schedule():
            self._undo_schedule_edits(appointment)
            hint += " " + _("Your unsaved changes to its time, people and type were undone.")
        self.final_hint.setText(hint)
        self.final_hint.setVisible(final)
        self.form.set_schedule_locked(final)

    def _undo_schedule_edits(self, appointment: Appointment) -> None:
        """Show the stored schedule again (a final one cannot change), keeping the notes."""
        notes = self.form.notes.toPlainText()
        self.form.load(appointment)
        self.form.notes.setPlainText(notes)

    # -- validating and saving --------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """Whether anything typed differs from what was loaded (or saved) last."""
        return self.form.values() != self._loaded or self.form.new_customer.is_filled()

    def _revalidate(self) -> list[FieldProblem]:
        problems = appointment_problems(self.form.values().draft(), zone_name())
        self.form.show_problems(problems)
        self.save_button.setEnabled(not problems)
        return problems

    def _save(self, *, allow_conflicts: bool = False) -> None:
        """Save the form's values; on a refusal say why and keep everything typed."""
        if self._revalidate():
            return
        if self.appointment is not None and not self.has_unsaved_changes():
            self.accept()
            return
        candidate = self.form.values().to_appointment(self.appointment)
        try:
            self._operations.save_appointment(candidate, allow_conflicts=allow_conflicts)
        except ValidationError as error:
            self.form.show_problems(error.problems)
            return
        except SchedulingConflict as conflict:
            if ask_book_anyway(self, conflict.conflicts):
                self._save(allow_conflicts=True)
            return
        except EditConflict:
            self._resolve_edit_conflict()
            return
        self.appointment = fetch(int(candidate.id)) or candidate
        self._loaded = self.form.values()
        self.accept()

    def _resolve_edit_conflict(self) -> None:
        """Show both versions; reload, save over the stored one, or keep editing."""
        assert self.appointment is not None  # a new booking cannot conflict
        stored = fetch(int(self.appointment.id))
        if stored is None:
            tell_deleted(self)
            return
        mine = self.form.summary(Status(self.appointment.status).label)
        choice = ask_about_edit_conflict(self, mine, AppointmentSummary.of(stored))
        if choice is EditChoice.RELOAD:
            self._load(stored)
        elif choice is EditChoice.OVERWRITE:
            self.appointment, self._loaded = stored, FormValues.of(stored)
            self._refresh_status()
            self._save()

    # -- status actions ---------------------------------------------------------------

    def _apply_action(self, action: Action) -> None:
        """Apply ``action`` to the stored appointment; the form's edits stay as they are."""
        appointment = self.appointment
        if appointment is None:
            return
        if needs_confirmation(action) and not confirm_action(self, appointment, action):
            return
        try:
            self._operations.apply_action(appointment, action)
        except InvalidTransition as error:
            show_error(self, _("The status was not changed"), str(error))
        except EditConflict:
            self._resolve_edit_conflict()
        self._refresh_status()

    # -- closing ----------------------------------------------------------------------

    def reject(self) -> None:
        """Close without saving (Escape, Close, the window's X), asking if edits would go."""
        if self.has_unsaved_changes() and not confirm_discard(self):
            return
        super().reject()
