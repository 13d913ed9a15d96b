"""Reading and writing customers, operators and types: filtered lists, saves, refusals, deletes."""

from __future__ import annotations

import gettext
import logging
from datetime import datetime
from typing import Any

import peewee
import pytest

from appointments_desktop import (
    Appointment,
    AppointmentType,
    Customer,
    Operator,
    ValidationError,
    i18n,
)
from appointments_desktop.domain.errors import RecordInUse
from appointments_desktop.services import catalog
from tests.conftest import Shop

MORNING = datetime(2026, 12, 1, 9, 0)


def _rows() -> dict[str, list[tuple[Any, ...]]]:
    """Every customer, operator, type and appointment as plain tuples, to compare before/after."""
    return {
        model.__name__: sorted(model.select().tuples())
        for model in (Customer, Operator, AppointmentType, Appointment)
    }


# -- listing and finding ------------------------------------------------------------------------


def _names(records: list[Any]) -> list[str]:
    return [str(record.name) for record in records]


def test_listing_operators_and_types_orders_by_name_regardless_of_case(shop: Shop) -> None:
    Operator.create(name="aaron")
    AppointmentType.create(name="fitting")
    assert _names(catalog.list_records(Operator)) == ["aaron", "Alice", "Bob"]
    assert _names(catalog.list_records(AppointmentType)) == ["Consultation", "fitting", "Repair"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("", ["Alice", "Bob"]), ("  ", ["Alice", "Bob"]), ("LI", ["Alice"]), (" bO ", ["Bob"])],
)
def test_operators_match_on_their_name_ignoring_case(
    shop: Shop, text: str, expected: list[str]
) -> None:
    assert _names(catalog.list_records(Operator, text)) == expected


@pytest.mark.parametrize(("text", "expected"), [("PAIR", ["Repair"]), ("%", []), ("_", [])])
def test_type_names_match_literally_with_wildcards_taken_as_text(
    shop: Shop, text: str, expected: list[str]
) -> None:
    assert _names(catalog.list_records(AppointmentType, text)) == expected
    AppointmentType.create(name="50% off")
    assert _names(catalog.list_records(AppointmentType, "%")) == ["50% off"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ["José García", "Kim Lee", "ZOË Müller"]),
        ("jose", ["José García"]),
        ("zoë", ["ZOË Müller"]),
        ("600 123", ["José García"]),
        ("example.com", ["ZOË Müller"]),
    ],
)
def test_customers_match_through_the_search_ignoring_case_and_accents(
    shop: Shop, text: str, expected: list[str]
) -> None:
    assert _names(catalog.list_records(Customer, text)) == expected


def test_the_limit_keeps_the_first_in_order_and_none_lists_all(db: peewee.Database) -> None:
    for number in range(60):
        Customer.create(name=f"Customer {number:02}")
    Operator.create(name="Bob")
    Operator.create(name="Alice")
    assert _names(catalog.list_records(Customer, limit=2)) == ["Customer 00", "Customer 01"]
    assert len(catalog.list_records(Customer)) == 60  # more than the search's own default
    assert _names(catalog.list_records(Operator, limit=1)) == ["Alice"]


def test_listing_filters_and_limits_in_one_sql_query(
    shop: Shop, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="peewee")
    catalog.list_records(Operator, "bo", limit=5)
    queries = [str(record.msg) for record in caplog.records if "SELECT" in str(record.msg)]
    assert len(queries) == 1
    assert "LIKE" in queries[0]
    assert "LIMIT" in queries[0]


def test_find_record_returns_the_row_or_none_once_deleted(shop: Shop) -> None:
    found = catalog.find_record(Customer, shop.zoe.id)
    assert found is not None
    assert (type(found), found.name) == (Customer, "ZOË Müller")
    assert catalog.find_record(AppointmentType, shop.repair.id) == shop.repair
    catalog.delete_record(shop.bob)
    assert catalog.find_record(Operator, shop.bob.id) is None
    assert catalog.find_record(Operator, 999_999) is None


# -- saving ---------------------------------------------------------------------------------


