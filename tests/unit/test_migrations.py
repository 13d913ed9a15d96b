"""Schema migrations: a file of the first release upgrades in place and keeps its data.

The version-1 file is made by the shipped migration ``target=1`` and filled with plain SQL,
the way the first release would have left it; it is then opened by today's program.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import peewee
import pytest

from appointments_desktop import (
    LATEST_VERSION,
    Appointment,
    Customer,
    SchemaTooNew,
    StatusChange,
    migrate,
    open_database,
    search_customers,
)
from appointments_desktop.storage import migrations
from appointments_desktop.storage.database import database_from_url, database_proxy
from appointments_desktop.storage.migrations import m0002_customer_search, schema_version
from appointments_desktop.storage.models import ALL_MODELS

FIRST_TABLES = {
    "customer",
    "operator",
    "appointment_type",
    "appointment",
    "status_change",
    "setting",
    "schema_version",
}


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'shop.db'}"


@pytest.fixture
def version_1(url: str) -> Iterator[peewee.Database]:
    """An open, empty database at schema version 1."""
    db = database_from_url(url)
    db.connect()
    assert migrate(db, target=1) == 1
    yield db
    db.close()


def fill_first_release(db: peewee.Database) -> None:
    """Rows as the first release stored them (no search key yet)."""
    statements = [
        "INSERT INTO customer (name, phone, email, notes, created_at) VALUES "
        "('José Núñez', '+34 600 111 222', 'jn@example.com', 'regular', '2025-01-02 09:00:00')",
        "INSERT INTO customer (name, phone, email, notes, created_at) VALUES "
        "('Kim Lee', '', '', '', '2025-01-03 09:00:00')",
        "INSERT INTO operator (name, active) VALUES ('Ana', 1)",
        "INSERT INTO appointment_type (name, default_duration_minutes, colour, active) "
        "VALUES ('Repair', 60, '#e07b39', 1)",
        "INSERT INTO appointment (customer_id, operator_id, appointment_type_id, scheduled_at, "
        "duration_minutes, status, notes, confirmation_sent_at, reminder_sent_at, created_at, "
        "updated_at, version) VALUES (1, 1, 1, '2026-11-25 10:00:00', 60, 'confirmed', "
        "'bring receipt', '2026-11-20 12:00:00', NULL, '2026-11-20 11:00:00', "
        "'2026-11-20 12:00:00', 2)",
        "INSERT INTO status_change (appointment_id, changed_at, from_status, to_status) VALUES "
        "(1, '2026-11-20 11:00:00', NULL, 'pending'), "
        "(1, '2026-11-20 12:00:00', 'pending', 'confirmed')",
    ]
    for statement in statements:
        db.execute_sql(statement)


def dump(path: Path) -> list[str]:
    """Every schema object and row of the file, read without peewee."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def path_of(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def column_names(db: peewee.Database, table: str) -> set[str]:
    return {column.name for column in db.get_columns(table)}


# -- the first schema --------------------------------------------------------------------


def test_target_1_creates_the_first_schema(version_1: peewee.Database) -> None:
    assert schema_version(version_1) == 1
    assert set(version_1.get_tables()) == FIRST_TABLES
    assert "search_key" not in column_names(version_1, "customer")
    assert {"name", "phone", "email"} <= column_names(version_1, "customer")


def test_empty_file_has_version_0(url: str) -> None:
    db = database_from_url(url)
    db.connect()
    try:
        assert schema_version(db) == 0
    finally:
        db.close()


# -- upgrading a file of the first release -----------------------------------------------


def test_upgrade_in_place_keeps_the_data(version_1: peewee.Database, url: str) -> None:
    fill_first_release(version_1)
    version_1.close()

    db = open_database(url)

    assert schema_version(db) == LATEST_VERSION
    jose = Customer.get(Customer.name == "José Núñez")
    assert (jose.phone, jose.email, jose.notes) == ("+34 600 111 222", "jn@example.com", "regular")
    appointment = Appointment.get()
    assert appointment.customer.name == "José Núñez"
    assert appointment.operator.name == "Ana"
    assert appointment.appointment_type.name == "Repair"
    assert appointment.scheduled_at == datetime(2026, 11, 25, 10, 0)
    assert (appointment.status, appointment.version) == ("confirmed", 2)
    assert appointment.confirmation_sent_at == datetime(2026, 11, 20, 12, 0)
    history = StatusChange.select().order_by(StatusChange.id)
    assert [(c.from_status, c.to_status) for c in history] == [
        (None, "pending"),
        ("pending", "confirmed"),
    ]
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)


