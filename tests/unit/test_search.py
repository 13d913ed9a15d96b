"""Customer search: case- and accent-insensitive in every script, on both paths.

On SQLite, queries of three or more characters go through the FTS5 trigram index; shorter
ones, and every query on a database without that index, use the portable ``LIKE`` on the
folded key. Each query below is checked on both paths against names written by hand.
"""

from __future__ import annotations

import peewee
import pytest

from appointments_desktop import Customer, search_customers
from appointments_desktop.storage import search
from tests.conftest import Shop
from tests.unit.storage_support import recorded_sql

EXTRA_CUSTOMERS = [
    ("Zoe Adams", "0171 555 0100", ""),
    ("Günther Strauß", "", "g.strauss@example.org"),
    ("Ольга Петрова", "", ""),
    ("Ελένη Παπαδοπούλου", "", ""),
    ("山田 太郎", "", ""),
]

JOSE, ZOE, KIM = "José García", "ZOË Müller", "Kim Lee"
ADAMS, GUNTHER, OLGA, ELENI, YAMADA = (name for name, _phone, _email in EXTRA_CUSTOMERS)

EXPECTED: dict[str, set[str]] = {
    "jose": {JOSE},
    "JOSE": {JOSE},
    "josé": {JOSE},
    "garcía": {JOSE},
    "zoë": {ZOE, ADAMS},  # accents ignored both ways: "zoë" finds "Zoe" too
    "ZOE": {ZOE, ADAMS},
    "zoe m": {ZOE},
    "ZOË@": {ZOE},
    "muller": {ZOE},
    "MÜLLER": {ZOE},
    "strauss": {GUNTHER},
    "STRAUß": {GUNTHER},
    "gunther": {GUNTHER},
    "ольга": {OLGA},
    "ПЕТРОВА": {OLGA},
    "ελενη": {ELENI},
    "ΠΑΠΑΔΟΠΟΥΛΟΥ": {ELENI},
    "山田 太": {YAMADA},
    "600123": {JOSE},
    "123 456": {JOSE},
    "+34 600": {JOSE},
    "5550100": {ADAMS},
    "example.com": {ZOE},
    "  kim lee  ": {KIM},
    "m le": {KIM},
    "nobody": set(),
}

SHORT: dict[str, set[str]] = {
    "zo": {ZOE, ADAMS},
    "ki": {KIM},
    "KI": {KIM},
    "ö": {JOSE, ZOE, ADAMS, GUNTHER},  # every key with a Latin "o" (".org" for Günther)
    "山田": {YAMADA},
    "ол": {OLGA},
    "_": set(),
    "%": set(),
}

AWKWARD = ['jo"se', '"', '"jose"', '""""', "jos*", "NEAR(jose)", "jose OR kim", "-kim"]
AWKWARD += ["kim:", "^kim", "'", "%%%", "a_b", "100%", "(", "AND"]


@pytest.fixture
def customers(shop: Shop) -> Shop:
    """The shop's three customers and five more in other scripts."""
    for name, phone, email in EXTRA_CUSTOMERS:
        Customer.create(name=name, phone=phone, email=email)
    return shop


@pytest.fixture
def like_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Search as on a database without the FTS index (e.g. PostgreSQL)."""
    monkeypatch.setattr(search, "has_fts_index", lambda: False)


def names(text: str) -> set[str]:
    return {str(customer.name) for customer in search_customers(text)}


def used_fts(db: peewee.Database, text: str) -> bool:
    with recorded_sql(db) as statements:
        list(search_customers(text))
    return any("MATCH" in sql for sql, _params in statements)


# -- the FTS path (SQLite) -----------------------------------------------------------------


def test_sqlite_database_has_the_fts_index(db: peewee.Database) -> None:
    assert search.has_fts_index()


@pytest.mark.parametrize("text", list(EXPECTED))
def test_fts_search(db: peewee.Database, customers: Shop, text: str) -> None:
    assert used_fts(db, text)
    assert names(text) == EXPECTED[text]


@pytest.mark.parametrize("text", list(SHORT))
def test_short_queries_use_the_portable_path(
    db: peewee.Database, customers: Shop, text: str
) -> None:
    assert not used_fts(db, text)
    assert names(text) == SHORT[text]


# -- the LIKE path gives the same answers ------------------------------------------------


@pytest.mark.parametrize("text", list(EXPECTED) + list(SHORT))
def test_like_search(db: peewee.Database, customers: Shop, like_only: None, text: str) -> None:
    assert not used_fts(db, text)
    assert names(text) == {**EXPECTED, **SHORT}[text]


@pytest.mark.parametrize("text", AWKWARD)
def test_awkward_queries_do_not_crash_and_agree(
    db: peewee.Database, customers: Shop, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    with_fts = names(text)
    monkeypatch.setattr(search, "has_fts_index", lambda: False)
    assert names(text) == with_fts == set()


# -- the index follows edits -------------------------------------------------------------


@pytest.mark.parametrize("fts", [True, False], ids=["fts", "like"])
def test_renamed_customer_is_found_by_the_new_name_only(
    customers: Shop, monkeypatch: pytest.MonkeyPatch, fts: bool
) -> None:
    jose = customers.jose
    jose.name = "Josef Novák"
    jose.save()
    if not fts:
        monkeypatch.setattr(search, "has_fts_index", lambda: False)
    assert names("novak") == {"Josef Novák"}
    assert names("garcia") == set()


def test_deleted_customer_is_no_longer_found(customers: Shop) -> None:
    customers.kim.delete_instance()
    assert names("kim lee") == set()
    assert names("lee") == set()


def test_limit(customers: Shop) -> None:
    for n in range(5):
        Customer.create(name=f"Jose Clone {n}")
    assert len(list(search_customers("jose", limit=3))) == 3
    assert len(list(search_customers("jose"))) == 6
