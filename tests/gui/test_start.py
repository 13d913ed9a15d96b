"""Starting the program: the command line opens (creates, migrates) the real database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import peewee
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from appointments_desktop import LATEST_VERSION, Appointment
from appointments_desktop.cli import main
from appointments_desktop.storage.migrations import schema_version
from appointments_desktop.ui import MainWindow


def test_no_window_creates_and_migrates_the_database_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    assert main(["--database", f"sqlite:///{path}", "--no-window"]) == 0
    db = peewee.SqliteDatabase(str(path))
    assert schema_version(db) == LATEST_VERSION
    db.close()


def test_sample_data_option_fills_an_empty_database_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shop.db'}"
    assert main(["--database", url, "--sample-data", "--no-window"]) == 0
    count = Appointment.select().count()
    assert count > 1000
    assert main(["--database", url, "--sample-data", "--no-window"]) == 0
    assert Appointment.select().count() == count


def test_the_module_entry_point_reports_a_bad_url(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "appointments_desktop", "--database", "mysql://x/y"]
    result = subprocess.run(command, check=False, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 2
    assert "Unsupported database URL" in result.stderr


def test_the_main_window_opens_on_the_database_as_the_program_starts_it(
    db: peewee.Database, qtbot: QtBot, settings: QSettings
) -> None:
    window = MainWindow(db, settings=settings)
    qtbot.addWidget(window)
    assert window.objectName() == "mainWindow"
    assert Path(str(db.database)).name in window.windowTitle()
    assert window.pages.currentWidget() is window.welcome  # empty database: welcome first
