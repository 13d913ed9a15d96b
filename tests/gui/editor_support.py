"""Helpers for the appointment editor's GUI tests: open it, find its widgets, type into them."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDialog, QWidget
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
