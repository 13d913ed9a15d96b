"""The calendar: day (a column per operator), work week, week and month views.

``CalendarView(operations)`` is the widget the window shows (object name
``calendarView``); :class:`CalendarMode` names its views. See :mod:`.view` for what it
promises and :mod:`.grid` for the time grid's hit-test API.
"""

from __future__ import annotations

from appointments_desktop.ui.calendar.navigation import CalendarMode
from appointments_desktop.ui.calendar.view import CalendarView

__all__ = ["CalendarMode", "CalendarView"]
