"""What the customer, operator and type dialogs share: the list, the form and the writes.

Responsibilities: list the records matching the filter, show the selected one in the form,
and change data only through :class:`Operations` (save, deactivate or reactivate, delete).

Promises: Save is enabled only for unsaved edits without problems; after every write the
list reloads with the record still selected; a refused write changes nothing and says why in
words (under the field, or in a message box that says how many appointments stop a delete);
unsaved edits are never dropped silently (choosing another record, adding or closing asks
first); a change made elsewhere (``records_changed``) reloads the list, and the form too
unless it holds unsaved edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtWidgets import QDialog, QSplitter, QWidget

from appointments_desktop.domain.errors import RecordInUse, ValidationError
from appointments_desktop.domain.text import fold
from appointments_desktop.i18n import _
from appointments_desktop.ui import messages
from appointments_desktop.ui.dialogs.fields import FieldEditor
from appointments_desktop.ui.dialogs.form import RecordForm
from appointments_desktop.ui.dialogs.layout import DialogButtons, lay_out
from appointments_desktop.ui.dialogs.record_list import ListedRecord, RecordList
from appointments_desktop.ui.dialogs.wording import (
    Record,
    Wording,
    ask_to_delete,
    ask_to_discard,
    count_text,
    heading,
    list_note,
)
from appointments_desktop.ui.operations import Operations
from appointments_desktop.ui.window_state import remember_geometry

__all__ = ["Record", "RecordDialog", "Wording"]


class RecordDialog(QDialog):
    """A list of one kind of record beside a form to edit it; see the module docstring."""

    model: ClassVar[type[Record]]
    object_name: ClassVar[str]
    can_deactivate: ClassVar[bool] = False
    list_limit: ClassVar[int | None] = None
    """At most this many rows are listed (``None``: all); the filter narrows the rest."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self._operations = operations
        self._record: Record | None = None
        self.wording = self._wording()
        self.setWindowTitle(self.wording.title + "[*]")
        self.records = RecordList(self.wording.filter_hint)
        self.form = RecordForm(self._editors())
        self.buttons = DialogButtons(deactivating=self.can_deactivate)
        lay_out(self, self.records, self.form, self.buttons)
        remember_geometry(self, self.findChild(QSplitter, "recordSplitter"))
        self._connect()
        self._reload_list()
        self._show_and_select(self.records.id_at(0))

    def _connect(self) -> None:
        self.records.current_changed.connect(self._on_selected)
        self.records.filter_changed.connect(self._on_filter)
        self.form.changed.connect(self._refresh_state)
        self.buttons.add.clicked.connect(self.add_record)
        self.buttons.save.clicked.connect(self.save)
        self.buttons.deactivate.clicked.connect(self.toggle_active)
        self.buttons.delete.clicked.connect(self.delete)
        self._operations.events.records_changed.connect(self._on_records_changed)

    # -- what each kind of record says for itself --------------------------------------

    def _wording(self) -> Wording:
        raise NotImplementedError

    def _editors(self) -> list[FieldEditor]:
        raise NotImplementedError

    def _find(self, text: str) -> Sequence[Record]:
        """The records matching ``text`` (case and accents ignored), by name."""
        needle = fold(text.strip())
        rows = [r for r in self.model.select() if needle in fold(str(r.name))]
        return sorted(rows, key=lambda r: (fold(str(r.name)), r.id))

    def _list_row(self, record: Record) -> ListedRecord:
        return ListedRecord(record.id, str(record.name), bool(getattr(record, "active", True)))

    def _in_use_message(self, error: RecordInUse) -> str:
        return str(error)

    # -- the user's commands -------------------------------------------------------------

    def current_record(self) -> Record | None:
        """The record in the form as last shown or saved (new ones have no id yet)."""
        return self._record

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
        if not self.can_deactivate or record is None or record.id is None:
            return
        self._operations.set_active(record, not getattr(record, "active", True))
        self.form.title.setText(heading(record, self.wording))
        self._reload_list()
        self._refresh_state()

    def delete(self) -> None:
        """Delete the shown record after asking; refused (and said why) while in use."""
        record = self._record
        if record is None or record.id is None or not ask_to_delete(self, record, self.wording):
            return
        row = self.records.row_of(record.id)
        try:
            self._operations.delete_record(record)
        except RecordInUse as error:
            messages.show_error(self, _("Cannot delete"), self._in_use_message(error))
            return
        self._record = None
        self._reload_list()
        self._show_and_select(self.records.id_at(row))

    def reject(self) -> None:
        """Close (Close button, Escape, window close) unless the user keeps unsaved edits."""
        if self._may_leave():
            super().reject()

    # -- keeping list, form and buttons in step --------------------------------------------

    def _show(self, record: Record | None) -> None:
        self._record = record
        shown = record if record is not None else self.model()
        enabled = record is not None
        self.form.show_record(
            shown, heading(record, self.wording), count_text(record), enabled=enabled
        )
        self._refresh_state()

    def _show_and_select(self, record_id: int | None) -> None:
        self._show(self._fetch(record_id))
        self.records.select(record_id)

    def _refresh_state(self) -> None:
        dirty = self.form.is_dirty()
        problems = self._draft().problems() if dirty else []
        self.form.show_problems(problems)
        stored = self._record is not None and self._record.id is not None
        self.buttons.show_state(
            can_save=dirty and not problems,
            stored=stored,
            active=bool(getattr(self._record, "active", True)),
        )
        self.setWindowModified(dirty)

    def _reload_list(self) -> None:
        rows = self._find(self.records.filter_text())
        current = self._record.id if self._record is not None else None
        self.records.show_records([self._list_row(record) for record in rows], current)
        self.records.show_note(list_note(len(rows), self.records.filter_text(), self.list_limit))

    def _on_selected(self, record_id: int | None) -> None:
        if self._record is not None and record_id == self._record.id:
            return
        if not self._may_leave():
            self.records.select(self._record.id if self._record else None)
            return
        self._show(self._fetch(record_id))

    def _on_filter(self) -> None:
        self._reload_list()
        current = self._record.id if self._record is not None else None
        if self.form.is_dirty() or self.records.row_of(current) >= 0:
            return
        if self.records.id_at(0) is not None:
            self._show_and_select(self.records.id_at(0))

    def _on_records_changed(self) -> None:
        record = self._record
        if record is not None and record.id is not None and not self.form.is_dirty():
            self._show(self._fetch(record.id))
        self._reload_list()

    # -- helpers -------------------------------------------------------------------------

    def _fetch(self, record_id: int | None) -> Record | None:
        if record_id is None:
            return None
        return self.model.get_or_none(self.model.id == record_id)

    def _draft(self) -> Record:
        """A copy of the shown record carrying the form's values (the shown one stays)."""
        assert self._record is not None
        draft = type(self._record)(**self._record.__data__)
        for field, value in self.form.values().items():
            setattr(draft, field, value)
        return draft

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

    def _may_leave(self) -> bool:
        return not self.form.is_dirty() or ask_to_discard(self, self._record, self.wording)
