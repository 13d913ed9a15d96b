"""A final appointment in the editor (completed, cancelled, no show): only its notes change.

The core refuses to move a final appointment or to change who or what it is for, so the
editor says so in a hint above the form and locks those fields: the user cannot type what
would be refused.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from appointments_desktop.domain.status import FINAL_STATUSES, Status
from appointments_desktop.i18n import _
from appointments_desktop.storage.models import Appointment
from appointments_desktop.ui.editor.form import AppointmentForm
from appointments_desktop.ui.editor.values import FormValues

HINT_STYLE = "background-color: #e8f0fe; color: #1f1f1f; border-radius: 3px; padding: 4px 8px;"


def is_final(appointment: Appointment | None) -> bool:
    """Whether ``appointment`` is saved with a final status (None: not saved yet)."""
    return appointment is not None and Status(appointment.status) in FINAL_STATUSES


def final_hint_text(status: Status, *, undone: bool) -> str:
    """The hint for an appointment in the final ``status``; ``undone``: edits were undone."""
    if undone:
        text = _(
            "This appointment is “{status}”: only its notes can still be changed. "
            "Your unsaved changes to its time, people and type were undone."
        )
    else:
        text = _("This appointment is “{status}”: only its notes can still be changed.")
    return text.format(status=status.label)


class FinalLock:
    """The hint above the form and the lock on all but the notes, for a final appointment.

    Promises: :meth:`show_for` shows the hint and locks the fields exactly when the
    appointment is final; only then are schedule edits typed since the last load undone
    (the notes are kept), and the hint says so.
    """

    def __init__(self, form: AppointmentForm) -> None:
        self._form = form
        self.hint = QLabel()
        self.hint.setObjectName("finalHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.hide()

    def show_for(self, appointment: Appointment, loaded: FormValues) -> None:
        """Show or hide the hint and lock or unlock the fields for ``appointment``.

        ``loaded`` is what the form showed after its last load or save.
        """
        final = is_final(appointment)
        undone = final and self._form.values().schedule() != loaded.schedule()
        if undone:
            self._undo_schedule_edits(appointment)
        self.hint.setText(final_hint_text(Status(appointment.status), undone=undone))
        self.hint.setVisible(final)
        self._form.set_schedule_locked(final)

    def _undo_schedule_edits(self, appointment: Appointment) -> None:
        """Show the stored schedule again (a final one cannot change), keeping the notes."""
        notes = self._form.notes.toPlainText()
        self._form.load(appointment)
        self._form.notes.setPlainText(notes)
