"""The dashboard statistics: counts, rates, popular types per week or month (DESIGN.md).

``NOW`` is Wednesday 25 November 2026. Its Monday week runs from Monday 23 November to
Monday 30 November, its Sunday week from Sunday 22 to Sunday 29 November; the expected
numbers below are written from those calendar facts, not taken from the code.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import cycle, islice

import peewee
import pytest
from babel import Locale

from appointments_desktop import (
    Appointment,
    AppointmentType,
    Status,
    appointment_stats,
    stats_between,
)
from appointments_desktop.i18n import set_locale
from tests.conftest import NOW, Shop
from tests.unit.storage_support import give_status, recorded_sql

MONDAY = datetime(2026, 11, 23)
SUNDAY_BEFORE = datetime(2026, 11, 22)
NEXT_MONDAY = datetime(2026, 11, 30)
SUNDAY_AFTER = datetime(2026, 11, 29)
MINUTE = timedelta(minutes=1)


def book_as(
    shop: Shop, start: datetime, status: Status, kind: AppointmentType | None = None
) -> Appointment:
    """Book at ``start`` with type ``kind`` (default Consultation), then reach ``status``."""
    return give_status(shop.book(start, appointment_type=kind or shop.consultation), status)


# -- counts and rates --------------------------------------------------------------------


def test_week_counts_every_status_and_computes_rates(shop: Shop) -> None:
    plan = [Status.COMPLETED] * 3 + [Status.CANCELLED, Status.NO_SHOW]
    plan += [Status.PENDING] * 2 + [Status.CONFIRMED]
    for hour, status in enumerate(plan, start=8):
        book_as(shop, MONDAY + timedelta(days=1, hours=hour), status)
    book_as(shop, MONDAY - timedelta(days=2), Status.COMPLETED)
    book_as(shop, NEXT_MONDAY + timedelta(hours=9), Status.NO_SHOW)

    stats = appointment_stats("week", now=NOW, first_weekday=0)

    assert (stats.total, stats.completed, stats.cancelled, stats.no_show) == (8, 3, 1, 1)
    assert stats.closed == 5
    assert stats.completion_rate == pytest.approx(3 / 5)
    assert stats.no_show_rate == pytest.approx(1 / 5)
    assert stats.cancellation_rate == pytest.approx(1 / 5)


def test_rates_are_none_when_nothing_is_closed(shop: Shop) -> None:
    book_as(shop, MONDAY + timedelta(hours=9), Status.PENDING)
    book_as(shop, MONDAY + timedelta(hours=10), Status.CONFIRMED)
    book_as(shop, MONDAY - timedelta(hours=10), Status.COMPLETED)  # the week before

    stats = appointment_stats("week", now=NOW, first_weekday=0)

    assert stats.total == 2
    assert stats.closed == 0
    assert stats.completion_rate is None
    assert stats.no_show_rate is None
    assert stats.cancellation_rate is None


def test_empty_period(db: peewee.Database) -> None:
    stats = appointment_stats("month", now=NOW)
    assert (stats.total, stats.closed, stats.popular_types) == (0, 0, [])
    assert stats.completion_rate is None
    assert stats.no_show_rate is None


def test_only_cancellations_give_zero_completion_not_none(shop: Shop) -> None:
    book_as(shop, MONDAY + timedelta(hours=9), Status.CANCELLED)
    stats = appointment_stats("week", now=NOW, first_weekday=0)
    assert stats.completion_rate == 0
    assert stats.no_show_rate == 0
    assert stats.cancellation_rate == 1


def test_unknown_period_is_refused(db: peewee.Database) -> None:
    with pytest.raises(ValueError, match="period"):
        appointment_stats("year", now=NOW)  # type: ignore[arg-type]


# -- the week ----------------------------------------------------------------------------


def test_monday_week_boundaries(shop: Shop) -> None:
    book_as(shop, MONDAY, Status.PENDING)
    book_as(shop, NEXT_MONDAY - MINUTE, Status.PENDING)
    book_as(shop, MONDAY - MINUTE, Status.PENDING)
    book_as(shop, NEXT_MONDAY, Status.PENDING)

    stats = appointment_stats("week", now=NOW, first_weekday=0)

    assert (stats.start, stats.end) == (MONDAY, NEXT_MONDAY)
    assert stats.total == 2


def test_sunday_week_boundaries(shop: Shop) -> None:
    book_as(shop, SUNDAY_BEFORE, Status.PENDING)
    book_as(shop, SUNDAY_AFTER - MINUTE, Status.PENDING)
    book_as(shop, SUNDAY_BEFORE - MINUTE, Status.PENDING)
    book_as(shop, SUNDAY_AFTER, Status.PENDING)

    stats = appointment_stats("week", now=NOW, first_weekday=6)

    assert (stats.start, stats.end) == (SUNDAY_BEFORE, SUNDAY_AFTER)
    assert stats.total == 2


def test_a_sunday_falls_in_different_weeks(shop: Shop) -> None:
    book_as(shop, SUNDAY_BEFORE + timedelta(hours=12), Status.PENDING, shop.repair)
    book_as(shop, SUNDAY_AFTER + timedelta(hours=12), Status.PENDING, shop.consultation)

    monday_first = appointment_stats("week", now=NOW, first_weekday=0)
    sunday_first = appointment_stats("week", now=NOW, first_weekday=6)

    assert monday_first.popular_types == [("Consultation", 1)]
    assert sunday_first.popular_types == [("Repair", 1)]


@pytest.mark.parametrize(
    ("locale", "first_day", "week_start"),
    [("en_US", 6, SUNDAY_BEFORE), ("de_DE", 0, MONDAY)],
)
def test_default_week_start_is_the_locales(
    db: peewee.Database, locale: str, first_day: int, week_start: datetime
) -> None:
    assert Locale.parse(locale).first_week_day == first_day
    set_locale(locale)
    stats = appointment_stats("week", now=NOW)
    assert (stats.start, stats.end) == (week_start, week_start + timedelta(days=7))


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "fr_FR", "ar_EG", "en_GB"])
@pytest.mark.parametrize("day", range(7))
def test_default_week_contains_now_and_starts_on_the_locales_day(
    db: peewee.Database, locale: str, day: int
) -> None:
    set_locale(locale)
    now = SUNDAY_BEFORE + timedelta(days=day, hours=15)
    stats = appointment_stats("week", now=now)
    assert stats.start.weekday() == Locale.parse(locale).first_week_day
    assert stats.start.time() == datetime.min.time()
    assert stats.start <= now < stats.end
    assert stats.end - stats.start == timedelta(days=7)


# -- the month ---------------------------------------------------------------------------


def test_month_is_the_calendar_month(shop: Shop) -> None:
    first, following = datetime(2026, 11, 1), datetime(2026, 12, 1)
    book_as(shop, first, Status.COMPLETED)
    book_as(shop, following - MINUTE, Status.PENDING)
    book_as(shop, first - MINUTE, Status.COMPLETED)
    book_as(shop, following, Status.PENDING)

    stats = appointment_stats("month", now=NOW)

    assert (stats.start, stats.end) == (first, following)
    assert (stats.total, stats.completed) == (2, 1)


@pytest.mark.parametrize(
    ("now", "start", "end"),
    [
        (datetime(2026, 12, 31, 23, 59), datetime(2026, 12, 1), datetime(2027, 1, 1)),
        (datetime(2028, 2, 29, 8, 0), datetime(2028, 2, 1), datetime(2028, 3, 1)),
        (datetime(2027, 2, 1, 0, 0), datetime(2027, 2, 1), datetime(2027, 3, 1)),
        (datetime(2026, 1, 31, 12, 0), datetime(2026, 1, 1), datetime(2026, 2, 1)),
    ],
)
def test_month_range(db: peewee.Database, now: datetime, start: datetime, end: datetime) -> None:
    stats = appointment_stats("month", now=now)
    assert (stats.start, stats.end) == (start, end)


# -- popular types -----------------------------------------------------------------------


def test_popular_types_most_first_within_the_period(shop: Shop) -> None:
    fitting = AppointmentType.create(name="Fitting")
    pickup = AppointmentType.create(name="Pickup")
    inside = MONDAY + timedelta(days=2, hours=8)
    plan = [(shop.repair, 3), (shop.consultation, 2), (fitting, 1)]
    for kind, count in plan:
        for n in range(count):
            status = Status.CANCELLED if n == 0 else Status.PENDING
            book_as(shop, inside + timedelta(hours=n), status, kind)
    for n in range(5):  # many more outside the week: must not count
        book_as(shop, MONDAY - timedelta(days=3, hours=n), Status.COMPLETED, fitting)
        book_as(shop, NEXT_MONDAY + timedelta(hours=n), Status.PENDING, pickup)

    stats = appointment_stats("week", now=NOW, first_weekday=0)

    assert stats.popular_types == [("Repair", 3), ("Consultation", 2), ("Fitting", 1)]


def test_stats_between_takes_dates_or_datetimes_and_excludes_the_end(shop: Shop) -> None:
    book_as(shop, datetime(2026, 11, 24, 9, 0), Status.COMPLETED)
    book_as(shop, datetime(2026, 11, 25, 0, 0), Status.NO_SHOW)

    by_date = stats_between(date(2026, 11, 24), date(2026, 11, 25))
    by_datetime = stats_between(datetime(2026, 11, 24), datetime(2026, 11, 25))

    assert by_date == by_datetime
    assert (by_date.total, by_date.completed, by_date.no_show) == (1, 1, 0)
    assert by_date.start == datetime(2026, 11, 24)


# -- computed in SQL, not row by row -----------------------------------------------------


def add_appointments(shop: Shop, count: int) -> None:
    """Insert ``count`` appointments in the Monday week, in every status, in bulk."""
    statuses = islice(cycle(Status), count)
    kinds = cycle([shop.consultation, shop.repair])
    rows = [
        {
            "customer": shop.jose.id,
            "operator": shop.alice.id,
            "appointment_type": next(kinds).id,
            "scheduled_at": MONDAY + timedelta(minutes=30 * n),
            "duration_minutes": 30,
            "status": status.value,
        }
        for n, status in enumerate(statuses)
    ]
    Appointment.insert_many(rows).execute()


def stats_queries(db: peewee.Database) -> tuple[int, list[str]]:
    with recorded_sql(db) as statements:
        stats = appointment_stats("week", now=NOW, first_weekday=0)
    return stats.total, [sql for sql, _params in statements]


def test_statistics_query_count_does_not_grow_with_the_data(
    db: peewee.Database, shop: Shop
) -> None:
    add_appointments(shop, 5)
    few_total, few = stats_queries(db)
    Appointment.delete().execute()
    add_appointments(shop, 200)
    many_total, many = stats_queries(db)

    assert (few_total, many_total) == (5, 200)
    assert len(few) == len(many) <= 3
    assert all("COUNT(" in sql.upper() for sql in many), many
