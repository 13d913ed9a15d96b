"""Render the statistics charts offscreen, light and dark, small and large.

    .venv/bin/python tests/screenshots/chart_shots.py [output folder]   (default /tmp/chart-shots)

Saves ``chart-<name>-<light|dark>-<W>x<H>.png`` at 220x140 and 480x260 for: the most
popular types (horizontal bars), appointments per weekday with today highlighted
(columns), weekly appointments with gaps (line), a weekly rate with the axis fixed at
100 % (line) and an empty chart. Fusion style; the dark pictures use a dark palette.
Open the PNGs to look.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from appointments_desktop.i18n import format_number, format_percent, set_locale
from appointments_desktop.ui.charts import Bar, BarChart, LineChart, Point

SIZES = ((220, 140), (480, 260))
TYPES = (("Consultation", 12), ("Repair", 7), ("Warranty inspection and report", 3), ("Fit", 1))
WEEKDAYS = (("Mon", 4), ("Tue", 9), ("Wed", 6), ("Thu", 0), ("Fri", 11), ("Sat", 2), ("Sun", 0))
WEEKLY = (5, 8, None, 6, 12, 9, None, None, 4, 7, 10, 13)
RATES = (0.5, 0.62, 0.4, None, 0.75, 0.81, 0.7, 0.92)
DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e1e",
    QPalette.ColorRole.AlternateBase: "#2f2f2f",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.Mid: "#4a4a4a",
    QPalette.ColorRole.Highlight: "#3d8ee0",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
}


DISABLED_TEXT = "#7a7a7a"
"""Disabled commands read dimmer, as a dark desktop theme draws them."""


def dark_palette() -> QPalette:
    """A dark palette like a desktop's dark theme."""
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, QColor(DISABLED_TEXT))
    return palette


def popular_types() -> QWidget:
    chart = BarChart(Qt.Orientation.Horizontal)
    chart.set_data([Bar(name, count, format_number(count)) for name, count in TYPES])
    return chart


def per_weekday() -> QWidget:
    chart = BarChart(Qt.Orientation.Vertical, highlighted=2)
    chart.set_data([Bar(day, count, format_number(count)) for day, count in WEEKDAYS])
    return chart


def weekly() -> QWidget:
    chart = LineChart(whole_steps=True)
    chart.set_data(
        [
            Point(f"W{week}", value, "" if value is None else format_number(value))
            for week, value in enumerate(WEEKLY, start=37)
        ]
    )
    return chart


def rate() -> QWidget:
    chart = LineChart(y_maximum=1.0, axis_format=format_percent)
    chart.set_data(
        [
            Point(f"W{week}", value, "" if value is None else format_percent(value))
            for week, value in enumerate(RATES, start=41)
        ]
    )
    return chart


def empty() -> QWidget:
    chart = LineChart()
    chart.set_empty_text("No appointments in the last twelve weeks")
    return chart


CHARTS: dict[str, Callable[[], QWidget]] = {
    "types": popular_types,
    "weekdays": per_weekday,
    "weekly": weekly,
    "rate": rate,
    "empty": empty,
}


def _save(chart: QWidget, folder: Path, name: str) -> None:
    for width, height in SIZES:
        chart.resize(width, height)
        path = folder / f"chart-{name}-{width}x{height}.png"
        chart.grab().save(str(path))
        print(path)


def main(folder: Path) -> None:
    """Save every chart, light and dark, at both sizes into ``folder`` (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    set_locale("en_US")
    palettes = {"light": app.style().standardPalette(), "dark": dark_palette()}
    for name, make in CHARTS.items():
        for look, palette in palettes.items():
            chart = make()
            chart.setPalette(palette)
            _save(chart, folder, f"{name}-{look}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/chart-shots"))
