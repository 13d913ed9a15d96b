"""GUI test set-up: a pinned clock, one AppEvents per test, and answering message boxes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW


@pytest.fixture(autouse=True, scope="session")
def private_default_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Widgets that use the default ``QSettings()`` write to a test folder, not the user's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = str(tmp_path_factory.mktemp("qsettings"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)


@pytest.fixture
def events() -> AppEvents:
    return AppEvents()


@pytest.fixture
def operations(db: peewee.Database, events: AppEvents) -> Operations:
    """The window's write path with the clock pinned at ``NOW``."""
    return Operations(events, clock=lambda: NOW)


@pytest.fixture
def settings(tmp_path: Path) -> Iterator[QSettings]:
    """A settings file of the test's own, so tests never touch the user's settings."""
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield store
    store.sync()


MessageAnswerer = Callable[[str], list[str]]


@pytest.fixture
def answer_message_boxes(qtbot: QtBot) -> Iterator[MessageAnswerer]:
    """Click a button, by object name, in each message box that opens from now on.

    ``seen = answer_message_boxes("confirmAccept")`` returns a list that collects the text
    of every box answered, so the test can check what the user was told. A box without
    that button is still closed (so the test cannot hang) but fails the test.
    """
    seen: list[str] = []
    missing: list[str] = []
    state = {"button": ""}

    def click_open_box() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(f"{widget.text()}\n{widget.informativeText()}")
                click_answer(widget)

    def click_answer(box: QMessageBox) -> None:
        button = box.findChild(QAbstractButton, state["button"])
        if button is None and len(box.buttons()) == 1:
            button = box.buttons()[0]  # a notice has one answer: OK
        if button is None:
            missing.append(f"no button {state['button']!r} in the box {box.text()!r}")
            box.reject()
            return
        button.click()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(click_open_box)
    timer.start()

    def answer(button_name: str) -> list[str]:
        state["button"] = button_name
        return seen

    yield answer
    timer.stop()
    assert not missing, missing


# Fixtures shared by the management dialogs' tests (defined beside their helpers).
from tests.gui.manage_support import asked, emitted, open_dialog  # noqa: E402, F401
