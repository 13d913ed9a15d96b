"""Render the program in other locales offscreen: German, French, Spanish and right to left.

    .venv/bin/python -m tests.screenshots.locale_shots [output folder]   (default: shots/)

``main(folder)`` is also called by ``take_screenshots.py``. For each picture the locale is
made active first (our messages and babel's formats, then Qt's strings, default locale and
layout direction), so every widget is created in that locale, as at start-up. Each locale
gets a fresh sample shop, made in its language, around a fixed "now" (Wednesday 25 November
2026, 10:40), so the pictures are the same on every run. Saves:

- ``main-window-de_DE-<W>x<H>.png`` and ``main-window-fr_FR-<W>x<H>.png`` at 1280x800 and
  1920x1080: the longest strings (German) and French's spaces and apostrophes;
- ``editor-es_ES.png``: the editor over an existing appointment with notes;
- ``main-window-ar_EG-1280x800.png``: right to left, with the English strings (no catalog).

Call it after the caller is done with its own database. Open the PNGs to look: nothing
clipped, nothing left in English, the right-to-left window mirrored.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import peewee
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from appointments_desktop import (
    Appointment,
    Status,
    create_sample_data,
    open_database,
    set_shop_time_zone,
)
from appointments_desktop.i18n import set_locale
from appointments_desktop.ui.editor import AppointmentDialog
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.mainwindow.window import MainWindow
from appointments_desktop.ui.operations import Operations
from appointments_desktop.ui.qt_translations import apply_qt_locale
from tests.screenshots.calendar_shots import SHOT_NOW

SIZES = ((1280, 800), (1920, 1080))
WINDOWS = {"de_DE": SIZES, "fr_FR": SIZES, "ar_EG": SIZES[:1]}
"""The main window's pictures: locale → sizes."""
EDITORS = ("es_ES",)
"""The editor's pictures, one per locale."""


def use_locale(app: QApplication, name: str) -> None:
    """Make ``name`` the locale of our messages, of babel's formats and of Qt."""
    set_locale(name)
    apply_qt_locale(app)


def open_sample_shop(folder: Path, name: str) -> tuple[peewee.Database, Operations]:
    """A fresh sample shop for locale ``name`` (its words in that language), made current,
    and operations whose clock stands at :data:`SHOT_NOW`."""
    path = folder.resolve() / f"locale-shots-{name}.db"
    for stale in folder.glob(f"{path.name}*"):
        stale.unlink()
    database = open_database(f"sqlite:///{path}")
    set_shop_time_zone("UTC")
    create_sample_data(now=SHOT_NOW)
    return database, Operations(AppEvents(), clock=lambda: SHOT_NOW)


def fresh_settings(folder: Path, name: str) -> QSettings:
    """Settings of the picture's own, emptied: the default layout, no stored choices."""
    settings = QSettings(str(folder / f"locale-settings-{name}.ini"), QSettings.Format.IniFormat)
    settings.clear()
    return settings


def grab(widget: QWidget, path: Path) -> None:
    for _round in range(3):  # docks fill on show, then their layouts settle
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def window_shots(folder: Path, name: str, sizes: tuple[tuple[int, int], ...]) -> None:
    """``main-window-<name>-<W>x<H>.png`` for each of ``sizes``."""
    database, operations = open_sample_shop(folder, name)
    window = MainWindow(database, operations=operations, settings=fresh_settings(folder, name))
    window.show()
    for width, height in sizes:
        window.resize(width, height)
        grab(window, folder / f"main-window-{name}-{width}x{height}.png")
    window.close()
    database.close()


def pending_with_notes() -> Appointment:
    """The next pending appointment with notes: the editor's every field filled."""
    query = (
        Appointment.with_details()
        .where(Appointment.status == Status.PENDING, Appointment.scheduled_at >= SHOT_NOW)
        .order_by(Appointment.scheduled_at)
    )
    return query.where(Appointment.notes != "").first() or query.first()


def editor_shot(folder: Path, name: str) -> None:
    """``editor-<name>.png``: the editor over an existing appointment, at its own size."""
    database, operations = open_sample_shop(folder, name)
    dialog = AppointmentDialog(operations, pending_with_notes())
    dialog.show()
    QApplication.processEvents()
    dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
    grab(dialog, folder / f"editor-{name}.png")
    dialog.close()
    database.close()


def main(folder: Path) -> None:
    """Save the locale pictures into ``folder`` (made if missing); English afterwards."""
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    try:
        for name, sizes in WINDOWS.items():
            use_locale(app, name)
            window_shots(folder, name, sizes)
        for name in EDITORS:
            use_locale(app, name)
            editor_shot(folder, name)
    finally:
        use_locale(app, "en_US")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
