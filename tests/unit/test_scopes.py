"""The appointment list's scopes: by status, Upcoming and Today (DESIGN.md, Scopes).

Each test books its own appointments out of start order, so an ordering by id would be
caught, and states the expected rows from the times it booked, not from the scope.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import peewee
import pytest

from appointments_desktop import Appointment, Status, shop_now
from tests.conftest import NOW, Shop
from tests.unit.storage_support import give_status, recorded_sql

SECOND = timedelta(seconds=1)
WEEK = timedelta(days=7)
MIDNIGHT = NOW.replace(hour=0, minute=0)

STATUS_SCOPES: dict[Status, Callable[[], peewee.ModelSelect[Appointment]]] = {
    Status.PENDING: Appointment.pending,
    Status.CONFIRMED: Appointment.confirmed,
    Status.COMPLETED: Appointment.completed,
    Status.CANCELLED: Appointment.cancelled,
    Status.NO_SHOW: Appointment.no_shows,
}


def book_as(shop: Shop, start: datetime, status: Status) -> Appointment:
    """Book an appointment at ``start`` and bring it to ``status``."""
    return give_status(shop.book(start), status)


def ids(query: peewee.ModelSelect[Appointment]) -> list[int]:
    return [int(appointment.id) for appointment in query]


def in_start_order(appointments: list[Appointment]) -> list[int]:
    ordered = sorted(appointments, key=lambda a: (a.scheduled_at, a.id))
    return [int(a.id) for a in ordered]


@pytest.fixture
def mixed(shop: Shop) -> list[Appointment]:
    """Two appointments of every status, booked out of start order."""
    plan = [
        (NOW + timedelta(days=3), Status.PENDING),
        (NOW - timedelta(days=2), Status.COMPLETED),
        (NOW + timedelta(hours=1), Status.CONFIRMED),
        (NOW - timedelta(days=5), Status.CANCELLED),
        (NOW - timedelta(hours=3), Status.NO_SHOW),
        (NOW - timedelta(days=1), Status.PENDING),
        (NOW - timedelta(days=9), Status.COMPLETED),
        (NOW + timedelta(days=20), Status.CONFIRMED),
        (NOW + timedelta(days=2), Status.CANCELLED),
        (NOW - timedelta(days=30), Status.NO_SHOW),
    ]
    return [book_as(shop, start, status) for start, status in plan]


@pytest.mark.parametrize("status", list(STATUS_SCOPES))
def test_status_scope_returns_exactly_its_status_in_start_order(
    mixed: list[Appointment], status: Status
) -> None:
    expected = in_start_order([a for a in mixed if Status(a.status) is status])
    assert len(expected) == 2
    assert ids(STATUS_SCOPES[status]()) == expected


def test_status_scopes_together_cover_every_appointment_once(mixed: list[Appointment]) -> None:
    found = [i for scope in STATUS_SCOPES.values() for i in ids(scope())]
    assert sorted(found) == sorted(int(a.id) for a in mixed)


def test_status_scope_reads_the_stored_status(shop: Shop) -> None:
    appointment = shop.book(NOW + timedelta(days=1))
    assert ids(Appointment.pending()) == [appointment.id]
    appointment.confirm(now=NOW)
    assert ids(Appointment.pending()) == []
    assert ids(Appointment.confirmed()) == [appointment.id]


# -- Upcoming: now <= scheduled_at < now + 7 days, open only, soonest first -------------


def test_upcoming_boundaries(shop: Shop) -> None:
    last_inside = book_as(shop, NOW + WEEK - SECOND, Status.PENDING)
    book_as(shop, NOW + WEEK, Status.PENDING)
    at_now = book_as(shop, NOW, Status.CONFIRMED)
    book_as(shop, NOW - SECOND, Status.PENDING)
    middle = book_as(shop, NOW + timedelta(days=2), Status.PENDING)
    assert ids(Appointment.upcoming(now=NOW)) == [at_now.id, middle.id, last_inside.id]


def test_upcoming_leaves_out_closed_appointments(shop: Shop) -> None:
    tomorrow = NOW + timedelta(days=1)
    pending = book_as(shop, tomorrow + timedelta(hours=2), Status.PENDING)
    confirmed = book_as(shop, tomorrow, Status.CONFIRMED)
    book_as(shop, tomorrow + timedelta(hours=1), Status.CANCELLED)
    book_as(shop, tomorrow + timedelta(hours=3), Status.COMPLETED)
    assert ids(Appointment.upcoming(now=NOW)) == [confirmed.id, pending.id]


def test_upcoming_is_soonest_first_whatever_the_booking_order(shop: Shop) -> None:
    offsets = [5, 1, 4, 0, 6, 2, 3]
    booked = [book_as(shop, NOW + timedelta(days=d, hours=1), Status.PENDING) for d in offsets]
    by_offset = dict(zip(offsets, booked, strict=True))
    assert ids(Appointment.upcoming(now=NOW)) == [by_offset[d].id for d in sorted(offsets)]


def test_upcoming_follows_the_pinned_now(shop: Shop) -> None:
    later = NOW + timedelta(days=30)
    appointment = book_as(shop, later + timedelta(hours=1), Status.PENDING)
    assert ids(Appointment.upcoming(now=NOW)) == []
    assert ids(Appointment.upcoming(now=later)) == [appointment.id]


def test_upcoming_defaults_to_the_shop_clock(shop: Shop) -> None:
    soon = shop_now().replace(microsecond=0) + timedelta(hours=2)
    appointment = book_as(shop, soon, Status.PENDING)
    book_as(shop, soon - timedelta(days=3), Status.PENDING)
    assert ids(Appointment.upcoming()) == [appointment.id]


# -- Today: scheduled on now's date, any status, in start order -------------------------


def test_today_boundaries(shop: Shop) -> None:
    late = book_as(shop, MIDNIGHT + timedelta(hours=23, minutes=59), Status.PENDING)
    book_as(shop, MIDNIGHT + timedelta(days=1), Status.PENDING)
    first = book_as(shop, MIDNIGHT, Status.PENDING)
    book_as(shop, MIDNIGHT - timedelta(minutes=1), Status.PENDING)
    assert ids(Appointment.today(now=NOW)) == [first.id, late.id]


def test_today_includes_the_last_instant_of_the_day(shop: Shop) -> None:
    last = book_as(shop, MIDNIGHT + timedelta(days=1) - timedelta(microseconds=1), Status.PENDING)
    assert ids(Appointment.today(now=NOW)) == [last.id]


def test_today_includes_every_status_in_start_order(shop: Shop) -> None:
    statuses = [
        Status.NO_SHOW,
        Status.CANCELLED,
        Status.PENDING,
        Status.COMPLETED,
        Status.CONFIRMED,
    ]
    hours = [9, 16, 11, 8, 13]
    booked = [
        book_as(shop, MIDNIGHT + timedelta(hours=hour), status)
        for hour, status in zip(hours, statuses, strict=True)
    ]
    assert ids(Appointment.today(now=NOW)) == in_start_order(booked)


@pytest.mark.parametrize("clock", [MIDNIGHT, NOW, MIDNIGHT + timedelta(hours=23, minutes=59)])
def test_today_is_the_same_all_day(shop: Shop, clock: datetime) -> None:
    appointment = book_as(shop, MIDNIGHT + timedelta(hours=12), Status.PENDING)
    assert ids(Appointment.today(now=clock)) == [appointment.id]


# -- one query per scope, however many rows and related names are read ------------------

SCOPES: dict[str, Callable[[], peewee.ModelSelect[Appointment]]] = {
    **{status.value: scope for status, scope in STATUS_SCOPES.items()},
    "upcoming": lambda: Appointment.upcoming(now=NOW),
    "today": lambda: Appointment.today(now=NOW),
}


@pytest.mark.parametrize("name", list(SCOPES))
def test_reading_a_scope_with_its_names_is_one_query(
    db: peewee.Database, shop: Shop, mixed: list[Appointment], name: str
) -> None:
    shop.book(NOW + timedelta(hours=2), operator=shop.bob, customer=shop.kim)
    shop.book(NOW + timedelta(hours=3), operator=shop.bob, customer=shop.zoe)
    with recorded_sql(db) as statements:
        rows = {(a.customer.name, a.operator.name, a.appointment_type.name) for a in SCOPES[name]()}
    assert rows, "the scope should have rows for the count to mean anything"
    assert all(all(names) for names in rows)
    assert len(statements) == 1, statements


def test_scope_names_belong_to_each_row(shop: Shop) -> None:
    shop.book(NOW + timedelta(hours=1), operator=shop.bob, customer=shop.kim)
    shop.book(NOW + timedelta(hours=2), customer=shop.zoe, appointment_type=shop.repair)
    rows = [
        (a.customer.name, a.operator.name, a.appointment_type.name)
        for a in Appointment.upcoming(now=NOW)
    ]
    assert rows == [("Kim Lee", "Bob", "Consultation"), ("ZOË Müller", "Alice", "Repair")]
