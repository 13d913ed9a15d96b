"""Translations and locale-aware formatting for the active locale.

Every user-visible string of ours goes through :func:`_` (or :func:`ngettext`, and
:func:`pgettext` / :func:`npgettext` where one English word needs a context), and every
date, time, number and percentage shown to a person goes through the ``format_*`` helpers
here, which use babel with the active locale. No Qt: the core's error messages are
translated with the same functions as the window's labels.

A locale chosen by name (``--locale`` on the command line, then the Preferences choice:
:func:`choose_locale_name`) serves both the language and the formats. Without one, the
system decides each as POSIX does: the formats from ``LC_ALL``, ``LC_TIME``, ``LANG``; the
language from ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` (so "English text, German
dates", a common desktop set-up, works). :func:`set_locale` makes them active and loads the
messages from :mod:`.catalogs`.
"""

from __future__ import annotations

import gettext as _gettext
import os
from datetime import date, datetime, time

from babel import Locale, UnknownLocaleError
from babel import dates as _dates
from babel import numbers as _numbers

from appointments_desktop.catalogs import DEFAULT_CATALOGS, Catalogs

FALLBACK_LOCALE = "en_SE"
"""The locale used when the system names none we can use (unset, "C", "POSIX", "C.UTF-8").

English words with ISO-style formats, taken from CLDR's "English (Sweden)": short dates
2026-11-25, a 24-hour clock (14:30), weeks starting on Monday as in ISO 8601. Its numbers
group digits with a space and use a decimal comma (1 234,5), as the SI allows. It is a real
locale, so Qt's own widgets (date and spin boxes) format exactly as babel does. The other
English locales miss ISO dates (en_GB: 25/11/2026, en_DK: 25/11/2026) or the 24-hour clock
(en_CA: 2:30 p.m.); en_US_POSIX, babel's name for "C", writes 11/25/26.
"""

OFFERED_LOCALES = (
    "en_US",
    "en_GB",
    "de_DE",
    "de_AT",
    "de_CH",
    "fr_FR",
    "fr_CA",
    "fr_CH",
    "es_ES",
    "es_MX",
    "ja_JP",
    "ar_EG",
)
"""The languages and formats the Preferences dialog offers (any locale babel knows works)."""

_FORMAT_VARIABLES = ("LC_ALL", "LC_TIME", "LANG")
_MESSAGE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_NO_LOCALE = frozenset({"c", "posix", "en_us_posix"})

_state: dict[str, object] = {
    "locale": None,
    "language": "en",
    "translations": _gettext.NullTranslations(),
}


def _(message: str) -> str:
    """Translate ``message`` into the active language."""
    if not message:
        return message  # gettext("") would return the catalog's header
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """Translate a message with a plural form chosen for ``count``."""
    return _translations().ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """Translate ``message`` as meant in ``context``: one English word that other languages
    say differently in different places ("Pending" as a status, as a list filter)."""
    return _translations().pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, count: int) -> str:
    """:func:`pgettext` with a plural form chosen for ``count``."""
    return _translations().npgettext(context, singular, plural, count)


def _translations() -> _gettext.NullTranslations:
    translations = _state["translations"]
    assert isinstance(translations, _gettext.NullTranslations)
    return translations


# -- choosing the locale ------------------------------------------------------------------------


def parse_locale(name: str | None) -> Locale | None:
    """The babel locale ``name`` stands for, or None when it names none we can use.

    Accepts the ways systems and people write names: ``de_DE``, ``de-DE``, ``de_DE.UTF-8``,
    ``de_DE@euro``. "C", "POSIX" and their variants name no language: None.
    """
    text = (name or "").strip().split("@")[0].split(".")[0].replace("-", "_")
    if not text or text.lower() in _NO_LOCALE:
        return None
    try:
        return Locale.parse(text)
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def asked_locale(name: str | None) -> Locale | None:
    """The locale a person asked for by name (``--locale``, Preferences): "C" and "POSIX"
    mean English with ISO dates (:data:`FALLBACK_LOCALE`); None when the name is unusable."""
    if name and _is_no_locale(name.strip()):
        return Locale.parse(FALLBACK_LOCALE)
    return parse_locale(name)


def _first_set(variables: tuple[str, ...]) -> str | None:
    """The value of the first of ``variables`` that is set (even "C"), or None."""
    for variable in variables:
        value = os.environ.get(variable, "").strip()
        if value:
            return value
    return None


def _is_no_locale(name: str) -> bool:
    return name.split(".", 1)[0].split("@", 1)[0].lower() in _NO_LOCALE


def system_locale_name(platform_name: str | None = None) -> str:
    """The system's locale for formats: ``LC_ALL``, ``LC_TIME``, ``LANG`` (the first set
    wins, even "C"), else ``platform_name`` (the GUI passes Qt's answer, which reads the
    Windows and macOS settings); :data:`FALLBACK_LOCALE` when none names a usable locale."""
    requested = _first_set(_FORMAT_VARIABLES)
    locale = parse_locale(requested if requested is not None else platform_name)
    return str(locale) if locale is not None else FALLBACK_LOCALE


