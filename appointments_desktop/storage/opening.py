"""Opening the database: choose it by URL, bind the models, migrate, set the shop's zone."""

from __future__ import annotations

import peewee

from appointments_desktop.storage.database import bind, database_from_url, default_database_url
from appointments_desktop.storage.migrations import migrate
from appointments_desktop.storage.settings import load_shop_time_zone


def open_database(url: str | None = None) -> peewee.Database:
    """Open (creating and migrating) the database at ``url`` and bind the models to it.

    ``None`` means the embedded SQLite file in the platform's application-data folder.
    Returns the peewee database, connected.
    """
    db = database_from_url(url or default_database_url())
    bind(db)
    db.connect(reuse_if_open=True)
    migrate(db)
    load_shop_time_zone()
    return db
