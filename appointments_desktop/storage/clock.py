"""The shop's clock: "now" as wall-clock time in the zone of the open database.

:mod:`storage.settings` sets the zone when a database is opened; until then the
machine's zone is used.
"""

from __future__ import annotations

from datetime import datetime

from appointments_desktop.domain.timezones import machine_zone_name, wall_clock_now

_zone: dict[str, str] = {}


def set_zone(name: str) -> None:
    """Use ``name`` as the shop's zone for "now"."""
    _zone["name"] = name


def zone_name() -> str:
    """The shop's zone, or the machine's before a database is opened."""
    return _zone.get("name") or machine_zone_name()


def shop_now() -> datetime:
    """The current wall-clock time in the shop's zone (naive, to the second)."""
    return wall_clock_now(zone_name())
