"""Render the calendar offscreen: day (five operators), work week, week and month views.

    .venv/bin/python tests/screenshots/calendar_shots.py [output folder]   (default: shots/)

``main(folder)`` is also called by ``take_screenshots.py``. It opens (and so makes current)
a fresh sample shop in ``folder/calendar-shots.db`` around a fixed "now" (Wednesday 25
November 2026, 10:40), so the pictures are the same on every run, and saves
``calendar-<view>-<W>x<H>.png`` at 1280x800 and 1920x1080, plus the week narrowed to one
operator. Call it after the caller is done with its own database. Open the PNGs to look.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from appointments_desktop import create_sample_data, open_database, set_shop_time_zone
from appointments_desktop.ui.calendar import CalendarMode, CalendarView
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations

SIZES = ((1280, 800), (1920, 1080))
SHOT_NOW = datetime(2026, 11, 25, 10, 40)
VIEWS = {
    "day": CalendarMode.DAY,
    "work-week": CalendarMode.WORK_WEEK,
    "week": CalendarMode.WEEK,
    "month": CalendarMode.MONTH,
}


def _open_sample_shop(folder: Path) -> None:
    path = folder.resolve() / "calendar-shots.db"
    for stale in folder.glob("calendar-shots.db*"):
        stale.unlink()
    open_database(f"sqlite:///{path}")
    set_shop_time_zone("UTC")
    create_sample_data(now=SHOT_NOW)


def _save(view: CalendarView, folder: Path, name: str) -> None:
    for width, height in SIZES:
        view.resize(width, height)
        QApplication.processEvents()
        view.time_panel.scroll_to(SHOT_NOW)
        QApplication.processEvents()
        path = folder / f"calendar-{name}-{width}x{height}.png"
        view.grab().save(str(path))
        print(path)


def main(folder: Path) -> None:
    """Save the calendar's pictures into ``folder`` (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    if QApplication.instance() is None:
        QApplication([])
    _open_sample_shop(folder)
    settings = QSettings(str(folder / "calendar-settings.ini"), QSettings.Format.IniFormat)
    settings.clear()
    view = CalendarView(Operations(AppEvents(), clock=lambda: SHOT_NOW), settings=settings)
    view.show()
    for name, mode in VIEWS.items():
        view.set_mode(mode)
        _save(view, folder, name)
    view.set_mode(CalendarMode.WEEK)
    view.set_operator_filter(next(iter(view.operators)))
    _save(view, folder, "week-one-operator")
    view.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
