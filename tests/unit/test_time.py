"""The shop's zone is stored with the data; "now" is wall-clock time in that zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import peewee
import pytest

from appointments_desktop import open_database, set_shop_time_zone, shop_now, shop_time_zone
from appointments_desktop.domain.timezones import (
    is_known_zone,
    machine_zone_name,
    to_utc,
    wall_time_exists,
)
from appointments_desktop.storage.settings import TIME_ZONE_KEY, read_setting, write_setting


def test_a_new_database_stores_the_machines_zone(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path}/a.db")
    assert shop_time_zone() == machine_zone_name()
    db.close()


def test_the_zone_travels_with_the_data(tmp_path: Path) -> None:
    auckland, lima = f"sqlite:///{tmp_path}/a.db", f"sqlite:///{tmp_path}/b.db"
    open_database(auckland)
    set_shop_time_zone("Pacific/Auckland")
    open_database(lima)
    set_shop_time_zone("America/Lima")
    open_database(auckland)
    assert shop_time_zone() == "Pacific/Auckland"
    open_database(lima).close()
    assert shop_time_zone() == "America/Lima"


def test_shop_now_is_the_wall_clock_in_the_shops_zone(db: peewee.Database) -> None:
    set_shop_time_zone("Asia/Tokyo")
    expected = datetime.now(UTC).astimezone(ZoneInfo("Asia/Tokyo")).replace(tzinfo=None)
    assert abs(shop_now() - expected) < timedelta(seconds=5)
    assert shop_now().tzinfo is None


def test_an_unknown_zone_is_refused_and_nothing_changes(db: peewee.Database) -> None:
    before = shop_time_zone()
    with pytest.raises(ValueError, match="Mars/Olympus"):
        set_shop_time_zone("Mars/Olympus")
    assert shop_time_zone() == before


def test_skipped_and_repeated_wall_times() -> None:
    assert not wall_time_exists(datetime(2026, 3, 8, 2, 30), "America/New_York")
    assert wall_time_exists(datetime(2026, 3, 8, 3, 30), "America/New_York")
    # The repeated hour in November means its first occurrence (still daylight time).
    first = to_utc(datetime(2026, 11, 1, 1, 30), "America/New_York")
    assert first == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


def test_a_stored_zone_unknown_here_is_kept_for_the_other_desks(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/a.db"
    open_database(url)
    write_setting(TIME_ZONE_KEY, "Not/AZoneHere")
    open_database(url)
    assert shop_time_zone() == machine_zone_name()
    assert read_setting(TIME_ZONE_KEY) == "Not/AZoneHere"


def test_the_machines_zone_follows_tz(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Lima")
    assert machine_zone_name() == "America/Lima"
    monkeypatch.setenv("TZ", "Nowhere/Special")
    assert is_known_zone(machine_zone_name())
