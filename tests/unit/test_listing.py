"""Light list rows: the same appointments as the scopes, read as plain values."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import peewee

from appointments_desktop import Appointment, AppointmentType, Operator, Status
from appointments_desktop.storage.listing import (
    AppointmentRow,
    appointment_rows,
    list_rows,
    rows_between,
)
from appointments_desktop.storage.readiness import (
    Readiness,
    appointments_fingerprint,
    others_changes_stamp,
    readiness,
)
from appointments_desktop.storage.scopes import Scope
from tests.conftest import NOW, Shop


def test_rows_carry_what_the_list_shows(shop: Shop) -> None:
    booked = shop.book(datetime(2026, 11, 26, 9, 30), 45, notes="Bring it", customer=shop.zoe)
    booked.confirm(now=NOW)
    [row] = appointment_rows(Appointment.with_details())
    assert row == AppointmentRow(
        id=booked.id,
        scheduled_at=datetime(2026, 11, 26, 9, 30),
        duration_minutes=45,
        status=Status.CONFIRMED,
        notes="Bring it",
        version=booked.version,
        customer_name="ZOË Müller",
        customer_phone="",
        operator_name="Alice",
        type_name="Consultation",
        type_colour=shop.consultation.colour,
        operator_id=shop.alice.id,
    )
    assert row.end_time == row.scheduled_at + timedelta(minutes=45)


def test_rows_follow_the_scope_and_its_order(shop: Shop) -> None:
    later = shop.book(datetime(2026, 11, 27, 9, 0))
    sooner = shop.book(datetime(2026, 11, 26, 9, 0), customer=shop.kim)
    done = shop.book(datetime(2026, 11, 25, 8, 0), customer=shop.zoe)
    done.mark_completed(now=NOW)
    rows = appointment_rows(Appointment.upcoming(now=NOW))
    assert [row.id for row in rows] == [sooner.id, later.id]
    assert [row.id for row in appointment_rows(Appointment.completed())] == [done.id]


def test_list_rows_search_ignores_case_and_accents_in_notes_operator_and_type(
    shop: Shop,
) -> None:
    ines = Operator.create(name="Inès Ørsted")
    cafe = shop.book(datetime(2026, 11, 26, 9, 0), notes="Café order, ZOË's size")
    by_ines = shop.book(datetime(2026, 11, 26, 11, 0), operator=ines, customer=shop.kim)
    fitting = AppointmentType.create(name="Ánpassung", default_duration_minutes=30)
    adjusted = shop.book(datetime(2026, 11, 27, 9, 0), appointment_type=fitting)

    def found(text: str) -> list[int]:
        return [row.id for row in list_rows(Scope.ALL, text, NOW)]

    assert found("cafe") == found("CAFÉ") == [cafe.id]
    assert found("zoe's") == [cafe.id]
    assert found("ines ØRSTED") == [by_ines.id]
    assert found("anpassung") == [adjusted.id]
    assert found("50% off") == []


def test_readiness_greets_only_a_first_start(db: object) -> None:
    assert readiness() == Readiness(False, False, False)
    assert readiness().needs_welcome and not readiness().can_book
    Operator.create(name="Alice")
    assert readiness() == Readiness(True, False, False) and readiness().needs_welcome
    AppointmentType.create(name="Repair", default_duration_minutes=60)
    assert readiness().can_book and not readiness().needs_welcome


def test_readiness_keeps_the_appointments_visible_when_everyone_is_retired(shop: Shop) -> None:
    shop.book(datetime(2026, 11, 26, 9, 0))
    for record in (shop.alice, shop.bob, shop.consultation, shop.repair):
        record.active = False
        record.save()
    state = readiness()
    assert not state.can_book and state.has_appointments and not state.needs_welcome


def test_the_fingerprint_changes_with_every_write_whatever_the_clock(shop: Shop) -> None:
    empty = appointments_fingerprint()
    booked = shop.book(datetime(2026, 11, 26, 9, 0))
    after_booking = appointments_fingerprint()
    booked.confirm(now=datetime(2020, 1, 1, 9, 0))  # a desk whose clock is far behind
    after_confirming = appointments_fingerprint()
    assert len({empty, after_booking, after_confirming}) == 3
    assert appointments_fingerprint() == after_confirming  # reading changes nothing


def test_the_stamp_moves_only_when_another_connection_commits(
    shop: Shop, db: peewee.Database
) -> None:
    before = others_changes_stamp()
    shop.book(datetime(2026, 11, 26, 9, 0))  # this desk's own write announces itself
    assert others_changes_stamp() == before
    other_desk = sqlite3.connect(str(db.database))
    other_desk.execute("UPDATE appointment SET notes = 'from the other desk'")
    other_desk.commit()
    other_desk.close()
    assert others_changes_stamp() != before


def test_rows_between_returns_the_visible_range_in_any_status(shop: Shop) -> None:
    inside = shop.book(datetime(2026, 11, 23, 9, 0))
    cancelled = shop.book(datetime(2026, 11, 29, 23, 30), customer=shop.kim)
    cancelled.cancel(now=NOW)
    shop.book(datetime(2026, 11, 30, 0, 0))  # the next week starts here: outside
    rows = rows_between(datetime(2026, 11, 23), datetime(2026, 11, 30))
    assert [(row.id, row.status) for row in rows] == [
        (inside.id, Status.PENDING),
        (cancelled.id, Status.CANCELLED),
    ]
    assert {row.operator_id for row in rows} == {shop.alice.id}
