"""Choosing and opening the database from a URL, and the one way to start a write.

The models are bound to :data:`database_proxy`; :func:`connect_url` makes the concrete
database (SQLite by default, PostgreSQL for shops with several desks) and points the proxy
at it. Every write goes through :func:`write_transaction`, which on SQLite is
``BEGIN IMMEDIATE`` so that two desks never fail each other with "database is locked".
"""

from __future__ import annotations

import os
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import peewee

from appointments_desktop.domain.text import fold
from appointments_desktop.i18n import _

database_proxy = peewee.DatabaseProxy()

FOLD_FUNCTION = "fold"
"""SQLite function (registered on every connection) that folds text like ``domain.text.fold``."""

APP_FOLDER_NAME = "appointments-desktop"
DATABASE_FILE_NAME = "appointments.db"
BUSY_TIMEOUT_SECONDS = 10
SQLITE_PRAGMAS = {
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_SECONDS * 1000,
    "synchronous": "normal",
    "cache_size": -16_000,
}


class DatabaseUrlError(ValueError):
    """A database URL this program cannot use."""


def default_database_path() -> Path:
    """Where the embedded SQLite file lives: the platform's application-data folder."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_FOLDER_NAME / DATABASE_FILE_NAME


def default_database_url() -> str:
    """The URL of the embedded default database."""
    return "sqlite:///" + str(default_database_path())


def database_from_url(url: str) -> peewee.Database:
    """An unconnected database for ``url`` (``sqlite:///...`` or ``postgresql://...``)."""
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        return _sqlite_database(
            unquote(url[len("sqlite:///") :]) if url.startswith("sqlite:///") else ""
        )
    if parts.scheme in ("postgresql", "postgres"):
        return _postgres_database(parts)
    message = _(
        "Unsupported database URL {url!r}: use sqlite:///path/to/file.db or "
        "postgresql://user@host/database."
    )
    raise DatabaseUrlError(message.format(url=url))


def _sqlite_database(path: str) -> peewee.SqliteDatabase:
    if not path:
        raise DatabaseUrlError(_("A SQLite URL needs a path: sqlite:///path/to/file.db"))
    pragmas: dict[str, Any] = dict(SQLITE_PRAGMAS)
    if path != ":memory:":
        Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        pragmas["journal_mode"] = "wal"
        path = str(Path(path).expanduser())
    database = peewee.SqliteDatabase(
        path, pragmas=pragmas, timeout=BUSY_TIMEOUT_SECONDS, lock_type="IMMEDIATE"
    )
    # Searching notes and names ignores case and accents in every script (LIKE folds ASCII only).
    database.register_function(_fold_or_empty, FOLD_FUNCTION, 1, deterministic=True)
    return database


def _fold_or_empty(text: str | None) -> str:
    return fold(text or "")


def _postgres_database(parts: Any) -> peewee.PostgresqlDatabase:
    name = unquote(parts.path.lstrip("/"))
    if not name:
        raise DatabaseUrlError(_("A PostgreSQL URL needs a database name: postgresql://host/name"))
    params: dict[str, Any] = {
        "host": parts.hostname,
        "port": parts.port,
        "user": unquote(parts.username) if parts.username else None,
        "password": unquote(parts.password) if parts.password else None,
    }
    params = {key: value for key, value in params.items() if value is not None}
    return peewee.PostgresqlDatabase(name, **params)


def is_sqlite(db: peewee.Database | None = None) -> bool:
    """Whether ``db`` (default: the open database) is SQLite."""
    target = db if db is not None else database_proxy.obj
    return isinstance(target, peewee.SqliteDatabase)


def write_transaction() -> AbstractContextManager[Any]:
    """A transaction for one write: ``BEGIN IMMEDIATE`` on SQLite, nestable as a savepoint."""
    return database_proxy.atomic()


def bind(db: peewee.Database) -> peewee.Database:
    """Point every model at ``db``, closing the database they used before."""
    previous = database_proxy.obj
    if previous is not None and previous is not db and not previous.is_closed():
        previous.close()
    database_proxy.initialize(db)
    return db