def test_upgraded_customers_are_found_by_folded_search(
    version_1: peewee.Database, url: str
) -> None:
    fill_first_release(version_1)
    version_1.close()
    open_database(url)

    for query in ("jose", "JOSÉ", "nunez", "600111", "jn@example"):
        assert [c.name for c in search_customers(query)] == ["José Núñez"], query
    assert [c.name for c in search_customers("kim")] == ["Kim Lee"]


def test_customers_added_after_the_upgrade_are_found(version_1: peewee.Database, url: str) -> None:
    fill_first_release(version_1)
    version_1.close()
    open_database(url)

    Customer.create(name="Zoë Jose-Martin")
    assert [c.name for c in search_customers("jose")] == ["José Núñez", "Zoë Jose-Martin"]


def test_upgraded_schema_has_every_column_and_index_of_the_models(
    version_1: peewee.Database, url: str
) -> None:
    fill_first_release(version_1)
    version_1.close()
    db = open_database(url)

    for model in ALL_MODELS:
        table = model._meta.table_name
        expected = {field.column_name for field in model._meta.sorted_fields}
        assert column_names(db, table) == expected, table
        index_columns = {tuple(index.columns) for index in db.get_indexes(table)}
        for fields, _unique in model._meta.indexes:
            columns = tuple(model._meta.fields[name].column_name for name in fields)
            assert columns in index_columns, (table, columns)


def test_migrate_returns_the_version_reached(version_1: peewee.Database) -> None:
    assert migrate(version_1, target=1) == 1
    assert migrate(version_1) == LATEST_VERSION
    assert migrate(version_1) == LATEST_VERSION


def test_a_failed_migration_changes_nothing(
    version_1: peewee.Database, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_first_release(version_1)
    real_upgrade = m0002_customer_search.upgrade

    def failing_upgrade(db: peewee.Database) -> None:
        real_upgrade(db)
        raise RuntimeError("disk full")

    monkeypatch.setattr(m0002_customer_search, "upgrade", failing_upgrade)
    before = dump(path_of(url))

    with pytest.raises(RuntimeError, match="disk full"):
        migrate(version_1)

    assert schema_version(version_1) == 1
    assert "search_key" not in column_names(version_1, "customer")
    assert dump(path_of(url)) == before


# -- opening again, and files from the future --------------------------------------------


def test_opening_twice_is_a_no_op(version_1: peewee.Database, url: str) -> None:
    fill_first_release(version_1)
    version_1.close()
    open_database(url).close()
    first = dump(path_of(url))

    db = open_database(url)
    versions = [row[0] for row in db.execute_sql("SELECT version FROM schema_version")]
    db.close()

    assert dump(path_of(url)) == first
    assert sorted(versions) == list(range(1, LATEST_VERSION + 1))


def test_newer_schema_is_refused_and_left_alone(url: str) -> None:
    db = open_database(url)
    db.execute_sql(f"INSERT INTO schema_version (version) VALUES ({LATEST_VERSION + 1})")
    Customer.create(name="From the future")
    db.close()
    before = dump(path_of(url))

    with pytest.raises(SchemaTooNew, match=str(LATEST_VERSION + 1)):
        open_database(url)
    database_proxy.obj.close()  # open_database bound it before refusing

    assert dump(path_of(url)) == before


def test_newer_schema_is_refused_by_migrate_too(version_1: peewee.Database) -> None:
    version_1.execute_sql(f"INSERT INTO schema_version (version) VALUES ({LATEST_VERSION + 5})")
    with pytest.raises(SchemaTooNew):
        migrate(version_1)
    assert schema_version(version_1) == LATEST_VERSION + 5


def test_a_migration_another_desk_applied_meanwhile_is_skipped(tmp_path: Path) -> None:
    """Desks starting together: the version is re-read inside the migration's transaction."""
    db = open_database(f"sqlite:///{tmp_path}/race.db")
    for migration in migrations.MIGRATIONS:
        migrations._run(db, migration)  # as if this desk had read an older version
    assert schema_version(db) == LATEST_VERSION
    rows = db.execute_sql("SELECT COUNT(*) FROM schema_version").fetchone()[0]
    assert rows == len(migrations.MIGRATIONS)
    db.close()
