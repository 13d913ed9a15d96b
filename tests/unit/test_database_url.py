"""Choosing the database by URL, and what an opened SQLite database promises."""

from __future__ import annotations

from pathlib import Path

import peewee
import pytest

from appointments_desktop import LATEST_VERSION, DatabaseUrlError, open_database
from appointments_desktop.storage import database as database_module
from appointments_desktop.storage.database import database_from_url
from appointments_desktop.storage.migrations import schema_version


def test_memory_and_absolute_file_urls_open_sqlite(tmp_path: Path) -> None:
    memory = database_from_url("sqlite:///:memory:")
    assert isinstance(memory, peewee.SqliteDatabase) and memory.database == ":memory:"
    file_db = database_from_url(f"sqlite:///{tmp_path}/shop.db")
    assert file_db.database == f"{tmp_path}/shop.db"


def test_a_postgresql_url_is_accepted_by_the_same_code_path() -> None:
    db = database_from_url("postgresql://desk:s%40cret@db.shop.lan:5433/appointments")
    assert isinstance(db, peewee.PostgresqlDatabase)
    assert db.database == "appointments"
    assert db.connect_params["host"] == "db.shop.lan"
    assert db.connect_params["port"] == 5433
    assert db.connect_params["user"] == "desk"
    assert db.connect_params["password"] == "s@cret"


@pytest.mark.parametrize("url", ["mysql://x/y", "sqlite://", "postgresql://host/", "nonsense"])
def test_unusable_urls_are_refused_with_a_message(url: str) -> None:
    with pytest.raises(DatabaseUrlError) as raised:
        database_from_url(url)
    assert "sqlite:///" in str(raised.value) or "postgresql://" in str(raised.value)


def test_a_file_database_gets_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path}/sub/folder/shop.db")
    pragma = lambda name: db.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 5000
    assert schema_version(db) == LATEST_VERSION
    db.close()


def test_the_default_is_a_file_in_the_application_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database_module.sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    db = open_database(None)
    expected = tmp_path / "appointments-desktop" / "appointments.db"
    assert Path(db.database) == expected and expected.exists()
    db.close()


def test_writes_start_with_begin_immediate_on_sqlite(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path}/shop.db")
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    with database_module.write_transaction():
        db.execute_sql("SELECT 1")
    assert statements[0] == "BEGIN IMMEDIATE"
    db.close()
