"""Calendar periods: the week (starting on the locale's first weekday), the month, and the
spans the statistics offer."""

from __future__ import annotations

import enum
from datetime import date, timedelta

from appointments_desktop.i18n import _, first_week_day


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


def previous_month_range(day: date) -> tuple[date, date]:
    """``[first of last month, first of this month)`` for ``day``."""
    this_month = day.replace(day=1)
    return month_range(this_month - timedelta(days=1))


class StatsPeriod(enum.StrEnum):
    """The spans the statistics offer, in the order the selector shows them."""

    THIS_WEEK = "this_week"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    CHOSEN = "chosen"

    @property
    def label(self) -> str:
        """The span's name in the active language."""
        labels = {
            StatsPeriod.THIS_WEEK: _("This week"),
            StatsPeriod.THIS_MONTH: _("This month"),
            StatsPeriod.LAST_MONTH: _("Last month"),
            StatsPeriod.CHOSEN: _("Chosen dates"),
        }
        return labels[self]


def period_range(
    period: StatsPeriod, today: date, chosen: tuple[date, date] | None = None
) -> tuple[date, date]:
    """``[start, end)`` of ``period`` around ``today``.

    ``chosen`` gives the first and the last day (both included) of :attr:`StatsPeriod.CHOSEN`;
    a last day before the first is taken as the same range the other way round.
    """
    if period is StatsPeriod.THIS_WEEK:
        return week_range(today)
    if period is StatsPeriod.THIS_MONTH:
        return month_range(today)
    if period is StatsPeriod.LAST_MONTH:
        return previous_month_range(today)
    first, last = sorted(chosen or (today, today))
    return first, last + timedelta(days=1)
