"""The calendar's own display options, remembered per user in ``QSettings``.

Declared once with their defaults: the view (week), whether cancelled and no-show
appointments are shown (yes), whether the staff load is shown (yes) and the step that drags
snap to (15 minutes; 5 is the other choice). A stored value that makes no sense reads as
the default.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from appointments_desktop.ui.calendar.navigation import CalendarMode

MODE_KEY = "calendar/mode"
SHOW_CANCELLED_KEY = "calendar/showCancelled"
SHOW_LOAD_KEY = "calendar/showLoad"
SNAP_KEY = "calendar/snapMinutes"
SNAP_STEPS = (5, 15)
DEFAULT_SNAP = 15


class CalendarOptions:
    """Reads and writes the options; every write is stored at once."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @property
    def mode(self) -> CalendarMode:
        """The view the calendar opens in."""
        stored = str(self._settings.value(MODE_KEY, CalendarMode.WEEK.value))
        try:
            return CalendarMode(stored)
        except ValueError:
            return CalendarMode.WEEK

    @mode.setter
    def mode(self, mode: CalendarMode) -> None:
        self._settings.setValue(MODE_KEY, mode.value)

    @property
    def show_cancelled(self) -> bool:
        """Whether cancelled and no-show appointments are drawn."""
        return self._flag(SHOW_CANCELLED_KEY)

    @show_cancelled.setter
    def show_cancelled(self, shown: bool) -> None:
        self._settings.setValue(SHOW_CANCELLED_KEY, shown)

    @property
    def show_load(self) -> bool:
        """Whether the week views show the hours booked per operator and day."""
        return self._flag(SHOW_LOAD_KEY)

    @show_load.setter
    def show_load(self, shown: bool) -> None:
        self._settings.setValue(SHOW_LOAD_KEY, shown)

    @property
    def snap_minutes(self) -> int:
        """The step (minutes) that moved and resized appointments snap to."""
        try:
            stored = int(str(self._settings.value(SNAP_KEY, DEFAULT_SNAP)))
        except ValueError:
            return DEFAULT_SNAP
        return stored if stored in SNAP_STEPS else DEFAULT_SNAP

    @snap_minutes.setter
    def snap_minutes(self, minutes: int) -> None:
        self._settings.setValue(SNAP_KEY, minutes)

    def _flag(self, key: str) -> bool:
        return str(self._settings.value(key, "true")).lower() in {"true", "1"}
