"""The reading half of a record dialog: the list, the form and the buttons kept in step.

Responsibilities: list the records of one kind that match the filter, show the chosen one in
the form with how many appointments refer to it, enable the buttons to match, and follow
changes made elsewhere. Every read goes through :mod:`appointments_desktop.services.catalog`
(which filters in SQL); nothing here writes: :class:`~.base.RecordDialog` adds the commands.

Promises: unsaved edits are never dropped silently (choosing another record asks first); a
change made elsewhere (``records_changed``) reloads the list, and the form too unless it holds
unsaved edits; a change to appointments (``appointments_changed``) updates the count and the
Delete button's tooltip, which says how many appointments stop a delete.
"""

from __future__ import annotations

from typing import ClassVar, TypeGuard

from PySide6.QtWidgets import QDialog, QSplitter, QWidget

from appointments_desktop.services.catalog import appointment_count, find_record, list_records
from appointments_desktop.ui.dialogs.fields import FieldEditor
from appointments_desktop.ui.dialogs.form import RecordForm
from appointments_desktop.ui.dialogs.layout import DialogButtons, lay_out
from appointments_desktop.ui.dialogs.record_list import ListedRecord, RecordList
from appointments_desktop.ui.dialogs.wording import (
    Record,
    Wording,
    ask_to_discard,
    count_text,
    delete_tip,
    heading,
    list_note,
)
from appointments_desktop.ui.operations import Operations
from appointments_desktop.ui.window_state import remember_geometry


class RecordBrowser(QDialog):
    """A list of one kind of record beside the form of the chosen one; see the module."""

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
        self._in_use = 0
        self.wording = self._wording()
        self.setWindowTitle(self.wording.title + "[*]")
        self.records = RecordList(self.wording.filter_hint)
        self.form = RecordForm(self._editors(), self._details())
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
        self._operations.events.records_changed.connect(self._on_records_changed)
        self._operations.events.appointments_changed.connect(self._on_appointments_changed)

    # -- what each kind of record says for itself --------------------------------------

    def _wording(self) -> Wording:
        raise NotImplementedError

    def _editors(self) -> list[FieldEditor]:
        raise NotImplementedError

    def _details(self) -> list[tuple[str, QWidget]]:
        """Read-only rows under the fields (label, widget); none unless a kind adds some."""
        return []

    def _show_details(self, record: Record | None) -> None:
        """Fill the rows of :meth:`_details` for ``record`` (called whenever it is shown)."""

    def _list_row(self, record: Record) -> ListedRecord:
        return ListedRecord(record.id, str(record.name), bool(getattr(record, "active", True)))

    # -- keeping list, form and buttons in step --------------------------------------------

    def current_record(self) -> Record | None:
        """The record in the form as last shown or saved (new ones have no id yet)."""
        return self._record

    def _show(self, record: Record | None) -> None:
        self._record = record
        self._in_use = appointment_count(record) if is_stored(record) else 0
        shown = record if record is not None else self.model()
        title = heading(record, self.wording)
        count = count_text(record, self._in_use)
        self.form.show_record(shown, title, count, enabled=record is not None)
        self._show_details(record)
        self._refresh_state()

    def _show_and_select(self, record_id: int | None) -> None:
        self._show(self._fetch(record_id))
        self.records.select(record_id)

    def _show_count(self, in_use: int) -> None:
        """Show that ``in_use`` appointments refer to the shown record (form and Delete)."""
        self._in_use = in_use
        self.form.show_count(count_text(self._record, in_use))
        self._show_details(self._record)
        self._refresh_state()

    def _refresh_state(self) -> None:
        dirty = self.form.is_dirty()
        problems = self._draft().problems() if dirty else []
        self.form.show_problems(problems)
        record = self._record
        self.buttons.show_state(
            can_save=dirty and not problems,
            stored=is_stored(record),
            active=bool(getattr(record, "active", True)),
            delete_tip=delete_tip(record, self._in_use) if is_stored(record) else "",
        )
        self.setWindowModified(dirty)

    def _reload_list(self) -> None:
        text = self.records.filter_text()
        rows = list_records(self.model, text, self.list_limit)
        current = self._record.id if self._record is not None else None
        self.records.show_records([self._list_row(record) for record in rows], current)
        self.records.show_note(list_note(len(rows), text, self.list_limit))

    # -- what the user and other windows do ------------------------------------------------

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
        if is_stored(record) and not self.form.is_dirty():
            self._show(self._fetch(record.id))
        self._reload_list()

    def _on_appointments_changed(self) -> None:
        record = self._record
        if is_stored(record):
            self._show_count(appointment_count(record))

    # -- helpers -------------------------------------------------------------------------

    def _fetch(self, record_id: int | None) -> Record | None:
        """The stored record with ``record_id``; ``None`` for none or one deleted meanwhile."""
        return None if record_id is None else find_record(self.model, record_id)

    def _draft(self) -> Record:
        """A copy of the shown record carrying the form's values (the shown one stays)."""
        assert self._record is not None
        draft = type(self._record)(**self._record.__data__)
        for field, value in self.form.values().items():
            setattr(draft, field, value)
        return draft

    def _may_leave(self) -> bool:
        """Whether the form may show something else: no unsaved edits, or the user drops them."""
        return not self.form.is_dirty() or ask_to_discard(self, self._record, self.wording)


def is_stored(record: Record | None) -> TypeGuard[Record]:
    """Whether ``record`` is one saved in the database (not a new one, not none)."""
    return record is not None and record.id is not None
