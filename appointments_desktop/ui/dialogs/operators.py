"""The operators dialog: the staff who serve appointments.

An operator who has appointments cannot be deleted; deactivating retires them from new
bookings while their appointments keep showing who served the customer.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from appointments_desktop.i18n import _
from appointments_desktop.storage.models import Operator
from appointments_desktop.ui.dialogs.base import RecordDialog, Wording
from appointments_desktop.ui.dialogs.fields import FieldEditor, line_editor, named


class OperatorsDialog(RecordDialog):
    """Lists, adds, renames, deactivates and deletes operators; see :class:`RecordDialog`."""

    model = Operator
    object_name = "operatorsDialog"
    can_deactivate = True

    def _wording(self) -> Wording:
        return Wording(
            title=_("Operators"),
            new_record=_("New operator"),
            filter_hint=_("Filter operators"),
            delete_title=_("Delete operator"),
            delete_question=_("Delete the operator “{name}”?"),
            unsaved_new=_("The new operator has not been saved."),
        )

    def _editors(self) -> list[FieldEditor]:
        return [line_editor("name", _("&Name:"), named(QLineEdit(), "nameField"))]
