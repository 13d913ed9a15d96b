"""Optimistic locking for appointments: read the stored row, write only over that version.

Both helpers run inside a caller's write transaction. Promises: a row changed or deleted
since the object was loaded raises ``EditConflict`` and nothing is written.
"""

from __future__ import annotations

from typing import Any

from appointments_desktop.domain.errors import EditConflict
from appointments_desktop.storage.database import is_sqlite
from appointments_desktop.storage.models import Appointment


def stored_unchanged(appointment: Appointment) -> Appointment:
    """The stored row, provided nobody changed it since ``appointment`` was loaded.

    On servers the row stays locked until the transaction ends; SQLite's ``BEGIN
    IMMEDIATE`` already keeps other writers out.
    """
    query = Appointment.select().where(Appointment.id == appointment.id)
    if not is_sqlite():
        query = query.for_update()
    stored = query.first()
    if stored is None or stored.version != appointment.version:
        raise EditConflict(appointment.id)
    return stored  # type: ignore[no-any-return]


def write_versioned(appointment: Appointment, values: dict[str, Any]) -> int:
    """Update the row with ``values`` (by field name) over its loaded version.

    Returns the new version; raises ``EditConflict`` when the row is no longer that version.
    """
    version = int(appointment.version) + 1
    changed = (
        Appointment.update(**values, version=version)
        .where(Appointment.id == appointment.id, Appointment.version == appointment.version)
        .execute()
    )
    if changed != 1:
        raise EditConflict(appointment.id)
    return version
