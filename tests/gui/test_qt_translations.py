"""Qt follows the active locale: its own strings, its default QLocale, the layout direction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from appointments_desktop.i18n import set_locale
from appointments_desktop.ui.app import create_application
from appointments_desktop.ui.qt_translations import (
    apply_qt_locale,
    qt_translations_folder,
    remove_qt_translator,
)

Buttons = QMessageBox.StandardButton


@pytest.fixture
def qt_locale(qapp: QApplication) -> Iterator[QApplication]:
    """Puts Qt's locale, translator and direction back as they were after the test."""
    default = QLocale()
    direction = qapp.layoutDirection()
    yield qapp
    remove_qt_translator(qapp)
    QLocale.setDefault(default)
    qapp.setLayoutDirection(direction)


def needs_qt_catalog(language: str) -> None:
    if not (Path(qt_translations_folder()) / f"qtbase_{language}.qm").exists():
        pytest.skip(f"this Qt ships no qtbase_{language}.qm in {qt_translations_folder()}")


def button_texts(qtbot: QtBot) -> dict[Buttons, str]:
    box = QMessageBox(
        QMessageBox.Icon.Question, "?", "?", Buttons.Yes | Buttons.No | Buttons.Cancel
    )
    qtbot.addWidget(box)
    return {which: box.button(which).text() for which in (Buttons.Yes, Buttons.No, Buttons.Cancel)}


def test_qt_speaks_german_under_de(qtbot: QtBot, qt_locale: QApplication) -> None:
    needs_qt_catalog("de")
    set_locale("de_DE")
    assert apply_qt_locale(qt_locale)
    texts = button_texts(qtbot)
    assert texts[Buttons.Cancel] == "Abbrechen"
    assert texts[Buttons.Yes].replace("&", "") == "Ja"
    assert QLocale().name() == "de_DE"


def test_a_regional_locale_gets_its_languages_qt_strings(
    qtbot: QtBot, qt_locale: QApplication
) -> None:
    needs_qt_catalog("fr")
    set_locale("fr_CA")
    assert apply_qt_locale(qt_locale)
    assert button_texts(qtbot)[Buttons.Cancel] == "Annuler"
    assert QLocale().name() == "fr_CA"


def test_applying_again_replaces_the_translator(qtbot: QtBot, qt_locale: QApplication) -> None:
    needs_qt_catalog("de")
    set_locale("de_DE")
    apply_qt_locale(qt_locale)
    apply_qt_locale(qt_locale)
    set_locale("en_US")
    assert not apply_qt_locale(qt_locale)
    assert button_texts(qtbot)[Buttons.Cancel] == "Cancel"


def test_without_our_translation_qt_stays_english_too(
    qtbot: QtBot, qt_locale: QApplication
) -> None:
    set_locale("ja_JP")  # Japanese formats, English words: Qt's words must match ours
    assert not apply_qt_locale(qt_locale)
    assert button_texts(qtbot)[Buttons.Cancel] == "Cancel"
    date_box = QDateEdit()
    qtbot.addWidget(date_box)
    assert date_box.locale().name() == "ja_JP"  # Qt's widgets format the Japanese way


def test_right_to_left_under_arabic_and_back(qtbot: QtBot, qt_locale: QApplication) -> None:
    set_locale("ar_EG")
    apply_qt_locale(qt_locale)
    assert qt_locale.layoutDirection() == Qt.LayoutDirection.RightToLeft
    widget = QWidget()
    qtbot.addWidget(widget)
    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    set_locale("en_US")
    apply_qt_locale(qt_locale)
    assert qt_locale.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert widget.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_creating_the_application_applies_the_active_locale(
    qtbot: QtBot, qt_locale: QApplication
) -> None:
    needs_qt_catalog("de")
    set_locale("de_AT")
    assert create_application() is qt_locale
    assert QLocale().name() == "de_AT"
    assert button_texts(qtbot)[Buttons.Cancel] == "Abbrechen"
