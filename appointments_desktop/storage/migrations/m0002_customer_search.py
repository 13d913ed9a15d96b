"""Schema 2: accent- and case-insensitive customer search.

Adds ``customer.search_key`` (folded name, phone and email), fills it for existing
customers, and on SQLite builds the FTS5 trigram index over it.
"""

from __future__ import annotations

import peewee
from playhouse.migrate import SchemaMigrator, migrate  # type: ignore[import-untyped]

from appointments_desktop.domain.text import customer_search_key
from appointments_desktop.storage.search import create_fts_index, fts_available

VERSION = 2


def upgrade(db: peewee.Database) -> None:
    """Add and fill the search key, then index it where the database can."""
    migrator = SchemaMigrator.from_database(db)
    # NOT NULL with a database default in one ALTER TABLE: peewee's usual add-then-set-
    # NOT-NULL rebuilds the table on SQLite, which fails once appointments refer to it.
    column = peewee.TextField(default="", constraints=[peewee.SQL("DEFAULT ''")])
    migrate(migrator.add_column("customer", "search_key", column, allow_not_null=True))
    _fill_search_keys(db)
    if fts_available(db):
        create_fts_index(db)


def _fill_search_keys(db: peewee.Database) -> None:
    rows = db.execute_sql("SELECT id, name, phone, email FROM customer").fetchall()
    updates = [(customer_search_key(name, phone, email), cid) for cid, name, phone, email in rows]
    if updates:
        cursor = db.cursor()
        cursor.executemany(_update_sql(db), updates)


def _update_sql(db: peewee.Database) -> str:
    marker = db.param
    return f"UPDATE customer SET search_key = {marker} WHERE id = {marker}"
