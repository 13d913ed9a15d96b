"""The calendar's keys: which key does what, in one table.

Left/Right a day (right to left, Left is the later day, as the days run that way; the
month grid moves its selected day itself), Page Up/Down a period, T today, D/W/M the day,
week and month views, Up/Down an hour of scrolling in the day and week views. Keys with
Ctrl, Alt or Meta are left to the window's shortcuts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from appointments_desktop.ui.calendar.navigation import CalendarMode

Action = Callable[[], None]


class Navigable(Protocol):
    """What the keys drive (the :class:`CalendarView`)."""

    @property
    def mode(self) -> CalendarMode: ...
    def step_day(self, steps: int) -> None: ...
    def step_period(self, steps: int) -> None: ...
    def go_today(self) -> None: ...
    def set_mode(self, mode: CalendarMode) -> None: ...
    def scroll_hours(self, hours: float) -> None: ...
    def isRightToLeft(self) -> bool: ...  # noqa: N802 - Qt's name


def key_actions(view: Navigable) -> dict[int, Action]:
    """The action of each key for ``view`` in its current mode."""
    later = -1 if view.isRightToLeft() else 1
    actions: dict[int, Action] = {
        Qt.Key.Key_Left: lambda: view.step_day(-later),
        Qt.Key.Key_Right: lambda: view.step_day(later),
        Qt.Key.Key_PageUp: lambda: view.step_period(-1),
        Qt.Key.Key_PageDown: lambda: view.step_period(1),
        Qt.Key.Key_T: view.go_today,
        Qt.Key.Key_D: lambda: view.set_mode(CalendarMode.DAY),
        Qt.Key.Key_W: lambda: view.set_mode(CalendarMode.WEEK),
        Qt.Key.Key_M: lambda: view.set_mode(CalendarMode.MONTH),
    }
    if view.mode.is_time_grid:
        actions[Qt.Key.Key_Up] = lambda: view.scroll_hours(-1)
        actions[Qt.Key.Key_Down] = lambda: view.scroll_hours(1)
    return actions


def run_key(view: Navigable, event: QKeyEvent) -> bool:
    """Run ``event``'s action on ``view``; whether the key had one (and was used)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
        return False
    action = key_actions(view).get(event.key())
    if action is None:
        return False
    action()
    return True
