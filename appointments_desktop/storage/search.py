"""Customer search that ignores case and accents, behind one small seam.

Every customer stores ``search_key``: name, phone (also as bare digits) and email folded
to lower case without accents, in any script. On SQLite an FTS5 trigram index over that
key answers queries of three or more characters without scanning; everywhere else, and
for shorter queries, a portable ``LIKE`` on the key does the same job more slowly.
"""

from __future__ import annotations

import peewee

from appointments_desktop.domain.text import fold
from appointments_desktop.storage.database import database_proxy, is_sqlite
from appointments_desktop.storage.models import Appointment, AppointmentType, Customer, Operator

FTS_TABLE = "customer_search"
TRIGRAM = 3


def fts_available(db: peewee.Database) -> bool:
    """Whether ``db`` is SQLite built with FTS5 (and the trigram tokenizer)."""
    if not is_sqlite(db):
        return False
    try:
        db.execute_sql("CREATE VIRTUAL TABLE temp.fts_probe USING fts5(x, tokenize='trigram')")
        db.execute_sql("DROP TABLE temp.fts_probe")
    except peewee.OperationalError:
        return False
    return True


def has_fts_index() -> bool:
    """Whether the open database carries the FTS5 customer index."""
    db = database_proxy.obj
    return is_sqlite(db) and FTS_TABLE in db.get_tables()


def search_customers(text: str, limit: int = 50) -> peewee.ModelSelect[Customer]:
    """Customers matching ``text`` (case- and accent-insensitive), by name."""
    needle = fold(text.strip())
    query = Customer.select().order_by(Customer.name, Customer.id).limit(limit)
    if not needle:
        return query
    return query.where(customers_matching(needle))


def customers_matching(text: str) -> peewee.Expression:
    """A condition on ``Customer`` that holds for customers matching ``text``.

    Name, phone (with or without spaces) and email, ignoring case and accents.
    """
    needle = fold(text.strip())
    if len(needle) >= TRIGRAM and has_fts_index():
        matches = peewee.SQL(
            f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)", [_fts_phrase(needle)]
        )
        return Customer.id.in_(matches)
    return Customer.search_key.contains(needle)


def appointments_matching(
    query: peewee.ModelSelect[Appointment], text: str
) -> peewee.ModelSelect[Appointment]:
    """``query`` (joined with customer, operator and type) narrowed to rows matching ``text``.

    Every word must match the customer (name, phone, email), the notes, the operator or the
    type, ignoring case and accents (on PostgreSQL, accents count outside customers). Blank
    text leaves the query as it is.
    """
    for word in text.split():
        query = query.where(
            customers_matching(word)
            | Appointment.operator.in_(_named_ids(Operator, word))
            | Appointment.appointment_type.in_(_named_ids(AppointmentType, word))
            | folded_contains(Appointment.notes, word)
        )
    return query


def _named_ids(model: type[Operator] | type[AppointmentType], word: str) -> list[int]:
    """Ids of the operators or types whose folded name contains ``word`` (few rows: Python)."""
    needle = fold(word)
    return [
        int(record.id)
        for record in model.select(model.id, model.name)
        if needle in fold(record.name)
    ]


def folded_contains(field: peewee.Field, word: str) -> peewee.Expression:
    """``field`` contains ``word``, ignoring case and, on SQLite, accents in any script."""
    if is_sqlite():
        return peewee.fn.fold(field).contains(fold(word))
    return field.contains(word)


def _fts_phrase(needle: str) -> str:
    return '"' + needle.replace('"', '""') + '"'


def create_fts_index(db: peewee.Database) -> None:
    """Create the FTS5 trigram index over ``customer.search_key`` and keep it in step."""
    statements = [
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(search_key, content='customer', "
        "content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER customer_search_ai AFTER INSERT ON customer BEGIN "
        f"INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
        f"CREATE TRIGGER customer_search_ad AFTER DELETE ON customer BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key) "
        "VALUES ('delete', old.id, old.search_key); END",
        f"CREATE TRIGGER customer_search_au AFTER UPDATE OF search_key ON customer BEGIN "
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, search_key) "
        "VALUES ('delete', old.id, old.search_key); "
        f"INSERT INTO {FTS_TABLE}(rowid, search_key) VALUES (new.id, new.search_key); END",
        f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')",
    ]
    for statement in statements:
        db.execute_sql(statement)
