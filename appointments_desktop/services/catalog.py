"""Reading and writing the shop's records: customers, operators and appointment types.

Reads: :func:`list_records` filters, orders and limits in SQL (never by loading a whole table
into Python) and :func:`find_record` fetches one row by id, ``None`` once it is deleted.

Promises: each write is one transaction; invalid values raise ``ValidationError`` and write
nothing, and so does an appointment type named like another one (case and accents ignored:
"repair" and "Repair" are one name to the user); deleting a record that appointments refer
to raises ``RecordInUse`` with their count and deletes nothing (deactivating is the way to
retire an operator or a type).
"""

from __future__ import annotations

from typing import Any, TypeVar

import peewee

from appointments_desktop.domain.errors import FieldProblem, RecordInUse, ValidationError
from appointments_desktop.domain.text import fold
from appointments_desktop.i18n import _
from appointments_desktop.storage.database import write_transaction
from appointments_desktop.storage.models import (
    Appointment,
    AppointmentType,
    Customer,
    Operator,
    ValidatedModel,
)
from appointments_desktop.storage.search import folded_contains, search_customers

Record = Customer | Operator | AppointmentType
"""A record the management dialogs edit."""

R = TypeVar("R", Customer, Operator, AppointmentType)

_REFERENCE = {
    Customer: Appointment.customer,
    Operator: Appointment.operator,
    AppointmentType: Appointment.appointment_type,
}


def list_records(kind: type[R], text: str = "", limit: int | None = None) -> list[R]:
    """The records of ``kind`` matching ``text`` (blank: all), at most ``limit`` of them.

    Customers match on name, phone or email ignoring case and accents (the customer search
    index), ordered by name. Operators and types match on their name ignoring case and
    (on SQLite) accents, wildcards taken as text, and are ordered by name regardless of
    case. Ties keep the order the records were added in.
    """
    return list(_matching(kind, text).limit(limit))


def _matching(kind: type[Record], text: str) -> peewee.ModelSelect[Any]:
    """One query for :func:`list_records`, ordered and without a limit."""
    if issubclass(kind, Customer):
        return search_customers(text)
    query = kind.select().order_by(peewee.fn.LOWER(kind.name), kind.name, kind.id)
    needle = text.strip()
    return query.where(folded_contains(kind.name, needle)) if needle else query


def find_record(kind: type[R], record_id: int) -> R | None:
    """The record of ``kind`` with ``record_id``, or ``None`` if there is none (deleted)."""
    return kind.get_or_none(kind.id == record_id)


def appointment_count(record: Record) -> int:
    """How many appointments (any status) refer to ``record``."""
    field = _REFERENCE[type(record)]
    return int(Appointment.select().where(field == record.id).count())


def save_record(record: ValidatedModel) -> None:
    """Insert or update ``record``; raises ``ValidationError`` and writes nothing if invalid.

    A duplicate type name is a problem on ``name``, whether this check finds it or (when
    another desk saved the same name a moment earlier) the unique index does.
    """
    try:
        with write_transaction():
            problems = record.problems() + _duplicate_name_problems(record)
            if problems:
                raise ValidationError(problems)
            record.save()
    except peewee.IntegrityError:
        problems = _duplicate_name_problems(record)
        if problems:
            raise ValidationError(problems) from None
        raise


def _duplicate_name_problems(record: ValidatedModel) -> list[FieldProblem]:
    """A problem on ``name`` when ``record`` is a type named like another type."""
    if not isinstance(record, AppointmentType):
        return []
    wanted = fold(str(record.name or "").strip())
    others = AppointmentType.select(AppointmentType.id, AppointmentType.name)
    for other in others:
        if other.id != record.id and wanted and fold(str(other.name).strip()) == wanted:
            message = _("Another appointment type is already called “{name}”.")
            return [FieldProblem("name", message.format(name=other.name))]
    return []


def set_active(record: Operator | AppointmentType, active: bool) -> None:
    """Make an operator or type bookable again, or retire it without touching history."""
    with write_transaction():
        type(record).update(active=active).where(type(record).id == record.id).execute()
    record.active = active


def delete_record(record: Record) -> None:
    """Delete ``record`` unless appointments refer to it (then ``RecordInUse``)."""
    with write_transaction():
        count = appointment_count(record)
        if count:
            raise RecordInUse(str(record.name), count)
        type(record).delete().where(type(record).id == record.id).execute()
