"""Which days the calendar shows for a mode and a date, and how it steps between periods.

No Qt and no storage: the view keeps one *anchor* date (the day the user is on) and a
:class:`CalendarMode`; everything it shows follows from the two and the active locale's
week (its first day and its weekend, from babel).

Promises: the week and work week contain the anchor's week as the locale counts it; the
work week is the week's days outside the locale's weekend, in week order; the month shows
six whole weeks (42 days) starting on the locale's first weekday, like the month grid;
stepping keeps the day of the month where it can (31 Jan + 1 month = 28 or 29 Feb).
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time, timedelta

from appointments_desktop.domain.periods import week_start
from appointments_desktop.i18n import current_locale, first_week_day

MONTH_WEEKS = 6


class CalendarMode(enum.Enum):
    """What the calendar shows: one day per operator, a (work) week, or a month."""

    DAY = "day"
    WORK_WEEK = "work_week"
    WEEK = "week"
    MONTH = "month"

    @property
    def is_time_grid(self) -> bool:
        """Whether the mode shows hours (day and weeks) rather than the month grid."""
        return self is not CalendarMode.MONTH


def weekend_days() -> frozenset[int]:
    """The locale's weekend as weekdays (0 = Monday); e.g. {5, 6}, or {4, 5} in Egypt."""
    locale = current_locale()
    start, end = int(locale.weekend_start), int(locale.weekend_end)
    length = (end - start) % 7 + 1
    return frozenset((start + offset) % 7 for offset in range(length))


def week_days(anchor: date, first_weekday: int | None = None) -> list[date]:
    """The seven days of ``anchor``'s week, from the locale's first weekday."""
    first = first_week_day() if first_weekday is None else first_weekday
    start = week_start(anchor, first)
    return [start + timedelta(days=offset) for offset in range(7)]


def month_days(anchor: date, first_weekday: int | None = None) -> list[date]:
    """The 42 days of the month grid around ``anchor``'s month."""
    first = first_week_day() if first_weekday is None else first_weekday
    start = week_start(anchor.replace(day=1), first)
    return [start + timedelta(days=offset) for offset in range(MONTH_WEEKS * 7)]


def visible_days(mode: CalendarMode, anchor: date) -> list[date]:
    """The days ``mode`` shows around ``anchor``, in order."""
    if mode is CalendarMode.DAY:
        return [anchor]
    if mode is CalendarMode.MONTH:
        return month_days(anchor)
    days = week_days(anchor)
    if mode is CalendarMode.WORK_WEEK:
        weekend = weekend_days()
        return [day for day in days if day.weekday() not in weekend]
    return days


def day_range(days: list[date]) -> tuple[datetime, datetime]:
    """``[midnight of the first day, midnight after the last)``."""
    start = datetime.combine(days[0], time())
    return start, datetime.combine(days[-1], time()) + timedelta(days=1)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the target month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    following = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    last = (following - timedelta(days=1)).day
    return date(year, month + 1, min(day.day, last))


def step_period(mode: CalendarMode, anchor: date, steps: int) -> date:
    """The anchor ``steps`` periods (days, weeks or months) later; negative goes back."""
    if mode is CalendarMode.DAY:
        return anchor + timedelta(days=steps)
    if mode is CalendarMode.MONTH:
        return add_months(anchor, steps)
    return anchor + timedelta(weeks=steps)


def step_day(mode: CalendarMode, anchor: date, steps: int) -> date:
    """Left and Right: a day in the time grid, a month in the month view."""
    if mode is CalendarMode.MONTH:
        return add_months(anchor, steps)
    return anchor + timedelta(days=steps)
