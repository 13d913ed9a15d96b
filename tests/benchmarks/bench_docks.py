"""Dashboard speed: what one refresh of each dock costs, and how many statements it runs.

    .venv/bin/python tests/benchmarks/bench_docks.py [--customers N] [--operators N]
        [--days-back N] [--days-ahead N] [--runs N] [--database PATH]

Builds a sample shop (or reuses ``--database``), shows the four docks at their default
sizes offscreen and times a refresh of each (queries, filling the widgets and a synchronous
repaint), as after every change made anywhere in the window. Also counts the SQL
statements of each refresh. Prints numbers; asserts nothing (not collected by pytest).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import peewee
from PySide6.QtWidgets import QApplication

from appointments_desktop.ui.docks.base import DashboardDock
from appointments_desktop.ui.docks.reminders import RemindersDock
from appointments_desktop.ui.docks.stats import StatsDock
from appointments_desktop.ui.docks.to_confirm import ToConfirmDock
from appointments_desktop.ui.docks.upcoming import UpcomingDock
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations
from tests.benchmarks.bench_core import NOW, measure, open_shop, shop_options
from tests.unit.storage_support import recorded_sql

SIZES = {StatsDock: (360, 900)}
"""Dock sizes in pixels; the lists use :data:`LIST_SIZE`."""
LIST_SIZE = (380, 300)


def make_docks(operations: Operations) -> list[DashboardDock]:
    docks: list[DashboardDock] = []
    for kind in (UpcomingDock, ToConfirmDock, RemindersDock, StatsDock):
        dock = kind(operations)
        dock.resize(*SIZES.get(kind, LIST_SIZE))
        dock.show()
        docks.append(dock)
    QApplication.processEvents()
    return docks


def refresh_and_paint(dock: DashboardDock) -> None:
    dock.refresh()
    dock.repaint()


def run(database: peewee.Database, docks: list[DashboardDock], runs: int) -> None:
    for dock in docks:
        with recorded_sql(database) as statements:
            dock.refresh()
        label = f"{dock.objectName()}: refresh + paint ({len(statements)} statements)"
        measure(label, lambda dock=dock: refresh_and_paint(dock), runs)


def main() -> None:
    args = shop_options(__doc__.splitlines()[0]).parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        database = open_shop(args, Path(folder))
        run(database, make_docks(Operations(AppEvents(), clock=lambda: NOW)), args.runs)
    del app


if __name__ == "__main__":
    main()
