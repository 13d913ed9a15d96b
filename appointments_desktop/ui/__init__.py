"""The PySide6 user interface: ``MainWindow(database)`` is the program's window.

Only this package imports Qt; the core (``appointments_desktop`` itself) never does.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    """Import the window on first use, so importing a small ui module stays light."""
    if name == "MainWindow":
        from appointments_desktop.ui.mainwindow.window import MainWindow  # noqa: PLC0415

        return MainWindow
    raise AttributeError(name)
