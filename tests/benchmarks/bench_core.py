"""Core speed measurements; prints numbers, asserts nothing (not collected by pytest).

    .venv/bin/python tests/benchmarks/bench_core.py [--customers N] [--operators N] [--days N]

Builds a SQLite file with the sample-data generator (many customers, a year of
appointments), then times the queries the window makes most: customer search (FTS5 and
the portable LIKE path), a week of appointments with their details, Today, Upcoming,
the week's and month's statistics, and the double-booking check.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from unittest import mock

import peewee

from appointments_desktop import (
    Appointment,
    appointment_stats,
    create_sample_data,
    open_database,
    search_customers,
    set_shop_time_zone,
)
from appointments_desktop.services.sample_data import SampleSize
from appointments_desktop.storage import search as search_module

NOW = datetime(2026, 11, 25, 10, 0)


def measure(label: str, action: Callable[[], object], repeat: int = 30) -> None:
    """Print the median and worst wall time of ``action`` in milliseconds."""
    action()
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    print(f"{label:<58} median {statistics.median(timings):8.2f} ms   max {max(timings):8.2f} ms")


def build(path: Path, size: SampleSize) -> None:
    open_database(f"sqlite:///{path}")
    set_shop_time_zone("UTC")
    start = time.perf_counter()
    summary = create_sample_data(now=NOW, size=size)
    elapsed = time.perf_counter() - start
    print(
        f"sample data: {summary.appointments} appointments, {summary.customers} customers "
        f"in {elapsed:.1f} s"
    )


def shop_options(description: str) -> argparse.ArgumentParser:
    """The options of the window benchmarks: the sample shop's size, runs, a kept database."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--customers", type=int, default=3000)
    parser.add_argument("--operators", type=int, default=5)
    parser.add_argument("--days-back", type=int, default=180)
    parser.add_argument("--days-ahead", type=int, default=30)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--database", type=Path, default=None)
    return parser


def open_shop(args: argparse.Namespace, folder: Path) -> peewee.Database:
    """Open ``--database`` (building it first if missing), or a sample shop built in
    ``folder``; prints how many appointments it holds."""
    path = args.database or folder / "bench.db"
    if not path.exists():
        size = SampleSize(args.customers, args.operators, args.days_back, args.days_ahead)
        build(path, size)
    database = open_database(f"sqlite:///{path.resolve()}")
    set_shop_time_zone("UTC")
    print(f"appointments in the database: {Appointment.select().count():,}")
    return database


def run_queries() -> None:
    week = NOW - timedelta(days=NOW.weekday())
    phone = str(Appointment.select().first().customer.phone)[-6:]
    measure(f"search phone '{phone}' (FTS5 trigram)", lambda: list(search_customers(phone)))
    measure("search 'müll' (FTS5, thousands match)", lambda: list(search_customers("müll")))
    with mock.patch.object(search_module, "has_fts_index", return_value=False):
        measure("search 'müll' (portable LIKE)", lambda: list(search_customers("müll")))
    measure("search 'jo' (short: LIKE)", lambda: list(search_customers("jo")))
    measure(
        "week with details (joined)",
        lambda: list(Appointment.starting_between(week, week + timedelta(days=7))),
    )
    measure("today", lambda: list(Appointment.today(now=NOW)))
    measure("upcoming 7 days", lambda: list(Appointment.upcoming(now=NOW)))
    measure("stats: week", lambda: appointment_stats("week", now=NOW))
    measure("stats: month", lambda: appointment_stats("month", now=NOW))
    sample = Appointment.upcoming(now=NOW).first()
    measure("double-booking check", sample.conflicts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--operators", type=int, default=10)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    size = SampleSize(
        customers=args.customers, operators=args.operators, days_back=args.days, days_ahead=30
    )
    with tempfile.TemporaryDirectory() as folder:
        build(Path(folder) / "bench.db", size)
        run_queries()


if __name__ == "__main__":
    main()
