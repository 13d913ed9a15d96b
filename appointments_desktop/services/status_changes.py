"""Applying status actions (confirm, cancel, complete, no-show, reminder sent).

Promises: the status machine decides; a refused action raises ``InvalidTransition`` and
changes nothing; an allowed one is one transaction that writes the new values only if
nobody changed the row meanwhile (else ``EditConflict``), records the change in the
status history, and only then updates the object in memory.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from appointments_desktop.domain.status import Action, Outcome, Status, StatusMachine
from appointments_desktop.i18n import _
from appointments_desktop.services.versioning import stored_unchanged, write_versioned
from appointments_desktop.storage.clock import shop_now
from appointments_desktop.storage.database import write_transaction
from appointments_desktop.storage.models import Appointment, StatusChange

MACHINE = StatusMachine()


def apply_action(appointment: Appointment, action: Action, now: datetime | None = None) -> None:
    """Apply ``action`` to a saved appointment at ``now`` (default: the shop's now).

    The decision is made on the stored row, not on unsaved edits in memory.
    """
    if appointment.id is None:
        raise ValueError(_("Save the appointment before changing its status."))
    now = now or shop_now()
    with write_transaction():
        stored = stored_unchanged(appointment)
        before = Status(stored.status)
        outcome = MACHINE.apply(before, action, stored.scheduled_at, now)
        values = _changed_values(outcome, now)
        values["version"] = write_versioned(appointment, values)
        if outcome.status != before:
            StatusChange.create(
                appointment=appointment.id,
                changed_at=now,
                from_status=before,
                to_status=outcome.status,
            )
    for name, value in values.items():
        setattr(appointment, name, value)


def _changed_values(outcome: Outcome, now: datetime) -> dict[str, Any]:
    values: dict[str, Any] = {"status": outcome.status, "updated_at": now}
    if outcome.confirmation_sent_at is not None:
        values["confirmation_sent_at"] = outcome.confirmation_sent_at
    if outcome.reminder_sent_at is not None:
        values["reminder_sent_at"] = outcome.reminder_sent_at
    return values
