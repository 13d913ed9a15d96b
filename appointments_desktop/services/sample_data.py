"""Sample data: a believable shop to try the program and to measure it.

Five operators, six appointment types, a few hundred customers and months of appointments
around today in every status, with their status history. Refuses to touch a database that
already has appointments. Rows are written in bulk inside one transaction, so the same
generator can fill a large database for speed measurements.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import peewee

from appointments_desktop.domain.status import Status
from appointments_desktop.domain.text import customer_search_key, fold
from appointments_desktop.i18n import _
from appointments_desktop.services.sample_names import FIRST_NAMES, LAST_NAMES, OPERATOR_NAMES
from appointments_desktop.storage.clock import shop_now
from appointments_desktop.storage.database import database_proxy, is_sqlite, write_transaction
from appointments_desktop.storage.models import (
    Appointment,
    AppointmentType,
    Customer,
    Operator,
    StatusChange,
)

OPENING, CLOSING = time(9, 0), time(18, 0)
BATCH = 500


@dataclass(frozen=True)
class SampleSize:
    """How much to make; the defaults give a shop of a few thousand appointments."""

    customers: int = 300
    operators: int = 5
    days_back: int = 90
    days_ahead: int = 30


@dataclass(frozen=True)
class SampleSummary:
    """What was created."""

    customers: int
    operators: int
    appointment_types: int
    appointments: int


def _type_catalogue() -> list[tuple[str, int, str]]:
    return [
        (_("Consultation"), 30, "#4a90d9"),
        (_("Repair"), 60, "#e07b39"),
        (_("Custom Order"), 45, "#8e5cc2"),
        (_("Fitting"), 30, "#3aa876"),
        (_("Pickup"), 15, "#c9a227"),
        (_("Estimate"), 20, "#d0505a"),
    ]


def create_sample_data(
    now: datetime | None = None, seed: int = 2026, size: SampleSize | None = None
) -> SampleSummary:
    """Fill an empty database with a sample shop around ``now``; one transaction."""
    if Appointment.select().exists():
        raise ValueError(
            _("The database already has appointments; sample data needs an empty one.")
        )
    now = now or shop_now()
    size = size or SampleSize()
    rng = random.Random(seed)
    with write_transaction():
        operators = _create_operators(size.operators)
        types = _create_types()
        customers = _create_customers(rng, size.customers)
        planner = _Planner(rng, now, operators, types, customers)
        count = _create_appointments(planner, size)
    return SampleSummary(len(customers), len(operators), len(types), count)


def _create_operators(count: int) -> list[int]:
    ids = []
    for index in range(count):
        name = OPERATOR_NAMES[index % len(OPERATOR_NAMES)]
        suffix = f" {index // len(OPERATOR_NAMES) + 1}" if index >= len(OPERATOR_NAMES) else ""
        ids.append(int(Operator.create(name=name + suffix).id))
    return ids


def _create_types() -> list[tuple[int, int]]:
    """Returns ``(id, default duration)`` for each type, reusing types that exist."""
    result = []
    for name, minutes, colour in _type_catalogue():
        kind, _created = AppointmentType.get_or_create(
            name=name, defaults={"default_duration_minutes": minutes, "colour": colour}
        )
        result.append((int(kind.id), int(kind.default_duration_minutes)))
    return result


def _create_customers(rng: random.Random, count: int) -> list[int]:
    first_id = (_max_id(Customer) or 0) + 1
    rows = [_customer_row(rng, first_id + index) for index in range(count)]
    for chunk in _chunks(rows, BATCH):
        Customer.insert_many(chunk).execute()
    _advance_sequence("customer")
    return [row["id"] for row in rows]


def _customer_row(rng: random.Random, customer_id: int) -> dict[str, Any]:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    name = f"{first} {last}"
    phone = f"+49 {rng.randint(150, 179)} {rng.randint(1000000, 9999999)}"
    email = f"{_ascii(first)}.{_ascii(last)}{customer_id}@example.com".lower()
    return {
        "id": customer_id,
        "name": name,
        "phone": phone,
        "email": email,
        "notes": "",
        "search_key": customer_search_key(name, phone, email),
        "created_at": datetime(2025, 1, 1, 9, 0),
    }


def _ascii(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isascii() and ch.isalnum())


def _create_appointments(planner: _Planner, size: SampleSize) -> int:
    next_id = (_max_id(Appointment) or 0) + 1
    appointments: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    for offset in range(-size.days_back, size.days_ahead + 1):
        for row in planner.day(planner.now.date() + timedelta(days=offset)):
            row["id"] = next_id
            next_id += 1
            appointments.append(row)
            history.extend(_history(row, planner.now))
    for chunk in _chunks(appointments, BATCH):
        Appointment.insert_many(chunk).execute()
    for chunk in _chunks(history, BATCH):
        StatusChange.insert_many(chunk).execute()
    _advance_sequence("appointment")
    return len(appointments)


class _Planner:
    """Lays out one day's appointments per operator without double booking anyone."""

    def __init__(
        self,
        rng: random.Random,
        now: datetime,
        operators: list[int],
        types: list[tuple[int, int]],
        customers: list[int],
    ) -> None:
        self.rng, self.now = rng, now
        self.operators, self.types, self.customers = operators, types, customers

    def day(self, day: date) -> Iterator[dict[str, Any]]:
        if day.weekday() == 6:
            return
        busy_customers: set[int] = set()
        for operator in self.operators:
            yield from self._operator_day(day, operator, busy_customers)

    def _operator_day(
        self, day: date, operator: int, busy_customers: set[int]
    ) -> Iterator[dict[str, Any]]:
        cursor = datetime.combine(day, OPENING)
        closing = datetime.combine(day, CLOSING)
        while True:
            cursor += timedelta(minutes=self.rng.choice((0, 0, 15, 30, 60)))
            type_id, minutes = self.rng.choice(self.types)
            if cursor + timedelta(minutes=minutes) > closing:
                return
            customer = self._free_customer(busy_customers)
            yield self._row(cursor, minutes, operator, type_id, customer)
            cursor += timedelta(minutes=minutes)

    def _free_customer(self, busy: set[int]) -> int:
        while True:
            customer = self.rng.choice(self.customers)
            if customer not in busy or len(busy) >= len(self.customers):
                busy.add(customer)
                return customer

    def _row(
        self, start: datetime, minutes: int, operator: int, type_id: int, customer: int
    ) -> dict[str, Any]:
        status = self._status(start)
        created = start - timedelta(days=self.rng.randint(1, 21), hours=self.rng.randint(0, 8))
        created = min(created, self.now - timedelta(hours=1))
        confirmed = _confirmation_time(created, start, status, self.now)
        return {
            "customer": customer,
            "operator": operator,
            "appointment_type": type_id,
            "scheduled_at": start,
            "duration_minutes": minutes,
            "status": status.value,
            "notes": self._note(),
            "confirmation_sent_at": confirmed,
            "reminder_sent_at": _reminder_time(start, status, confirmed, self.now),
            "created_at": created,
            "updated_at": created,
            "version": 1,
        }

    def _status(self, start: datetime) -> Status:
        roll = self.rng.random()
        if start < self.now:
            return _pick(
                roll,
                [
                    (0.78, Status.COMPLETED),
                    (0.87, Status.CANCELLED),
                    (0.96, Status.NO_SHOW),
                    (0.98, Status.CONFIRMED),
                ],
                Status.PENDING,
            )
        return _pick(roll, [(0.35, Status.PENDING), (0.92, Status.CONFIRMED)], Status.CANCELLED)

    def _note(self) -> str:
        notes = [
            "",
            "",
            "",
            _("Customer prefers a call back before noon."),
            _("Bring the receipt from the last visit."),
            _("Parts ordered; check they arrived."),
            _("Second fitting, adjust the sleeves."),
            _("Wants an estimate before any work starts."),
        ]
        return self.rng.choice(notes)


