"""What the calendar plans with: booked load per operator and day, and opening hours."""

from __future__ import annotations

from datetime import date, datetime, time

import peewee
import pytest

from appointments_desktop.storage.settings import (
    opening_hours,
    read_setting,
    set_opening_hours,
    write_setting,
)
from appointments_desktop.storage.workload import DayLoad, operator_load
from tests.conftest import NOW, Shop


def test_load_sums_minutes_per_operator_and_day(shop: Shop) -> None:
    shop.book(datetime(2026, 11, 23, 9, 0), 30)
    shop.book(datetime(2026, 11, 23, 14, 0), 60)
    shop.book(datetime(2026, 11, 24, 9, 0), 45, operator=shop.bob)
    shop.book(datetime(2026, 11, 30, 9, 0), 45)  # the next week: outside
    loads = operator_load(date(2026, 11, 23), 7)
    assert loads == {
        (shop.alice.id, date(2026, 11, 23)): DayLoad(shop.alice.id, date(2026, 11, 23), 2, 90),
        (shop.bob.id, date(2026, 11, 24)): DayLoad(shop.bob.id, date(2026, 11, 24), 1, 45),
    }


def test_cancelled_appointments_free_their_time_and_no_shows_do_not(shop: Shop) -> None:
    kept = shop.book(datetime(2026, 11, 23, 9, 0), 30)
    cancelled = shop.book(datetime(2026, 11, 23, 10, 0), 60, customer=shop.kim)
    missed = shop.book(datetime(2026, 11, 23, 11, 0), 20, customer=shop.zoe)
    cancelled.cancel(now=NOW)
    missed.mark_no_show(now=NOW)
    kept.mark_completed(now=NOW)
    [load] = operator_load(date(2026, 11, 23), 1).values()
    assert (load.appointments, load.minutes) == (2, 50)


def test_load_is_one_query(shop: Shop, db: peewee.Database) -> None:
    for hour in range(9, 17):
        shop.book(datetime(2026, 11, 25, hour, 0), 30)
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    loads = operator_load(date(2026, 11, 23), 7)
    db.connection().set_trace_callback(None)
    assert [load.minutes for load in loads.values()] == [8 * 30]
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1


def test_opening_hours_default_to_eight_to_seven_and_are_stored_for_every_desk(
    db: peewee.Database,
) -> None:
    assert opening_hours() == (time(8, 0), time(19, 0))
    set_opening_hours(time(9, 30), time(18, 0))
    assert opening_hours() == (time(9, 30), time(18, 0))
    assert read_setting("opening_hours") == "09:30-18:00"


def test_hours_that_close_before_they_open_are_refused_and_change_nothing(
    db: peewee.Database,
) -> None:
    set_opening_hours(time(9, 0), time(17, 0))
    with pytest.raises(ValueError, match="open before it closes"):
        set_opening_hours(time(18, 0), time(9, 0))
    assert opening_hours() == (time(9, 0), time(17, 0))
    write_setting("opening_hours", "garbage")
    assert opening_hours() == (time(8, 0), time(19, 0))
