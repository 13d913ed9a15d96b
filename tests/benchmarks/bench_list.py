"""Appointment list speed: query plus model load for each filter and typical searches.

    .venv/bin/python tests/benchmarks/bench_list.py [--customers N] [--operators N] [--days N]

Builds a sample shop (as bench_core.py does), then times what the list does on every
reload: one joined query for the filter and the search text, loaded into the table model.
Prints numbers; asserts nothing (not collected by pytest).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from appointments_desktop.services.sample_data import SampleSize
from appointments_desktop.storage.listing import appointment_rows
from appointments_desktop.storage.scopes import Scope
from appointments_desktop.storage.search import appointments_matching
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.list.model import AppointmentTableModel
from appointments_desktop.ui.list.panel import AppointmentListPanel
from tests.benchmarks.bench_core import NOW, build, measure


def run_panel() -> None:
    """The whole reload the user waits for: query, model, sorted proxy, shown table."""
    panel = AppointmentListPanel(AppEvents(), lambda: NOW)
    panel.resize(1280, 700)
    panel.show()
    for scope in (Scope.ALL, Scope.TODAY, Scope.UPCOMING):
        panel.set_scope(scope)

        def reload_and_paint() -> None:
            panel.reload()
            panel.table.viewport().repaint()

        measure(f"panel reload and paint, {scope.value}", reload_and_paint, repeat=5)


def run(model: AppointmentTableModel) -> None:
    for scope in Scope:
        measure(
            f"{scope.value} (rows: {len(list(scope.query(NOW)))})",
            lambda s=scope: model.load(appointment_rows(s.query(NOW))),
            repeat=5,
        )
    for text in ("müll", "600 1", "repair", "bring"):
        query = appointments_matching(Scope.ALL.query(NOW), text)
        measure(
            f"all + search {text!r} (rows: {len(list(query))})",
            lambda q=query: model.load(appointment_rows(q)),
            repeat=5,
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=3000)
    parser.add_argument("--operators", type=int, default=10)
    parser.add_argument("--days", type=int, default=120)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        size = SampleSize(args.customers, args.operators, args.days, args.days // 4)
        build(Path(folder) / "bench.db", size)
        run(AppointmentTableModel())
        run_panel()
    app.quit()


if __name__ == "__main__":
    main()
