"""The About box: what the program is, its version, and which database is open."""

from __future__ import annotations

import html
from importlib import metadata

import peewee
from PySide6 import __version__ as pyside_version
from PySide6.QtWidgets import QMessageBox, QWidget

from appointments_desktop.i18n import _


def program_version() -> str:
    """The installed version, or a note that it runs from a source checkout."""
    try:
        return metadata.version("appointments-desktop")
    except metadata.PackageNotFoundError:
        return _("source checkout")


def show_about(parent: QWidget, database: peewee.Database) -> None:
    """Show the About box."""
    text = _(
        "<h3>Appointments Desktop {version}</h3>"
        "<p>Schedule and manage customer appointments for small shops.</p>"
        "<p>Database: {database}<br>Qt for Python {qt}, peewee {peewee}</p>"
    ).format(
        version=program_version(),
        database=html.escape(str(database.database)),
        qt=pyside_version,
        peewee=peewee.__version__,
    )
    QMessageBox.about(parent, _("About Appointments Desktop"), text)
