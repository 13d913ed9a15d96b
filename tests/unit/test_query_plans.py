"""SQLite query plans: the list, calendar, statistics and booking queries use indexes.

The database holds the sample shop (some five thousand appointments). For each query the
plan of the ``appointment`` table must be an index ``SEARCH``: no plain ``SCAN`` of the
table, and no ``SCAN ... USING INDEX`` either, which also reads every row (through the
index). Plans are checked both before and after ``ANALYZE``, as a new file and a file
SQLite has gathered statistics for may be planned differently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import peewee
import pytest

from appointments_desktop import (
    Appointment,
    appointment_stats,
    create_sample_data,
    open_database,
    set_shop_time_zone,
)
from appointments_desktop.i18n import set_locale
from appointments_desktop.services.booking import find_conflicts
from appointments_desktop.storage.database import bind
from tests.conftest import NOW
from tests.unit.storage_support import recorded_sql

Statement = tuple[str, Any]
TABLE = "appointment"


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[peewee.Database]:
    """One SQLite file with the sample shop, shared by this module's tests."""
    set_locale("en_US")
    path: Path = tmp_path_factory.mktemp("plans") / "sample.db"
    database = open_database(f"sqlite:///{path}")
    set_shop_time_zone("UTC")
    create_sample_data(now=NOW)
    yield database
    database.close()


@pytest.fixture(params=[False, True], ids=["fresh", "analyzed"])
def planned_db(request: pytest.FixtureRequest, sample_db: peewee.Database) -> peewee.Database:
    """The sample database bound to the models, without or with ``ANALYZE`` statistics."""
    bind(sample_db)
    sample_db.connect(reuse_if_open=True)
    sample_db.execute_sql("DROP TABLE IF EXISTS sqlite_stat1")
    if request.param:
        sample_db.execute_sql("ANALYZE")
    return sample_db


# -- reading plans -----------------------------------------------------------------------


def table_aliases(sql: str) -> set[str]:
    """The names the ``appointment`` table goes by in ``sql`` (itself and its aliases)."""
    aliases = set(re.findall(rf'"{TABLE}"\s+AS\s+"(\w+)"', sql))
    return aliases or {TABLE}


def plan(db: peewee.Database, statement: Statement) -> list[str]:
    sql, params = statement
    rows = db.execute_sql("EXPLAIN QUERY PLAN " + sql, params or ()).fetchall()
    return [str(row[-1]) for row in rows]


def appointment_steps(db: peewee.Database, statement: Statement) -> list[str]:
    """The plan steps that read the ``appointment`` table."""
    names = table_aliases(statement[0])
    pattern = re.compile(r"^(SCAN|SEARCH) (\w+)\b")
    return [
        step
        for step in plan(db, statement)
        if (match := pattern.match(step)) and match.group(2) in names
    ]


def assert_appointments_searched(db: peewee.Database, statement: Statement) -> None:
    steps = appointment_steps(db, statement)
    assert steps, f"no step reads {TABLE}: {plan(db, statement)}\n{statement[0]}"
    for step in steps:
        assert step.startswith("SEARCH"), f"{step}\n{statement[0]}"
        assert "USING INDEX" in step or "USING COVERING INDEX" in step or "PRIMARY KEY" in step


def statements_of(db: peewee.Database, action: Callable[[], object]) -> list[Statement]:
    """The statements that read the ``appointment`` table while ``action`` runs."""
    with recorded_sql(db) as statements:
        action()
    return [(sql, params) for sql, params in statements if f'"{TABLE}"' in sql]


# -- the checker itself ------------------------------------------------------------------


def test_checker_sees_a_table_scan(planned_db: peewee.Database) -> None:
    query = Appointment.select().where(Appointment.notes == "x")
    steps = appointment_steps(planned_db, query.sql())
    assert steps and steps[0].startswith("SCAN")
    with pytest.raises(AssertionError):
        assert_appointments_searched(planned_db, query.sql())


def test_sample_data_is_there(planned_db: peewee.Database) -> None:
    assert Appointment.select().count() > 1000


# -- the list and calendar ---------------------------------------------------------------

SCOPES: dict[str, Callable[[], peewee.ModelSelect[Appointment]]] = {
    "week": lambda: Appointment.starting_between(NOW, NOW + timedelta(days=7)),
    "today": lambda: Appointment.today(now=NOW),
    "upcoming": lambda: Appointment.upcoming(now=NOW),
    "pending": Appointment.pending,
    "confirmed": Appointment.confirmed,
    "completed": Appointment.completed,
    "cancelled": Appointment.cancelled,
    "no_shows": Appointment.no_shows,
}


@pytest.mark.parametrize("name", list(SCOPES))
def test_scope_uses_an_index(planned_db: peewee.Database, name: str) -> None:
    assert_appointments_searched(planned_db, SCOPES[name]().sql())


# -- statistics --------------------------------------------------------------------------


@pytest.mark.parametrize("period", ["week", "month"])
def test_statistics_queries_use_an_index(planned_db: peewee.Database, period: str) -> None:
    statements = statements_of(
        planned_db,
        lambda: appointment_stats(period, now=NOW, first_weekday=0),  # type: ignore[arg-type]
    )
    assert len(statements) >= 2
    for statement in statements:
        assert_appointments_searched(planned_db, statement)


# -- the double-booking check ------------------------------------------------------------


def test_conflict_check_of_a_saved_appointment_uses_an_index(
    planned_db: peewee.Database,
) -> None:
    booked = Appointment.upcoming(now=NOW).first()
    statements = statements_of(planned_db, lambda: find_conflicts(booked))
    assert statements
    for statement in statements:
        assert_appointments_searched(planned_db, statement)


def test_conflict_check_of_a_new_slot_uses_an_index(planned_db: peewee.Database) -> None:
    existing = Appointment.upcoming(now=NOW).first()
    draft = Appointment(
        customer=existing.customer_id,
        operator=existing.operator_id,
        appointment_type=existing.appointment_type_id,
        scheduled_at=existing.scheduled_at + timedelta(minutes=10),
        duration_minutes=30,
    )
    statements = statements_of(planned_db, lambda: find_conflicts(draft))
    assert statements
    assert find_conflicts(draft), "the draft overlaps an existing appointment"
    for statement in statements:
        assert_appointments_searched(planned_db, statement)
