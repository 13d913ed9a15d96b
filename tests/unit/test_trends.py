"""The dashboard's core: trends, no-show figures, periods, to-do lists and reminder wording.

``NOW`` is Wednesday 25 November 2026, 10:00. In en_US the week starts on Sunday (Sun 22 –
Sat 28 November), in de_DE on Monday (Mon 23 – Sun 29 November). 1 November 2026 is a
Sunday, so the Sunday weeks of November start on the 1st, 8th, 15th, 22nd and 29th.
October has 31 days, November 30, February 2028 has 29 (a leap year). The expected numbers
below are written from those calendar facts, not taken from the code.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import peewee
import pytest

from appointments_desktop import Appointment, Status, stats_between
from appointments_desktop.domain.periods import StatsPeriod, period_range, previous_month_range
from appointments_desktop.domain.reminders import ReminderDetails, reminder_text
from appointments_desktop.i18n import format_day_and_time, set_locale
from appointments_desktop.storage import todo
from appointments_desktop.storage.settings import write_setting
from appointments_desktop.storage.trends import (
    CustomerNoShows,
    NoShowRecord,
    WeekOutcome,
    customer_no_show_record,
    daily_counts,
    top_no_show_customers,
    weekly_no_shows,
)
from tests.conftest import NOW, Shop
from tests.unit.storage_support import give_status, recorded_sql

SUNDAY = date(2026, 11, 22)
NBSP = "\u202f"  # CLDR puts a narrow no-break space before AM/PM in English times


def at(day: int, hour: int = 9, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute)


def booked(
    shop: Shop, start: datetime, status: Status = Status.PENDING, **kwargs: object
) -> Appointment:
    """Book at ``start`` (Alice, José, Consultation unless given), then reach ``status``."""
    return give_status(shop.book(start, **kwargs), status)


# -- appointments per day ----------------------------------------------------------------


def test_daily_counts_cover_every_day_of_the_span_including_empty_ones(shop: Shop) -> None:
    booked(shop, at(21, 23, 59))  # Saturday before: outside
    booked(shop, at(23, 9))
    booked(shop, at(23, 15), Status.CANCELLED)  # every status counts
    booked(shop, at(25, 23, 30), Status.NO_SHOW)
    booked(shop, at(28, 23, 59))  # Saturday, last day
    booked(shop, at(29, 0, 0))  # the following Sunday: outside

    counts = daily_counts(SUNDAY, 7)

    assert [c.day for c in counts] == [SUNDAY + timedelta(days=n) for n in range(7)]
    assert [c.total for c in counts] == [0, 2, 0, 1, 0, 0, 1]


def test_daily_counts_for_one_operator(shop: Shop) -> None:
    booked(shop, at(23, 9), operator=shop.alice)
    booked(shop, at(23, 10), operator=shop.bob)
    booked(shop, at(24, 10), operator=shop.bob)

    assert [c.total for c in daily_counts(SUNDAY, 3, shop.bob.id)] == [0, 1, 1]
    assert [c.total for c in daily_counts(SUNDAY, 3, shop.alice.id)] == [0, 1, 0]


# -- no-shows per week -------------------------------------------------------------------


def test_weekly_no_shows_count_closed_appointments_per_week(shop: Shop) -> None:
    booked(shop, at(1, 9), Status.NO_SHOW)  # week of 1 Nov
    booked(shop, at(7, 18), Status.COMPLETED)
    booked(shop, at(7, 19), Status.CANCELLED)
    booked(shop, at(7, 20), Status.COMPLETED)
    booked(shop, at(10), Status.PENDING)  # week of 8 Nov: nothing closed
    booked(shop, at(11), Status.CONFIRMED)
    booked(shop, at(21, 23, 59), Status.NO_SHOW)  # week of 15 Nov: all missed
    booked(shop, at(28, 23, 59), Status.COMPLETED)  # week of 22 Nov
    booked(shop, at(29, 0), Status.NO_SHOW)  # after the four weeks

    weeks = weekly_no_shows(date(2026, 11, 1), 4)

    assert weeks == [
        WeekOutcome(date(2026, 11, 1), 4, 1),
        WeekOutcome(date(2026, 11, 8), 0, 0),
        WeekOutcome(date(2026, 11, 15), 1, 1),
        WeekOutcome(date(2026, 11, 22), 1, 0),
    ]
    assert [w.no_show_rate for w in weeks] == [pytest.approx(0.25), None, 1.0, 0.0]


def test_weekly_no_shows_for_one_operator(shop: Shop) -> None:
    booked(shop, at(2), Status.NO_SHOW, operator=shop.bob)
    booked(shop, at(3), Status.COMPLETED, operator=shop.alice)

    (bob_week,) = weekly_no_shows(date(2026, 11, 1), 1, shop.bob.id)
    (alice_week,) = weekly_no_shows(date(2026, 11, 1), 1, shop.alice.id)

    assert (bob_week.closed, bob_week.no_show) == (1, 1)
    assert (alice_week.closed, alice_week.no_show) == (1, 0)


def test_trend_queries_are_one_statement_each(shop: Shop, db: peewee.Database) -> None:
    for day in range(1, 29):
        booked(shop, at(day), Status.COMPLETED)
    with recorded_sql(db) as statements:
        weekly_no_shows(date(2026, 11, 1), 12)
        daily_counts(SUNDAY, 7)
        top_no_show_customers(at(1, 0), at(1, 0, month=12))
    assert len(statements) == 3


# -- customers with the most no-shows ------------------------------------------------------


def test_top_no_show_customers_most_first_then_the_higher_share(shop: Shop) -> None:
    for day, status in ((2, Status.NO_SHOW), (3, Status.NO_SHOW), (4, Status.COMPLETED)):
        booked(shop, at(day), status, customer=shop.jose)
    for day, status in ((5, Status.NO_SHOW), (6, Status.NO_SHOW), (9, Status.CANCELLED)):
        booked(shop, at(day), status, customer=shop.zoe)
    booked(shop, at(10), Status.PENDING, customer=shop.zoe)  # not closed: not counted
    booked(shop, at(11), Status.COMPLETED, customer=shop.kim)  # no no-show: left out
    booked(shop, at(31, month=10), Status.NO_SHOW, customer=shop.kim)  # October

    top = top_no_show_customers(at(1, 0), at(1, 0, month=12))

    # Zoë missed 2 of the 2 she was expected at (the cancelled and the pending one do not
    # count); José 2 of 3: the same number of no-shows, Zoë's share is higher.
    assert top == [
        CustomerNoShows(shop.zoe.id, "ZOË Müller", 2, 2),
        CustomerNoShows(shop.jose.id, "José García", 2, 3),
    ]
    assert top_no_show_customers(at(1, 0), at(1, 0, month=12), limit=1) == top[:1]


def test_top_no_show_customers_for_one_operator(shop: Shop) -> None:
    booked(shop, at(2), Status.NO_SHOW, customer=shop.jose, operator=shop.bob)
    booked(shop, at(3), Status.NO_SHOW, customer=shop.kim, operator=shop.alice)
    booked(shop, at(4), Status.COMPLETED, customer=shop.kim, operator=shop.bob)

    top = top_no_show_customers(at(1, 0), at(1, 0, month=12), shop.bob.id)

    assert top == [CustomerNoShows(shop.jose.id, "José García", 1, 1)]


# -- a customer's recent record --------------------------------------------------------------


def test_no_show_record_reads_the_last_six_closed_visits_without_cancelled_or_open_ones(
    shop: Shop,
) -> None:
    plan = [Status.NO_SHOW, Status.NO_SHOW]  # 16 Nov falls outside the last six
    plan += [Status.COMPLETED, Status.NO_SHOW, Status.COMPLETED]
    plan += [Status.COMPLETED, Status.NO_SHOW, Status.CONFIRMED]  # 21 – 23 Nov
    # The confirmed one on 23 Nov was never closed: it says nothing yet, so the last six
    # closed visits are 17 – 22 Nov, three of them no-shows.
    for day, status in enumerate(plan, start=16):
        booked(shop, at(day), status)
    booked(shop, at(24, 9), Status.CANCELLED)  # never expected: left out
    booked(shop, at(25, 10))  # starts at NOW, not before it
    booked(shop, at(26), Status.NO_SHOW, customer=shop.kim)  # someone else

    assert customer_no_show_record(shop.jose.id, NOW) == NoShowRecord(3, 6)
    assert customer_no_show_record(shop.jose.id, NOW, last=2) == NoShowRecord(1, 2)
    assert customer_no_show_record(shop.zoe.id, NOW) == NoShowRecord(0, 0)


@pytest.mark.parametrize(
    ("record", "words"),
    [
        (NoShowRecord(0, 0), "No past appointments"),
        (NoShowRecord(1, 1), "Did not come to their only past appointment"),
        (NoShowRecord(0, 1), "Came to their only past appointment"),
        (NoShowRecord(1, 6), "1 no-show in the last 6 appointments"),
        (NoShowRecord(2, 6), "2 no-shows in the last 6 appointments"),
        (NoShowRecord(0, 3), "0 no-shows in the last 3 appointments"),
    ],
)
def test_no_show_record_in_words(record: NoShowRecord, words: str) -> None:
    assert record.describe() == words


# -- periods ---------------------------------------------------------------------------------


def test_stats_periods_in_selector_order_with_labels() -> None:
    assert [p.label for p in StatsPeriod] == [
        "This week",
        "This month",
        "Last month",
        "Chosen dates",
    ]


@pytest.mark.parametrize(
    ("period", "today", "expected"),
    [
        (StatsPeriod.THIS_WEEK, date(2026, 11, 25), (date(2026, 11, 22), date(2026, 11, 29))),
        (StatsPeriod.THIS_WEEK, date(2026, 11, 22), (date(2026, 11, 22), date(2026, 11, 29))),
        (StatsPeriod.THIS_WEEK, date(2026, 12, 31), (date(2026, 12, 27), date(2027, 1, 3))),
        (StatsPeriod.THIS_MONTH, date(2026, 11, 25), (date(2026, 11, 1), date(2026, 12, 1))),
        (StatsPeriod.THIS_MONTH, date(2026, 12, 31), (date(2026, 12, 1), date(2027, 1, 1))),
        (StatsPeriod.LAST_MONTH, date(2026, 11, 25), (date(2026, 10, 1), date(2026, 11, 1))),
        (StatsPeriod.LAST_MONTH, date(2027, 1, 1), (date(2026, 12, 1), date(2027, 1, 1))),
        (StatsPeriod.LAST_MONTH, date(2028, 3, 31), (date(2028, 2, 1), date(2028, 3, 1))),
    ],
)
def test_period_range(period: StatsPeriod, today: date, expected: tuple[date, date]) -> None:
    assert period_range(period, today) == expected


def test_this_week_starts_on_the_locales_first_day() -> None:
    set_locale("de_DE")
    assert period_range(StatsPeriod.THIS_WEEK, date(2026, 11, 22)) == (
        date(2026, 11, 16),
        date(2026, 11, 23),
    )


def test_chosen_dates_include_both_days_either_way_round() -> None:
    first, last = date(2026, 11, 3), date(2026, 11, 5)
    expected = (first, date(2026, 11, 6))
    assert period_range(StatsPeriod.CHOSEN, NOW.date(), (first, last)) == expected
    assert period_range(StatsPeriod.CHOSEN, NOW.date(), (last, first)) == expected
    assert period_range(StatsPeriod.CHOSEN, NOW.date()) == (NOW.date(), date(2026, 11, 26))


def test_previous_month_range_across_a_year_and_a_leap_february() -> None:
    assert previous_month_range(date(2027, 1, 31)) == (date(2026, 12, 1), date(2027, 1, 1))
    assert previous_month_range(date(2028, 3, 1)) == (date(2028, 2, 1), date(2028, 3, 1))
    assert previous_month_range(date(2026, 3, 31)) == (date(2026, 2, 1), date(2026, 3, 1))


def test_stats_between_for_one_operator(shop: Shop) -> None:
    booked(shop, at(23), Status.COMPLETED, operator=shop.alice)
    booked(shop, at(24), Status.NO_SHOW, operator=shop.alice, appointment_type=shop.repair)
    booked(shop, at(23), Status.CANCELLED, operator=shop.bob)
    booked(shop, at(24), Status.PENDING, operator=shop.bob)

    alice = stats_between(SUNDAY, date(2026, 11, 29), shop.alice.id)
    bob = stats_between(SUNDAY, date(2026, 11, 29), shop.bob.id)
    everyone = stats_between(SUNDAY, date(2026, 11, 29))

    assert (alice.total, alice.completed, alice.no_show, alice.cancelled) == (2, 1, 1, 0)
    assert alice.popular_types == [("Consultation", 1), ("Repair", 1)]
    assert (bob.total, bob.closed, bob.cancellation_rate) == (2, 1, 1.0)
    assert bob.popular_types == [("Consultation", 2)]
    assert (everyone.total, everyone.closed) == (4, 3)


# -- to confirm, reminders due ----------------------------------------------------------------


def test_to_confirm_lists_pending_appointments_within_the_window_soonest_first(
    shop: Shop,
) -> None:
    late = booked(shop, NOW + timedelta(hours=47, minutes=59))
    soon = booked(shop, NOW)
    booked(shop, NOW + timedelta(hours=48))  # just outside 48 hours
    booked(shop, NOW - timedelta(minutes=1))  # already started
    booked(shop, NOW + timedelta(hours=1), Status.CONFIRMED)

    assert [row.id for row in todo.to_confirm_rows(NOW)] == [soon.id, late.id]
    assert [row.id for row in todo.to_confirm_rows(NOW, hours=1)] == [soon.id]


def test_to_confirm_follows_the_stored_window(shop: Shop) -> None:
    booked(shop, NOW + timedelta(hours=30))
    todo.set_confirm_window_hours(24)
    assert todo.confirm_window_hours() == 24
    assert todo.to_confirm_rows(NOW) == []


@pytest.mark.parametrize("hours", [0, -5, 337])
def test_a_confirm_window_outside_1_to_336_hours_is_refused(
    db: peewee.Database, hours: int
) -> None:
    todo.set_confirm_window_hours(12)
    with pytest.raises(ValueError, match="between 1 and 336 hours"):
        todo.set_confirm_window_hours(hours)
    assert todo.confirm_window_hours() == 12


@pytest.mark.parametrize("hours", [1, 336])
def test_confirm_window_limits_are_accepted(db: peewee.Database, hours: int) -> None:
    todo.set_confirm_window_hours(hours)
    assert todo.confirm_window_hours() == hours


@pytest.mark.parametrize("stored", [None, "", "soon", "0", "400"])
def test_an_unusable_stored_window_reads_as_48_hours(db: peewee.Database, stored: str) -> None:
    if stored is not None:
        write_setting(todo.CONFIRM_WINDOW_KEY, stored)
    assert todo.confirm_window_hours() == 48


def test_reminders_due_are_confirmed_appointments_tomorrow_without_a_reminder(
    shop: Shop,
) -> None:
    first = booked(shop, at(26, 0, 0), Status.CONFIRMED)  # Thursday, the day after NOW
    last = booked(shop, at(26, 23, 59), Status.CONFIRMED)
    booked(shop, at(27, 0, 0), Status.CONFIRMED)  # Friday
    booked(shop, at(25, 23, 0), Status.CONFIRMED)  # today
    booked(shop, at(26, 12))  # pending
    reminded = booked(shop, at(26, 15), Status.CONFIRMED)
    reminded.mark_reminder_sent(now=NOW)

    assert [row.id for row in todo.reminders_due_rows(NOW)] == [first.id, last.id]


# -- words with dates ------------------------------------------------------------------------


def test_reminder_text_in_english() -> None:
    details = ReminderDetails("José García", at(26, 14, 30), "Alice", "Repair")
    assert reminder_text(details) == (
        "Hello José García, this is a reminder of your Repair appointment with Alice on "
        f"Thursday, November 26, 2026 at 2:30{NBSP}PM. If you cannot come, please let us know."
    )


def test_reminder_text_uses_the_locales_date_and_time() -> None:
    set_locale("de_DE")
    text = reminder_text(ReminderDetails("Kim", at(26, 14, 30), "Bob", "Consultation"))
    assert "Donnerstag, 26. November 2026" in text
    assert "14:30" in text


@pytest.mark.parametrize(
    ("when", "words"),
    [
        (at(25, 14, 30), f"Today, 2:30{NBSP}PM"),
        (at(25, 0, 0), f"Today, 12:00{NBSP}AM"),
        (at(26, 9, 0), f"Tomorrow, 9:00{NBSP}AM"),
        (at(27, 14, 30), f"Fri, Nov 27, 2:30{NBSP}PM"),
        (at(24, 8, 5), f"Tue, Nov 24, 8:05{NBSP}AM"),
        (datetime(2027, 1, 2, 9, 0), f"Sat, Jan 2, 9:00{NBSP}AM"),
    ],
)
def test_format_day_and_time(when: datetime, words: str) -> None:
    assert format_day_and_time(when, NOW.date()) == words


def test_format_day_and_time_in_german() -> None:
    set_locale("de_DE")
    assert format_day_and_time(at(27, 14, 30), NOW.date()) == "Fr., 27. Nov., 14:30"
    assert format_day_and_time(at(26, 9, 0), NOW.date()).endswith("09:00")
