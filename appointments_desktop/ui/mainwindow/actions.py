"""Every command of the main window, declared once: label, shortcut, tip, icon.

The window creates its ``QAction`` objects from this registry, keyed by :class:`ActionId`,
then places them in menus and the tool bar and connects them; nothing else makes actions,
so a shortcut is defined in exactly one place.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget

from appointments_desktop.domain.status import Action
from appointments_desktop.i18n import _, pgettext

Shortcut = QKeySequence.StandardKey | str | None


class ActionId(enum.Enum):
    """The main window's commands."""

    NEW_APPOINTMENT = enum.auto()
    OPEN_APPOINTMENT = enum.auto()
    QUIT = enum.auto()
    UNDO = enum.auto()
    REDO = enum.auto()
    FIND = enum.auto()
    REFRESH = enum.auto()
    SHOW_LIST = enum.auto()
    SHOW_CALENDAR = enum.auto()
    CONFIRM = enum.auto()
    CANCEL_APPOINTMENT = enum.auto()
    COMPLETE = enum.auto()
    NO_SHOW = enum.auto()
    REMINDER_SENT = enum.auto()
    MANAGE_CUSTOMERS = enum.auto()
    MANAGE_OPERATORS = enum.auto()
    MANAGE_TYPES = enum.auto()
    OPENING_HOURS = enum.auto()
    PREFERENCES = enum.auto()
    ABOUT = enum.auto()


STATUS_ACTIONS: dict[ActionId, Action] = {
    ActionId.CONFIRM: Action.CONFIRM,
    ActionId.CANCEL_APPOINTMENT: Action.CANCEL,
    ActionId.COMPLETE: Action.COMPLETE,
    ActionId.NO_SHOW: Action.NO_SHOW,
    ActionId.REMINDER_SENT: Action.REMINDER_SENT,
}
"""The window's commands that apply a status action to the selected appointment."""


@dataclass(frozen=True)
class ActionSpec:
    """How one command looks: its menu text, shortcut, status tip and themed icon."""

    text: str
    shortcut: Shortcut = None
    tip: str = ""
    icon: str = ""


def standard_or(key: QKeySequence.StandardKey, fallback: str) -> Shortcut:
    """The platform's standard shortcut, or ``fallback`` where the platform has none."""
    return key if QKeySequence.keyBindings(key) else fallback


def action_specs() -> dict[ActionId, ActionSpec]:
    """Every command's appearance in the active language."""
    keys = QKeySequence.StandardKey
    return {
        ActionId.NEW_APPOINTMENT: ActionSpec(
            _("&New Appointment…"), keys.New, _("Book a new appointment"), "appointment-new"
        ),
        ActionId.OPEN_APPOINTMENT: ActionSpec(
            _("&Edit Appointment…"), "Ctrl+E", _("Open the selected appointment"), "document-edit"
        ),
        ActionId.QUIT: ActionSpec(
            _("&Quit"), standard_or(keys.Quit, "Ctrl+Q"), _("Close the program"), "application-exit"
        ),
        ActionId.UNDO: ActionSpec(
            _("&Undo"), keys.Undo, _("Take back the last change to an appointment"), "edit-undo"
        ),
        ActionId.REDO: ActionSpec(
            _("&Redo"),
            standard_or(keys.Redo, "Ctrl+Shift+Z"),
            _("Make the change that was taken back again"),
            "edit-redo",
        ),
        ActionId.FIND: ActionSpec(
            _("&Find…"), keys.Find, _("Search the appointment list"), "edit-find"
        ),
        ActionId.REFRESH: ActionSpec(
            _("&Refresh"), keys.Refresh, _("Read the appointments again"), "view-refresh"
        ),
        ActionId.SHOW_LIST: ActionSpec(
            # Translators: the command (in the Appointments menu, beside "Calendar") that
            # shows the appointment list.
            pgettext("show the list", "&Appointments"),
            "Ctrl+1",
            _("Show the appointment list"),
            "view-list-details",
        ),
        ActionId.SHOW_CALENDAR: ActionSpec(
            _("&Calendar"), "Ctrl+2", _("Show the calendar"), "view-calendar"
        ),
        **_status_specs(),
        ActionId.MANAGE_CUSTOMERS: ActionSpec(_("&Customers…"), "Ctrl+Shift+U"),
        ActionId.MANAGE_OPERATORS: ActionSpec(_("&Operators…"), "Ctrl+Shift+O"),
        ActionId.MANAGE_TYPES: ActionSpec(_("Appointment &Types…"), "Ctrl+Shift+T"),
        ActionId.OPENING_HOURS: ActionSpec(
            _("Opening &Hours…"), None, _("When the shop opens and closes")
        ),
        ActionId.PREFERENCES: ActionSpec(
            _("&Preferences…"),
            standard_or(keys.Preferences, "Ctrl+,"),
            _("Choose the language and formats of this desk"),
            "preferences-system",
        ),
        ActionId.ABOUT: ActionSpec(_("&About Appointments Desktop"), icon="help-about"),
    }


def _status_specs() -> dict[ActionId, ActionSpec]:
    """The status commands: the words of the editor's buttons (:attr:`Action.label`) with
    an access key for the Appointments menu (the tool bar shows them without it)."""
    return {
        ActionId.CONFIRM: ActionSpec(
            # Translators: the status commands of the Appointments menu: the same words as
            # "Confirm", "Cancel appointment", "Mark completed", "Mark no-show" and
            # "Reminder sent", each with an access key ("&") unique in that menu (beside
            # "&Appointments", "&Calendar" and "&Refresh"). The tool bar shows them too.
            _("C&onfirm"),
            "Ctrl+Shift+C",
            _("Confirm the selected appointment"),
        ),
        ActionId.CANCEL_APPOINTMENT: ActionSpec(
            _("Cancel a&ppointment"), None, _("Cancel the selected appointment (asks first)")
        ),
        ActionId.COMPLETE: ActionSpec(
            _("Mark co&mpleted"), "Ctrl+Shift+D", _("Mark the selected appointment as completed")
        ),
        ActionId.NO_SHOW: ActionSpec(
            _("Mark &no-show"), None, _("The customer did not come (asks first)")
        ),
        ActionId.REMINDER_SENT: ActionSpec(
            _("Reminder &sent"), "Ctrl+Shift+R", _("Record that the reminder was sent")
        ),
    }


def create_actions(
    parent: QWidget, handlers: dict[ActionId, Callable[[], object]]
) -> dict[ActionId, QAction]:
    """One ``QAction`` per command, owned by ``parent``, triggering its handler."""
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in action_specs().items():
        action = QAction(spec.text, parent)
        action.setObjectName(f"action{action_id.name.title().replace('_', '')}")
        _set_shortcut(action, spec.shortcut)
        action.setStatusTip(spec.tip)
        action.setToolTip(spec.tip or spec.text.replace("&", "").rstrip("…"))
        if spec.icon:
            action.setIcon(QIcon.fromTheme(spec.icon))
        if action_id in handlers:
            action.triggered.connect(handlers[action_id])
        actions[action_id] = action
    return actions


def _set_shortcut(action: QAction, shortcut: Shortcut) -> None:
    """A standard key gets every binding of the platform (Redo: Ctrl+Y and Ctrl+Shift+Z)."""
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
