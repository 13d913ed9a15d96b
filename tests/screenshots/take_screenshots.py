"""Render the program's windows offscreen into PNG files, at 1280x800 and 1920x1080.

The main window is shown with its four dashboard docks, in the light palette and a dark one.

    .venv/bin/python -m tests.screenshots.take_screenshots [output folder]   (default: shots/)

The pictures here are in English with en_US formats, whatever the system's or the stored
locale (the program follows those since it speaks other languages). Also saves the
calendar's pictures (tests/screenshots/calendar_shots.py) and the other locales' pictures,
German, French, Spanish and right to left (tests/screenshots/locale_shots.py). Uses a
sample-data database in the output folder (made on the first run, around today) and
settings of its own, so earlier runs or the user's layout never change the pictures. Open
the PNGs to look at the result.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import peewee
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from appointments_desktop import Appointment, Status, create_sample_data, open_database
from appointments_desktop.i18n import set_locale
from appointments_desktop.storage.scopes import Scope
from appointments_desktop.ui.app import create_application
from appointments_desktop.ui.dialogs import (
    AppointmentTypesDialog,
    CustomersDialog,
    OpeningHoursDialog,
    OperatorsDialog,
    PreferencesDialog,
)
from appointments_desktop.ui.editor import AppointmentDialog
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.mainwindow.window import MainWindow
from appointments_desktop.ui.operations import Operations
from tests.screenshots import calendar_shots, locale_shots
from tests.screenshots.chart_shots import dark_palette

SIZES = ((1280, 800), (1920, 1080))
ENGLISH = "en_US"
"""The locale of the English pictures, set before the application applies it to Qt."""


def save(
    window: QWidget, folder: Path, name: str, sizes: tuple[tuple[int, int], ...] = SIZES
) -> None:
    """Show ``window`` at each size and save ``name-WxH.png``."""
    for width, height in sizes:
        window.resize(width, height)
        window.show()
        for _round in range(3):  # docks fill on show, then their layouts settle
            QApplication.processEvents()
        path = folder / f"{name}-{width}x{height}.png"
        window.grab().save(str(path))
        print(path)


def save_dialog(dialog: QWidget, folder: Path, name: str) -> None:
    """Show a dialog at its own preferred size and save ``name.png``."""
    dialog.show()
    QApplication.processEvents()
    dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
    QApplication.processEvents()
    path = folder / f"{name}.png"
    dialog.grab().save(str(path))
    print(path)
    dialog.close()


def first(status: Status) -> Appointment:
    """An appointment in ``status`` with notes, for the editor's pictures."""
    query = Appointment.with_details().where(Appointment.status == status)
    return query.where(Appointment.notes != "").first() or query.first()


def window_shots(database: peewee.Database, operations: Operations, folder: Path) -> MainWindow:
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(database, operations=operations, settings=settings)
    save(window, folder, "main-window")
    dark_shot(window, folder)
    window.show_list()
    window.list_panel.set_scope(Scope.TODAY)
    window.list_panel.table.selectRow(1)
    save(window, folder, "list-today")
    return window


def dark_shot(window: MainWindow, folder: Path) -> None:
    """The main window with every dock, under a dark palette (as a dark desktop theme gives)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    app.setPalette(dark_palette())
    save(window, folder, "main-window-dark")
    app.setPalette(light)


def dialog_shots(operations: Operations, window: MainWindow, folder: Path) -> None:
    dialogs: dict[str, Callable[[], QWidget]] = {
        "editor-new": lambda: AppointmentDialog(operations, parent=window),
        "editor-pending": lambda: AppointmentDialog(
            operations, first(Status.PENDING), parent=window
        ),
        "editor-completed": lambda: AppointmentDialog(
            operations, first(Status.COMPLETED), parent=window
        ),
        "customers": lambda: CustomersDialog(operations, parent=window),
        "operators": lambda: OperatorsDialog(operations, parent=window),
        "appointment-types": lambda: AppointmentTypesDialog(operations, parent=window),
        "opening-hours": lambda: OpeningHoursDialog(operations, parent=window),
        "preferences": lambda: PreferencesDialog(operations, parent=window),
    }
    for name, make in dialogs.items():
        save_dialog(make(), folder, name)


def welcome_shot(folder: Path) -> None:
    empty = open_database(f"sqlite:///{folder.resolve() / 'empty.db'}")
    settings = QSettings(str(folder / "settings-empty.ini"), QSettings.Format.IniFormat)
    window = MainWindow(empty, operations=Operations(AppEvents()), settings=settings)
    save(window, folder, "welcome", SIZES[:1])
    window.close()


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    folder.mkdir(parents=True, exist_ok=True)
    set_locale(ENGLISH)
    app = create_application()
    settings_folder = folder.resolve() / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_folder))
    QSettings().clear()  # every run starts from the default layout
    database = open_database(f"sqlite:///{folder.resolve() / 'screenshots.db'}")
    if not Appointment.select().exists():
        create_sample_data()
    operations = Operations(AppEvents())
    window = window_shots(database, operations, folder)
    dialog_shots(operations, window, folder)
    window.close()
    database.close()
    welcome_shot(folder)
    calendar_shots.main(folder)
    locale_shots.main(folder)
    app.quit()


if __name__ == "__main__":
    main()
