"""Showing the main window in a GUI test, as the program does, at a chosen size."""

from __future__ import annotations

import peewee
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from appointments_desktop.ui import MainWindow
from appointments_desktop.ui.operations import Operations

SETTLE_ROUNDS = 3
"""Docks fill on show, then their layouts settle: a few rounds of events."""


def shown_main_window(
    qtbot: QtBot,
    db: peewee.Database,
    operations: Operations,
    settings: QSettings,
    size: tuple[int, int] = (1280, 800),
) -> MainWindow:
    """The main window over ``db``, shown at ``size`` with its docks loaded; closed after
    the test."""
    window = MainWindow(db, operations=operations, settings=settings)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    for _round in range(SETTLE_ROUNDS):
        QApplication.processEvents()
    return window
