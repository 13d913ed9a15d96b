"""Application set-up: the QApplication, its names (for settings), its locale, the window.

The locale is settled before any widget exists: :func:`start_locale` picks it (``--locale``,
then the Preferences choice, then the system's) and :func:`create_application` makes Qt
follow it (:func:`~appointments_desktop.ui.qt_translations.apply_qt_locale`).
"""

from __future__ import annotations

import sys

import peewee
from babel import Locale
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from appointments_desktop.i18n import _, choose_locale_name, set_locale
from appointments_desktop.ui.dialogs.preferences import stored_locale
from appointments_desktop.ui.mainwindow.window import MainWindow
from appointments_desktop.ui.qt_translations import apply_qt_locale, system_locale
from appointments_desktop.ui.resources import application_icon

ORGANIZATION = "Appointments Desktop"
APPLICATION = "appointments-desktop"


def name_application() -> None:
    """Give the program its names, so ``QSettings()`` finds its settings (also before the
    QApplication exists)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)


def startup_locale_name(command_line: str | None, settings: QSettings | None = None) -> str:
    """The locale to start with: ``--locale`` if usable, else the Preferences choice if
    usable, else the system's (never fails; see :func:`~appointments_desktop.i18n.
    system_locale_name` for a system without a usable locale)."""
    preference = stored_locale(settings if settings is not None else QSettings())
    return choose_locale_name(command_line, preference) or system_locale()


def start_locale(command_line: str | None, settings: QSettings | None = None) -> Locale:
    """Make the locale chosen by :func:`startup_locale_name` the active one."""
    name_application()
    return set_locale(startup_locale_name(command_line, settings))


def create_application() -> QApplication:
    """The one QApplication, named so QSettings finds this program's settings, with Qt
    following the active locale (its strings, default QLocale and layout direction)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    name_application()
    app.setApplicationDisplayName(_("Appointments Desktop"))
    app.setDesktopFileName(APPLICATION)
    icon: QIcon = application_icon()
    app.setWindowIcon(icon)
    apply_qt_locale(app)
    return app


def run_application(database: peewee.Database) -> int:
    """Show the main window and run the event loop until it closes."""
    app = create_application()
    window = MainWindow(database)
    window.show()
    return int(app.exec())
