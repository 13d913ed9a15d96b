"""Schema 1, the first release: customers, operators, types, appointments, history, settings.

The models below are frozen copies of the schema as it was then; later changes to
``storage.models`` never change what this migration creates.
"""

from __future__ import annotations

import peewee

VERSION = 1


def upgrade(db: peewee.Database) -> None:
    """Create the first schema's tables and indexes."""
    db.create_tables(_frozen_models(db))


def _frozen_models(db: peewee.Database) -> list[type[peewee.Model]]:
    class Frozen(peewee.Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Customer(Frozen):
        name = peewee.CharField(max_length=200)
        phone = peewee.CharField(max_length=60, default="")
        email = peewee.CharField(max_length=200, default="")
        notes = peewee.TextField(default="")
        created_at = peewee.DateTimeField()

    class Operator(Frozen):
        name = peewee.CharField(max_length=200)
        active = peewee.BooleanField(default=True)

    class AppointmentType(Frozen):
        name = peewee.CharField(max_length=100, unique=True)
        default_duration_minutes = peewee.IntegerField(default=30)
        colour = peewee.CharField(max_length=7, default="#4a90d9")
        active = peewee.BooleanField(default=True)

    class Appointment(Frozen):
        customer = peewee.ForeignKeyField(Customer, on_delete="RESTRICT")
        operator = peewee.ForeignKeyField(Operator, on_delete="RESTRICT")
        appointment_type = peewee.ForeignKeyField(AppointmentType, on_delete="RESTRICT")
        scheduled_at = peewee.DateTimeField()
        duration_minutes = peewee.IntegerField()
        status = peewee.CharField(max_length=16, default="pending")
        notes = peewee.TextField(default="")
        confirmation_sent_at = peewee.DateTimeField(null=True)
        reminder_sent_at = peewee.DateTimeField(null=True)
        created_at = peewee.DateTimeField()
        updated_at = peewee.DateTimeField()
        version = peewee.IntegerField(default=0)

        class Meta:
            indexes = (
                (("scheduled_at",), False),
                (("operator", "scheduled_at"), False),
                (("customer", "scheduled_at"), False),
                (("status", "scheduled_at"), False),
            )

    class StatusChange(Frozen):
        appointment = peewee.ForeignKeyField(Appointment, on_delete="CASCADE")
        changed_at = peewee.DateTimeField()
        from_status = peewee.CharField(max_length=16, null=True)
        to_status = peewee.CharField(max_length=16)

        class Meta:
            indexes = ((("appointment", "changed_at"), False),)

    class Setting(Frozen):
        key = peewee.CharField(max_length=100, primary_key=True)
        value = peewee.TextField()

    return [Customer, Operator, AppointmentType, Appointment, StatusChange, Setting]
