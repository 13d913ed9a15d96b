"""Calendar speed: switching to the next week (query, layout and paint) on a large database.

    .venv/bin/python tests/benchmarks/bench_calendar.py [--customers N] [--operators N]
        [--days-back N] [--days-ahead N] [--runs N] [--database PATH]

Builds a sample shop with the sample-data generator (by default a modest one; about
100,000 appointments with ``--operators 10 --days-back 1100``), shows the calendar at
1920x1080 offscreen and times what the user waits for when pressing Page Down: the visible
range's one joined query and its load aggregate, the block layout, and a synchronous
repaint of the grid and its header. Prints medians; asserts nothing (not collected by
pytest). ``--database`` keeps the built file, so a second run skips the build.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from appointments_desktop.ui.calendar import CalendarMode, CalendarView
from appointments_desktop.ui.calendar.content import read_range
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations
from tests.benchmarks.bench_core import NOW, measure, open_shop, shop_options


def make_view(folder: Path) -> CalendarView:
    settings = QSettings(str(folder / "bench.ini"), QSettings.Format.IniFormat)
    view = CalendarView(Operations(AppEvents(), clock=lambda: NOW), settings=settings)
    view.resize(1920, 1080)
    view.show()
    QApplication.processEvents()
    return view


def switch_and_paint(view: CalendarView, steps: int) -> None:
    """What Page Down (or Up) costs: reload the next period and paint it at once."""
    view.step_period(steps)
    if view.mode.is_time_grid:
        view.grid.repaint()
        view.time_panel.header.repaint()
    else:
        view.month_grid.repaint()


def run(view: CalendarView, runs: int) -> None:
    shown = len(view.grid.blocks())
    for mode in (CalendarMode.WEEK, CalendarMode.DAY, CalendarMode.MONTH):
        view.set_mode(mode)
        view.set_date(NOW.date())
        label = f"{mode.value}: next period, query + layout + paint"
        steps = iter([1, -1] * (runs + 1))  # back and forth: always inside the sample data
        measure(label, lambda steps=steps: switch_and_paint(view, next(steps)), runs)
    view.set_mode(CalendarMode.WEEK)
    view.set_date(NOW.date())
    days = view.visible_days()
    measure(
        "week: the reads alone (rows + load)",
        lambda: read_range(days, with_load=True, show_cancelled=True),
        runs,
    )
    measure("week: paint alone", view.grid.repaint, runs)
    print(f"(a week shows {shown} blocks)")


def main() -> None:
    args = shop_options(__doc__.splitlines()[0]).parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        open_shop(args, Path(folder))
        run(make_view(Path(folder)), args.runs)
    del app


if __name__ == "__main__":
    main()
