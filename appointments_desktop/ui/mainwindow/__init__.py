"""The main window and its commands."""

from __future__ import annotations

from appointments_desktop.ui.mainwindow.window import MainWindow

__all__ = ["MainWindow"]
