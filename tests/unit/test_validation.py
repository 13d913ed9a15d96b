"""Validation: every problem listed by field, nothing invalid reaches the database."""

from __future__ import annotations

from datetime import datetime

import pytest

from appointments_desktop import (
    Appointment,
    AppointmentType,
    Customer,
    Operator,
    StatusChange,
    ValidationError,
    set_shop_time_zone,
)
from appointments_desktop.domain.validation import AppointmentDraft, appointment_problems
from tests.conftest import Shop


def _problem_fields(draft: AppointmentDraft, zone: str = "UTC") -> set[str]:
    return {problem.field for problem in appointment_problems(draft, zone)}


def test_an_empty_draft_lists_every_missing_field() -> None:
    draft = AppointmentDraft(None, None, None, None, None)
    assert _problem_fields(draft) == {
        "customer",
        "operator",
        "appointment_type",
        "scheduled_at",
        "duration_minutes",
    }


@pytest.mark.parametrize("minutes", [0, -5, 1441, 10_000, 2.5, "30", True, None])
def test_durations_outside_one_to_1440_whole_minutes_are_refused(minutes: object) -> None:
    draft = AppointmentDraft(1, 1, 1, datetime(2026, 12, 1, 9, 0), minutes)
    assert _problem_fields(draft) == {"duration_minutes"}


@pytest.mark.parametrize("minutes", [1, 30, 1440])
def test_durations_from_one_to_1440_are_accepted(minutes: int) -> None:
    draft = AppointmentDraft(1, 1, 1, datetime(2026, 12, 1, 9, 0), minutes)
    assert appointment_problems(draft, "UTC") == []


def test_a_start_skipped_by_the_clock_change_is_refused_in_that_zone_only() -> None:
    # Europe/Berlin skips 02:00-03:00 on 29 March 2026.
    skipped = AppointmentDraft(1, 1, 1, datetime(2026, 3, 29, 2, 30), 30)
    assert _problem_fields(skipped, "Europe/Berlin") == {"scheduled_at"}
    assert appointment_problems(skipped, "UTC") == []
    message = appointment_problems(skipped, "Europe/Berlin")[0].message
    assert "Europe/Berlin" in message


def test_a_repeated_hour_is_accepted_as_its_first_occurrence() -> None:
    # Europe/Berlin repeats 02:00-03:00 on 25 October 2026.
    repeated = AppointmentDraft(1, 1, 1, datetime(2026, 10, 25, 2, 30), 30)
    assert appointment_problems(repeated, "Europe/Berlin") == []


def test_saving_invalid_input_raises_with_every_problem_and_writes_nothing(shop: Shop) -> None:
    appointment = Appointment(customer=shop.jose, scheduled_at=None, duration_minutes=0)
    with pytest.raises(ValidationError) as raised:
        appointment.save()
    fields = {problem.field for problem in raised.value.problems}
    assert fields == {"operator", "appointment_type", "scheduled_at", "duration_minutes"}
    assert isinstance(raised.value, ValueError)
    assert "Duration:" in str(raised.value) and "duration_minutes" not in str(raised.value)
    assert appointment.id is None
    assert Appointment.select().count() == 0
    assert StatusChange.select().count() == 0


def test_saving_a_skipped_time_in_the_shops_zone_is_refused(shop: Shop) -> None:
    set_shop_time_zone("Europe/Berlin")
    with pytest.raises(ValidationError) as raised:
        shop.book(datetime(2026, 3, 29, 2, 15))
    assert raised.value.for_field("scheduled_at")
    assert Appointment.select().count() == 0


def test_an_empty_duration_takes_the_types_default(shop: Shop) -> None:
    appointment = shop.book(datetime(2026, 12, 1, 9, 0), minutes=None, appointment_type=shop.repair)
    assert appointment.duration_minutes == 60
    assert Appointment.get_by_id(appointment.id).duration_minutes == 60
    assert appointment.end_time == datetime(2026, 12, 1, 10, 0)


def test_a_new_appointment_must_start_pending(shop: Shop) -> None:
    with pytest.raises(ValidationError) as raised:
        shop.book(datetime(2026, 12, 1, 9, 0), status="confirmed")
    assert raised.value.for_field("status")
    assert Appointment.select().count() == 0


def test_editing_the_status_directly_is_refused(shop: Shop) -> None:
    appointment = shop.book(datetime(2026, 12, 1, 9, 0))
    appointment.status = "completed"
    with pytest.raises(ValidationError):
        appointment.save()
    assert Appointment.get_by_id(appointment.id).status == "pending"


def test_a_final_appointment_cannot_be_moved_but_its_notes_can_change(shop: Shop) -> None:
    appointment = shop.book(datetime(2026, 11, 20, 9, 0))
    appointment.mark_completed()
    appointment.notes = "Paid in cash."
    appointment.save()
    assert Appointment.get_by_id(appointment.id).notes == "Paid in cash."
    appointment.scheduled_at = datetime(2026, 11, 21, 9, 0)
    with pytest.raises(ValidationError):
        appointment.save()
    assert Appointment.get_by_id(appointment.id).scheduled_at == datetime(2026, 11, 20, 9, 0)


def test_a_deleted_customer_is_reported_by_field(shop: Shop) -> None:
    appointment = Appointment(
        customer=999,
        operator=shop.alice,
        appointment_type=shop.consultation,
        scheduled_at=datetime(2026, 12, 1, 9, 0),
        duration_minutes=30,
    )
    with pytest.raises(ValidationError) as raised:
        appointment.save()
    assert raised.value.for_field("customer")
    assert Appointment.select().count() == 0


@pytest.mark.parametrize("name", ["", "   ", None])
def test_customers_and_operators_need_a_name(db: object, name: str | None) -> None:
    for model in (Customer, Operator):
        with pytest.raises(ValidationError) as raised:
            model(name=name).save()
        assert raised.value.for_field("name")
        assert model.select().count() == 0


def test_an_appointment_type_needs_a_valid_default_duration_and_colour(db: object) -> None:
    with pytest.raises(ValidationError) as raised:
        AppointmentType(name="Repair", default_duration_minutes=0, colour="red").save()
    assert {p.field for p in raised.value.problems} == {"default_duration_minutes", "colour"}
    assert AppointmentType.select().count() == 0
