"""The customers dialog: name, phone, email and notes, and how many appointments each has.

Customers have no active flag: one who has appointments stays (the history needs them), and
the refusal to delete says so with the count. The filter searches name, phone and email,
ignoring case and accents, through the customer search index; only the first
:data:`LIST_LIMIT` are listed, and typing narrows the rest.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from appointments_desktop.domain.errors import RecordInUse
from appointments_desktop.i18n import _, format_number, ngettext
from appointments_desktop.storage.models import Customer
from appointments_desktop.storage.trends import customer_no_show_record
from appointments_desktop.ui.dialogs.base import Record, RecordDialog, Wording
from appointments_desktop.ui.dialogs.fields import FieldEditor, line_editor, named, text_editor
from appointments_desktop.ui.dialogs.record_list import ListedRecord

LIST_LIMIT = 200


class CustomersDialog(RecordDialog):
    """Lists, adds, edits and deletes customers; see :class:`RecordDialog` for promises."""

    model = Customer
    object_name = "customersDialog"
    list_limit = LIST_LIMIT

    def _wording(self) -> Wording:
        return Wording(
            title=_("Customers"),
            new_record=_("New customer"),
            filter_hint=_("Filter by name, phone or email"),
            delete_title=_("Delete customer"),
            delete_question=_("Delete the customer “{name}”?"),
            unsaved_new=_("The new customer has not been saved."),
        )

    def _editors(self) -> list[FieldEditor]:
        email = named(QLineEdit(), "emailField")
        email.setPlaceholderText(_("name@example.com"))
        return [
            line_editor("name", _("&Name:"), named(QLineEdit(), "nameField")),
            line_editor("phone", _("&Phone:"), named(QLineEdit(), "phoneField")),
            line_editor("email", _("&Email:"), email),
            text_editor("notes", _("N&otes:"), named(QPlainTextEdit(), "notesField")),
        ]

    def _list_row(self, record: Record) -> ListedRecord:
        detail = str(getattr(record, "phone", "") or getattr(record, "email", "") or "")
        text = str(record.name)
        if detail:
            text = _("{name} · {detail}").format(name=text, detail=detail)
        return ListedRecord(record.id, text)

    def _details(self) -> list[tuple[str, QWidget]]:
        self.no_shows = QLabel(objectName="noShowHistoryLabel")
        self.no_shows.setWordWrap(True)
        return [(_("No-shows:"), self.no_shows)]

    def _show_details(self, record: Record | None) -> None:
        """The customer's no-shows among their recent past appointments."""
        if record is None or record.id is None:
            self.no_shows.setText(_("None yet"))
            return
        history = customer_no_show_record(record.id, self._operations.clock())
        self.no_shows.setText(history.describe())

    def _in_use_message(self, error: RecordInUse) -> str:
        return ngettext(
            "“{name}” cannot be deleted: {count} appointment, past or planned, is theirs. "
            "Customers with appointments are kept so the history stays complete.",
            "“{name}” cannot be deleted: {count} appointments, past or planned, are theirs. "
            "Customers with appointments are kept so the history stays complete.",
            error.count,
        ).format(name=error.name, count=format_number(error.count))
