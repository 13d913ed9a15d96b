"""Helpers for the management dialog tests: open a dialog, find its widgets, click, type.

Not a test module. Dialogs opened through :class:`Opener` are closed with ``done()`` at the
end of the test, so a test that ends with unsaved edits never waits on a "Discard changes?"
box that nobody answers.

The fixtures ``open_dialog``, ``emitted`` and ``asked`` are shared by the test modules
through ``tests/gui/conftest.py``, which imports them so that pytest finds them.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from appointments_desktop.ui.dialogs import OperatorsDialog
from appointments_desktop.ui.dialogs.base import RecordDialog
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations
from tests.gui.conftest import MessageAnswerer

D = TypeVar("D", bound=RecordDialog)


class Opener:
    """Opens dialogs for one test and closes them, without questions, afterwards."""

    def __init__(self, qtbot: QtBot, operations: Operations) -> None:
        self.qtbot = qtbot
        self.operations = operations
        self.opened: list[QDialog] = []

    def __call__(self, kind: type[D]) -> D:
        dialog = kind(self.operations)
        self.opened.append(dialog)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        return dialog

    def close_all(self) -> None:
        for dialog in self.opened:
            dialog.done(QDialog.DialogCode.Rejected)
            dialog.deleteLater()


class Emissions:
    """Counts ``records_changed`` notices."""

    def __init__(self, events: AppEvents) -> None:
        self.count = 0
        events.records_changed.connect(self._heard)

    def _heard(self) -> None:
        self.count += 1


@pytest.fixture
def open_dialog(qtbot: QtBot, operations: Operations) -> Iterator[Opener]:
    """``open_dialog(CustomersDialog)`` shows one; all are closed, without questions, after."""
    opener = Opener(qtbot, operations)
    yield opener
    opener.close_all()


@pytest.fixture
def emitted(events: AppEvents) -> Emissions:
    """The ``records_changed`` notices from the start of the test on."""
    return Emissions(events)


@pytest.fixture
def asked(answer_message_boxes: MessageAnswerer) -> list[str]:
    """The text of each question asked; every one is answered "Go back" (keep editing)."""
    return answer_message_boxes("confirmReject")


def child(dialog: QWidget, kind: type[QWidget], name: str) -> QWidget:
    found = dialog.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def button(dialog: QWidget, name: str) -> QAbstractButton:
    found = child(dialog, QAbstractButton, name)
    assert isinstance(found, QAbstractButton)
    return found


def line(dialog: QWidget, name: str) -> QLineEdit:
    found = child(dialog, QLineEdit, name)
    assert isinstance(found, QLineEdit)
    return found


def label(dialog: QWidget, name: str) -> QLabel:
    found = child(dialog, QLabel, name)
    assert isinstance(found, QLabel)
    return found


def record_list(dialog: QWidget) -> QListWidget:
    found = child(dialog, QListWidget, "recordList")
    assert isinstance(found, QListWidget)
    return found


def list_texts(dialog: QWidget) -> list[str]:
    records = record_list(dialog)
    return [records.item(row).text() for row in range(records.count())]


def selected_text(dialog: QWidget) -> str | None:
    item = record_list(dialog).currentItem()
    return None if item is None else item.text()


def click(qtbot: QtBot, widget: QAbstractButton) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(qtbot: QtBot, dialog: QWidget, text: str) -> None:
    """Click the list row that starts with ``text``, as the user would."""
    records = record_list(dialog)
    rows = [row for row in range(records.count()) if records.item(row).text().startswith(text)]
    assert rows, f"no row starts with {text!r}: {list_texts(dialog)}"
    rect = records.visualItemRect(records.item(rows[0]))
    qtbot.mouseClick(records.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QApplication.processEvents()


def delete_row(qtbot: QtBot, dialog: QWidget, text: str | None = None) -> None:
    """Click the row that starts with ``text`` (none: keep the one shown), then click Delete."""
    if text is not None:
        choose(qtbot, dialog, text)
    click(qtbot, button(dialog, "deleteButton"))


def type_filter(qtbot: QtBot, dialog: QWidget, text: str) -> QLineEdit:
    """Type ``text`` into the filter above the list; returns the filter field."""
    field = line(dialog, "recordFilter")
    qtbot.keyClicks(field, text)
    return field


def retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Select everything in ``field`` and type ``text`` over it (empty: delete it)."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(field, text)


def renamed_unsaved(open_dialog: Opener, name: str = "Alicia") -> OperatorsDialog:
    """The operators dialog with the first operator's name retyped as ``name``, not saved."""
    dialog = open_dialog(OperatorsDialog)
    retype(open_dialog.qtbot, line(dialog, "nameField"), name)
    return dialog


def new_record_form(open_dialog: Opener, kind: type[D]) -> D:
    """A ``kind`` dialog with Add clicked: the empty form for a new record."""
    dialog = open_dialog(kind)
    click(open_dialog.qtbot, button(dialog, "addButton"))
    return dialog
