"""What every dashboard dock shares: a stable object name and reloading itself.

A dock listens to :class:`AppEvents` itself (no other widget tells it to reload) and to the
window's :class:`MinuteClock`. While hidden (closed, or behind another tab) it only notes
that it is out of date and reloads when it is shown again, so closed docks cost nothing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QScrollArea, QWidget

from appointments_desktop.domain.status import Action
from appointments_desktop.storage.models import Appointment
from appointments_desktop.ui.clock import MinuteClock
from appointments_desktop.ui.operations import Operations
from appointments_desktop.ui.status_actions import run_status_action

SELECTED_ROW_KEY = "Ctrl+Return"
"""Inside a dock, applies the dock's action (confirm, reminder sent) to the selected row."""


class DashboardDock(QDockWidget):
    """A dock showing data that follows the database and the clock.

    Subclasses implement :meth:`refresh` (read and show; it must not write) and may
    override :meth:`minute_passed` when the clock changes what they show; by default it
    does nothing. Promises: after every ``appointments_changed`` or ``records_changed``
    the dock shows the stored data, at once if it is visible, else as soon as it is shown.
    """

    def __init__(
        self, title: str, object_name: str, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.setObjectName(object_name)
        self.operations = operations
        self._stale = True
        operations.events.appointments_changed.connect(self._data_changed)
        operations.events.records_changed.connect(self._data_changed)
        self.visibilityChanged.connect(self._visibility_changed)

    def now(self) -> datetime:
        """The shop's now, from the same clock the status actions use (tests pin it)."""
        return self.operations.clock()

    def follow_clock(self, clock: MinuteClock) -> None:
        """Call :meth:`minute_passed` at every minute boundary of ``clock``."""
        clock.minute_passed.connect(self._minute_passed)

    def focus_content(self) -> None:
        """Put the keyboard in the dock: on its list if it shows one, else on its first
        control that takes the keyboard."""
        candidates = [*self.findChildren(QAbstractItemView), *self.findChildren(QWidget)]
        for child in candidates:
            takes_tab = child.focusPolicy() & Qt.FocusPolicy.TabFocus
            frame_only = isinstance(child, QScrollArea)  # the scroller, not a control
            if takes_tab and not frame_only and child.isVisible() and child.isEnabled():
                child.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def act_on(self, appointment_id: int, action: Action) -> bool:
        """Apply ``action`` to the stored appointment ``appointment_id`` as every screen does
        (:func:`run_status_action`); whether it was applied. When it was not (deleted, or
        changed on another desk), the dock reloads to show what is stored now."""
        appointment = Appointment.find(appointment_id)
        applied = appointment is not None and run_status_action(
            self, self.operations, appointment, action
        )
        if not applied:
            self.refresh()
        return applied

    def refresh(self) -> None:
        """Read what the dock shows and show it."""
        raise NotImplementedError

    def minute_passed(self) -> None:
        """The clock entered a new minute; reload if that changes what the dock shows."""

    def _data_changed(self) -> None:
        if self.isVisible():
            self._reload()
        else:
            self._stale = True

    def _minute_passed(self) -> None:
        if self.isVisible():
            self.minute_passed()
        else:
            self._stale = True

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self._stale:
            self._reload()

    def _reload(self) -> None:
        self._stale = False
        self.refresh()
