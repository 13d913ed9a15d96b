"""Running a status action from any screen: ask where it cannot be undone, show refusals.

The list's context menu, the tool bar and the editor's buttons all call
:func:`run_status_action`, so every place asks the same question and reports a refusal in
the same words.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from appointments_desktop.domain.errors import EditConflict
from appointments_desktop.domain.status import Action, InvalidTransition
from appointments_desktop.i18n import _, format_datetime
from appointments_desktop.storage.models import Appointment
from appointments_desktop.ui import messages
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
    if action in IRREVERSIBLE and not _confirmed(parent, appointment, action):
        return False
    try:
        operations.apply_action(appointment, action)
    except (InvalidTransition, EditConflict) as error:
        title = _("“{action}” was not applied").format(action=action.label)
        messages.show_error(parent, title, str(error), describe(appointment))
        return False
    return True


def _confirmed(parent: QWidget | None, appointment: Appointment, action: Action) -> bool:
    questions = {
        Action.CANCEL: _("Cancel this appointment?"),
        Action.NO_SHOW: _("Mark this appointment as a no-show?"),
    }
    return messages.confirm(
        parent,
        action.label,
        questions[action],
        action.label,
        informative=describe(appointment) + "\n" + _("This cannot be undone."),
    )
