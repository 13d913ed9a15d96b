"""Shared test set-up: Qt offscreen, a fresh database per test, a small shop."""

from __future__ import annotations

import os

# GUI tests run without a display; set before pytest-qt creates the QApplication.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import peewee
import pytest

from appointments_desktop import (
    Appointment,
    AppointmentType,
    Customer,
    Operator,
    open_database,
    set_shop_time_zone,
)
from appointments_desktop.i18n import set_locale

# A fixed "now" for tests: Wednesday 25 November 2026, 10:00 shop time.
NOW = datetime(2026, 11, 25, 10, 0)


@pytest.fixture(autouse=True)
def english_locale() -> None:
    """Tests see English messages and en_US formats unless they choose otherwise."""
    set_locale("en_US")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[peewee.Database]:
    """A fresh, migrated SQLite file database (WAL, like the real default) in UTC."""
    database = open_database(f"sqlite:///{tmp_path / 'test.db'}")
    set_shop_time_zone("UTC")
    yield database
    database.close()


@dataclass
class Shop:
    """A small shop: two operators, two types, three customers."""

    alice: Operator
    bob: Operator
    consultation: AppointmentType
    repair: AppointmentType
    jose: Customer
    zoe: Customer
    kim: Customer

    def book(
        self,
        start: datetime,
        minutes: int | None = 30,
        operator: Operator | None = None,
        customer: Customer | None = None,
        **kwargs: object,
    ) -> Appointment:
        """Save a new pending appointment (conflicts allowed unless said otherwise)."""
        allow = bool(kwargs.pop("allow_conflicts", True))
        appointment = Appointment(
            customer=customer or self.jose,
            operator=operator or self.alice,
            appointment_type=kwargs.pop("appointment_type", self.consultation),
            scheduled_at=start,
            duration_minutes=minutes,
            **kwargs,
        )
        appointment.save(allow_conflicts=allow)
        return appointment


@pytest.fixture
def shop(db: peewee.Database) -> Shop:
    return Shop(
        alice=Operator.create(name="Alice"),
        bob=Operator.create(name="Bob"),
        consultation=AppointmentType.create(name="Consultation", default_duration_minutes=30),
        repair=AppointmentType.create(name="Repair", default_duration_minutes=60),
        jose=Customer.create(name="José García", phone="+34 600 123 456"),
        zoe=Customer.create(name="ZOË Müller", email="zoe@example.com"),
        kim=Customer.create(name="Kim Lee"),
    )
