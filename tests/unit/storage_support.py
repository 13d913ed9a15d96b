"""Helpers shared by the storage tests: recording SQL, giving appointments a status.

Not a test module itself; the scope, statistics and query-plan tests import from here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

import peewee

from appointments_desktop import Appointment, Status


@contextmanager
def recorded_sql(db: peewee.Database) -> Iterator[list[tuple[str, Any]]]:
    """Record every statement ``db`` executes inside the block as ``(sql, params)``.

    Every peewee query, whether run through a model or the database proxy, ends in the
    concrete database's ``execute_sql``; wrapping that one method sees them all.
    """
    statements: list[tuple[str, Any]] = []
    original = db.execute_sql
    had_own = "execute_sql" in vars(db)  # already wrapped by an outer recorder

    def recording(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        statements.append((sql, params))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = recording  # type: ignore[method-assign]
    try:
        yield statements
    finally:
        if had_own:
            db.execute_sql = original  # type: ignore[method-assign]
        else:
            del db.execute_sql  # back to the class's method


def give_status(appointment: Appointment, status: Status) -> Appointment:
    """Move a freshly booked (pending) appointment to ``status`` with the real actions.

    The clock is pinned around the start so every action is allowed (a no-show needs the
    start to have passed).
    """
    start: datetime = appointment.scheduled_at
    before, after = start - timedelta(days=1), start + timedelta(hours=1)
    if status is Status.CONFIRMED:
        appointment.confirm(now=before)
    elif status is Status.CANCELLED:
        appointment.cancel(now=before)
    elif status is Status.COMPLETED:
        appointment.mark_completed(now=after)
    elif status is Status.NO_SHOW:
        appointment.mark_no_show(now=after)
    assert Status(appointment.status) is status
    return appointment