def _pick(roll: float, thresholds: list[tuple[float, Status]], default: Status) -> Status:
    for limit, status in thresholds:
        if roll < limit:
            return status
    return default


def _confirmation_time(
    created: datetime, start: datetime, status: Status, now: datetime
) -> datetime | None:
    if status is Status.PENDING:
        return None
    if status is Status.CANCELLED and created.toordinal() % 2:
        return None
    return min(created + timedelta(hours=2), start - timedelta(minutes=30), now)


def _reminder_time(
    start: datetime, status: Status, confirmed: datetime | None, now: datetime
) -> datetime | None:
    reminder = start - timedelta(days=1)
    if confirmed is None or reminder > now or reminder < confirmed:
        return None
    return reminder if status is not Status.CANCELLED else None


def _history(row: dict[str, Any], now: datetime) -> Iterator[dict[str, Any]]:
    """The status changes that lead to the row's status."""
    steps: list[tuple[datetime, Status | None, Status]] = [
        (row["created_at"], None, Status.PENDING)
    ]
    status = Status(row["status"])
    if row["confirmation_sent_at"] is not None:
        steps.append((row["confirmation_sent_at"], Status.PENDING, Status.CONFIRMED))
    if status not in (Status.PENDING, Status.CONFIRMED):
        steps.append((_closing_time(row, status, steps[-1][0], now), steps[-1][2], status))
    for changed_at, before, after in steps:
        yield {
            "appointment": row["id"],
            "changed_at": changed_at,
            "from_status": before.value if before else None,
            "to_status": after.value,
        }


def _closing_time(
    row: dict[str, Any], status: Status, previous: datetime, now: datetime
) -> datetime:
    start: datetime = row["scheduled_at"]
    if status is Status.CANCELLED:
        return max(previous, min(start - timedelta(hours=2), now))
    return min(start + timedelta(minutes=int(row["duration_minutes"])), now)


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _max_id(model: Any) -> int | None:
    value = model.select(peewee.fn.MAX(model.id)).scalar()
    return int(value) if value is not None else None


def _advance_sequence(table: str) -> None:
    """After inserting explicit ids, move a server's id sequence past them (SQLite needs not)."""
    if is_sqlite():
        return
    database_proxy.execute_sql(
        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
        f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
    )
