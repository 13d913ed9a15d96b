"""Choosing the locale (command line, preference, system) and what a choice makes active."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from babel import Locale
from babel import dates as babel_dates

from appointments_desktop import i18n
from appointments_desktop.catalogs import Catalogs
from appointments_desktop.cli import main, requested_locale
from appointments_desktop.i18n import (
    FALLBACK_LOCALE,
    _,
    choose_locale_name,
    current_locale,
    first_week_day,
    format_date,
    format_date_and_time,
    format_number,
    format_percent,
    format_time,
    is_right_to_left,
    locale_display_name,
    message_language,
    ngettext,
    npgettext,
    parse_locale,
    pgettext,
    set_locale,
    system_language_name,
    system_locale_name,
)
from tests.unit.test_catalogs import write_catalog

SYSTEM_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_TIME", "LANG")


@pytest.fixture
def system(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """An environment without any locale variable; tests set the ones they need."""
    for name in SYSTEM_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.fixture
def catalogs(tmp_path: Path) -> Catalogs:
    """A German catalog of the test's own (see test_catalogs.write_catalog)."""
    write_catalog(tmp_path, "de")
    return Catalogs(tmp_path)


# -- the system's locale ------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["C", "C.UTF-8", "POSIX", "buggy"])
def test_the_c_locale_falls_back_to_english(system: pytest.MonkeyPatch, value: str) -> None:
    system.setenv("LANG", value)
    assert system_locale_name() == FALLBACK_LOCALE


def test_no_locale_at_all_falls_back_to_english(system: pytest.MonkeyPatch) -> None:
    assert system_locale_name() == FALLBACK_LOCALE
    assert system_locale_name(platform_name="C") == FALLBACK_LOCALE


def test_a_real_system_locale_is_used(system: pytest.MonkeyPatch) -> None:
    system.setenv("LANG", "de_DE.UTF-8")
    assert system_locale_name() == "de_DE"


def test_the_platform_answers_when_the_environment_is_silent(system: pytest.MonkeyPatch) -> None:
    assert system_locale_name(platform_name="fr_CA") == "fr_CA"
    system.setenv("LANG", "es_ES.UTF-8")
    assert system_locale_name(platform_name="fr_CA") == "es_ES"


def test_the_variables_count_in_posix_order(system: pytest.MonkeyPatch) -> None:
    system.setenv("LANG", "de_DE.UTF-8")
    system.setenv("LC_ALL", "C")
    assert system_locale_name() == FALLBACK_LOCALE  # LC_ALL=C outranks LANG
    assert system_language_name() == FALLBACK_LOCALE
    system.setenv("LANGUAGE", "xx:fr_CA:fr")
    assert system_language_name() == FALLBACK_LOCALE  # under C gettext ignores LANGUAGE
    system.delenv("LC_ALL")
    assert system_language_name() == "fr_CA"  # the first usable entry of the list
    assert system_locale_name() == "de_DE"  # LANGUAGE names the language, not the formats
    system.setenv("LANGUAGE", "xx")
    assert system_language_name() == "de_DE"  # nothing usable: the locale variables decide


def test_english_words_with_german_formats_as_desktops_set_them(
    system: pytest.MonkeyPatch,
) -> None:
    system.setenv("LANGUAGE", "en_US:en")
    system.setenv("LANG", "de_DE.UTF-8")
    locale = set_locale(None)
    assert str(locale) == "de_DE"
    assert format_date(date(2026, 11, 25), "short") == "25.11.26"
    assert message_language() == "en"
    assert _("Today") == "Today"


def test_lc_time_alone_chooses_the_formats(system: pytest.MonkeyPatch) -> None:
    system.setenv("LANG", "en_US.UTF-8")
    system.setenv("LC_TIME", "fr_FR.UTF-8")
    assert system_locale_name() == "fr_FR"
    assert system_language_name() == "en_US"


def test_locale_c_on_the_command_line_means_english_with_iso_dates(
    system: pytest.MonkeyPatch,
) -> None:
    system.setenv("LANG", "de_DE.UTF-8")
    assert choose_locale_name("C", None) == FALLBACK_LOCALE
    assert str(set_locale("C")) == FALLBACK_LOCALE
    assert message_language() == "en"


def test_without_a_usable_locale_dates_are_iso_and_the_clock_24_hours(
    system: pytest.MonkeyPatch,
) -> None:
    system.setenv("LANG", "C.UTF-8")
    locale = set_locale(None)
    assert str(locale) == FALLBACK_LOCALE
    assert format_date(date(2026, 11, 25), "short") == "2026-11-25"
    assert format_time(time(14, 30)) == "14:30"
    assert format_time(time(9, 5)) == "09:05"
    assert first_week_day() == 0  # Monday, as in ISO 8601
    assert _("Cancel") == "Cancel"
    assert message_language() == "en"


# -- names and choices --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["de_DE", "de-DE", "de_DE.UTF-8", "de_DE@euro", "DE_de"])
def test_names_are_read_the_ways_systems_write_them(name: str) -> None:
    assert str(parse_locale(name)) == "de_DE"


@pytest.mark.parametrize("name", [None, "", "C", "POSIX", "C.UTF-8", "en_US_POSIX", "xx_YY", "1"])
def test_names_of_no_usable_locale_give_none(name: str | None) -> None:
    assert parse_locale(name) is None


def test_the_command_line_outranks_the_preference_which_outranks_the_system() -> None:
    assert choose_locale_name("fr_FR", "de_DE") == "fr_FR"
    assert choose_locale_name(None, "de_DE") == "de_DE"
    assert choose_locale_name("xx_YY", "de_AT") == "de_AT"  # an unknown name is passed over
    assert choose_locale_name(None, "") is None  # None: the system's
    assert choose_locale_name("xx_YY", "garbage") is None


