"""Settings stored with the data, shared by every desk: the shop's time zone and hours.

The zone is read once per opened database and cached; every "now" of the core is the
wall-clock time in that zone, so all desks and offline copies agree on "today".
"""

from __future__ import annotations

from datetime import time

from appointments_desktop.domain.timezones import is_known_zone, machine_zone_name
from appointments_desktop.i18n import _
from appointments_desktop.storage import clock
from appointments_desktop.storage.database import write_transaction
from appointments_desktop.storage.models import Setting

TIME_ZONE_KEY = "time_zone"
OPENING_HOURS_KEY = "opening_hours"
DEFAULT_OPENING_HOURS = (time(8, 0), time(19, 0))
"""What the calendar shows until the shop sets its own hours."""


def read_setting(key: str, default: str = "") -> str:
    """The stored value of ``key``, or ``default``."""
    row = Setting.get_or_none(Setting.key == key)
    return str(row.value) if row is not None else default


def write_setting(key: str, value: str) -> None:
    """Store ``value`` under ``key`` (one transaction)."""
    with write_transaction():
        Setting.insert(key=key, value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value}
        ).execute()


def shop_time_zone() -> str:
    """The shop's IANA time zone (stored with the data; the machine's zone by default)."""
    return clock.zone_name()


def set_shop_time_zone(name: str) -> None:
    """Store the shop's time zone; an unknown name is refused with a clear message."""
    if not is_known_zone(name):
        message = _("Unknown time zone {name!r}: use a name such as Europe/Berlin.")
        raise ValueError(message.format(name=name))
    write_setting(TIME_ZONE_KEY, name)
    clock.set_zone(name)


def load_shop_time_zone() -> str:
    """Make the stored zone the clock's, storing the machine's zone when none is stored.

    A stored zone this machine does not know is left as it is for the other desks; this
    desk then uses its own zone.
    """
    stored = read_setting(TIME_ZONE_KEY)
    if not stored:
        stored = machine_zone_name()
        write_setting(TIME_ZONE_KEY, stored)
    zone = stored if is_known_zone(stored) else machine_zone_name()
    clock.set_zone(zone)
    return zone


def opening_hours() -> tuple[time, time]:
    """When the shop opens and closes (the calendar's visible hours by default)."""
    stored = read_setting(OPENING_HOURS_KEY)
    try:
        opens, closes = (time.fromisoformat(part) for part in stored.split("-"))
    except ValueError:
        return DEFAULT_OPENING_HOURS
    return (opens, closes) if opens < closes else DEFAULT_OPENING_HOURS


def set_opening_hours(opens: time, closes: time) -> None:
    """Store the shop's hours; refused (nothing stored) unless it opens before it closes."""
    if not opens < closes:
        raise ValueError(_("The shop must open before it closes."))
    write_setting(OPENING_HOURS_KEY, f"{opens.isoformat('minutes')}-{closes.isoformat('minutes')}")
