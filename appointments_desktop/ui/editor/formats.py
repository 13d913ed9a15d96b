"""Dates, times and the date-time editor's format for the appointment editor, via babel.

Everything shown goes through :mod:`appointments_desktop.i18n` (babel, the active locale).
The one Qt format string here, for the ``QDateTimeEdit``, is derived from the same locale's
short date and time patterns, so the editor and every label agree. Datetimes cross into Qt
as UTC ``QDateTime`` values: shop wall-clock time with no local DST gap that could shift it.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from babel import Locale
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone

from appointments_desktop.i18n import _, current_locale, format_datetime, format_time

QUARTER_HOUR = 15

# One LDML token: a quoted literal ('' is a quote) or a run of one pattern letter.
_TOKEN = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+")

# LDML letter → Qt format (None drops the field). Years always show four digits in an editor.
_QT_FIELDS: dict[str, str | None] = {
    "y": "yyyy",
    "u": "yyyy",
    "d": "d",
    "H": "H",
    "k": "H",
    "h": "h",
    "K": "h",
    "m": "m",
    "s": "s",
    "a": "AP",
    "b": "AP",
    "B": "AP",
}


def qt_locale() -> QLocale:
    """The active babel locale as a ``QLocale``, so Qt's month and AM/PM names agree."""
    return QLocale(str(current_locale()))


def qt_datetime_format(locale: Locale | None = None) -> str:
    """A ``QDateTimeEdit`` display format from the locale's short date and time patterns."""
    locale = locale or current_locale()
    date_pattern = locale.date_formats["short"].pattern
    time_pattern = locale.time_formats["short"].pattern
    combined = str(locale.datetime_formats["short"])
    ldml = combined.replace("{1}", date_pattern).replace("{0}", time_pattern)
    return "".join(_qt_token(match.group(0)) for match in _TOKEN.finditer(ldml))


def qt_time_format(locale: Locale | None = None) -> str:
    """A ``QTimeEdit`` display format from the locale's short time pattern."""
    pattern = (locale or current_locale()).time_formats["short"].pattern
    return "".join(_qt_token(match.group(0)) for match in _TOKEN.finditer(pattern))


def _qt_token(token: str) -> str:
    letter, width = token[0], len(token)
    if not letter.isalpha():  # a quoted literal or punctuation: the same in Qt
        return token
    if letter in "ML":
        return "M" * min(width, 4)
    if letter in "Eec":
        return "dddd" if width >= 4 else "ddd"
    field = _QT_FIELDS.get(letter)
    if field is None:
        return ""
    return field * min(width, 2) if len(field) == 1 else field


def to_qdatetime(value: datetime) -> QDateTime:
    """``value`` (naive shop time) as a UTC ``QDateTime`` with the same wall-clock fields."""
    day = QDate(value.year, value.month, value.day)
    return QDateTime(day, QTime(value.hour, value.minute), QTimeZone.utc())


def from_qdatetime(value: QDateTime) -> datetime:
    """The naive shop time a ``QDateTime`` from :func:`to_qdatetime` shows, to the minute."""
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())


def next_quarter_hour(now: datetime) -> datetime:
    """The first quarter hour strictly after ``now`` (10:00 → 10:15, 10:07 → 10:15)."""
    hour = now.replace(minute=0, second=0, microsecond=0)
    return hour + timedelta(minutes=(now.minute // QUARTER_HOUR + 1) * QUARTER_HOUR)


def end_time_text(start: datetime, end: datetime) -> str:
    """The end as a time, with the date too when it falls on another day."""
    if end.date() == start.date():
        return format_time(end, "short")
    return format_datetime(end, "short")


def time_range_text(start: datetime, end: datetime) -> str:
    """``start`` to ``end`` as one range, e.g. "11/25/26, 10:00 AM – 10:30 AM"."""
    return _("{start} – {end}").format(
        start=format_datetime(start, "short"), end=end_time_text(start, end)
    )


def sent_text(value: datetime | None) -> str:
    """When something was sent, or "Not yet"."""
    return format_datetime(value, "short") if value is not None else _("Not yet")
