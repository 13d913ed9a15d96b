"""Searching appointments by customer, phone, notes, operator and type, word by word."""

from __future__ import annotations

from datetime import datetime

import peewee
import pytest

from appointments_desktop import Appointment, Customer
from appointments_desktop.storage import search
from appointments_desktop.storage.search import appointments_matching
from tests.conftest import Shop
from tests.unit.storage_support import recorded_sql

DAY = datetime(2026, 12, 1)


@pytest.fixture
def booked(shop: Shop) -> dict[str, Appointment]:
    """Four appointments that differ in customer, operator, type and notes."""
    anna = Customer.create(name="Anna Berg", phone="0171 555 0100")
    return {
        "jose": shop.book(DAY.replace(hour=9), notes="Bring the warranty card"),
        "zoe": shop.book(DAY.replace(hour=10), operator=shop.bob, customer=shop.zoe),
        "kim": shop.book(DAY.replace(hour=11), customer=shop.kim, appointment_type=shop.repair),
        "anna": shop.book(
            DAY.replace(hour=12), operator=shop.bob, customer=anna, notes="Prefers mornings"
        ),
    }


@pytest.fixture(params=["fts", "like"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run each search on the FTS path and on the portable LIKE path."""
    if request.param == "like":
        monkeypatch.setattr(search, "has_fts_index", lambda: False)
    return str(request.param)


def found(text: str) -> list[int]:
    return [
        appointment.id for appointment in appointments_matching(Appointment.with_details(), text)
    ]


def ids(booked: dict[str, Appointment], *keys: str) -> list[int]:
    return [booked[key].id for key in keys]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jose", ["jose"]),
        ("JOSÉ", ["jose"]),
        ("garcia", ["jose"]),
        ("zoe", ["zoe"]),
        ("müller", ["zoe"]),
        ("zoe@example", ["zoe"]),
        ("600 123", ["jose"]),
        ("600123", ["jose"]),
        ("0100", ["anna"]),
        ("warranty", ["jose"]),
        ("MORNINGS", ["anna"]),
        ("bob", ["zoe", "anna"]),
        ("alice", ["jose", "kim"]),
        ("repair", ["kim"]),
        ("consultation", ["jose", "zoe", "anna"]),
        ("nobody", []),
    ],
)
def test_one_word_matches_customer_phone_email_notes_operator_or_type(
    booked: dict[str, Appointment], path: str, text: str, expected: list[str]
) -> None:
    assert found(text) == ids(booked, *expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bob consultation", ["zoe", "anna"]),
        ("bob mornings", ["anna"]),
        ("alice repair", ["kim"]),
        ("jose repair", []),
        ("kim lee", ["kim"]),
        ("  anna   berg  ", ["anna"]),
    ],
)
def test_every_word_must_match_somewhere(
    booked: dict[str, Appointment], path: str, text: str, expected: list[str]
) -> None:
    assert found(text) == ids(booked, *expected)


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_blank_text_leaves_the_query_as_it_was(booked: dict[str, Appointment], text: str) -> None:
    assert found(text) == ids(booked, "jose", "zoe", "kim", "anna")


def test_search_narrows_a_scope_instead_of_replacing_it(booked: dict[str, Appointment]) -> None:
    morning = Appointment.starting_between(DAY.replace(hour=10), DAY.replace(hour=12))
    assert [a.id for a in appointments_matching(morning, "bob")] == ids(booked, "zoe")


@pytest.mark.parametrize("text", ['"', "%", "_", "jo'se", "NEAR(x)", "zz OR qq", "-kim"])
def test_awkward_text_finds_nothing_instead_of_failing(
    booked: dict[str, Appointment], path: str, text: str
) -> None:
    assert found(text) == []


def test_one_query_loads_the_matches(booked: dict[str, Appointment], db: peewee.Database) -> None:
    with recorded_sql(db) as statements:
        rows = list(appointments_matching(Appointment.with_details(), "bob mornings"))
        names = [(row.customer.name, row.operator.name, row.appointment_type.name) for row in rows]
    assert names == [("Anna Berg", "Bob", "Consultation")]
    # (Finding out whether the FTS index exists reads sqlite_master; that is not a row load.)
    assert len([sql for sql, _params in statements if 'FROM "appointment"' in sql]) == 1
