"""Every word and number the day and week views show, in the active language and locale.

Dates, times and numbers go through babel with :func:`current_locale`; sentences through
gettext. No Qt: the texts are tested and reused without a window. The tooltip is rich text
with every value escaped, so a "<b>" in a customer's name is shown as typed.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Iterable
from datetime import date, datetime, time

from babel import dates as babel_dates

from appointments_desktop.domain.status import Status
from appointments_desktop.i18n import (
    _,
    current_locale,
    format_date,
    format_datetime,
    format_number,
    ngettext,
)
from appointments_desktop.storage.listing import AppointmentRow
from appointments_desktop.storage.workload import DayLoad
from appointments_desktop.ui.calendar.navigation import CalendarMode

COMPLETED_MARK = "✓"


def skeleton(pattern: str, value: date | datetime) -> str:
    """``value`` in the locale's form for a CLDR skeleton ("MMMd" → "Nov 25", "25. Nov.")."""
    return str(babel_dates.format_skeleton(pattern, value, locale=current_locale()))


def _time_skeleton() -> str:
    uses_12_hours = "h" in current_locale().time_formats["short"].pattern
    return "hm" if uses_12_hours else "Hm"


def time_range(start: datetime, end: datetime) -> str:
    """``start`` to ``end`` as compactly as the locale allows ("10:00 – 10:30 AM")."""
    if start.date() != end.date():
        return _("{start} – {end}").format(
            start=format_datetime(start, "short"), end=format_datetime(end, "short")
        )
    return _clock_range(start.time(), end.time(), str(current_locale()))


@functools.lru_cache(maxsize=4096)
def _clock_range(start: time, end: time, locale: str) -> str:
    """Remembered per locale: a week repaints the same few hundred ranges (babel is slow)."""
    return str(babel_dates.format_interval(start, end, _time_skeleton(), locale=locale))


@functools.lru_cache(maxsize=4096)
def _clock_time(moment: time, locale: str) -> str:
    return str(babel_dates.format_time(moment, "short", locale=locale))


def clock_time(moment: datetime | time) -> str:
    """A time of day, short ("9:30 AM"), remembered per locale like :func:`time_range`."""
    value = moment.time() if isinstance(moment, datetime) else moment
    return _clock_time(value, str(current_locale()))


def compact_time(moment: datetime) -> str:
    """The start as short as the locale allows, without AM/PM ("9:30"): for narrow blocks."""
    return _compact_time(moment.time(), str(current_locale()))


@functools.lru_cache(maxsize=4096)
def _compact_time(moment: time, locale: str) -> str:
    pattern = babel_dates.get_time_format("short", locale=locale).pattern
    without_period = pattern.replace("a", "").replace("\u202f", " ").strip()
    return str(babel_dates.format_time(moment, without_period, locale=locale))


def hour_label(hour: int) -> str:
    """A ruler label for the full hour ``hour`` (0..23)."""
    return clock_time(time(hour % 24))


def weekday_name(day: date) -> str:
    """The abbreviated weekday ("Wed")."""
    return format_date(day, "EEE")


def short_date(day: date) -> str:
    """Month and day ("Nov 25")."""
    return skeleton("MMMd", day)


def period_title(mode: CalendarMode, days: list[date], anchor: date) -> str:
    """What the navigation bar says the calendar shows ("Nov 22 – 28, 2026")."""
    if mode is CalendarMode.DAY:
        return format_date(days[0], "full")
    if mode is CalendarMode.MONTH:
        return skeleton("yMMMM", anchor)
    interval = babel_dates.format_interval(days[0], days[-1], "yMMMd", locale=current_locale())
    return str(interval)


def hours_text(minutes: int) -> str:
    """Booked time in hours, to a tenth ("3.5 h", "2 h")."""
    return _("{hours} h").format(hours=format_number(round(minutes / 60, 1)))


def day_load_text(load: DayLoad | None) -> str:
    """One operator's day in the day view: "5 appointments · 4.5 h" (or nothing booked)."""
    if load is None or load.appointments == 0:
        return _("Nothing booked")
    count = ngettext("{count} appointment", "{count} appointments", load.appointments)
    return _("{appointments} · {hours}").format(
        appointments=count.format(count=format_number(load.appointments)),
        hours=hours_text(load.minutes),
    )


def status_word(row: AppointmentRow) -> str:
    """The status as shown on a block, with a mark for completed ones."""
    if row.status is Status.COMPLETED:
        return f"{COMPLETED_MARK} {row.status.label}"
    return row.status.label


def block_lines(row: AppointmentRow) -> tuple[str, str, str]:
    """A block's three lines: time range, customer, type and status."""
    kind = _("{type} · {status}").format(type=row.type_name, status=status_word(row))
    return time_range(row.scheduled_at, row.end_time), row.customer_name, kind


def one_line(row: AppointmentRow) -> str:
    """A block's text when only one line fits: start time and customer."""
    start = clock_time(row.scheduled_at)
    return _("{time} {customer}").format(time=start, customer=row.customer_name)


def duration_text(minutes: int) -> str:
    """A duration in words ("45 minutes")."""
    return ngettext("{count} minute", "{count} minutes", minutes).format(
        count=format_number(minutes)
    )


def block_tooltip(row: AppointmentRow) -> str:
    """Every detail of an appointment, as a small rich-text table."""
    details: Iterable[tuple[str, str]] = [
        (_("Customer"), row.customer_name),
        (_("Phone"), row.customer_phone),
        (_("Date"), format_date(row.scheduled_at.date(), "full")),
        (_("Time"), time_range(row.scheduled_at, row.end_time)),
        (_("Duration"), duration_text(row.duration_minutes)),
        (_("Operator"), row.operator_name),
        (_("Type"), row.type_name),
        (_("Status"), row.status.label),
        (_("Notes"), row.notes),
    ]
    lines = "".join(
        f"<tr><td><b>{html.escape(title)}</b></td><td>{_cell(value)}</td></tr>"
        for title, value in details
        if value
    )
    return f"<table cellspacing='0' cellpadding='1'>{lines}</table>"


def _cell(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


def refused_move_text(row: AppointmentRow) -> str:
    """Why a final appointment cannot be dragged."""
    return _("“{status}” appointments cannot be moved.").format(status=row.status.label)