def test_saving_a_new_customer_inserts_it_and_keeps_search_in_step(db: peewee.Database) -> None:
    customer = Customer(name="Ana Núñez", phone="0171 555 0199", email="ana@example.org")
    catalog.save_record(customer)
    stored = Customer.get_by_id(customer.id)
    assert (stored.name, stored.phone, stored.email) == (
        "Ana Núñez",
        "0171 555 0199",
        "ana@example.org",
    )
    assert "ana nunez" in stored.search_key


def test_saving_an_edited_operator_updates_the_one_row(shop: Shop) -> None:
    shop.alice.name = "Alice Smith"
    catalog.save_record(shop.alice)
    assert Operator.get_by_id(shop.alice.id).name == "Alice Smith"
    assert Operator.get_by_id(shop.bob.id).name == "Bob"
    assert Operator.select().count() == 2


def test_saving_a_new_type_keeps_its_duration_and_colour(db: peewee.Database) -> None:
    catalog.save_record(
        AppointmentType(name="Fitting", default_duration_minutes=45, colour="#aa3300")
    )
    stored = AppointmentType.get(AppointmentType.name == "Fitting")
    assert (stored.default_duration_minutes, stored.colour, stored.active) == (45, "#aa3300", True)


@pytest.mark.parametrize(
    ("record", "fields"),
    [
        (Customer(name="   "), {"name"}),
        (Operator(name=""), {"name"}),
        (
            AppointmentType(name="", default_duration_minutes=0, colour="red"),
            {
                "name",
                "default_duration_minutes",
                "colour",
            },
        ),
        (AppointmentType(name="Long", default_duration_minutes=1441), {"default_duration_minutes"}),
    ],
)
def test_invalid_records_are_refused_by_field_and_write_nothing(
    shop: Shop, record: Customer | Operator | AppointmentType, fields: set[str]
) -> None:
    before = _rows()
    with pytest.raises(ValidationError) as refused:
        catalog.save_record(record)
    assert {problem.field for problem in refused.value.problems} == fields
    assert record.id is None
    assert _rows() == before


def test_an_invalid_edit_leaves_the_stored_row_as_it_was(shop: Shop) -> None:
    shop.repair.default_duration_minutes = 0
    with pytest.raises(ValidationError):
        catalog.save_record(shop.repair)
    assert AppointmentType.get_by_id(shop.repair.id).default_duration_minutes == 60


# -- duplicate type names -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Repair", "repair", " REPAIR ", "Repaír"])
def test_a_type_named_like_another_is_refused_on_the_name_field(shop: Shop, name: str) -> None:
    before = _rows()
    with pytest.raises(ValidationError) as refused:
        catalog.save_record(AppointmentType(name=name, default_duration_minutes=20))
    assert refused.value.for_field("name") == [
        "Another appointment type is already called “Repair”."
    ]
    assert _rows() == before


def test_renaming_a_type_to_another_types_name_is_refused(shop: Shop) -> None:
    shop.consultation.name = "Repair"
    with pytest.raises(ValidationError) as refused:
        catalog.save_record(shop.consultation)
    assert "Repair" in refused.value.for_field("name")[0]
    assert AppointmentType.get_by_id(shop.consultation.id).name == "Consultation"


def test_a_type_keeps_its_own_name_when_other_fields_change(shop: Shop) -> None:
    shop.repair.default_duration_minutes = 90
    catalog.save_record(shop.repair)
    assert AppointmentType.get_by_id(shop.repair.id).default_duration_minutes == 90


