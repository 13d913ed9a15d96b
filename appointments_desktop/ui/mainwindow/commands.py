"""The status commands on the list's selection: tool bar, menu, context menu, Delete key.

Responsibilities: keep each status command enabled exactly when the status machine allows it
for the selected appointment now (a disabled one says why in its tool tip), run a command
through :func:`run_status_action`, and report the result in the status bar.
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from appointments_desktop.domain.status import Action
from appointments_desktop.i18n import _
from appointments_desktop.storage.models import Appointment
from appointments_desktop.ui.list.panel import AppointmentListPanel
from appointments_desktop.ui.mainwindow.actions import STATUS_ACTIONS, ActionId
from appointments_desktop.ui.operations import Operations
from appointments_desktop.ui.status_actions import describe, run_status_action

MESSAGE_MS = 8000


class SelectionHost(Protocol):
    """The window the commands serve: its status bar and the appointment it has selected."""

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt's name)

    def current_appointment(self) -> Appointment | None:
        """The appointment selected on the page in view (list or calendar), as stored."""
        ...


class SelectionCommands:
    """Status commands for whatever the page in view (list or calendar) has selected."""

    def __init__(
        self,
        window: SelectionHost,
        operations: Operations,
        panel: AppointmentListPanel,
        actions: dict[ActionId, QAction],
    ) -> None:
        self._window = window
        self._operations = operations
        self._panel = panel
        self._actions = actions
        for action_id, action in STATUS_ACTIONS.items():
            actions[action_id].triggered.connect(lambda _checked=False, a=action: self.apply(a))
        panel.cancel_requested.connect(lambda item: self.run(item, Action.CANCEL))
        panel.context_menu_requested.connect(self._show_context_menu)
        panel.current_changed.connect(lambda _item: self.update())
        operations.events.appointments_changed.connect(self.update)

    def apply(self, action: Action) -> None:
        """Run ``action`` on the selected appointment, if any."""
        appointment = self._window.current_appointment()
        if appointment is not None:
            self.run(appointment, action)

    def run(self, appointment: Appointment, action: Action) -> bool:
        """Run ``action`` on ``appointment``; a refusal is explained, nothing changes."""
        decision = self._operations.decide(appointment, action)
        if not decision.allowed:
            self._window.statusBar().showMessage(decision.reason, MESSAGE_MS)
            return False
        if not run_status_action(self._window, self._operations, appointment, action):
            return False
        message = _("{action}: {appointment}").format(
            action=action.label, appointment=describe(appointment)
        )
        self._window.statusBar().showMessage(message, MESSAGE_MS)
        return True

    def update(self) -> None:
        """Enable exactly the commands the status machine allows for the selection now."""
        appointment = self._window.current_appointment()
        self._actions[ActionId.OPEN_APPOINTMENT].setEnabled(appointment is not None)
        for action_id, action in STATUS_ACTIONS.items():
            command = self._actions[action_id]
            if appointment is None:
                command.setEnabled(False)
                command.setToolTip(_("Select an appointment first."))
                continue
            decision = self._operations.decide(appointment, action)
            command.setEnabled(decision.allowed)
            command.setToolTip(command.statusTip() if decision.allowed else decision.reason)

    def _show_context_menu(self, _appointment: Appointment, position: QPoint) -> None:
        """Edit, then only the status actions allowed now (or why there are none)."""
        self.update()
        menu = QMenu(cast(QWidget, self._window))
        menu.setObjectName("appointmentMenu")
        menu.addAction(self._actions[ActionId.OPEN_APPOINTMENT])
        menu.addSeparator()
        allowed = [self._actions[i] for i in STATUS_ACTIONS if self._actions[i].isEnabled()]
        for action in allowed:
            menu.addAction(action)
        if not allowed:
            reason = self._actions[ActionId.CONFIRM].toolTip()
            menu.addAction(_("No status change possible")).setEnabled(False)
            menu.setToolTip(reason)
        menu.exec(position)
        menu.deleteLater()
