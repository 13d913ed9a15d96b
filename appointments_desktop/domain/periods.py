"""Calendar periods: the week (starting on the locale's first weekday) and the month."""

from __future__ import annotations

from datetime import date, timedelta

from appointments_desktop.i18n import first_week_day


def week_start(day: date, first_weekday: int | None = None) -> date:
    """The first day of ``day``'s week; ``first_weekday`` 0 = Monday, default the locale's."""
    first = first_week_day() if first_weekday is None else first_weekday
    return day - timedelta(days=(day.weekday() - first) % 7)


def week_range(day: date, first_weekday: int | None = None) -> tuple[date, date]:
    """``[first day, first day of next week)`` for ``day``'s week."""
    start = week_start(day, first_weekday)
    return start, start + timedelta(days=7)


def month_range(day: date) -> tuple[date, date]:
    """``[first of month, first of next month)`` for ``day``'s month."""
    start = day.replace(day=1)
    following = (start + timedelta(days=32)).replace(day=1)
    return start, following
