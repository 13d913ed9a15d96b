"""The main window's dashboard docks: created, placed, offered in the View menu, reset.

The window owns one :class:`Dashboard`; it creates the four docks once, places them in the
default arrangement (statistics on the left, the day's lists on the right), gives each a
toggle with a shortcut in the View menu and lets the user put them all back with "Reset
Dock Layout". The docks reload themselves (see :class:`DashboardDock`); this module only
arranges them and connects their requests to open an appointment.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from appointments_desktop.i18n import _
from appointments_desktop.ui.clock import MinuteClock
from appointments_desktop.ui.docks.base import DashboardDock
from appointments_desktop.ui.docks.reminders import RemindersDock
from appointments_desktop.ui.docks.stats import StatsDock
from appointments_desktop.ui.docks.to_confirm import ToConfirmDock
from appointments_desktop.ui.docks.upcoming import UpcomingDock
from appointments_desktop.ui.operations import Operations

DOCK_SHORTCUTS = ("Alt+1", "Alt+2", "Alt+3", "Alt+4")
"""Show or hide each dock, in the View menu's order."""

LEFT_WIDTH = 360
RIGHT_WIDTH = 380
"""Default dock widths in pixels: room for the charts and for four list columns."""


class Dashboard:
    """The four docks of one main window; see the module docstring.

    Promises: every dock has a View menu toggle (checked while it is shown) and a shortcut;
    :meth:`reset_layout` shows all four in the default places; a dock's request to open an
    appointment reaches ``open_appointment``.
    """

    def __init__(
        self, window: QMainWindow, operations: Operations, open_appointment: Callable[[int], None]
    ) -> None:
        self._window = window
        self.upcoming = UpcomingDock(operations, window)
        self.to_confirm = ToConfirmDock(operations, window)
        self.reminders = RemindersDock(operations, window)
        self.stats = StatsDock(operations, window)
        self.clock = MinuteClock(window)
        for dock in self.docks:
            dock.follow_clock(self.clock)
            opener = getattr(dock, "open_requested", None)
            if opener is not None:
                opener.connect(open_appointment)
        self.reset_layout()

    @property
    def docks(self) -> list[DashboardDock]:
        """The docks in the View menu's order."""
        return [self.upcoming, self.to_confirm, self.reminders, self.stats]

    def fill_view_menu(self, menu: QMenu) -> QAction:
        """Add each dock's toggle and "Reset Dock Layout" to ``menu``; returns the reset."""
        menu.addSeparator()
        for dock, shortcut in zip(self.docks, DOCK_SHORTCUTS, strict=True):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(shortcut))
            toggle.setStatusTip(_("Show or hide “{dock}”").format(dock=dock.windowTitle()))
            menu.addAction(toggle)
        menu.addSeparator()
        reset = menu.addAction(_("&Reset Dock Layout"))
        reset.setObjectName("resetDockLayoutAction")
        reset.setStatusTip(_("Show every dock in its first place and size"))
        reset.triggered.connect(self.reset_layout)
        return reset

    def reset_layout(self) -> None:
        """Every dock shown, docked: statistics on the left, the three lists on the right."""
        window = self._window
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        window.addDockWidget(left, self.stats)
        for dock in (self.upcoming, self.to_confirm, self.reminders):
            window.addDockWidget(right, dock, Qt.Orientation.Vertical)
        for dock in self.docks:
            dock.setFloating(False)
            dock.show()
        window.resizeDocks([self.stats], [LEFT_WIDTH], Qt.Orientation.Horizontal)
        window.resizeDocks([self.upcoming], [RIGHT_WIDTH], Qt.Orientation.Horizontal)
