"""The Stats dock's figures: read in a fixed number of queries, then put into words.

No Qt: :func:`load_figures` asks the core's statistics functions (five statements whatever
the data size) and the functions below turn the counts into the texts the dock shows,
every number and date through babel with the active locale.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from babel import dates as babel_dates

from appointments_desktop.domain.periods import month_range, week_range, week_start
from appointments_desktop.i18n import (
    _,
    current_locale,
    format_date,
    format_number,
    format_percent,
    ngettext,
    pgettext,
)
from appointments_desktop.storage.statistics import AppointmentStats, as_datetime, stats_between
from appointments_desktop.storage.trends import (
    CustomerNoShows,
    DayCount,
    WeekOutcome,
    daily_counts,
    top_no_show_customers,
    weekly_no_shows,
)

TREND_WEEKS = 12
TOP_CUSTOMERS = 5
NO_VALUE = "—"
"""A rate with nothing closed (DESIGN.md: "—", never 0)."""


@dataclass(frozen=True)
class StatsFigures:
    """Everything the dock shows for one operator (or all), seen from ``today``.

    ``period`` is the chosen span ``[start, end)``; the week and month totals and the
    days are always those of the current week and month.
    """

    today: date
    period: tuple[date, date]
    stats: AppointmentStats
    week_total: int
    month_total: int
    week_days: list[DayCount]
    trend: list[WeekOutcome]
    top_no_shows: list[CustomerNoShows]


def load_figures(today: date, period: tuple[date, date], operator_id: int | None) -> StatsFigures:
    """Read the figures; one per-day query covers the current week and month together."""
    week, month = week_range(today), month_range(today)
    first, end = min(week[0], month[0]), max(week[1], month[1])
    days = daily_counts(first, (end - first).days, operator_id)
    first_week = week_start(today) - timedelta(weeks=TREND_WEEKS - 1)
    start_at, end_at = as_datetime(period[0]), as_datetime(period[1])
    return StatsFigures(
        today=today,
        period=period,
        stats=stats_between(start_at, end_at, operator_id),
        week_total=_total_within(days, week),
        month_total=_total_within(days, month),
        week_days=[day for day in days if week[0] <= day.day < week[1]],
        trend=weekly_no_shows(first_week, TREND_WEEKS, operator_id),
        top_no_shows=top_no_show_customers(start_at, end_at, operator_id, TOP_CUSTOMERS),
    )


def _total_within(days: list[DayCount], span: tuple[date, date]) -> int:
    return sum(day.total for day in days if span[0] <= day.day < span[1])


class Rate(enum.Enum):
    """The three rates of a period, each a share of its closed appointments."""

    COMPLETION = "completion"
    NO_SHOW = "no_show"
    CANCELLATION = "cancellation"

    @property
    def caption(self) -> str:
        # Translators: the caption under a percentage in the statistics ("83 %" over
        # "Completed"): the share of the period's appointments that ended so.
        captions = {
            Rate.COMPLETION: pgettext("statistics", "Completed"),
            Rate.NO_SHOW: _("No-shows"),
            Rate.CANCELLATION: pgettext("statistics", "Cancelled"),
        }
        return captions[self]

    def of(self, stats: AppointmentStats) -> float | None:
        """The rate in ``stats``; None when nothing closed."""
        rates = {
            Rate.COMPLETION: stats.completion_rate,
            Rate.NO_SHOW: stats.no_show_rate,
            Rate.CANCELLATION: stats.cancellation_rate,
        }
        return rates[self]

    def count(self, stats: AppointmentStats) -> int:
        """How many closed appointments the rate counts (completed, no-show or cancelled)."""
        counts = {
            Rate.COMPLETION: stats.completed,
            Rate.NO_SHOW: stats.no_show,
            Rate.CANCELLATION: stats.cancelled,
        }
        return counts[self]


def rate_text(rate: Rate, stats: AppointmentStats) -> str:
    """The rate as a percentage, or "—" when nothing closed in the period."""
    value = rate.of(stats)
    return NO_VALUE if value is None else format_percent(value)


def rate_tooltip(rate: Rate, stats: AppointmentStats) -> str:
    """The counts behind a rate: "3 completed of 5 closed (completed, cancelled or no-show)"."""
    if not stats.closed:
        return _("Nothing closed yet in this period (completed, cancelled or no-show).")
    count = rate.count(stats)
    # Translators: {count} leads, so the plural follows it; "closed" explains itself after.
    templates = {
        Rate.COMPLETION: ngettext(
            "{count} completed of {closed} closed (completed, cancelled or no-show)",
            "{count} completed of {closed} closed (completed, cancelled or no-show)",
            count,
        ),
        Rate.NO_SHOW: ngettext(
            "{count} no-show of {closed} closed (completed, cancelled or no-show)",
            "{count} no-shows of {closed} closed (completed, cancelled or no-show)",
            count,
        ),
        Rate.CANCELLATION: ngettext(
            "{count} cancelled of {closed} closed (completed, cancelled or no-show)",
            "{count} cancelled of {closed} closed (completed, cancelled or no-show)",
            count,
        ),
    }
    return templates[rate].format(count=format_number(count), closed=format_number(stats.closed))


def total_tooltip() -> str:
    """What the total counts."""
    return _("Appointments starting in this period, whatever their status.")


def span_text(period: tuple[date, date]) -> str:
    """The days of ``[start, end)`` as one range, e.g. "Nov 22 – 28, 2026"."""
    first, last = period[0], period[1] - timedelta(days=1)
    if first >= last:
        return format_date(first)
    return babel_dates.format_interval(first, last, "yMMMd", locale=current_locale())


def appointments_text(count: int) -> str:
    """ "1 appointment", "12 appointments"."""
    text = ngettext("{count} appointment", "{count} appointments", count)
    return text.format(count=format_number(count))


def share_text(part: int, whole: int) -> str:
    """``part / whole`` as a percentage; "—" for an empty whole."""
    return format_percent(part / whole) if whole else NO_VALUE
