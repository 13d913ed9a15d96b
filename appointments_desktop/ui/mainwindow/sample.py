"""Offering the sample shop on a first start: ask, load in one transaction, report."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow

from appointments_desktop.i18n import _, format_number, ngettext
from appointments_desktop.ui import messages
from appointments_desktop.ui.mainwindow.commands import MESSAGE_MS
from appointments_desktop.ui.operations import Operations


@contextmanager
def busy_cursor() -> Iterator[None]:
    """Show the wait cursor while the block runs (the window cannot answer meanwhile)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def offer_sample_data(window: QMainWindow, operations: Operations) -> bool:
    """Fill the empty database with the sample shop after asking; whether it was loaded."""
    if not messages.confirm(
        window,
        _("Load Sample Data"),
        _("Fill this database with a sample shop?"),
        _("Load Sample Data"),
        informative=_(
            "It adds five operators, six appointment types, a few hundred customers and "
            "about five thousand appointments, so you can try every part of the program."
        ),
    ):
        return False
    window.statusBar().showMessage(_("Loading the sample shop…"))
    try:
        with busy_cursor():
            summary = operations.load_sample_data()
    except ValueError as error:
        messages.show_error(window, _("Sample data was not loaded"), str(error))
        return False
    message = ngettext(
        "Sample data loaded: {count} appointment.",
        "Sample data loaded: {count} appointments.",
        summary.appointments,
    ).format(count=format_number(summary.appointments))
    window.statusBar().showMessage(message, MESSAGE_MS)
    return True
