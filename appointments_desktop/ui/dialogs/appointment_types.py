"""The appointment types dialog: each type's name, default duration and calendar colour.

A type's name is unique (ignoring case and accents; the core refuses a duplicate and the
form says so under the name). A type in use cannot be deleted; deactivating stops offering
it for new appointments while existing ones keep it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QSpinBox

from appointments_desktop.domain.validation import MAX_DURATION_MINUTES, MIN_DURATION_MINUTES
from appointments_desktop.i18n import _
from appointments_desktop.storage.models import AppointmentType
from appointments_desktop.ui.dialogs.base import Record, RecordDialog, Wording
from appointments_desktop.ui.dialogs.colour import ColourButton
from appointments_desktop.ui.dialogs.fields import (
    FieldEditor,
    colour_editor,
    line_editor,
    named,
    spin_editor,
)
from appointments_desktop.ui.dialogs.record_list import ListedRecord


class AppointmentTypesDialog(RecordDialog):
    """Lists, adds, edits, deactivates and deletes types; see :class:`RecordDialog`."""

    model = AppointmentType
    object_name = "appointmentTypesDialog"
    can_deactivate = True

    def _wording(self) -> Wording:
        return Wording(
            title=_("Appointment Types"),
            new_record=_("New appointment type"),
            filter_hint=_("Filter types"),
            delete_title=_("Delete appointment type"),
            delete_question=_("Delete the appointment type “{name}”?"),
            unsaved_new=_("The new appointment type has not been saved."),
        )

    def _editors(self) -> list[FieldEditor]:
        self.colour_button = ColourButton()
        return [
            line_editor("name", _("&Name:"), named(QLineEdit(), "nameField")),
            spin_editor("default_duration_minutes", _("Default d&uration:"), _duration_box()),
            colour_editor("colour", _("Co&lour:"), self.colour_button),
        ]

    def set_colour(self, colour: str) -> None:
        """Choose ``colour`` (``#rrggbb``) as if picked in the colour dialog."""
        self.colour_button.set_colour(colour)

    def _list_row(self, record: Record) -> ListedRecord:
        row = super()._list_row(record)
        return ListedRecord(row.id, row.text, row.active, str(getattr(record, "colour", "")))


def _duration_box() -> QSpinBox:
    box = named(QSpinBox(), "durationField")
    box.setRange(MIN_DURATION_MINUTES, MAX_DURATION_MINUTES)
    box.setSuffix(_(" min"))
    box.setSingleStep(5)
    box.setAccelerated(True)
    box.setToolTip(_("How long a new appointment of this type takes unless changed"))
    return box
