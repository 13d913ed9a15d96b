"""The Stats dock's charts and list as data: bars, points and rows, already in words.

No widgets: each function turns core figures into the :class:`Bar` and :class:`Point`
items the charts draw (values formatted here with babel), so tests check exactly what a
chart shows.
"""

from __future__ import annotations

from datetime import date

from babel import dates as babel_dates

from appointments_desktop.i18n import (
    _,
    current_locale,
    format_date,
    format_number,
    format_percent,
    ngettext,
)
from appointments_desktop.storage.statistics import AppointmentStats
from appointments_desktop.storage.trends import CustomerNoShows, DayCount, WeekOutcome
from appointments_desktop.ui.charts import Bar, Point
from appointments_desktop.ui.docks.stats_figures import appointments_text, share_text

TOP_TYPES = 8
"""The popular-types chart shows at most this many types."""


def type_bars(stats: AppointmentStats) -> list[Bar]:
    """The most booked types of the period, most first, with their share of the total."""
    bars = []
    for name, count in stats.popular_types[:TOP_TYPES]:
        # Translators: a bar's tooltip, e.g. "Repair: 12 appointments (40%)".
        tooltip = _("{type}: {appointments} ({share})").format(
            type=name, appointments=appointments_text(count), share=share_text(count, stats.total)
        )
        bars.append(Bar(name, count, format_number(count), tooltip))
    return bars


DAY_NAME_WIDTHS = ("abbreviated", "short", "narrow")
"""The weekday names a per-day column may be labelled with, longest first: the chart writes
the first that fits (Arabic's abbreviated names are whole words, "السبت"; short "سبت")."""


def day_names(weekday: int) -> tuple[str, ...]:
    """The locale's names of ``weekday`` (0 = Monday) in :data:`DAY_NAME_WIDTHS`' order,
    each kept only when it differs from the one before."""
    names: list[str] = []
    for width in DAY_NAME_WIDTHS:
        name = str(babel_dates.get_day_names(width, locale=current_locale())[weekday])
        if not names or name != names[-1]:
            names.append(name)
    return tuple(names)


def day_bars(days: list[DayCount]) -> list[Bar]:
    """One column per day, labelled with the locale's abbreviated weekday name, and its
    short and narrow names for when the abbreviated ones do not all fit."""
    bars = []
    for day in days:
        label, *shorter = day_names(day.day.weekday())
        # Translators: a day's column, e.g. "Wednesday, November 25, 2026: 3 appointments".
        tooltip = _("{day}: {appointments}").format(
            day=format_date(day.day, "full"), appointments=appointments_text(day.total)
        )
        bars.append(Bar(label, day.total, format_number(day.total), tooltip, tuple(shorter)))
    return bars


def today_index(days: list[DayCount], today: date) -> int | None:
    """Which column is ``today``, if it is shown."""
    return next((i for i, day in enumerate(days) if day.day == today), None)


def trend_points(weeks: list[WeekOutcome]) -> list[Point]:
    """Each week's no-show rate, labelled by its first day; nothing closed is a gap."""
    points = []
    for week in weeks:
        label = babel_dates.format_skeleton("MMMd", week.start, locale=current_locale())
        rate = week.no_show_rate
        text = format_percent(rate) if rate is not None else ""
        points.append(Point(label, rate, text, week_tooltip(week)))
    return points


RATE_TOPS = (0.2, 0.5, 1.0)
"""The no-show axis ends at the first of these that holds every week: a shop's usual
5–15 % stays readable instead of hugging the bottom of a 0–100 % axis."""


def rate_axis_top(weeks: list[WeekOutcome]) -> float:
    """The top of the no-show axis for ``weeks`` (20 %, 50 % or 100 %)."""
    highest = max((w.no_show_rate for w in weeks if w.no_show_rate is not None), default=0.0)
    return next(top for top in RATE_TOPS if highest <= top)


def week_tooltip(week: WeekOutcome) -> str:
    """ "Week of Nov 22, 2026: 1 no-show of 4 closed (25%)", or that nothing closed."""
    heading = _("Week of {date}").format(date=format_date(week.start))
    if week.no_show_rate is None:
        return _("{week}: nothing closed").format(week=heading)
    counts = ngettext(
        "{no_shows} no-show of {closed} closed",
        "{no_shows} no-shows of {closed} closed",
        week.no_show,
    ).format(no_shows=format_number(week.no_show), closed=format_number(week.closed))
    return _("{week}: {counts} ({rate})").format(
        week=heading, counts=counts, rate=format_percent(week.no_show_rate)
    )


def no_show_rows(customers: list[CustomerNoShows]) -> list[tuple[str, str, str]]:
    """(name, "2 of 6", tooltip) for each customer of the "Most no-shows" list."""
    rows = []
    for customer in customers:
        no_shows = format_number(customer.no_shows)
        appointments = format_number(customer.appointments)
        # Translators: a customer's no-shows of their appointments, e.g. "2 of 6".
        counts = _("{no_shows} of {appointments}").format(
            no_shows=no_shows, appointments=appointments
        )
        tooltip = ngettext(
            "Missed {no_shows} of {appointments} appointment in this period",
            "Missed {no_shows} of {appointments} appointments in this period",
            customer.appointments,
        ).format(no_shows=no_shows, appointments=appointments)
        rows.append((customer.name, counts, tooltip))
    return rows
