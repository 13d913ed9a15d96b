"""Running a status action from any screen: ask before one that ends the appointment.

The list's context menu, the tool bar and the editor's buttons all call
:func:`run_status_action`, so every place asks the same question and reports a refusal in
the same words.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from appointments_desktop.domain.errors import EditConflict
from appointments_desktop.domain.status import Action, InvalidTransition
from appointments_desktop.i18n import _, format_datetime
from appointments_desktop.storage.models import Appointment
from appointments_desktop.ui import messages
from appointments_desktop.ui.key_names import key_name, menu_command
from appointments_desktop.ui.operations import Operations

IRREVERSIBLE = frozenset({Action.CANCEL, Action.NO_SHOW})
"""Actions that end an appointment for good: the user is asked first."""


def describe(appointment: Appointment) -> str:
    """One line naming an appointment: customer, start and type."""
    return _("{customer}, {start}, {type}").format(
        customer=appointment.customer.name,
        start=format_datetime(appointment.scheduled_at, "short"),
        type=appointment.appointment_type.name,
    )


def run_status_action(
    parent: QWidget | None, operations: Operations, appointment: Appointment, action: Action
) -> bool:
    """Apply ``action`` after asking where needed; returns whether it was applied.

    A refusal (the status machine, or a change made on another desk) is shown in a message
    box and changes nothing.
    """
    if needs_confirmation(action) and not confirm_action(parent, appointment, action):
        return False
    try:
        operations.apply_action(appointment, action)
    except (InvalidTransition, EditConflict) as error:
        title = _("“{action}” was not applied").format(action=action.label)
        messages.show_error(parent, title, str(error), describe(appointment))
        return False
    return True


def needs_confirmation(action: Action) -> bool:
    """Whether ``action`` is asked about first (it ends the appointment and is easy to misclick)."""
    return action in IRREVERSIBLE


def confirm_action(parent: QWidget | None, appointment: Appointment, action: Action) -> bool:
    """Ask before cancelling or marking a no-show; returns whether to go ahead."""
    names = {
        "customer": appointment.customer.name,
        "time": format_datetime(appointment.scheduled_at, "short"),
    }
    if action is Action.CANCEL:
        title = _("Cancel this appointment?")
        text = _("Cancel the appointment of {customer} on {time}?").format(**names)
    else:
        title = _("Mark as no-show?")
        text = _("Record that {customer} did not come on {time}?").format(**names)
    return messages.confirm(parent, title, text, action.label, informative=undo_hint())


def undo_hint() -> str:
    """How to take a final status back: the Undo command as the Edit menu names it, and its
    key ("Edit › Undo (Ctrl+Z)"); the labels are the menu's own messages."""
    undo = menu_command(_("&Edit"), _("&Undo"))
    # Translators: {command} is the menu path "Edit › Undo", {key} its shortcut ("Ctrl+Z").
    return _("It becomes final; {command} ({key}) takes it back.").format(
        command=undo, key=key_name(QKeySequence.StandardKey.Undo)
    )
