"""Application set-up: the QApplication and the first window.

Until the main window lands (issue 3), this shows a placeholder that reports the
database it opened, so the run command proves the whole start-up path works.
"""

from __future__ import annotations

import sys

import peewee
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from appointments_desktop.i18n import _, format_number, ngettext
from appointments_desktop.storage.models import Appointment


class PlaceholderWindow(QMainWindow):
    """A window that says which database is open and how many appointments it holds."""

    def __init__(self, database: peewee.Database) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(_("Appointments Desktop"))
        count = Appointment.select().count()
        message = ngettext(
            "The database is ready: {count} appointment.\n{location}",
            "The database is ready: {count} appointments.\n{location}",
            count,
        ).format(count=format_number(count), location=database.database)
        label = QLabel(message)
        label.setObjectName("placeholderMessage")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setCentralWidget(label)
        self.resize(800, 500)


def run_application(database: peewee.Database) -> int:
    """Show the window and run the event loop until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Appointments Desktop")
    app.setOrganizationName("Appointments Desktop")
    window = PlaceholderWindow(database)
    window.show()
    return int(app.exec())