def system_language_name(platform_name: str | None = None) -> str:
    """The system's language for messages, read as gettext reads it: the first usable entry
    of ``LANGUAGE`` ("de_AT:de"), unless the locale is "C" (then gettext ignores it), else
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, else ``platform_name``; English when none is
    usable."""
    requested = _first_set(_MESSAGE_VARIABLES)
    if requested is None or not _is_no_locale(requested):
        for entry in os.environ.get("LANGUAGE", "").split(":"):
            if parse_locale(entry) is not None:
                return str(parse_locale(entry))
    locale = parse_locale(requested if requested is not None else platform_name)
    return str(locale) if locale is not None else FALLBACK_LOCALE


def choose_locale_name(command_line: str | None, preference: str | None) -> str | None:
    """The locale to start with: ``--locale`` if usable, else the Preferences choice if
    usable; None means the system's (see :func:`system_locale_name`)."""
    for name in (command_line, preference):
        locale = asked_locale(name)
        if locale is not None:
            return str(locale)
    return None


def set_locale(
    name: str | None = None,
    *,
    catalogs: Catalogs | None = None,
    platform_name: str | None = None,
) -> Locale:
    """Make ``name`` the active locale for formats and messages, or, when None or unusable,
    the system's (formats and language each as the system says); load the messages from
    ``catalogs`` (default: the program's own); never fails.

    The messages come from the most specific catalog there is (``de_AT`` uses ``de``); a
    language without a catalog shows the English source strings with its own formats.
    """
    chosen = asked_locale(name)
    locale = chosen or parse_locale(system_locale_name(platform_name))
    language = chosen or parse_locale(system_language_name(platform_name))
    assert locale is not None and language is not None  # the fallback is always usable
    _state["locale"] = locale
    catalogs = catalogs or DEFAULT_CATALOGS
    _state["language"] = catalogs.catalog_name(language) or "en"
    _state["translations"] = catalogs.translations(language)
    return locale


def current_locale() -> Locale:
    """The active locale, chosen from the system on first use."""
    locale = _state["locale"]
    if isinstance(locale, Locale):
        return locale
    return set_locale()


def message_language() -> str:
    """The language our messages are shown in: the catalog used ("de" for de_AT), or "en"
    (the source strings) when the language has none, as for ja_JP."""
    current_locale()
    return str(_state["language"])


def is_right_to_left(locale: Locale | None = None) -> bool:
    """Whether ``locale`` (default: the active one) writes from right to left (ar, he, fa, ur)."""
    return (locale or current_locale()).character_order == "right-to-left"


def locale_display_name(locale: Locale) -> str:
    """How a list of languages names ``locale``: in its own language, capitalised as a list
    entry ("Deutsch (Österreich)", "Français (Canada)", "日本語 (日本)")."""
    if str(locale) == FALLBACK_LOCALE:
        # Translators: the language used when the system names none: English with
        # ISO-style dates (2026-11-25) and a 24-hour clock.
        return _("English, ISO dates")
    name = locale.get_display_name(locale) or str(locale)
    return name[:1].upper() + name[1:]


# -- formatting ---------------------------------------------------------------------------------


def format_datetime(value: datetime, form: str = "medium", *, locale: Locale | None = None) -> str:
    """A date and time in the active locale (``form``: short, medium, long)."""
    return _dates.format_datetime(value, form, locale=locale or current_locale())


def format_date(value: date, form: str = "medium", *, locale: Locale | None = None) -> str:
    """A date in the active locale (``form``: short, medium, long, full)."""
    return _dates.format_date(value, form, locale=locale or current_locale())


def format_time(
    value: time | datetime, form: str = "short", *, locale: Locale | None = None
) -> str:
    """A time of day in the active locale (12- or 24-hour as the locale has it)."""
    return _dates.format_time(value, form, locale=locale or current_locale())


def format_date_and_time(
    value: datetime,
    date_form: str = "full",
    time_form: str = "short",
    *,
    locale: Locale | None = None,
) -> str:
    """A date and a time of different lengths, joined as the locale joins them ("Wednesday,
    November 25, 2026, 2:30 PM"; "2026年11月25日水曜日 14:30"), the way babel joins them."""
    locale = locale or current_locale()
    joined = str(locale.datetime_formats[date_form]).replace("'", "")
    time_text = format_time(value, time_form, locale=locale)
    return joined.replace("{0}", time_text).replace(
        "{1}", format_date(value, date_form, locale=locale)
    )


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


def format_number(value: float, *, locale: Locale | None = None) -> str:
    """A number with the active locale's separators."""
    return _numbers.format_decimal(value, locale=locale or current_locale())


def format_percent(value: float, *, locale: Locale | None = None) -> str:
    """A fraction (0..1) as a percentage in the active locale."""
    return _numbers.format_percent(value, locale=locale or current_locale())


def first_week_day(locale: Locale | None = None) -> int:
    """The locale's first day of the week (0 = Monday ... 6 = Sunday)."""
    return int((locale or current_locale()).first_week_day)