def test_an_unknown_name_falls_back_to_the_system_locale(system: pytest.MonkeyPatch) -> None:
    system.setenv("LANG", "fr_FR.UTF-8")
    assert str(set_locale("xx_YY")) == "fr_FR"
    system.setenv("LANG", "C")
    assert str(set_locale("xx_YY")) == FALLBACK_LOCALE


# -- what the active locale brings --------------------------------------------------------------


def test_a_regional_locale_speaks_its_language(catalogs: Catalogs) -> None:
    set_locale("de_AT", catalogs=catalogs)
    assert _("Cancel") == "Abbrechen"
    assert ngettext("{count} appointment", "{count} appointments", 2) == "{count} Termine"
    assert message_language() == "de"
    assert format_date(date(2026, 1, 5), "long") == "5. Jänner 2026"  # Austrian month name


def test_a_locale_without_a_catalog_keeps_english_words_and_its_own_formats(
    catalogs: Catalogs,
) -> None:
    locale = set_locale("ja_JP", catalogs=catalogs)
    assert _("Cancel") == "Cancel"
    assert message_language() == "en"
    assert format_date(date(2026, 11, 25), "short") == babel_dates.format_date(
        date(2026, 11, 25), "short", locale=locale
    )


def test_one_english_word_is_translated_by_its_context() -> None:
    """The shipped Spanish catalog: a status is one appointment, a filter names several."""
    set_locale("es_ES")
    assert pgettext("status", "Completed") == "Completada"
    assert pgettext("list filter", "Completed") == "Completadas"
    assert pgettext("menu", "&Appointments") == "&Citas"
    assert pgettext("show the list", "&Appointments") == "Lista de &citas"
    assert npgettext("hours ahead", "Next", "Next", 1) == "Próxima"
    assert npgettext("hours ahead", "Next", "Next", 48) == "Próximas"


def test_a_context_without_a_translation_gives_the_english_message() -> None:
    set_locale("ja_JP")
    assert pgettext("status", "Completed") == "Completed"
    assert npgettext("hours ahead", "Next", "Next", 2) == "Next"


def test_the_empty_message_is_not_the_catalog_header(catalogs: Catalogs) -> None:
    set_locale("de_DE", catalogs=catalogs)
    assert _("") == ""


def test_formats_may_name_another_locale_than_the_active_one() -> None:
    set_locale("en_US")
    german = Locale.parse("de_DE")
    assert format_number(1234.5, locale=german) == "1.234,5"
    assert format_percent(0.75, locale=german) == "75\u00a0%"
    assert format_time(time(14, 30), locale=german) == "14:30"
    assert format_time(time(14, 30)) == "2:30\u202fPM"
    assert str(current_locale()) == "en_US"


def test_a_date_and_a_time_are_joined_the_locales_way() -> None:
    moment = datetime(2026, 11, 25, 14, 30)
    german = format_date_and_time(moment, locale=Locale.parse("de_DE"))
    assert german == "Mittwoch, 25. November 2026, 14:30"
    japanese = format_date_and_time(moment, locale=Locale.parse("ja_JP"))
    assert japanese == "2026年11月25日水曜日 14:30"


def test_languages_are_named_in_their_own_language() -> None:
    names = {n: locale_display_name(Locale.parse(n)) for n in ("de_AT", "fr_FR", "es_ES", "ja_JP")}
    assert names == {
        "de_AT": "Deutsch (Österreich)",
        "fr_FR": "Français (France)",
        "es_ES": "Español (España)",
        "ja_JP": "日本語 (日本)",
    }
    assert locale_display_name(Locale.parse(FALLBACK_LOCALE)) == "English, ISO dates"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ar_EG", True),
        ("he_IL", True),
        ("fa", True),
        ("ur_PK", True),
        ("de_DE", False),
        ("ja", False),
    ],
)
def test_right_to_left_follows_the_script(name: str, expected: bool) -> None:
    assert is_right_to_left(Locale.parse(name)) is expected


# -- the command line ---------------------------------------------------------------------------


def test_the_locale_is_read_ahead_of_the_command_line() -> None:
    assert requested_locale(["--locale", "de_DE", "--help"]) == "de_DE"
    assert requested_locale(["--no-window", "--locale=fr_CA"]) == "fr_CA"
    assert requested_locale(["--no-window"]) is None
    assert requested_locale(["--locale"]) is None  # the full parser reports it


def test_an_unknown_locale_is_reported_in_words_and_the_program_goes_on(
    system: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    assert main(["--locale", "xx_YY", "--database", url, "--no-window"]) == 0
    output = capsys.readouterr()
    assert "Unknown locale “xx_YY”" in output.err
    assert "Traceback" not in output.err
    assert "Database ready" in output.out
    assert str(current_locale()) == FALLBACK_LOCALE


def test_help_speaks_the_language_given_on_the_command_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_catalog(tmp_path, "de")
    with source.open("a", encoding="utf-8") as po:
        po.write('\nmsgid "language and formats, e.g. de_DE"\nmsgstr "Sprache und Formate"\n')
    monkeypatch.setattr(i18n, "DEFAULT_CATALOGS", Catalogs(tmp_path))
    with pytest.raises(SystemExit) as leaving:
        main(["--locale", "de_DE", "--help"])
    assert leaving.value.code == 0
    assert "Sprache und Formate" in capsys.readouterr().out
