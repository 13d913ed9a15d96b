"""The editor's plain questions and notices (the comparisons of two versions are elsewhere).

Each asks or tells in the words of :mod:`appointments_desktop.ui.messages`: a sentence that
says what is about to happen and buttons named by their verbs, the safe one the default.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from appointments_desktop.domain.status import Action
from appointments_desktop.i18n import _
from appointments_desktop.ui.messages import confirm, show_error


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


def tell_action_not_applied(parent: QWidget | None, action: Action) -> None:
    """Say that ``action`` met another desk's change and that the stored version is shown."""
    show_error(
        parent,
        _("“{action}” was not applied").format(action=action.label),
        _("This appointment was changed on another desk; the editor now shows the stored version."),
        _("Check it, then click “{action}” again if it still applies.").format(action=action.label),
    )
