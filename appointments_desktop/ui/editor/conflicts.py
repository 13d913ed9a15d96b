"""Asking what to do when a save is refused for a double booking or an edit conflict.

Both questions show the facts first (the overlapping appointments; both versions of the
edited one) and offer named choices; the safe choice is the default and what Escape does.
Nothing here writes: the editor acts on the answer.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Sequence
from dataclasses import astuple, dataclass

from PySide6.QtWidgets import QMessageBox, QWidget

from appointments_desktop.domain.status import Action, Status
from appointments_desktop.i18n import _, format_datetime, format_number, ngettext
from appointments_desktop.storage.models import Appointment
from appointments_desktop.ui.editor.formats import time_range_text
from appointments_desktop.ui.messages import confirm

DIFFERENT_STYLE = "font-weight: bold; color: #b3261e;"


def duration_words(minutes: int | None) -> str:
    """A duration in words ("30 minutes"; the list says "30 min"), or "—" when there is none."""
    if minutes is None:
        return "—"
    return ngettext("{count} minute", "{count} minutes", minutes).format(
        count=format_number(minutes)
    )


@dataclass(frozen=True)
class AppointmentSummary:
    """One version of an appointment as the user reads it, to compare with another."""

    start: str
    duration: str
    operator: str
    customer: str
    appointment_type: str
    status: str
    notes: str

    @classmethod
    def of(cls, appointment: Appointment) -> AppointmentSummary:
        """The summary of a stored appointment (loaded with its details)."""
        return cls(
            start=format_datetime(appointment.scheduled_at, "short"),
            duration=duration_words(int(appointment.duration_minutes)),
            operator=str(appointment.operator.name),
            customer=str(appointment.customer.name),
            appointment_type=str(appointment.appointment_type.name),
            status=Status(appointment.status).label,
            notes=str(appointment.notes or ""),
        )


def _field_titles() -> tuple[str, ...]:
    return (
        _("Start"),
        _("Duration"),
        _("Operator"),
        _("Customer"),
        _("Type"),
        _("Status"),
        _("Notes"),
    )


def conflict_line(appointment: Appointment) -> str:
    """One overlapping appointment in a line: time, customer, operator, type."""
    return _("{time}: {customer} with {operator} ({type})").format(
        time=time_range_text(appointment.scheduled_at, appointment.end_time),
        customer=appointment.customer.name,
        operator=appointment.operator.name,
        type=appointment.appointment_type.name,
    )


def ask_book_anyway(parent: QWidget | None, conflicts: Sequence[Appointment]) -> bool:
    """Show the appointments a booking overlaps; returns whether to book anyway."""
    count = len(conflicts)
    text = ngettext(
        "This time overlaps {count} other appointment.",
        "This time overlaps {count} other appointments.",
        count,
    ).format(count=format_number(count))
    lines = "\n".join("• " + conflict_line(a) for a in conflicts)
    question = _("Book anyway, or go back and choose another time?")
    return confirm(
        parent,
        _("Double booking"),
        text,
        _("Book anyway"),
        informative="\n\n".join((lines, question)),
    )


class EditChoice(enum.Enum):
    """What the user wants after an edit conflict."""

    RELOAD = "reload"
    OVERWRITE = "overwrite"
    KEEP_EDITING = "keep_editing"


def comparison_html(mine: AppointmentSummary, stored: AppointmentSummary) -> str:
    """Both versions side by side as a rich-text table; differing values stand out."""
    head = "<tr><th></th><th align='left'>{}</th><th align='left'>{}</th></tr>".format(
        html.escape(_("Yours")), html.escape(_("Stored now"))
    )
    rows = [head]
    for title, own, theirs in zip(_field_titles(), astuple(mine), astuple(stored), strict=True):
        style = f" style='{DIFFERENT_STYLE}'" if own != theirs else ""
        cells = "".join(f"<td{style}>{_cell(value)}</td>" for value in (own, theirs))
        rows.append(f"<tr><td>{html.escape(title)}</td>{cells}</tr>")
    return "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"


def _cell(value: str) -> str:
    return html.escape(value).replace("\n", "<br>") or "—"


def _edit_choices(
    *, offer_overwrite: bool
) -> list[tuple[EditChoice, str, QMessageBox.ButtonRole, str]]:
    role = QMessageBox.ButtonRole
    choices = [
        (EditChoice.RELOAD, _("Reload"), role.AcceptRole, "reloadButton"),
        (EditChoice.OVERWRITE, _("Save mine over it"), role.DestructiveRole, "overwriteButton"),
        (EditChoice.KEEP_EDITING, _("Keep editing"), role.RejectRole, "keepEditingButton"),
    ]
    return [c for c in choices if offer_overwrite or c[0] is not EditChoice.OVERWRITE]


def ask_about_edit_conflict(
    parent: QWidget | None, mine: AppointmentSummary, stored: AppointmentSummary
) -> EditChoice:
    """A save met another desk's change: show both versions; returns the user's choice.

    Offers Reload, "Save mine over it" and "Keep editing" (the default, and what Escape
    chooses: it changes nothing).
    """
    advice = _(
        "Nothing was saved. Reload to see the stored version (your changes are discarded), "
        "save yours over it, or keep editing."
    )
    text = _("This appointment was changed on another desk since you opened it.")
    return _ask_edit_choice(parent, text, _informative(mine, stored, advice), offer_overwrite=True)


def ask_about_action_conflict(
    parent: QWidget | None, mine: AppointmentSummary, stored: AppointmentSummary, action: Action
) -> EditChoice:
    """A status action met another desk's change while the form has unsaved edits.

    Shows both versions and offers only Reload and "Keep editing" (the default): a status
    action never writes the form, so saving over the other desk's change is not offered.
    """
    text = _(
        "This appointment was changed on another desk since you opened it, "
        "so “{action}” was not applied."
    ).format(action=action.label)
    advice = _(
        "Nothing was saved. Reload to see the stored version (your changes are discarded), "
        "or keep editing."
    )
    return _ask_edit_choice(parent, text, _informative(mine, stored, advice), offer_overwrite=False)


def _informative(mine: AppointmentSummary, stored: AppointmentSummary, advice: str) -> str:
    return f"{comparison_html(mine, stored)}<p>{html.escape(advice)}</p>"


def _ask_edit_choice(
    parent: QWidget | None, text: str, informative: str, *, offer_overwrite: bool
) -> EditChoice:
    """Ask with the edit choices (overwrite only if offered); "Keep editing" is the default."""
    box = QMessageBox(parent)
    box.setObjectName("editConflictBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_("Changed on another desk"))
    box.setText(text)
    box.setInformativeText(informative)
    buttons = {}
    for choice, label, role, object_name in _edit_choices(offer_overwrite=offer_overwrite):
        button = box.addButton(label, role)
        button.setObjectName(object_name)
        buttons[choice] = button
    box.setDefaultButton(buttons[EditChoice.KEEP_EDITING])
    box.setEscapeButton(buttons[EditChoice.KEEP_EDITING])
    box.exec()
    clicked = box.clickedButton()
    return next((c for c, b in buttons.items() if b is clicked), EditChoice.KEEP_EDITING)
