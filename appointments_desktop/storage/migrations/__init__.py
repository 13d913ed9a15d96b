"""Numbered schema migrations that upgrade an existing database in place.

Each migration module has ``VERSION`` and ``upgrade(db)``; they run in order, each in its
own transaction, and the schema version is stored in ``schema_version``. A database made
by a newer program is refused rather than touched.
"""

from __future__ import annotations

from types import ModuleType

import peewee

from appointments_desktop.i18n import _
from appointments_desktop.storage.migrations import m0001_initial, m0002_customer_search

MIGRATIONS: tuple[ModuleType, ...] = (m0001_initial, m0002_customer_search)
LATEST_VERSION = MIGRATIONS[-1].VERSION
VERSION_TABLE = "schema_version"
MIGRATION_LOCK_KEY = 0x41505054  # any fixed number; "APPT"


class SchemaTooNew(RuntimeError):
    """The database was written by a newer Appointments Desktop."""


def schema_version(db: peewee.Database) -> int:
    """The version of ``db``'s schema; 0 for an empty database."""
    if VERSION_TABLE not in db.get_tables():
        return 0
    row = db.execute_sql(f"SELECT MAX(version) FROM {VERSION_TABLE}").fetchone()
    return int(row[0] or 0)


def migrate(db: peewee.Database, target: int = LATEST_VERSION) -> int:
    """Upgrade ``db`` to ``target`` (default: the latest); returns the version reached."""
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise SchemaTooNew(
            _(
                "This database was written by a newer version of Appointments Desktop "
                "(schema {found}, this program knows up to {known}). Update the program."
            ).format(found=current, known=LATEST_VERSION)
        )
    for migration in MIGRATIONS:
        if current < migration.VERSION <= target:
            _run(db, migration)
            current = migration.VERSION
    return current


def _run(db: peewee.Database, migration: ModuleType) -> None:
    """Apply one migration unless another desk applied it meanwhile.

    SQLite transactions here are ``BEGIN IMMEDIATE``, so the version read inside is
    final; on a server an advisory lock makes desks starting together take turns.
    """
    with db.atomic():
        if isinstance(db, peewee.PostgresqlDatabase):
            db.execute_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
        db.execute_sql(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER NOT NULL)")
        if schema_version(db) >= migration.VERSION:
            return
        migration.upgrade(db)
        db.execute_sql(f"INSERT INTO {VERSION_TABLE} (version) VALUES ({int(migration.VERSION)})")
