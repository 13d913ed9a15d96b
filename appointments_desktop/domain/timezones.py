"""The shop's wall-clock time: its zone, "now", and start times that do not exist.

Datetimes in the API are naive and mean wall-clock time in the shop's zone. A wall time
skipped when clocks go forward does not exist and is refused; a repeated one (clocks going
back) means its first occurrence, which is what a naive datetime with ``fold=0`` says.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.localtime import get_localzone

DEFAULT_ZONE = "UTC"


def machine_zone_name() -> str:
    """The IANA name of this machine's zone (``TZ``, /etc/localtime, or Windows' setting).

    babel reads each platform's own source and maps Windows zone names to IANA ones;
    UTC when nothing can be told.
    """
    try:
        zone = get_localzone()
    except (LookupError, OSError, ValueError):
        return DEFAULT_ZONE
    name = str(getattr(zone, "key", "") or getattr(zone, "zone", "") or "")
    return name if name and is_known_zone(name) else DEFAULT_ZONE


def is_known_zone(name: str) -> bool:
    """Whether ``name`` is an IANA zone this machine knows."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def wall_clock_now(zone_name: str) -> datetime:
    """The current wall-clock time in ``zone_name``, naive, to the second."""
    now = datetime.now(UTC).astimezone(ZoneInfo(zone_name))
    return now.replace(tzinfo=None, microsecond=0)


def wall_time_exists(value: datetime, zone_name: str) -> bool:
    """False for a wall time skipped by a clock change in ``zone_name``."""
    zone = ZoneInfo(zone_name)
    aware = value.replace(tzinfo=zone, fold=0)
    round_trip = aware.astimezone(UTC).astimezone(zone)
    return round_trip.replace(tzinfo=None) == value.replace(fold=0, tzinfo=None)


def to_utc(value: datetime, zone_name: str) -> datetime:
    """The UTC instant of a wall time (the first one where the hour repeats)."""
    return value.replace(tzinfo=ZoneInfo(zone_name), fold=0).astimezone(UTC)
