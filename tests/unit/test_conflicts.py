"""Double booking and edit conflicts (DESIGN.md "Double booking", "Storage")."""

from __future__ import annotations

import contextlib
import threading
from datetime import datetime

import pytest

from appointments_desktop import Appointment, Customer, EditConflict, SchedulingConflict
from appointments_desktop.services import booking
from appointments_desktop.storage.database import database_proxy
from tests.conftest import NOW, Shop

NINE = datetime(2026, 12, 1, 9, 0)


def test_overlapping_the_same_operator_is_refused_and_lists_the_conflict(shop: Shop) -> None:
    first = shop.book(NINE, 60)
    with pytest.raises(SchedulingConflict) as raised:
        shop.book(datetime(2026, 12, 1, 9, 30), customer=shop.zoe, allow_conflicts=False)
    assert [other.id for other in raised.value.conflicts] == [first.id]
    assert Appointment.select().count() == 1


def test_overlapping_the_same_customer_with_another_operator_is_refused(shop: Shop) -> None:
    first = shop.book(NINE, 60)
    with pytest.raises(SchedulingConflict) as raised:
        shop.book(datetime(2026, 12, 1, 9, 59), operator=shop.bob, allow_conflicts=False)
    assert [other.id for other in raised.value.conflicts] == [first.id]


def test_touching_is_not_overlapping(shop: Shop) -> None:
    shop.book(NINE, 60)
    after = shop.book(datetime(2026, 12, 1, 10, 0), allow_conflicts=False)
    before = shop.book(datetime(2026, 12, 1, 8, 30), 30, allow_conflicts=False)
    assert after.conflicts() == []
    assert before.conflicts() == []


def test_a_long_earlier_appointment_is_found_even_a_day_back(shop: Shop) -> None:
    long_one = shop.book(datetime(2026, 11, 30, 10, 0), 1440)
    candidate = Appointment(
        customer=shop.zoe,
        operator=shop.alice,
        appointment_type=shop.consultation,
        scheduled_at=datetime(2026, 12, 1, 9, 30),
        duration_minutes=15,
    )
    assert [other.id for other in candidate.conflicts()] == [long_one.id]


@pytest.mark.parametrize("close", ["cancel", "mark_no_show", "mark_completed"])
def test_closed_appointments_never_conflict(shop: Shop, close: str) -> None:
    first = shop.book(datetime(2026, 11, 24, 9, 0), 60)
    getattr(first, close)(now=NOW)
    second = shop.book(datetime(2026, 11, 24, 9, 0), 60, allow_conflicts=False)
    assert second.conflicts() == []


def test_a_cancelled_appointment_itself_has_no_conflicts(shop: Shop) -> None:
    shop.book(NINE, 60)
    other = shop.book(NINE, 60, customer=shop.zoe)
    assert other.conflicts()
    other.cancel()
    assert other.conflicts() == []


def test_booking_anyway_saves_the_overlap(shop: Shop) -> None:
    shop.book(NINE, 60)
    second = shop.book(NINE, 60, customer=shop.zoe, allow_conflicts=True)
    assert second.id is not None
    assert Appointment.select().count() == 2


def test_moving_an_appointment_does_not_conflict_with_itself(shop: Shop) -> None:
    appointment = shop.book(NINE, 60)
    appointment.scheduled_at = datetime(2026, 12, 1, 9, 30)
    appointment.save()
    assert Appointment.get_by_id(appointment.id).scheduled_at == datetime(2026, 12, 1, 9, 30)


def test_saving_a_row_changed_elsewhere_raises_edit_conflict_and_keeps_theirs(
    shop: Shop,
) -> None:
    mine = shop.book(NINE, 60)
    theirs = Appointment.get_by_id(mine.id)
    theirs.notes = "Changed at the other desk."
    theirs.save()
    mine.notes = "My change."
    with pytest.raises(EditConflict):
        mine.save()
    stored = Appointment.get_by_id(mine.id)
    assert stored.notes == "Changed at the other desk."
    assert stored.version == theirs.version == 2
    assert mine.version == 1


def test_saving_a_deleted_row_raises_edit_conflict(shop: Shop) -> None:
    mine = shop.book(NINE, 60)
    Appointment.delete().where(Appointment.id == mine.id).execute()
    mine.notes = "Too late."
    with pytest.raises(EditConflict):
        mine.save()
    assert Appointment.select().count() == 0


def test_every_save_increments_the_version(shop: Shop) -> None:
    appointment = shop.book(NINE, 60)
    assert appointment.version == 1
    appointment.notes = "Second save."
    appointment.save()
    assert appointment.version == 2 == Appointment.get_by_id(appointment.id).version


def test_two_desks_booking_one_slot_at_once_cannot_both_pass(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check runs inside the write transaction: the second desk waits, then sees it."""
    checked = threading.Barrier(2, timeout=5)
    original = booking._refuse_conflicts

    def check_then_pause(*args: object) -> None:
        original(*args)  # type: ignore[arg-type]
        with contextlib.suppress(threading.BrokenBarrierError):
            checked.wait(timeout=0.5)  # a deferred transaction would let both reach here

    monkeypatch.setattr(booking, "_refuse_conflicts", check_then_pause)
    outcomes: list[str] = []

    def desk(customer_id: int) -> None:
        try:
            shop.book(NINE, 60, customer=Customer.get_by_id(customer_id), allow_conflicts=False)
            outcomes.append("booked")
        except SchedulingConflict:
            outcomes.append("conflict")
        finally:
            database_proxy.close()

    desks = [threading.Thread(target=desk, args=(c.id,)) for c in (shop.zoe, shop.kim)]
    for thread in desks:
        thread.start()
    for thread in desks:
        thread.join(timeout=20)
    assert sorted(outcomes) == ["booked", "conflict"]
    assert Appointment.select().count() == 1


def test_conflicts_before_saving_use_the_types_default_duration(shop: Shop) -> None:
    first = shop.book(NINE, 60)
    draft = Appointment(
        customer=shop.zoe,
        operator=shop.alice,
        appointment_type=shop.repair,  # 60 minutes by default
        scheduled_at=datetime(2026, 12, 1, 8, 30),
    )
    assert [other.id for other in draft.conflicts()] == [first.id]


def test_an_accepted_overlap_is_not_asked_about_again_when_only_notes_change(
    shop: Shop,
) -> None:
    shop.book(NINE, 60)
    second = shop.book(NINE, 60, customer=shop.zoe, allow_conflicts=True)
    second.notes = "Bring the receipt."
    second.save()
    assert Appointment.get_by_id(second.id).notes == "Bring the receipt."
    second.scheduled_at = datetime(2026, 12, 1, 9, 15)
    with pytest.raises(SchedulingConflict):
        second.save()
