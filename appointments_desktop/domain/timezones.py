"""The shop's wall-clock time: its zone, "now", and start times that do not exist.

Datetimes in the API are naive and mean wall-clock time in the shop's zone. A wall time
skipped when clocks go forward does not exist and is refused; a repeated one (clocks going
back) means its first occurrence, which is what a naive datetime with ``fold=0`` says.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "UTC"


def machine_zone_name() -> str:
    """The IANA name of this machine's zone, or UTC when it cannot be told."""
    candidates = [os.environ.get("TZ", "").lstrip(":"), _zone_from_etc_timezone()]
    candidates.append(_zone_from_localtime_link())
    for name in candidates:
        if name and is_known_zone(name):
            return name
    return DEFAULT_ZONE


def _zone_from_etc_timezone() -> str:
    try:
        return Path("/etc/timezone").read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _zone_from_localtime_link() -> str:
    link = Path("/etc/localtime")
    try:
        target = str(link.resolve())
    except OSError:
        return ""
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else ""


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