def test_a_duplicate_caught_only_by_the_unique_index_is_still_a_validation_error(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another desk saved the name between our check and our insert: same message."""
    check = catalog._duplicate_name_problems
    calls: list[int] = []

    def misses_once(record: AppointmentType) -> list[Any]:
        calls.append(1)
        return [] if len(calls) == 1 else check(record)

    monkeypatch.setattr(catalog, "_duplicate_name_problems", misses_once)
    with pytest.raises(ValidationError) as refused:
        catalog.save_record(AppointmentType(name="Repair"))
    assert refused.value.for_field("name")
    assert AppointmentType.select().where(AppointmentType.name == "Repair").count() == 1


def test_other_integrity_errors_are_not_disguised(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_save(*args: Any, **kwargs: Any) -> int:
        raise peewee.IntegrityError("NOT NULL constraint failed: operator.name")

    monkeypatch.setattr(Operator, "save", failing_save)
    with pytest.raises(peewee.IntegrityError):
        catalog.save_record(Operator(name="Carol"))


def test_the_duplicate_message_is_translated(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    class Marked(gettext.NullTranslations):
        def gettext(self, message: str) -> str:
            return "»" + message

    monkeypatch.setitem(i18n._state, "translations", Marked())
    with pytest.raises(ValidationError) as refused:
        catalog.save_record(AppointmentType(name="repair"))
    assert refused.value.for_field("name") == [
        "»Another appointment type is already called “Repair”."
    ]


# -- counting, retiring, deleting -----------------------------------------------------------


def test_appointment_count_counts_every_status_per_record(shop: Shop) -> None:
    first = shop.book(MORNING)
    shop.book(MORNING.replace(hour=11), operator=shop.bob, customer=shop.zoe)
    shop.book(MORNING.replace(hour=14), appointment_type=shop.repair)
    first.cancel(now=MORNING)
    assert catalog.appointment_count(shop.jose) == 2
    assert catalog.appointment_count(shop.zoe) == 1
    assert catalog.appointment_count(shop.kim) == 0
    assert catalog.appointment_count(shop.alice) == 2
    assert catalog.appointment_count(shop.repair) == 1


@pytest.mark.parametrize("kind", ["operator", "type"])
def test_set_active_retires_and_restores_without_touching_appointments(
    shop: Shop, kind: str
) -> None:
    record: Operator | AppointmentType = shop.alice if kind == "operator" else shop.consultation
    appointment = shop.book(MORNING)
    catalog.set_active(record, False)
    assert type(record).get_by_id(record.id).active is False
    assert record.active is False
    assert Appointment.get_by_id(appointment.id).operator_id == shop.alice.id
    catalog.set_active(record, True)
    assert type(record).get_by_id(record.id).active is True


def test_a_retired_operator_is_no_longer_offered_for_booking(shop: Shop) -> None:
    catalog.set_active(shop.bob, False)
    assert [operator.name for operator in Operator.active_ones()] == ["Alice"]


@pytest.mark.parametrize(("kind", "count"), [("customer", 1), ("operator", 3), ("type", 2)])
def test_deleting_a_record_in_use_is_refused_with_the_count(
    shop: Shop, kind: str, count: int
) -> None:
    shop.book(MORNING, appointment_type=shop.repair)
    shop.book(MORNING.replace(hour=11), customer=shop.zoe, appointment_type=shop.repair)
    shop.book(MORNING.replace(hour=13), customer=shop.kim)
    record = {"customer": shop.zoe, "operator": shop.alice, "type": shop.repair}[kind]
    before = _rows()
    with pytest.raises(RecordInUse) as refused:
        catalog.delete_record(record)
    assert (refused.value.name, refused.value.count) == (record.name, count)
    assert f"{count} appointment" in str(refused.value)
    assert _rows() == before


def test_the_refusal_uses_the_singular_and_the_locales_digits(shop: Shop) -> None:
    shop.book(MORNING)
    with pytest.raises(RecordInUse) as one:
        catalog.delete_record(shop.jose)
    assert "1 appointment refers to it" in str(one.value)
    assert str(RecordInUse("Alice", 1234)).count("1,234 appointments refer") == 1


@pytest.mark.parametrize("kind", ["customer", "operator", "type"])
def test_deleting_an_unreferenced_record_removes_only_that_row(shop: Shop, kind: str) -> None:
    shop.book(MORNING)  # José, Alice, Consultation are in use; the others are not
    record = {"customer": shop.kim, "operator": shop.bob, "type": shop.repair}[kind]
    before = _rows()
    catalog.delete_record(record)
    assert type(record).get_or_none(type(record).id == record.id) is None
    after = _rows()
    assert sum(len(rows) for rows in after.values()) == sum(len(r) for r in before.values()) - 1
    assert after["Appointment"] == before["Appointment"]


def test_operator_and_type_filters_ignore_accents(db: peewee.Database) -> None:
    ines = Operator.create(name="INÈS Navarro")
    Operator.create(name="Bob")
    adjusting = AppointmentType.create(name="Ánpassung", default_duration_minutes=30)
    assert [o.id for o in catalog.list_records(Operator, "ines")] == [ines.id]
    assert [t.id for t in catalog.list_records(AppointmentType, "anpass")] == [adjusting.id]
