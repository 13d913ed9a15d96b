"""The peewee models: customers, operators, appointment types, appointments, history.

Models hold fields, computed values and read-only query helpers ("scopes"). Writes of
appointments go through :mod:`appointments_desktop.services`; the model methods that
write (``save``, ``confirm``, ...) delegate there so every write is one transaction with
validation, the conflict check, the version check and the status history.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

import peewee

from appointments_desktop.domain.errors import FieldProblem, ValidationError
from appointments_desktop.domain.status import OPEN_STATUSES, Action, Status
from appointments_desktop.domain.text import customer_search_key
from appointments_desktop.domain.validation import duration_problems
from appointments_desktop.i18n import _
from appointments_desktop.storage.clock import shop_now
from appointments_desktop.storage.database import database_proxy, write_transaction
from appointments_desktop.storage.fields import StatusField


class BaseModel(peewee.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class ValidatedModel(BaseModel):
    """A model saved only when :meth:`problems` is empty, in one write transaction."""

    def problems(self) -> list[FieldProblem]:
        """What is wrong with the values; empty when they can be saved."""
        return []

    def save(self, *args: Any, **kwargs: Any) -> int:
        """Validate, then save in one transaction; raises ``ValidationError``."""
        problems = self.problems()
        if problems:
            raise ValidationError(problems)
        with write_transaction():
            return int(super().save(*args, **kwargs))


def _name_problems(name: object) -> list[FieldProblem]:
    if isinstance(name, str) and name.strip():
        return []
    return [FieldProblem("name", _("Enter a name."))]


class Customer(ValidatedModel):
    """A person who books appointments."""

    id = peewee.AutoField()
    name = peewee.CharField(max_length=200)
    phone = peewee.CharField(max_length=60, default="")
    email = peewee.CharField(max_length=200, default="")
    notes = peewee.TextField(default="")
    search_key = peewee.TextField(default="")
    created_at = peewee.DateTimeField(default=shop_now)

    def problems(self) -> list[FieldProblem]:
        return _name_problems(self.name)

    def save(self, *args: Any, **kwargs: Any) -> int:
        """Save, keeping the folded search text in step with name, phone and email.

        Write customers through ``save`` (not ``update()`` queries) so search stays right.
        """
        self.search_key = customer_search_key(self.name or "", self.phone or "", self.email or "")
        return super().save(*args, **kwargs)

    def __str__(self) -> str:
        return str(self.name)


class Operator(ValidatedModel):
    """A staff member who serves appointments."""

    id = peewee.AutoField()
    name = peewee.CharField(max_length=200)
    active = peewee.BooleanField(default=True)

    def problems(self) -> list[FieldProblem]:
        return _name_problems(self.name)

    @classmethod
    def active_ones(cls) -> peewee.ModelSelect[Operator]:
        """Operators who can be booked, by name."""
        return cls.select().where(cls.active == True).order_by(cls.name)  # noqa: E712

    def __str__(self) -> str:
        return str(self.name)


class AppointmentType(ValidatedModel):
    """A kind of appointment (Consultation, Repair, ...) with its usual length and colour."""

    id = peewee.AutoField()
    name = peewee.CharField(max_length=100, unique=True)
    default_duration_minutes = peewee.IntegerField(default=30)
    colour = peewee.CharField(max_length=7, default="#4a90d9")
    active = peewee.BooleanField(default=True)

    def problems(self) -> list[FieldProblem]:
        problems = _name_problems(self.name)
        problems += duration_problems(self.default_duration_minutes, "default_duration_minutes")
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", str(self.colour or "")):
            problems.append(FieldProblem("colour", _("Choose a colour such as #4a90d9.")))
        return problems

    @classmethod
    def active_ones(cls) -> peewee.ModelSelect[AppointmentType]:
        """Types that can be booked, by name."""
        return cls.select().where(cls.active == True).order_by(cls.name)  # noqa: E712

    def __str__(self) -> str:
        return str(self.name)


class Appointment(BaseModel):
    """One booking of a customer with an operator; the status changes only through actions."""

    id = peewee.AutoField()
    customer = peewee.ForeignKeyField(Customer, backref="appointments", on_delete="RESTRICT")
    operator = peewee.ForeignKeyField(Operator, backref="appointments", on_delete="RESTRICT")
    appointment_type = peewee.ForeignKeyField(
        AppointmentType, backref="appointments", on_delete="RESTRICT"
    )
    scheduled_at = peewee.DateTimeField()
    duration_minutes = peewee.IntegerField()
    status = StatusField()
    notes = peewee.TextField(default="")
    confirmation_sent_at = peewee.DateTimeField(null=True)
    reminder_sent_at = peewee.DateTimeField(null=True)
    created_at = peewee.DateTimeField(default=shop_now)
    updated_at = peewee.DateTimeField(default=shop_now)
    version = peewee.IntegerField(default=0)

    customer_id: int | None
    operator_id: int | None
    appointment_type_id: int | None

    class Meta:
        indexes = (
            (("scheduled_at",), False),
            (("operator", "scheduled_at"), False),
            (("customer", "scheduled_at"), False),
            (("status", "scheduled_at"), False),
        )

    @property
    def end_time(self) -> datetime:
        """When the appointment ends: the start plus the duration."""
        return self.scheduled_at + timedelta(minutes=int(self.duration_minutes))

    @property
    def is_open(self) -> bool:
        """Pending or confirmed: it occupies its slot and its status can still change."""
        return Status(self.status) in OPEN_STATUSES

    # -- writes, each one transaction (see appointments_desktop.services) --------------

    def save(
        self, force_insert: bool = False, only: Any = None, *, allow_conflicts: bool = False
    ) -> int:
        """Validate and save in one transaction; see :func:`services.booking.save_appointment`.

        Raises ``ValidationError``, ``SchedulingConflict`` (unless ``allow_conflicts``) or
        ``EditConflict``; a refused save writes nothing.
        """
        from appointments_desktop.services.booking import save_appointment

        save_appointment(self, allow_conflicts=allow_conflicts)
        return 1

    def conflicts(self) -> list[Appointment]:
        """Open appointments of the same operator or customer that overlap this one."""
        from appointments_desktop.services.booking import find_conflicts

        return find_conflicts(self)

    def confirm(self, now: datetime | None = None) -> None:
        """Pending → confirmed, stamping ``confirmation_sent_at``."""
        self._apply(Action.CONFIRM, now)

    def cancel(self, now: datetime | None = None) -> None:
        """Pending or confirmed → cancelled."""
        self._apply(Action.CANCEL, now)

    def mark_completed(self, now: datetime | None = None) -> None:
        """Pending or confirmed → completed."""
        self._apply(Action.COMPLETE, now)

    def mark_no_show(self, now: datetime | None = None) -> None:
        """Pending or confirmed → no-show, once the start time has passed."""
        self._apply(Action.NO_SHOW, now)

    def mark_reminder_sent(self, now: datetime | None = None) -> None:
        """Stamp ``reminder_sent_at`` on an open appointment; the status stays."""
        self._apply(Action.REMINDER_SENT, now)

    def _apply(self, action: Action, now: datetime | None) -> None:
        from appointments_desktop.services.status_changes import apply_action

        apply_action(self, action, now)

    # -- scopes: joined queries, ordered by start ---------------------------------------

    @classmethod
    def with_details(cls) -> peewee.ModelSelect[Appointment]:
        """Appointments joined with customer, operator and type: one query for a view."""
        return (
            cls.select(cls, Customer, Operator, AppointmentType)
            .join(Customer)
            .switch(cls)
            .join(Operator)
            .switch(cls)
            .join(AppointmentType)
            .switch(cls)
            .order_by(cls.scheduled_at, cls.id)
        )

    @classmethod
    def find(cls, appointment_id: int) -> Appointment | None:
        """The stored appointment with its customer, operator and type, or ``None``."""
        return cls.with_details().where(cls.id == appointment_id).first()  # type: ignore[no-any-return]

    @classmethod
    def with_status(cls, status: Status) -> peewee.ModelSelect[Appointment]:
        """Appointments in ``status``, in start order."""
        return cls.with_details().where(cls.status == status)

    @classmethod
    def pending(cls) -> peewee.ModelSelect[Appointment]:
        return cls.with_status(Status.PENDING)

    @classmethod
    def confirmed(cls) -> peewee.ModelSelect[Appointment]:
        return cls.with_status(Status.CONFIRMED)

    @classmethod
    def completed(cls) -> peewee.ModelSelect[Appointment]:
        return cls.with_status(Status.COMPLETED)

    @classmethod
    def cancelled(cls) -> peewee.ModelSelect[Appointment]:
        return cls.with_status(Status.CANCELLED)

    @classmethod
    def no_shows(cls) -> peewee.ModelSelect[Appointment]:
        return cls.with_status(Status.NO_SHOW)

    @classmethod
    def upcoming(
        cls, now: datetime | None = None, days: int = 7
    ) -> peewee.ModelSelect[Appointment]:
        """Open appointments starting from ``now`` up to ``days`` days later, soonest first."""
        now = now or shop_now()
        return cls.with_details().where(
            cls.scheduled_at >= now,
            cls.scheduled_at < now + timedelta(days=days),
            cls.status.in_([s.value for s in OPEN_STATUSES]),
        )

    @classmethod
    def today(cls, now: datetime | None = None) -> peewee.ModelSelect[Appointment]:
        """Appointments starting on ``now``'s date, any status, in start order."""
        midnight = (now or shop_now()).replace(hour=0, minute=0, second=0, microsecond=0)
        return cls.starting_between(midnight, midnight + timedelta(days=1))

    @classmethod
    def starting_between(cls, start: datetime, end: datetime) -> peewee.ModelSelect[Appointment]:
        """Appointments with ``start <= scheduled_at < end``, in start order."""
        return cls.with_details().where(cls.scheduled_at >= start, cls.scheduled_at < end)


class StatusChange(BaseModel):
    """One change of an appointment's status: when, from what, to what."""

    id = peewee.AutoField()
    appointment = peewee.ForeignKeyField(Appointment, backref="status_changes", on_delete="CASCADE")
    changed_at = peewee.DateTimeField()
    from_status = StatusField(null=True, default=None)
    to_status = StatusField()

    class Meta:
        indexes = ((("appointment", "changed_at"), False),)


class Setting(BaseModel):
    """A setting stored with the data, shared by every desk (e.g. the shop's time zone)."""

    key = peewee.CharField(max_length=100, primary_key=True)
    value = peewee.TextField()


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Customer,
    Operator,
    AppointmentType,
    Appointment,
    StatusChange,
    Setting,
)
