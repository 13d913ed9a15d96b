"""Qt's side of the active locale: its own strings, its default locale, the layout direction.

Our messages come from gettext (:mod:`appointments_desktop.i18n`); the strings inside Qt's
widgets (a message box's Yes, No and Cancel, the colour dialog, a line edit's context menu)
come from Qt's bundled ``qtbase_<language>.qm`` through a ``QTranslator``. That translator
follows the language of *our* messages, so a window never mixes two languages: with ja_JP,
which has formats but no catalog of ours, Qt's strings stay English like ours.

:func:`apply_qt_locale` can be called again after :func:`~appointments_desktop.i18n.set_locale`
(tests do): it replaces the translator it installed before instead of stacking another.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from appointments_desktop.i18n import (
    current_locale,
    is_right_to_left,
    message_language,
    system_locale_name,
)

_installed: list[QTranslator] = []


def qt_translations_folder() -> str:
    """Where this Qt keeps its own ``.qm`` catalogs (inside the PySide6 wheel)."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def system_locale() -> str:
    """The system's locale name: the environment, else what Qt reads from the platform's
    settings (Windows and macOS keep theirs outside the environment); see
    :func:`~appointments_desktop.i18n.system_locale_name`."""
    return system_locale_name(QLocale.system().name())


def apply_qt_locale(app: QGuiApplication) -> bool:
    """Make Qt follow the active locale: ``QLocale``'s default (date and spin boxes, the
    calendar widget), Qt's own strings, and right-to-left layout for ar, he, fa, ur.

    Returns whether Qt's strings are translated (False for English and when Qt ships no
    catalog for the language).
    """
    locale = current_locale()
    QLocale.setDefault(QLocale(str(locale)))
    translated = install_qt_translator(app, message_language())
    right_to_left = is_right_to_left(locale)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    )
    return translated


def install_qt_translator(app: QCoreApplication, language: str) -> bool:
    """Replace the translator installed before with Qt's catalog for ``language``.

    English needs none: Qt's source strings are English.
    """
    remove_qt_translator(app)
    if language == "en" or language.startswith("en_"):
        return False
    translator = QTranslator(app)
    if not translator.load(QLocale(language), "qtbase", "_", qt_translations_folder()):
        translator.setParent(None)
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def remove_qt_translator(app: QCoreApplication) -> None:
    """Take out the translator :func:`install_qt_translator` installed, if any."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.setParent(None)
