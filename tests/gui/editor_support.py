"""Helpers for the appointment editor's GUI tests: open it, find its widgets, type into them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from appointments_desktop.ui.editor import AppointmentDialog
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations

W = TypeVar("W", bound=QWidget)


def open_editor(
    qtbot: QtBot, operations: Operations, *args: Any, **kwargs: Any
) -> AppointmentDialog:
    """The editor, shown (non-modal, so the test goes on) and closed after the test.

    At the end it is closed without the "Discard changes?" question, which would wait.
    """
    dialog = AppointmentDialog(operations, *args, **kwargs)
    qtbot.addWidget(dialog, before_close_func=QDialog.reject)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def child(dialog: QWidget, kind: type[W], name: str) -> W:
    """The dialog's widget called ``name``; fails the test if there is none."""
    widget = dialog.findChild(kind, name)
    assert widget is not None, f"no {kind.__name__} named {name!r}"
    return widget


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click ``widget`` with the left mouse button."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Choose the entry starting with ``text`` in ``combo``'s drop-down list, by mouse."""
    row = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert row >= 0, f"{text!r} is not offered"
    combo.showPopup()
    view = combo.view()
    spot = view.visualRect(view.model().index(row, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert combo.currentText().startswith(text), combo.currentText()


def retype(qtbot: QtBot, spin: QAbstractSpinBox, text: str) -> None:
    """Replace the text of a spin box by typing ``text``."""
    spin.setFocus()
    spin.selectAll()
    if text:
        qtbot.keyClicks(spin, text)
    else:
        qtbot.keyClick(spin, Qt.Key.Key_Backspace)


def count_changes(events: AppEvents) -> list[None]:
    """A list that grows by one each time ``appointments_changed`` is emitted."""
    emitted: list[None] = []
    events.appointments_changed.connect(lambda: emitted.append(None))
    return emitted


class _BoxWatcher(QObject):
    """Notes the buttons (by object name) of every message box when it is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.buttons: list[set[str]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QMessageBox):
            self.buttons.append({button.objectName() for button in watched.buttons()})
        return False


@contextmanager
def watch_message_boxes() -> Iterator[list[set[str]]]:
    """A list that gets, for each message box shown meanwhile, its buttons' object names.

    The names are noted when the box appears, before ``answer_message_boxes`` clicks.
    """
    watcher = _BoxWatcher()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(watcher)
    try:
        yield watcher.buttons
    finally:
        app.removeEventFilter(watcher)
