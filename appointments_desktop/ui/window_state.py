"""Remembering where windows, docks, splitters and table columns were, between runs.

All layout goes through :class:`WindowState`, which stores Qt's own opaque state blobs under
one group per window in ``QSettings``. Restoring something never saved, or saved by another
version, leaves Qt's defaults in place.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QDialog, QHeaderView, QMainWindow, QSplitter, QWidget


class WindowState:
    """Saves and restores one window's layout under ``group`` in ``settings``."""

    def __init__(self, settings: QSettings, group: str) -> None:
        self._settings = settings
        self._group = group

    def _key(self, name: str) -> str:
        return f"{self._group}/{name}"

    def _blob(self, name: str) -> QByteArray | None:
        value = self._settings.value(self._key(name))
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, window: QWidget) -> None:
        """Remember the window's geometry (and a main window's tool bars and docks)."""
        self._settings.setValue(self._key("geometry"), window.saveGeometry())
        if isinstance(window, QMainWindow):
            self._settings.setValue(self._key("state"), window.saveState())

    def restore_window(self, window: QWidget) -> bool:
        """Put the window back where it was; returns whether anything was saved."""
        geometry = self._blob("geometry")
        if geometry is None:
            return False
        window.restoreGeometry(geometry)
        state = self._blob("state")
        if isinstance(window, QMainWindow) and state is not None:
            window.restoreState(state)
        return True

    def save_part(self, name: str, part: QHeaderView | QSplitter) -> None:
        """Remember a header's column widths and order, or a splitter's sizes."""
        self._settings.setValue(self._key(name), part.saveState())

    def restore_part(self, name: str, part: QHeaderView | QSplitter) -> None:
        """Restore what :meth:`save_part` remembered, if anything."""
        state = self._blob(name)
        if state is not None:
            part.restoreState(state)

    def value(self, name: str, default: str) -> str:
        """A small remembered choice (e.g. the list's filter)."""
        return str(self._settings.value(self._key(name), default))

    def set_value(self, name: str, value: str) -> None:
        """Remember a small choice."""
        self._settings.setValue(self._key(name), value)


def remember_geometry(
    dialog: QDialog, splitter: QSplitter | None = None, settings: QSettings | None = None
) -> None:
    """Open ``dialog`` as the user last left it (per object name) and remember it again.

    Covers its size and position and, if given, a splitter's sizes. Call after the dialog's
    object name is set and its layout is built; it saves when the dialog finishes.
    """
    state = WindowState(settings or QSettings(), dialog.objectName() or type(dialog).__name__)
    state.restore_window(dialog)
    if splitter is not None:
        state.restore_part("splitter", splitter)

    def save(_result: int) -> None:
        state.save_window(dialog)
        if splitter is not None:
            state.save_part("splitter", splitter)

    dialog.finished.connect(save)
