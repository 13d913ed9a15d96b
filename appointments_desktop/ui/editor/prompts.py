"""The editor's questions and notices that are not about conflicts.

Each asks or tells in the words of :mod:`appointments_desktop.ui.messages`: a sentence that
says what is about to happen and buttons named by their verbs, the safe one the default.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from appointments_desktop.domain.status import Action
from appointments_desktop.i18n import _, format_datetime
from appointments_desktop.storage.models import Appointment
from appointments_desktop.ui.messages import confirm, show_error

_ASK_FIRST = frozenset({Action.CANCEL, Action.NO_SHOW})


def needs_confirmation(action: Action) -> bool:
    """Whether ``action`` is asked about first (it cannot be undone and is easy to misclick)."""
    return action in _ASK_FIRST


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
    return confirm(parent, title, text, action.label, informative=_("This cannot be undone."))


def confirm_discard(parent: QWidget | None) -> bool:
    """Ask before closing the editor with unsaved changes; returns whether to discard them."""
    return confirm(
        parent,
        _("Discard changes?"),
        _("Your changes to this appointment are not saved."),
        _("Discard changes"),
        informative=_("Go back to keep editing and save them."),
    )


def tell_deleted(parent: QWidget | None) -> None:
    """Say that the appointment being edited no longer exists."""
    show_error(
        parent,
        _("Appointment deleted"),
        _("This appointment was deleted on another desk; nothing was saved."),
        _("Close the editor and book it again if it is still needed."),
    )
