"""Application set-up: the QApplication, its names (for settings), and the main window."""

from __future__ import annotations

import sys

import peewee
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from appointments_desktop.i18n import _
from appointments_desktop.ui.mainwindow.window import MainWindow
from appointments_desktop.ui.resources import application_icon

ORGANIZATION = "Appointments Desktop"
APPLICATION = "appointments-desktop"


def create_application() -> QApplication:
    """The one QApplication, named so QSettings finds this program's settings."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(_("Appointments Desktop"))
    app.setDesktopFileName(APPLICATION)
    icon: QIcon = application_icon()
    app.setWindowIcon(icon)
    return app


def run_application(database: peewee.Database) -> int:
    """Show the main window and run the event loop until it closes."""
    app = create_application()
    window = MainWindow(database)
    window.show()
    return int(app.exec())
