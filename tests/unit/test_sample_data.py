"""The sample shop: believable, consistent data that the program's own rules accept."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import cast

import peewee
import pytest

from appointments_desktop import (
    OPEN_STATUSES,
    Appointment,
    AppointmentType,
    Customer,
    Operator,
    Status,
    StatusChange,
    create_sample_data,
    open_database,
    set_shop_time_zone,
)
from appointments_desktop.i18n import set_locale
from appointments_desktop.services.sample_data import SampleSummary
from appointments_desktop.storage.database import bind
from tests.conftest import NOW

Slot = tuple[datetime, datetime, int]
Sample = tuple[peewee.Database, SampleSummary]
Change = tuple[Status | None, Status, datetime]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sample]:
    """One database filled once with the sample shop, shared by this module's tests."""
    set_locale("en_US")
    path: Path = tmp_path_factory.mktemp("sample") / "sample.db"
    database = open_database(f"sqlite:///{path}")
    set_shop_time_zone("UTC")
    summary = create_sample_data(now=NOW)
    yield database, summary
    database.close()


@pytest.fixture
def sample_db(sample: Sample) -> peewee.Database:
    database = sample[0]
    bind(database)
    database.connect(reuse_if_open=True)
    return database


def appointment_rows(db: peewee.Database) -> list[Appointment]:
    return list(Appointment.select().order_by(Appointment.scheduled_at, Appointment.id))


def table_counts() -> dict[str, int]:
    models = (Customer, Operator, AppointmentType, Appointment, StatusChange)
    return {model.__name__: model.select().count() for model in models}


# -- what is there -----------------------------------------------------------------------


def test_summary_matches_the_tables(sample: Sample, sample_db: peewee.Database) -> None:
    summary = sample[1]
    assert summary == SampleSummary(
        customers=Customer.select().count(),
        operators=Operator.select().count(),
        appointment_types=AppointmentType.select().count(),
        appointments=Appointment.select().count(),
    )


def test_five_operators_and_six_types(sample_db: peewee.Database) -> None:
    assert Operator.select().count() == 5
    assert len({o.name for o in Operator.select()}) == 5
    type_names = {t.name for t in AppointmentType.select()}
    assert len(type_names) == 6
    assert {"Consultation", "Repair", "Custom Order"} <= type_names


def test_a_few_hundred_customers(sample_db: peewee.Database) -> None:
    assert 200 <= Customer.select().count() < 1000
    assert not Customer.select().where(Customer.search_key == "").exists()


def test_every_status_before_and_after_now(sample_db: peewee.Database) -> None:
    rows = appointment_rows(sample_db)
    assert {Status(a.status) for a in rows} == set(Status)
    assert any(a.scheduled_at < NOW for a in rows)
    assert any(a.scheduled_at >= NOW for a in rows)
    assert any(a.scheduled_at >= NOW and a.is_open for a in rows)


def test_no_outcome_before_the_start(sample_db: peewee.Database) -> None:
    future = [a for a in appointment_rows(sample_db) if a.scheduled_at > NOW]
    assert future
    assert not [a for a in future if Status(a.status) in (Status.COMPLETED, Status.NO_SHOW)]


def test_durations_are_valid(sample_db: peewee.Database) -> None:
    assert all(1 <= a.duration_minutes <= 1440 for a in appointment_rows(sample_db))


def test_confirmation_stamps_match_the_status(sample_db: peewee.Database) -> None:
    for appointment in appointment_rows(sample_db):
        status = Status(appointment.status)
        if status is Status.PENDING:
            assert appointment.confirmation_sent_at is None, appointment.id
        if status is Status.CONFIRMED:
            assert appointment.confirmation_sent_at is not None, appointment.id


# -- no double booking -------------------------------------------------------------------


def open_slots_by(rows: list[Appointment], key: str) -> dict[int, list[Slot]]:
    slots: dict[int, list[Slot]] = defaultdict(list)
    for a in rows:
        if Status(a.status) in OPEN_STATUSES:
            slots[getattr(a, key)].append((a.scheduled_at, a.end_time, int(a.id)))
    return slots


def overlaps(slots: list[Slot]) -> list[tuple[int, int]]:
    """Pairs of neighbours (by start) where the next starts before the previous ends."""
    ordered = sorted(slots)
    return [(first[2], second[2]) for first, second in pairwise(ordered) if second[0] < first[1]]


def test_overlap_finder_finds_overlaps() -> None:
    start = NOW
    slots = [(start, start + timedelta(hours=1), 1), (start + timedelta(minutes=59), NOW, 2)]
    assert overlaps(slots) == [(1, 2)]
    touching = [(start, start + timedelta(hours=1), 1), (start + timedelta(hours=1), NOW, 2)]
    assert overlaps(touching) == []


@pytest.mark.parametrize("key", ["operator_id", "customer_id"])
def test_nobody_is_double_booked(sample_db: peewee.Database, key: str) -> None:
    by_person = open_slots_by(appointment_rows(sample_db), key)
    assert by_person
    for person, slots in by_person.items():
        assert overlaps(slots) == [], (key, person)


def test_open_appointments_pass_the_programs_own_conflict_check(
    sample_db: peewee.Database,
) -> None:
    upcoming = list(Appointment.upcoming(now=NOW, days=3))
    assert upcoming
    for appointment in upcoming:
        assert appointment.conflicts() == [], appointment.id


# -- status history ----------------------------------------------------------------------


def histories() -> dict[int, list[Change]]:
    """Each appointment's changes as ``(from, to, when)``, oldest first."""
    result: dict[int, list[Change]] = defaultdict(list)
    query = cast(
        Iterable[tuple[int, Status | None, Status, datetime]],
        StatusChange.select(
            StatusChange.appointment,
            StatusChange.from_status,
            StatusChange.to_status,
            StatusChange.changed_at,
        )
        .order_by(StatusChange.appointment, StatusChange.changed_at, StatusChange.id)
        .tuples(),
    )
    for appointment_id, before, after, changed_at in query:
        result[int(appointment_id)].append((before, after, changed_at))
    return result


def test_every_appointment_has_a_history_ending_in_its_status(
    sample_db: peewee.Database,
) -> None:
    changes = histories()
    rows = appointment_rows(sample_db)
    assert set(changes) == {int(a.id) for a in rows}
    for appointment in rows:
        _before, last_status, _when = changes[int(appointment.id)][-1]
        assert last_status == appointment.status, appointment.id


def test_histories_are_consistent_chains(sample_db: peewee.Database) -> None:
    for appointment_id, history in histories().items():
        assert history[0][:2] == (None, Status.PENDING), appointment_id
        for (_, previous, _), (before, after, _) in pairwise(history):
            assert before == previous, appointment_id
            assert after != previous, appointment_id
        assert all(when <= NOW for _, _, when in history), appointment_id


# -- refusing a second time --------------------------------------------------------------


def test_second_call_refuses_and_changes_nothing(sample_db: peewee.Database) -> None:
    before = table_counts()
    with pytest.raises(ValueError, match="already has appointments"):
        create_sample_data(now=NOW)
    assert table_counts() == before


def test_fills_a_database_that_has_customers_but_no_appointments(db: peewee.Database) -> None:
    Customer.create(name="Walk-in")
    AppointmentType.create(name="Repair", default_duration_minutes=60)
    summary = create_sample_data(now=NOW)
    assert Customer.select().count() == summary.customers + 1
    assert AppointmentType.select().count() == 6
    assert Appointment.select().count() == summary.appointments > 0
