"""Undo and redo of appointment writes: an appointment's stored state, and putting one back.

:func:`record` runs one write between two readings of the appointment (one transaction)
and returns the :class:`Change`; :meth:`Change.undo` and :meth:`Change.redo` move the
stored appointment between the two states with :func:`restore`. No Qt: the window wraps a
change in a ``QUndoCommand``.

Promises: a restore is one write transaction; it writes only over exactly the state it
expects, else raises ``EditConflict`` and writes nothing; every restore gives the row a
version it never had before, so other desks' open copies see the change.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any

import peewee

from appointments_desktop.domain.errors import EditConflict, SchedulingConflict
from appointments_desktop.domain.status import Status
from appointments_desktop.services.booking import find_conflicts
from appointments_desktop.storage.clock import shop_now
from appointments_desktop.storage.database import is_sqlite, write_transaction
from appointments_desktop.storage.models import Appointment, StatusChange

MOVE_FIELDS = frozenset({"scheduled_at", "operator_id"})


@dataclass(frozen=True)
class Snapshot:
    """Every stored value of one appointment at one moment.

    ``updated_at`` is left out: it only says when the row was written last.
    """

    id: int
    customer_id: int
    operator_id: int
    appointment_type_id: int
    scheduled_at: datetime
    duration_minutes: int
    status: Status
    notes: str
    confirmation_sent_at: datetime | None
    reminder_sent_at: datetime | None
    created_at: datetime
    version: int

    def changed_fields(self, other: Snapshot) -> frozenset[str]:
        """The names of the values that differ from ``other``'s, the version aside."""
        names = (f.name for f in fields(self) if f.name != "version")
        return frozenset(n for n in names if getattr(self, n) != getattr(other, n))

    def columns(self) -> dict[str, Any]:
        """The values by model field name, for an insert or an update (id and version aside)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        for name in ("customer_id", "operator_id", "appointment_type_id"):
            values[name.removesuffix("_id")] = values.pop(name)
        del values["id"], values["version"]
        return values


def same_state(one: Snapshot | None, other: Snapshot | None) -> bool:
    """Whether both hold the same values (whatever their versions), or both are absent."""
    if one is None or other is None:
        return one is other
    return not one.changed_fields(other)


def snapshot(appointment_id: int) -> Snapshot | None:
    """The stored state of the appointment, or ``None`` when there is no such row."""
    query = Appointment.select().where(Appointment.id == appointment_id)
    if not is_sqlite():
        query = query.for_update()  # inside a write transaction: hold the row until it ends
    row = query.first()
    return None if row is None else _snapshot_of(row)


def _snapshot_of(row: Appointment) -> Snapshot:
    return Snapshot(
        id=int(row.id),
        customer_id=int(row.customer_id or 0),
        operator_id=int(row.operator_id or 0),
        appointment_type_id=int(row.appointment_type_id or 0),
        scheduled_at=row.scheduled_at,
        duration_minutes=int(row.duration_minutes),
        status=Status(row.status),
        notes=str(row.notes or ""),
        confirmation_sent_at=row.confirmation_sent_at,
        reminder_sent_at=row.reminder_sent_at,
        created_at=row.created_at,
        version=int(row.version),
    )


def restore(
    target: Snapshot | None, expected: Snapshot | None, now: datetime | None = None
) -> Snapshot | None:
    """Put the appointment back to ``target`` if it is stored exactly as ``expected``.

    One write transaction. The row is read again: unless it equals ``expected`` (same
    version; ``None``: no such row) ``EditConflict`` is raised and nothing is written, nor
    when the write breaks a reference (a customer deleted since). ``target`` ``None``
    deletes the row with its status history (undoing a booking); ``expected`` ``None``
    inserts ``target`` again under its id, with version ``target.version + 1`` (pass the
    last version the row had) and a history entry at its creation. Otherwise every value
    becomes ``target``'s, the version goes one up and a status change is recorded.

    On purpose this bypasses the status machine (a cancelled appointment can become
    confirmed again) and the double-booking check: it only brings back a state the same
    user had a moment ago. Returns the new stored state (``None`` after a delete).
    """
    key = _appointment_id(target, expected)
    try:
        with write_transaction():
            if snapshot(key) != expected:
                raise EditConflict(key)
            _write(target, expected, now or shop_now())
            return snapshot(key)
    except peewee.IntegrityError as error:
        raise EditConflict(key) from error


def _appointment_id(target: Snapshot | None, expected: Snapshot | None) -> int:
    ids = {s.id for s in (target, expected) if s is not None}
    if len(ids) != 1:
        raise ValueError(f"restore needs one appointment, not {sorted(ids)}")
    return ids.pop()


def _write(target: Snapshot | None, expected: Snapshot | None, now: datetime) -> None:
    if target is None:
        assert expected is not None
        StatusChange.delete().where(StatusChange.appointment == expected.id).execute()
        Appointment.delete().where(Appointment.id == expected.id).execute()
    elif expected is None:
        _insert(target, now)
    else:
        _update(target, expected, now)


def _insert(target: Snapshot, now: datetime) -> None:
    Appointment.insert(
        id=target.id, **target.columns(), updated_at=now, version=target.version + 1
    ).execute()
    StatusChange.create(
        appointment=target.id,
        changed_at=target.created_at,
        from_status=None,
        to_status=target.status,
    )


def _update(target: Snapshot, expected: Snapshot, now: datetime) -> None:
    values = target.columns()
    del values["created_at"]
    Appointment.update(**values, updated_at=now, version=expected.version + 1).where(
        Appointment.id == expected.id
    ).execute()
    if target.status != expected.status:
        StatusChange.create(
            appointment=expected.id,
            changed_at=now,
            from_status=expected.status,
            to_status=target.status,
        )


class ChangeKind(enum.Enum):
    """What a recorded write did, for naming it ("Move appointment", ...)."""

    BOOKED = "booked"
    MOVED = "moved"
    """Only the start or the operator changed."""
    RESIZED = "resized"
    """Only the duration changed."""
    EDITED = "edited"


@dataclass
class Change:
    """One recorded write of one appointment, which can be undone and redone.

    Promises: :meth:`undo` stores ``before`` and :meth:`redo` stores ``after``, each only
    while the stored appointment holds the values the other one left, whatever its version
    (commands undone after it may have raised that): otherwise ``EditConflict``, and
    nothing is written.
    """

    before: Snapshot | None
    after: Snapshot | None
    _last_version: int = field(default=0, init=False, repr=False)

    @property
    def appointment_id(self) -> int:
        """The appointment written."""
        return _appointment_id(self.before, self.after)

    @property
    def kind(self) -> ChangeKind:
        """A booking, a move, a change of duration, or another edit."""
        if self.before is None:
            return ChangeKind.BOOKED
        if self.after is None:
            return ChangeKind.EDITED  # no write of the window deletes; only undo does
        changed = self.before.changed_fields(self.after)
        if changed <= MOVE_FIELDS:
            return ChangeKind.MOVED
        return ChangeKind.RESIZED if changed == {"duration_minutes"} else ChangeKind.EDITED

    def undo(self, now: datetime | None = None, *, allow_conflicts: bool = False) -> None:
        """Store ``before`` again (delete the appointment if it was a booking)."""
        self._go(self.before, self.after, now, allow_conflicts)

    def redo(self, now: datetime | None = None, *, allow_conflicts: bool = False) -> None:
        """Store ``after`` again, once undone."""
        self._go(self.after, self.before, now, allow_conflicts)

    def _go(
        self,
        target: Snapshot | None,
        left: Snapshot | None,
        now: datetime | None,
        allow_conflicts: bool,
    ) -> None:
        """Store ``target`` if the row holds ``left``'s values; one transaction.

        Raises ``EditConflict`` when it does not, and ``SchedulingConflict`` (unless
        ``allow_conflicts``) when ``target`` would now overlap another open booking, for
        example one another desk made in the slot a move had freed.
        """
        with write_transaction():
            current = snapshot(self.appointment_id)
            if not same_state(current, left):
                raise EditConflict(self.appointment_id)
            if target is not None and not allow_conflicts:
                _refuse_overlaps(target)
            versions = [s.version for s in (current, self.before, self.after) if s is not None]
            self._last_version = max(self._last_version, *versions)
            if target is not None:
                target = replace(target, version=self._last_version)  # a re-insert goes above
            restore(target, current, now)


def _refuse_overlaps(target: Snapshot) -> None:
    """Raise ``SchedulingConflict`` if ``target``, stored, would overlap an open booking."""
    probe = Appointment(
        id=target.id,
        customer=target.customer_id,
        operator=target.operator_id,
        appointment_type=target.appointment_type_id,
        scheduled_at=target.scheduled_at,
        duration_minutes=target.duration_minutes,
        status=target.status,
    )
    conflicts = find_conflicts(probe, target.duration_minutes)
    if conflicts:
        raise SchedulingConflict(conflicts)


def record(appointment: Appointment, write: Callable[[], object]) -> Change | None:
    """Run ``write`` (one service call that writes ``appointment``) and record it.

    The stored state is read before and after the write in the same write transaction, so
    no other desk's change can slip in between. Returns ``None`` when the write left every
    value as it was (a save with nothing changed). The write's errors pass unchanged.
    """
    with write_transaction():
        before = snapshot(int(appointment.id)) if appointment.id is not None else None
        write()
        after = snapshot(int(appointment.id))
    return None if same_state(before, after) else Change(before, after)
