"""What the customer, operator and type dialogs share: the list, the form and the writes.

:class:`~.browser.RecordBrowser` lists the records and keeps the form in step; this module adds
the user's commands, which change data only through :class:`Operations` (save, deactivate or
reactivate, delete).

Promises: Save is enabled only for unsaved edits without problems; after every write the
list reloads with the record still selected; a refused write changes nothing and says why in
words (under the field, or in a message box); a record that appointments refer to is refused
at once, with their count, before any question (and if another desk books it while the
question is open, the same refusal follows the answer); unsaved edits are never dropped
silently (choosing another record, adding or closing asks first).
"""

from __future__ import annotations

from appointments_desktop.domain.errors import RecordInUse, ValidationError
from appointments_desktop.i18n import _
from appointments_desktop.services.catalog import appointment_count
from appointments_desktop.ui import messages
from appointments_desktop.ui.dialogs.browser import RecordBrowser, is_stored
from appointments_desktop.ui.dialogs.wording import Record, Wording, ask_to_delete, heading

__all__ = ["Record", "RecordDialog", "Wording"]


class RecordDialog(RecordBrowser):
    """A list of one kind of record beside a form to edit it; see the module docstring."""

    def _connect(self) -> None:
        super()._connect()
        self.buttons.add.clicked.connect(self.add_record)
        self.buttons.save.clicked.connect(self.save)
        self.buttons.deactivate.clicked.connect(self.toggle_active)
        self.buttons.delete.clicked.connect(self.delete)

    def _in_use_message(self, error: RecordInUse) -> str:
        """Why ``error``'s record cannot be deleted; each kind may word it for itself."""
        return str(error)

    # -- the user's commands -------------------------------------------------------------

    def add_record(self) -> None:
        """Show an empty form for a new record (after asking about unsaved edits)."""
        if self._may_leave():
            self.records.select(None)
            self._show(self.model())
            self.form.focus_first_field()

    def save(self) -> None:
        """Save the form's values; a refusal is shown under the fields and writes nothing."""
        if self._record is None or self._deleted_elsewhere(self._record):
            return
        draft = self._draft()
        try:
            self._operations.save_record(draft)
        except ValidationError as error:
            self._refuse(error)
            return
        self._show(draft)
        self._reload_list()

    def toggle_active(self) -> None:
        """Deactivate the shown record, or reactivate it; unsaved edits stay in the form."""
        record = self._record
        if not self.can_deactivate or not is_stored(record):
            return
        self._operations.set_active(record, not getattr(record, "active", True))
        self.form.title.setText(heading(record, self.wording))
        self._reload_list()
        self._refresh_state()

    def delete(self) -> None:
        """Delete the shown record after asking; one in use is refused at once with the count."""
        record = self._record
        if not is_stored(record):
            return
        in_use = appointment_count(record)
        if in_use:
            self._refuse_delete(RecordInUse(str(record.name), in_use))
        elif ask_to_delete(self, record, self.wording):
            self._delete(record)

    def reject(self) -> None:
        """Close (Close button, Escape, window close) unless the user keeps unsaved edits."""
        if self._may_leave():
            super().reject()

    # -- helpers -------------------------------------------------------------------------

    def _delete(self, record: Record) -> None:
        """Delete ``record`` and show its neighbour; refused if it came into use meanwhile."""
        row = self.records.row_of(record.id)
        try:
            self._operations.delete_record(record)
        except RecordInUse as error:  # another desk booked it while the question was open
            self._refuse_delete(error)
            return
        self._record = None
        self._reload_list()
        self._show_and_select(self.records.id_at(row))

    def _refuse_delete(self, error: RecordInUse) -> None:
        self._show_count(error.count)
        messages.show_error(self, _("Cannot delete"), self._in_use_message(error))

    def _deleted_elsewhere(self, record: Record) -> bool:
        """Whether ``record`` was deleted since it was shown (then say so: nothing is saved)."""
        if record.id is None or self._fetch(record.id) is not None:
            return False
        text = _("“{name}” was deleted in another window, so these changes cannot be saved.")
        informative = _("Click Add to enter it again.")
        messages.show_error(self, _("Cannot save"), text.format(name=record.name), informative)
        return True

    def _refuse(self, error: ValidationError) -> None:
        elsewhere = self.form.show_problems(error.problems)
        self.buttons.save.setEnabled(False)
        if elsewhere:
            messages.show_error(self, _("Cannot save"), str(ValidationError(elsewhere)))
