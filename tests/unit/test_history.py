"""Undo and redo in the core: recording a write, restoring a state, refusing stale ones."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import peewee
import pytest

from appointments_desktop import (
    Appointment,
    EditConflict,
    SchedulingConflict,
    Status,
    StatusChange,
)
from appointments_desktop.services import catalog
from appointments_desktop.services.history import (
    Change,
    ChangeKind,
    record,
    restore,
    same_state,
    snapshot,
)
from tests.conftest import NOW, Shop

START = datetime(2026, 11, 26, 9, 0)


def stored(appointment_id: int) -> Appointment:
    return Appointment.get_by_id(appointment_id)


def history(appointment_id: int) -> list[tuple[Status | None, Status]]:
    rows = StatusChange.select().where(StatusChange.appointment == appointment_id)
    return [(row.from_status, row.to_status) for row in rows.order_by(StatusChange.id)]


def recorded(appointment: Appointment, write: Callable[[], object]) -> Change:
    """Record ``write`` of ``appointment``, which must change something."""
    change = record(appointment, write)
    assert change is not None
    return change


def moved(appointment: Appointment, start: datetime, operator: object) -> Change:
    """Move ``appointment`` through the booking service, recorded."""
    appointment.scheduled_at, appointment.operator = start, operator
    return recorded(appointment, lambda: appointment.save(allow_conflicts=True))


def new_repair(shop: Shop) -> Appointment:
    """An unsaved booking of Kim with Bob."""
    return Appointment(
        customer=shop.kim,
        operator=shop.bob,
        appointment_type=shop.repair,
        scheduled_at=START,
        duration_minutes=60,
    )


def test_a_move_is_recorded_undone_and_redone(shop: Shop) -> None:
    appointment = shop.book(START)
    change = moved(appointment, START + timedelta(hours=2), shop.bob)
    assert change.kind is ChangeKind.MOVED
    change.undo(NOW)
    row = stored(appointment.id)
    assert (row.scheduled_at, row.operator_id) == (START, shop.alice.id)
    change.redo(NOW)
    row = stored(appointment.id)
    assert (row.scheduled_at, row.operator_id) == (START + timedelta(hours=2), shop.bob.id)


def test_each_kind_of_save_is_named(shop: Shop) -> None:
    appointment = shop.book(START)
    assert moved(appointment, START + timedelta(hours=1), shop.alice).kind is ChangeKind.MOVED
    appointment.duration_minutes = 45
    assert recorded(appointment, appointment.save).kind is ChangeKind.RESIZED
    appointment.notes = "Bring the receipt"
    assert recorded(appointment, appointment.save).kind is ChangeKind.EDITED
    fresh = new_repair(shop)
    assert recorded(fresh, fresh.save).kind is ChangeKind.BOOKED


def test_a_save_that_changes_nothing_records_nothing(shop: Shop) -> None:
    appointment = shop.book(START)
    assert record(appointment, appointment.save) is None


def test_undo_takes_a_cancelled_appointment_back_to_confirmed(shop: Shop) -> None:
    appointment = shop.book(START)
    appointment.confirm(now=NOW)
    change = recorded(appointment, lambda: appointment.cancel(now=NOW))
    change.undo(NOW + timedelta(minutes=1))
    row = stored(appointment.id)
    assert row.status is Status.CONFIRMED
    assert row.confirmation_sent_at == NOW
    assert history(appointment.id)[-2:] == [
        (Status.CONFIRMED, Status.CANCELLED),
        (Status.CANCELLED, Status.CONFIRMED),
    ]


def test_undoing_a_booking_deletes_it_and_redo_brings_it_back_with_its_id(shop: Shop) -> None:
    appointment = new_repair(shop)
    appointment.notes = "Zip"
    change = recorded(appointment, appointment.save)
    assert change.kind is ChangeKind.BOOKED and change.after is not None
    booked = change.after
    change.undo(NOW)
    assert snapshot(appointment.id) is None
    assert history(appointment.id) == []
    change.redo(NOW)
    again = snapshot(appointment.id)
    assert same_state(again, booked)
    assert history(appointment.id) == [(None, Status.PENDING)]
    entry = StatusChange.get(StatusChange.appointment == appointment.id)
    assert entry.changed_at == booked.created_at


def test_every_restore_gives_a_version_the_row_never_had(shop: Shop) -> None:
    appointment = new_repair(shop)
    booking = recorded(appointment, appointment.save)
    move = moved(appointment, START + timedelta(hours=1), shop.alice)
    versions = [stored(appointment.id).version]
    for step in (move.undo, booking.undo, booking.redo, move.redo, move.undo):
        step(NOW)
        row = snapshot(appointment.id)
        if row is not None:
            versions.append(row.version)
    assert versions == sorted(set(versions)) and len(versions) == 5


def test_a_stale_expected_state_is_refused_and_nothing_is_written(shop: Shop) -> None:
    appointment = shop.book(START)
    change = moved(appointment, START + timedelta(hours=1), shop.bob)
    other_desk = Appointment.get_by_id(appointment.id)
    other_desk.notes = "Changed on the other desk"
    other_desk.save()
    now_stored = snapshot(appointment.id)
    with pytest.raises(EditConflict):
        restore(change.before, change.after, NOW)
    with pytest.raises(EditConflict):
        change.undo(NOW)
    assert snapshot(appointment.id) == now_stored


def test_an_undo_after_a_change_absorbed_from_another_desk_is_refused(shop: Shop) -> None:
    appointment = shop.book(START)
    first = moved(appointment, START + timedelta(hours=1), shop.alice)
    other_desk = Appointment.get_by_id(appointment.id)
    other_desk.notes = "Changed on the other desk"
    other_desk.save()
    second = moved(other_desk, START + timedelta(hours=2), shop.alice)
    second.undo(NOW)
    assert stored(appointment.id).notes == "Changed on the other desk"
    with pytest.raises(EditConflict):
        first.undo(NOW)  # would throw away the other desk's notes
    assert stored(appointment.id).scheduled_at == START + timedelta(hours=1)


def test_an_undo_into_a_slot_booked_since_is_refused_unless_allowed(shop: Shop) -> None:
    appointment = shop.book(START)
    change = moved(appointment, START + timedelta(hours=2), shop.alice)
    other = shop.book(START, allow_conflicts=False, customer=shop.zoe)  # the freed slot
    with pytest.raises(SchedulingConflict) as refused:
        change.undo(NOW)
    assert [c.id for c in refused.value.conflicts] == [other.id]
    assert stored(appointment.id).scheduled_at == START + timedelta(hours=2)  # unchanged
    change.undo(NOW, allow_conflicts=True)  # the user chose "Book anyway"
    assert stored(appointment.id).scheduled_at == START


def test_redo_of_a_booking_whose_customer_is_gone_is_refused(shop: Shop) -> None:
    appointment = new_repair(shop)
    change = recorded(appointment, appointment.save)
    change.undo(NOW)
    catalog.delete_record(shop.kim)
    with pytest.raises(EditConflict):
        change.redo(NOW)
    assert snapshot(appointment.id) is None


def test_a_restore_is_one_immediate_transaction(db: peewee.Database, shop: Shop) -> None:
    appointment = shop.book(START)
    appointment.confirm(now=NOW)
    before = snapshot(appointment.id)
    appointment.cancel(now=NOW)
    after = snapshot(appointment.id)
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        restore(before, after, NOW)
    finally:
        db.connection().set_trace_callback(None)
    assert statements[0] == "BEGIN IMMEDIATE"
    assert statements[-1] == "COMMIT"
    assert sum(s.startswith("BEGIN") for s in statements) == 1
    assert any(s.startswith("UPDATE") for s in statements)
    assert any(s.startswith("INSERT") for s in statements)  # the status change


def test_restore_needs_one_appointment(shop: Shop) -> None:
    first, second = shop.book(START), shop.book(START + timedelta(hours=3))
    with pytest.raises(ValueError, match="one appointment"):
        restore(snapshot(first.id), snapshot(second.id))


def test_an_undo_reads_checks_and_writes_in_one_transaction(
    db: peewee.Database, shop: Shop
) -> None:
    appointment = shop.book(START)
    change = moved(appointment, START + timedelta(hours=1), shop.bob)
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        change.undo(NOW)
    finally:
        db.connection().set_trace_callback(None)
    assert statements[0] == "BEGIN IMMEDIATE" and statements[-1] == "COMMIT"
    assert sum(s.startswith("BEGIN") for s in statements) == 1
