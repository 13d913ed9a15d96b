"""The editor's writes, saving the form or applying a status action, and their refusals.

:class:`EditorWrites` writes through :class:`Operations`, asks the user what a refusal
calls for, and returns an :class:`Outcome` that says what the editor shows next; apart
from the form's problem lines it changes nothing on screen. The dialog acts on it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from appointments_desktop.domain.errors import EditConflict, SchedulingConflict, ValidationError
from appointments_desktop.domain.status import Action, InvalidTransition, Status
from appointments_desktop.i18n import _, format_datetime
from appointments_desktop.storage.models import Appointment
from appointments_desktop.ui.editor.conflicts import (
    AppointmentSummary,
    EditChoice,
    ask_about_action_conflict,
    ask_about_edit_conflict,
    ask_book_anyway,
    duration_words,
)
from appointments_desktop.ui.editor.form import AppointmentForm
from appointments_desktop.ui.editor.prompts import tell_deleted
from appointments_desktop.ui.messages import show_error
from appointments_desktop.ui.operations import Operations
from appointments_desktop.ui.status_actions import confirm_action, needs_confirmation


class Next(enum.Enum):
    """What the editor does after a write was tried."""

    DONE = "done"
    """Written: for a save, ``appointment`` is the saved one (with its details)."""
    STAY = "stay"
    """Nothing (more) to do: keep showing what is shown."""
    RELOAD = "reload"
    """Show ``appointment``, the stored version, instead of the form's values."""
    SAVE_OVER = "save_over"
    """The user chose to save the form's values over ``appointment``, the stored version."""


@dataclass(frozen=True)
class Outcome:
    """What to do next, and the appointment it is about."""

    next: Next
    appointment: Appointment | None = None


STAY = Outcome(Next.STAY)
_AFTER_CHOICE = {
    EditChoice.RELOAD: Next.RELOAD,
    EditChoice.OVERWRITE: Next.SAVE_OVER,
    EditChoice.KEEP_EDITING: Next.STAY,
}


class EditorWrites:
    """Writes the editor's form and its status actions, and settles refusals with the user.

    Promises: every write goes through :class:`Operations`; a refused one writes nothing
    and leaves the form as it is; a double booking is written only when the user books
    anyway; the form's values replace another desk's change only after the user chose
    "Save mine over it" on a *save*. A status action never writes the form's values: after
    another desk's change it is not applied, and the user never loses that desk's change.
    """

    def __init__(self, parent: QWidget, operations: Operations, form: AppointmentForm) -> None:
        self._parent = parent
        self._operations = operations
        self._form = form

    def save(self, stored: Appointment | None, *, allow_conflicts: bool = False) -> Outcome:
        """Save the form's values over ``stored`` (None books a new appointment)."""
        candidate = self._form.values().to_appointment(stored)
        try:
            self._operations.save_appointment(candidate, allow_conflicts=allow_conflicts)
        except ValidationError as error:
            self._form.show_problems(error.problems)
            return STAY
        except SchedulingConflict as conflict:
            if ask_book_anyway(self._parent, conflict.conflicts):
                return self.save(stored, allow_conflicts=True)
            return STAY
        except EditConflict:
            return self._settle_save_conflict(stored)
        return Outcome(Next.DONE, Appointment.find(int(candidate.id)) or candidate)

    def apply_action(self, appointment: Appointment, action: Action, *, has_edits: bool) -> Outcome:
        """Apply ``action`` to the stored ``appointment``, asking first where it is final.

        After another desk's change: with ``has_edits`` (unsaved edits in the form) both
        versions are shown and the user reloads or keeps editing; without, the stored
        version is to be shown at once (:attr:`Next.RELOAD`) and the editor says why.
        """
        if needs_confirmation(action) and not confirm_action(self._parent, appointment, action):
            return STAY
        try:
            self._operations.apply_action(appointment, action)
        except InvalidTransition as error:
            show_error(self._parent, _("The status was not changed"), str(error))
            return STAY
        except EditConflict:
            return self._settle_action_conflict(appointment, action, has_edits=has_edits)
        return Outcome(Next.DONE, appointment)

    def _settle_save_conflict(self, stored: Appointment | None) -> Outcome:
        current = self._stored_now(stored)
        if current is None:
            return STAY
        mine, theirs = self._mine(stored), AppointmentSummary.of(current)
        choice = ask_about_edit_conflict(self._parent, mine, theirs)
        return Outcome(_AFTER_CHOICE[choice], current)

    def _settle_action_conflict(
        self, appointment: Appointment, action: Action, *, has_edits: bool
    ) -> Outcome:
        current = self._stored_now(appointment)
        if current is None:
            return STAY
        if not has_edits:
            return Outcome(Next.RELOAD, current)
        mine, theirs = self._mine(appointment), AppointmentSummary.of(current)
        choice = ask_about_action_conflict(self._parent, mine, theirs, action)
        return Outcome(_AFTER_CHOICE[choice], current)

    def _stored_now(self, appointment: Appointment | None) -> Appointment | None:
        """The stored version of ``appointment``; None (after saying so) if it was deleted."""
        assert appointment is not None  # a new booking cannot conflict
        current = Appointment.find(int(appointment.id))
        if current is None:
            tell_deleted(self._parent)
        return current

    def _mine(self, appointment: Appointment | None) -> AppointmentSummary:
        """The form's values as the user reads them, to compare with the stored version."""
        values = self._form.values()
        status = Status(appointment.status).label if appointment is not None else ""
        return AppointmentSummary(
            start=format_datetime(values.scheduled_at, "short"),
            duration=duration_words(values.duration),
            operator=self._form.operator.currentText(),
            customer=self._form.customer.text(),
            appointment_type=self._form.appointment_type.currentText(),
            status=status,
            notes=values.notes,
        )
