"""The main window's dashboard docks: created, placed, offered in the View menu, reset.

The window owns one :class:`Dashboard`; it creates the four docks once, places them in the
default arrangement (statistics on the leading side, the day's lists on the other, their
widths a share of the window's), gives each a View menu command with a shortcut and lets the
user put them all back with "Reset Dock Layout". The docks reload themselves (see
:class:`DashboardDock`); this module only arranges them, moves the keyboard into them and
connects their requests to open an appointment.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from appointments_desktop.i18n import _
from appointments_desktop.ui.clock import MinuteClock
from appointments_desktop.ui.docks.base import DashboardDock
from appointments_desktop.ui.docks.reminders import RemindersDock
from appointments_desktop.ui.docks.stats import StatsDock
from appointments_desktop.ui.docks.to_confirm import ToConfirmDock
from appointments_desktop.ui.docks.upcoming import UpcomingDock
from appointments_desktop.ui.operations import Operations

DOCK_SHORTCUTS = ("Alt+1", "Alt+2", "Alt+3", "Alt+4")
"""Go to (or show, or hide) each dock, in the View menu's order."""

STATS_SHARE, STATS_LIMITS = 0.2, (300, 420)
LISTS_SHARE, LISTS_LIMITS = 0.26, (340, 560)
"""Default dock widths: a share of the window's width, within limits in pixels."""


def dock_widths(window_width: int) -> tuple[int, int]:
    """The default widths of the statistics and the lists dock columns."""
    stats = min(max(int(window_width * STATS_SHARE), STATS_LIMITS[0]), STATS_LIMITS[1])
    lists = min(max(int(window_width * LISTS_SHARE), LISTS_LIMITS[0]), LISTS_LIMITS[1])
    return stats, lists


def leading_dock_areas(window: QMainWindow) -> tuple[Qt.DockWidgetArea, Qt.DockWidgetArea]:
    """The dock areas on the side where ``window``'s lines start, and on the other side.

    QMainWindow keeps its left area at the left under a right-to-left layout (it does not
    mirror its dock areas), so right to left the leading area is the right one.
    """
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    return (right, left) if window.isRightToLeft() else (left, right)


class Dashboard:
    """The four docks of one main window; see the module docstring.

    Promises: every dock has a View menu command (checked while the dock is open) and a
    shortcut that shows the dock and puts the keyboard in it, or, pressed again while the
    keyboard is in it, closes it; :meth:`reset_layout` shows all four in the default places;
    a dock's request to open an appointment reaches ``open_appointment``. The docks follow
    ``clock`` in the order they are connected after the window's own check, so a tick that
    finds another desk's writes reloads them once.
    """

    def __init__(
        self,
        window: QMainWindow,
        operations: Operations,
        open_appointment: Callable[[int], None],
        clock: MinuteClock,
    ) -> None:
        self._window = window
        self.upcoming = UpcomingDock(operations, window)
        self.to_confirm = ToConfirmDock(operations, window)
        self.reminders = RemindersDock(operations, window)
        self.stats = StatsDock(operations, window)
        self.go_actions: dict[DashboardDock, QAction] = {}
        for dock in self.docks:
            dock.follow_clock(clock)
            opener = getattr(dock, "open_requested", None)
            if opener is not None:
                opener.connect(open_appointment)
        self.reset_layout()

    @property
    def docks(self) -> list[DashboardDock]:
        """The docks in the View menu's order."""
        return [self.upcoming, self.to_confirm, self.reminders, self.stats]

    def menu_texts(self) -> dict[DashboardDock, str]:
        """Each dock's View menu command: its title with an access key."""
        return {
            # Translators: the View menu's commands for the docks: each dock's title
            # ("Upcoming Appointments", "To Confirm", "Reminders Due", "Appointment Stats")
            # with an access key ("&") unique in that menu (beside "Main &Tool Bar" and
            # "&Reset Dock Layout").
            self.upcoming: _("&Upcoming Appointments"),
            self.to_confirm: _("To &Confirm"),
            self.reminders: _("Reminders &Due"),
            self.stats: _("Appointment &Stats"),
        }

    def fill_view_menu(self, menu: QMenu) -> QAction:
        """Add each dock's toggle and "Reset Dock Layout" to ``menu``; returns the reset."""
        menu.addSeparator()
        texts = self.menu_texts()
        for dock, shortcut in zip(self.docks, DOCK_SHORTCUTS, strict=True):
            menu.addAction(self._go_action(dock, texts[dock], shortcut))
        menu.addSeparator()
        reset = menu.addAction(_("&Reset Dock Layout"))
        reset.setObjectName("resetDockLayoutAction")
        reset.setStatusTip(_("Show every dock in its first place and size"))
        reset.triggered.connect(self.reset_layout)
        return reset

    def _go_action(self, dock: DashboardDock, text: str, shortcut: str) -> QAction:
        """A checkable command (``text``) that mirrors whether ``dock`` is open and goes
        to it."""
        action = QAction(text, self._window, checkable=True)
        action.setObjectName(f"{dock.objectName()}Action")
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(
            _("Show “{dock}” and move the keyboard there; again to close it").format(
                dock=dock.windowTitle()
            )
        )
        opened = dock.toggleViewAction()
        action.setChecked(opened.isChecked())
        opened.toggled.connect(action.setChecked)
        action.triggered.connect(lambda _checked=False, d=dock: self.go_to(d))
        self._window.addAction(action)  # the shortcut works while the menu is closed
        self.go_actions[dock] = action
        return action

    def go_to(self, dock: DashboardDock) -> None:
        """Show ``dock`` (in front of its tab group) and focus it; if the keyboard is
        already in it, close it instead."""
        focus = QApplication.focusWidget()
        if dock.toggleViewAction().isChecked() and focus is not None and dock.isAncestorOf(focus):
            dock.close()
        else:
            dock.show()
            dock.raise_()
            dock.focus_content()
        self.go_actions[dock].setChecked(dock.toggleViewAction().isChecked())

    def reset_layout(self) -> None:
        """Every dock shown, docked: statistics on the leading side (the left; right to
        left, the right), the three lists on the other side."""
        window = self._window
        leading, trailing = leading_dock_areas(window)
        window.addDockWidget(leading, self.stats)
        for dock in (self.upcoming, self.to_confirm, self.reminders):
            window.addDockWidget(trailing, dock, Qt.Orientation.Vertical)
        for dock in self.docks:
            dock.setFloating(False)
            dock.show()
        self.fit_widths()

    def fit_widths(self) -> None:
        """Give the dock columns their default share of the window's present width."""
        stats, lists = dock_widths(self._window.width())
        horizontal = Qt.Orientation.Horizontal
        self._window.resizeDocks([self.stats, self.upcoming], [stats, lists], horizontal)
