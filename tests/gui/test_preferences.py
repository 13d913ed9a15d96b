"""Preferences: the language-and-formats choice, its preview, storing it, using it at start."""

from __future__ import annotations

from collections.abc import Iterator

import peewee
import pytest
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from appointments_desktop.i18n import FALLBACK_LOCALE, current_locale
from appointments_desktop.ui import MainWindow
from appointments_desktop.ui.app import start_locale, startup_locale_name
from appointments_desktop.ui.dialogs import PreferencesDialog
from appointments_desktop.ui.dialogs.preferences import LOCALE_KEY, stored_locale
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.mainwindow.actions import ActionId
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW

OFFERED = [
    "English (United States)",
    "Deutsch (Deutschland)",
    "Deutsch (Österreich)",
    "Français (France)",
    "Español (España)",
    "日本語 (日本)",
    "العربية (مصر)",
]


@pytest.fixture
def system(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """A German system locale, whatever the machine running the tests has."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    return monkeypatch


@pytest.fixture
def preferences(
    qtbot: QtBot, system: pytest.MonkeyPatch, settings: QSettings
) -> Iterator[PreferencesDialog]:
    dialog = PreferencesDialog(Operations(AppEvents(), clock=lambda: NOW), settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog


def entries(dialog: PreferencesDialog) -> list[str]:
    combo = dialog.findChild(QComboBox, "languageChoice")
    return [combo.itemText(i) for i in range(combo.count())]


def choose(dialog: PreferencesDialog, name: str) -> None:
    combo = dialog.findChild(QComboBox, "languageChoice")
    index = combo.findData(name)
    assert index >= 0, name
    combo.setCurrentIndex(index)


def preview(dialog: PreferencesDialog) -> str:
    return dialog.findChild(QLabel, "formatPreview").text()


def click(dialog: PreferencesDialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(button).click()


def test_the_languages_are_listed_in_their_own_words_after_the_system_default(
    preferences: PreferencesDialog,
) -> None:
    assert preferences.objectName() == "preferencesDialog"
    listed = entries(preferences)
    assert listed[0] == "System default: Deutsch (Deutschland)"
    assert set(OFFERED) <= set(listed[1:])
    assert listed.index("English (United States)") == 1
    assert preferences.choice() == ""  # nothing stored: the system's


@pytest.mark.parametrize("name", ["de_DE", "en_US", "fr_FR", "ja_JP", "ar_EG"])
def test_the_preview_follows_the_choice(preferences: PreferencesDialog, name: str) -> None:
    choose(preferences, name)
    shown = preview(preferences)
    assert babel_dates.format_date(NOW.date(), "full", locale=name) in shown
    assert babel_dates.format_time(NOW.replace(hour=14, minute=30), "short", locale=name) in shown
    assert babel_dates.format_date(NOW.date(), "short", locale=name) in shown
    assert babel_numbers.format_decimal(1234.5, locale=name) in shown
    assert babel_numbers.format_percent(0.75, locale=name) in shown


def test_the_system_default_previews_the_system_locale(preferences: PreferencesDialog) -> None:
    assert "Mittwoch, 25. November 2026, 14:30" in preview(preferences)


def test_a_language_without_our_translation_says_so(preferences: PreferencesDialog) -> None:
    note = preferences.findChild(QLabel, "translationNote")
    choose(preferences, "ja_JP")
    assert note.isVisibleTo(preferences)
    assert "not translated" in note.text()
    for name in ("de_AT", "en_GB"):
        choose(preferences, name)
        assert not note.isVisibleTo(preferences)
    restart = preferences.findChild(QLabel, "restartNote").text()
    assert restart == "Takes effect when you restart Appointments Desktop."


def test_ok_stores_the_choice_and_announces_it(
    qtbot: QtBot, preferences: PreferencesDialog, settings: QSettings
) -> None:
    choose(preferences, "fr_FR")
    with qtbot.waitSignal(preferences.locale_changed) as announced:
        click(preferences, QDialogButtonBox.StandardButton.Ok)
    assert announced.args == ["fr_FR"]
    assert stored_locale(settings) == "fr_FR"


def test_cancel_stores_nothing(preferences: PreferencesDialog, settings: QSettings) -> None:
    choose(preferences, "fr_FR")
    click(preferences, QDialogButtonBox.StandardButton.Cancel)
    assert not settings.contains(LOCALE_KEY)


def test_choosing_the_system_default_again_stores_the_empty_name(
    qtbot: QtBot, system: pytest.MonkeyPatch, settings: QSettings
) -> None:
    settings.setValue(LOCALE_KEY, "es_ES")
    dialog = PreferencesDialog(Operations(AppEvents(), clock=lambda: NOW), settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.choice() == "es_ES"  # the stored choice is selected
    dialog.language.setCurrentIndex(0)
    dialog.accept()
    assert stored_locale(settings) == ""


@pytest.mark.parametrize(("stored", "shown"), [("pt_BR", "pt_BR"), ("garbage", "")])
def test_a_stored_choice_outside_the_list_is_kept_or_dropped(
    qtbot: QtBot, system: pytest.MonkeyPatch, settings: QSettings, stored: str, shown: str
) -> None:
    settings.setValue(LOCALE_KEY, stored)
    dialog = PreferencesDialog(Operations(AppEvents(), clock=lambda: NOW), settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.choice() == shown


def test_the_stored_choice_is_used_at_the_next_start_unless_the_command_line_says_otherwise(
    system: pytest.MonkeyPatch, settings: QSettings
) -> None:
    assert startup_locale_name(None, settings) == "de_DE"  # nothing stored: the system's
    settings.setValue(LOCALE_KEY, "fr_CA")
    assert startup_locale_name(None, settings) == "fr_CA"
    assert startup_locale_name("es_ES", settings) == "es_ES"
    assert startup_locale_name("xx_YY", settings) == "fr_CA"  # unknown: passed over
    assert str(start_locale(None, settings)) == "fr_CA"
    assert str(current_locale()) == "fr_CA"


def test_no_usable_locale_anywhere_starts_in_english_with_iso_dates(
    monkeypatch: pytest.MonkeyPatch, settings: QSettings
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert startup_locale_name(None, settings) == FALLBACK_LOCALE


def test_edit_preferences_opens_the_dialog_and_ok_mentions_the_restart(
    qtbot: QtBot, db: peewee.Database, operations: Operations, settings: QSettings
) -> None:
    window = MainWindow(db, operations=operations, settings=settings)
    qtbot.addWidget(window)
    window.show()
    action = window.actions_by_id[ActionId.PREFERENCES]
    edit_menu = window.menuBar().actions()[1].menu()
    assert action in edit_menu.actions()
    standard = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
    assert action.shortcut() == (standard[0] if standard else QKeySequence("Ctrl+,"))
    action.trigger()
    dialog = window.findChild(PreferencesDialog, "preferencesDialog")
    assert dialog is not None and dialog.isVisible()
    choose(dialog, "de_DE")
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert stored_locale(settings) == "de_DE"
    assert "restart" in window.statusBar().currentMessage()
