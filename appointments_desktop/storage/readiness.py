"""What the shop has set up (can it book, greet a first start?) and when data last changed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from peewee import fn

from appointments_desktop.storage.database import database_proxy, is_sqlite
from appointments_desktop.storage.models import Appointment, AppointmentType, Operator


@dataclass(frozen=True)
class Readiness:
    """The facts the window needs to choose its first page and offer "New appointment"."""

    has_operator: bool
    has_type: bool
    has_appointments: bool

    @property
    def can_book(self) -> bool:
        """Someone to book and something to book them for (both active)."""
        return self.has_operator and self.has_type

    @property
    def needs_welcome(self) -> bool:
        """A first start: nothing to book with and no appointments to show yet.

        A shop with appointments always sees them, even with every operator retired.
        """
        return not self.can_book and not self.has_appointments


def readiness() -> Readiness:
    """Read the three facts (three small EXISTS queries)."""
    return Readiness(
        has_operator=Operator.active_ones().exists(),
        has_type=AppointmentType.active_ones().exists(),
        has_appointments=Appointment.select().exists(),
    )


def others_changes_stamp() -> tuple[int, int]:
    """A value that changes when another desk (another connection) commits a write.

    On SQLite this is ``PRAGMA data_version``: free, and blind to this connection's own
    writes, which already announce themselves. Elsewhere it is
    :func:`appointments_fingerprint`, which also moves with this desk's own writes (the
    window then reloads once more than needed).
    """
    database = database_proxy.obj
    if is_sqlite(database):
        return -1, int(database.execute_sql("PRAGMA data_version").fetchone()[0])
    return appointments_fingerprint()


def appointments_fingerprint() -> tuple[int, int]:
    """The appointments' count and the sum of their versions (one scan of the table).

    Every booking, edit and status change raises one of the two (each write adds one to a
    row's version), whatever the desks' clocks say.
    """
    query = Appointment.select(fn.COUNT(Appointment.id), fn.SUM(Appointment.version))
    count, versions = cast(tuple[int, int | None], query.tuples().get())
    return int(count), int(versions or 0)
