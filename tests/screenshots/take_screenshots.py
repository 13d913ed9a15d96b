"""Render the program's windows offscreen into PNG files, at 1280x800 and 1920x1080.

    .venv/bin/python tests/screenshots/take_screenshots.py [output folder]   (default: shots/)

Uses a sample-data database in the output folder. Open the PNGs to look at the result.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from appointments_desktop import Appointment, create_sample_data, open_database
from appointments_desktop.ui.app import PlaceholderWindow

SIZES = ((1280, 800), (1920, 1080))


def save(window: QWidget, folder: Path, name: str) -> None:
    """Show ``window`` at each size and save ``name-WxH.png``."""
    for width, height in SIZES:
        window.resize(width, height)
        window.show()
        QApplication.processEvents()
        path = folder / f"{name}-{width}x{height}.png"
        window.grab().save(str(path))
        print(path)


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    database = open_database(f"sqlite:///{folder.resolve() / 'screenshots.db'}")
    if not Appointment.select().exists():
        create_sample_data()
    save(PlaceholderWindow(database), folder, "main-window")
    app.quit()


if __name__ == "__main__":
    main()
