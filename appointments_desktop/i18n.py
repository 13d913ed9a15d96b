"""Translations and locale-aware formatting for the active locale.

Every user-visible string of ours goes through :func:`_` (or :func:`ngettext`), and every
date, time, number and percentage shown to a person goes through the ``format_*`` helpers
here, which use babel with the active locale. No Qt: the core's error messages are
translated with the same functions as the window's labels.
"""

from __future__ import annotations

import gettext as _gettext
from datetime import date, datetime, time
from pathlib import Path

from babel import Locale, UnknownLocaleError, default_locale
from babel import dates as _dates
from babel import numbers as _numbers

FALLBACK_LOCALE = "en_US"
_DOMAIN = "appointments_desktop"
_CATALOG_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

_state: dict[str, object] = {
    "locale": None,
    "translations": _gettext.NullTranslations(),
}


def _(message: str) -> str:
    """Translate ``message`` into the active language."""
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """Translate a message with a plural form chosen for ``count``."""
    return _translations().ngettext(singular, plural, count)


def _translations() -> _gettext.NullTranslations:
    translations = _state["translations"]
    assert isinstance(translations, _gettext.NullTranslations)
    return translations


def system_locale_name() -> str:
    """The system's locale, or English when it is unset or the plain "C" locale."""
    name = default_locale(("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"))
    # babel reports the "C"/"POSIX" locale as en_US_POSIX (no digit grouping).
    if not name or name == "en_US_POSIX" or name.split("_")[0] in ("C", "POSIX"):
        return FALLBACK_LOCALE
    return name


def set_locale(name: str | None = None) -> Locale:
    """Make ``name`` (or the system's locale) the active one and load its messages.

    An unknown or unusable name falls back to English instead of failing.
    """
    try:
        locale = Locale.parse(name or system_locale_name())
    except (UnknownLocaleError, ValueError, TypeError):
        locale = Locale.parse(FALLBACK_LOCALE)
    _state["locale"] = locale
    _state["translations"] = _gettext.translation(
        _DOMAIN, localedir=_CATALOG_DIR, languages=[str(locale), locale.language], fallback=True
    )
    return locale


def current_locale() -> Locale:
    """The active locale, chosen from the system on first use."""
    locale = _state["locale"]
    if isinstance(locale, Locale):
        return locale
    return set_locale()


def format_datetime(value: datetime, form: str = "medium") -> str:
    """A date and time in the active locale (``form``: short, medium, long)."""
    return _dates.format_datetime(value, form, locale=current_locale())


def format_date(value: date, form: str = "medium") -> str:
    """A date in the active locale."""
    return _dates.format_date(value, form, locale=current_locale())


def format_time(value: time | datetime, form: str = "short") -> str:
    """A time of day in the active locale (12- or 24-hour as the locale has it)."""
    return _dates.format_time(value, form, locale=current_locale())


def format_day_and_time(value: datetime, today: date) -> str:
    """When ``value`` is, seen from ``today``: "Today, 14:30", "Tomorrow, 09:00", else the
    weekday and date with the time ("Fri, Nov 27, 14:30" in English)."""
    time_text = format_time(value)
    days_ahead = (value.date() - today).days
    if days_ahead == 0:
        return _("Today, {time}").format(time=time_text)
    if days_ahead == 1:
        return _("Tomorrow, {time}").format(time=time_text)
    day_text = _dates.format_skeleton("MMMEd", value, locale=current_locale())
    # Translators: a short date ("Fri, Nov 27") and a time of day ("14:30").
    return _("{date}, {time}").format(date=day_text, time=time_text)


def format_number(value: float) -> str:
    """A number with the active locale's separators."""
    return _numbers.format_decimal(value, locale=current_locale())


def format_percent(value: float) -> str:
    """A fraction (0..1) as a percentage in the active locale."""
    return _numbers.format_percent(value, locale=current_locale())


def first_week_day() -> int:
    """The active locale's first day of the week (0 = Monday ... 6 = Sunday)."""
    return int(current_locale().first_week_day)
