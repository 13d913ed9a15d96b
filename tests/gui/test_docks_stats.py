"""The Stats dock: totals, rates, charts and the no-show list for a period and an operator.

``NOW`` is Wednesday 25 November 2026, 10:00, en_US: the week runs from Sunday 22 to
Saturday 28 November, the month from 1 to 30 November, last month is October. Rates are
shares of the closed (completed, cancelled, no-show) appointments (DESIGN.md). Expected
numbers are written from those facts, not taken from the code.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import peewee
import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel
from pytestqt.qtbot import QtBot

from appointments_desktop import Action, Appointment, Operator, Status
from appointments_desktop.domain.periods import StatsPeriod
from appointments_desktop.i18n import set_locale
from appointments_desktop.ui.charts import BarChart, LineChart
from appointments_desktop.ui.docks.stats import StatsDock
from appointments_desktop.ui.docks.stats_parts import NoShowList
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW, Shop
from tests.unit.storage_support import give_status, recorded_sql

CLOSED = "closed (completed, cancelled or no-show)"


def at(day: int, hour: int = 9, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour)


def booked(shop: Shop, start: datetime, status: Status, **kwargs: object) -> Appointment:
    return give_status(shop.book(start, **kwargs), status)


def open_dock(
    qtbot: QtBot, operations: Operations, size: tuple[int, int] = (380, 900)
) -> StatsDock:
    dock = StatsDock(operations)
    qtbot.addWidget(dock)
    dock.resize(*size)
    dock.show()
    qtbot.waitExposed(dock)
    return dock


def label(dock: StatsDock, name: str) -> QLabel:
    found = dock.findChild(QLabel, name)
    assert found is not None, name
    return found


def figures(dock: StatsDock) -> dict[str, str]:
    names = ("statsTotal", "statsCompletionRate", "statsNoShowRate", "statsCancellationRate")
    return {name: label(dock, name).text() for name in names}


def choose(dock: StatsDock, box_name: str, data: object) -> None:
    box = dock.findChild(QComboBox, box_name)
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def bars(dock: StatsDock, name: str) -> list[tuple[str, float, str]]:
    chart = dock.findChild(BarChart, name)
    return [(bar.label, bar.value, bar.text) for bar in chart.items()]


@pytest.fixture
def week_plan(shop: Shop) -> dict[str, Appointment]:
    """This week: 3 completed, 1 cancelled, 1 no-show, 2 pending; three more in November."""
    plan = {
        "mon_completed": booked(shop, at(23, 9), Status.COMPLETED, appointment_type=shop.repair),
        "mon_no_show": booked(shop, at(23, 10), Status.NO_SHOW, customer=shop.zoe),
        "tue_completed": booked(shop, at(24, 9), Status.COMPLETED, appointment_type=shop.repair),
        "tue_cancelled": booked(shop, at(24, 11), Status.CANCELLED, operator=shop.bob),
        "wed_completed": booked(shop, at(25, 8), Status.COMPLETED, operator=shop.bob),
        "wed_pending": booked(shop, at(25, 14), Status.PENDING),
        "sat_pending": booked(shop, at(28, 17), Status.PENDING, appointment_type=shop.repair),
    }
    booked(shop, at(2), Status.COMPLETED)  # earlier in November
    booked(shop, at(21, 18), Status.NO_SHOW, customer=shop.zoe)  # Saturday of last week
    booked(shop, at(29, 9), Status.PENDING)  # next week, still November
    return plan


# -- figures -------------------------------------------------------------------------------


def test_this_week_figures_and_the_counts_behind_each_rate(
    qtbot: QtBot, operations: Operations, week_plan: dict[str, Appointment]
) -> None:
    dock = open_dock(qtbot, operations)

    assert dock.objectName() == "statsDock"
    assert dock.windowTitle() == "Appointment Stats"
    assert figures(dock) == {
        "statsTotal": "7",
        "statsCompletionRate": "60%",
        "statsNoShowRate": "20%",
        "statsCancellationRate": "20%",
    }
    assert label(dock, "statsCompletionRate").toolTip() == f"3 completed of 5 {CLOSED}"
    assert label(dock, "statsNoShowRate").toolTip() == f"1 no-show of 5 {CLOSED}"
    assert label(dock, "statsCancellationRate").toolTip() == f"1 cancelled of 5 {CLOSED}"
    assert label(dock, "statsWeekTotal").text() == "This week: 7"
    assert label(dock, "statsMonthTotal").text() == "This month: 10"
    assert label(dock, "statsSpan").text() == "Nov 22\u2009–\u200928, 2026"


def test_a_rate_with_nothing_closed_is_a_dash(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    booked(shop, at(23), Status.PENDING)
    booked(shop, at(24), Status.CONFIRMED)

    dock = open_dock(qtbot, operations)

    assert figures(dock) == {
        "statsTotal": "2",
        "statsCompletionRate": "—",
        "statsNoShowRate": "—",
        "statsCancellationRate": "—",
    }
    assert label(dock, "statsNoShowRate").toolTip().startswith("Nothing closed yet")


def test_the_operator_filter_lists_every_operator_and_changes_the_numbers(
    qtbot: QtBot, operations: Operations, week_plan: dict[str, Appointment]
) -> None:
    Operator.create(name="Carol", active=False)
    dock = open_dock(qtbot, operations)
    box = dock.findChild(QComboBox, "statsOperator")
    assert [box.itemText(i) for i in range(box.count())] == [
        "All operators",
        "Alice",
        "Bob",
        "Carol (inactive)",
    ]

    choose(dock, "statsOperator", week_plan["tue_cancelled"].operator_id)  # Bob

    assert figures(dock) == {
        "statsTotal": "2",
        "statsCompletionRate": "50%",
        "statsNoShowRate": "0%",
        "statsCancellationRate": "50%",
    }
    assert label(dock, "statsWeekTotal").text() == "This week: 2"
    assert label(dock, "statsMonthTotal").text() == "This month: 2"


def test_a_new_operator_appears_and_the_choice_stays(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    dock = open_dock(qtbot, operations)
    choose(dock, "statsOperator", shop.bob.id)

    operations.save_record(Operator(name="Aaron"))

    box = dock.findChild(QComboBox, "statsOperator")
    assert [box.itemText(i) for i in range(box.count())][1:] == ["Aaron", "Alice", "Bob"]
    assert box.currentText() == "Bob"


def test_the_period_selector_this_month_last_month_and_chosen_dates(
    qtbot: QtBot, operations: Operations, week_plan: dict[str, Appointment], shop: Shop
) -> None:
    booked(shop, at(31, 9, month=10), Status.NO_SHOW)  # October
    booked(shop, at(1, 9, month=10), Status.COMPLETED)
    dock = open_dock(qtbot, operations)
    from_edit = dock.findChild(QDateEdit, "statsFrom")
    assert not from_edit.isVisibleTo(dock)

    choose(dock, "statsPeriod", StatsPeriod.THIS_MONTH.value)
    assert figures(dock)["statsTotal"] == "10"
    assert label(dock, "statsNoShowRate").toolTip() == f"2 no-shows of 7 {CLOSED}"
    assert label(dock, "statsSpan").text() == "Nov 1\u2009–\u200930, 2026"

    choose(dock, "statsPeriod", StatsPeriod.LAST_MONTH.value)
    assert figures(dock) == {
        "statsTotal": "2",
        "statsCompletionRate": "50%",
        "statsNoShowRate": "50%",
        "statsCancellationRate": "0%",
    }

    choose(dock, "statsPeriod", StatsPeriod.CHOSEN.value)
    assert from_edit.isVisibleTo(dock)
    assert from_edit.calendarPopup()
    from_edit.setDate(QDate(2026, 11, 21))
    dock.findChild(QDateEdit, "statsTo").setDate(QDate(2026, 11, 23))
    # Sat 21 (no-show), Mon 23 (completed, no-show).
    assert figures(dock)["statsTotal"] == "3"
    assert label(dock, "statsNoShowRate").toolTip() == f"2 no-shows of 3 {CLOSED}"
    assert label(dock, "statsWeekTotal").text() == "This week: 7"  # always the current week


# -- charts and list ------------------------------------------------------------------------


def test_popular_types_and_the_days_of_this_week(
    qtbot: QtBot, operations: Operations, week_plan: dict[str, Appointment]
) -> None:
    dock = open_dock(qtbot, operations)

    assert bars(dock, "statsPopularTypes") == [("Consultation", 4, "4"), ("Repair", 3, "3")]
    types = dock.findChild(BarChart, "statsPopularTypes").items()
    assert types[1].tooltip == "Repair: 3 appointments (43%)"
    assert bars(dock, "statsPerDay") == [
        ("Sun", 0, "0"),
        ("Mon", 2, "2"),
        ("Tue", 2, "2"),
        ("Wed", 2, "2"),
        ("Thu", 0, "0"),
        ("Fri", 0, "0"),
        ("Sat", 1, "1"),
    ]
    days = dock.findChild(BarChart, "statsPerDay")
    assert days.highlighted() == 3
    assert days.items()[3].tooltip == "Wednesday, November 25, 2026: 2 appointments"


def test_a_monday_week_in_german(qtbot: QtBot, operations: Operations, shop: Shop) -> None:
    set_locale("de_DE")
    booked(shop, at(29, 9), Status.COMPLETED)  # Sunday: the end of the German week
    booked(shop, at(29, 10), Status.NO_SHOW)
    booked(shop, at(29, 11), Status.CANCELLED)

    dock = open_dock(qtbot, operations)

    labels = [text for text, _value, _shown in bars(dock, "statsPerDay")]
    assert labels == ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
    assert dock.findChild(BarChart, "statsPerDay").highlighted() == 2
    assert label(dock, "statsCompletionRate").text() == "33\xa0%"


def test_the_no_show_trend_has_gaps_for_weeks_with_nothing_closed(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    booked(shop, at(6, 9, month=9), Status.NO_SHOW)  # the first of the twelve weeks
    booked(shop, at(5, 9, month=9), Status.NO_SHOW)  # the Saturday before: not shown
    booked(shop, at(16), Status.NO_SHOW)
    booked(shop, at(17), Status.COMPLETED)
    booked(shop, at(19), Status.PENDING)  # not closed
    booked(shop, at(23), Status.COMPLETED)

    dock = open_dock(qtbot, operations)

    points = dock.findChild(LineChart, "statsNoShowTrend").items()
    assert len(points) == 12
    assert points[0].label == "Sep 6"
    assert points[-1].label == "Nov 22"
    assert [p.value for p in points] == [1.0] + [None] * 9 + [0.5, 0.0]
    assert [p.text for p in points[-2:]] == ["50%", "0%"]
    assert points[-2].tooltip == "Week of Nov 15, 2026: 1 no-show of 2 closed (50%)"
    assert points[1].tooltip == "Week of Sep 13, 2026: nothing closed"


def test_most_no_shows_of_the_period(
    qtbot: QtBot, operations: Operations, week_plan: dict[str, Appointment], shop: Shop
) -> None:
    booked(shop, at(24, 15), Status.NO_SHOW, customer=shop.kim)
    booked(shop, at(25, 9), Status.NO_SHOW, customer=shop.kim)
    dock = open_dock(qtbot, operations)
    no_shows = dock.findChild(NoShowList, "statsTopNoShows")

    assert no_shows.rows() == [("Kim Lee", "2 of 2"), ("ZOË Müller", "1 of 1")]
    assert no_shows.empty_text() == ""

    choose(dock, "statsPeriod", StatsPeriod.LAST_MONTH.value)
    assert no_shows.rows() == []
    assert no_shows.empty_text() == "No no-shows in this period."


# -- following the data and the clock -------------------------------------------------------


def test_a_status_change_made_elsewhere_updates_the_figures(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    appointment = shop.book(at(24, 9))
    dock = open_dock(qtbot, operations)
    assert label(dock, "statsNoShowRate").text() == "—"

    operations.apply_action(appointment, Action.NO_SHOW)

    assert label(dock, "statsNoShowRate").text() == "100%"
    assert label(dock, "statsNoShowRate").toolTip() == f"1 no-show of 1 {CLOSED}"


def test_a_hidden_dock_reads_nothing_until_shown(
    qtbot: QtBot, operations: Operations, shop: Shop, db: peewee.Database
) -> None:
    dock = open_dock(qtbot, operations)
    dock.hide()
    appointment = shop.book(at(24, 9))
    with recorded_sql(db) as statements:
        operations.apply_action(appointment, Action.COMPLETE)
        writes = len(statements)
        assert not any("COUNT" in sql for sql, _params in statements)
        dock.show()
        qtbot.waitExposed(dock)
    assert len(statements) > writes
    assert label(dock, "statsCompletionRate").text() == "100%"


def test_a_new_day_reloads_and_a_minute_of_the_same_day_does_not(
    qtbot: QtBot, operations: Operations, shop: Shop, db: peewee.Database
) -> None:
    booked(shop, at(1, 9, month=12), Status.PENDING)
    dock = open_dock(qtbot, operations)
    operations.clock = lambda: NOW + timedelta(hours=13, minutes=59)  # 23:59 the same day
    with recorded_sql(db) as statements:
        dock.minute_passed()
    assert statements == []

    operations.clock = lambda: datetime(2026, 12, 1, 0, 0)  # Tuesday: a new month
    dock.minute_passed()

    assert label(dock, "statsMonthTotal").text() == "This month: 1"
    assert dock.findChild(BarChart, "statsPerDay").highlighted() == 2
    assert dock.findChild(QDateEdit, "statsFrom").date() == QDate(2026, 11, 1)


def test_one_refresh_reads_the_same_number_of_statements_whatever_the_data(
    qtbot: QtBot, operations: Operations, shop: Shop, db: peewee.Database
) -> None:
    def statements_of_one_refresh() -> int:
        with recorded_sql(db) as statements:
            dock.refresh()
        return len(statements)

    customers = (shop.jose, shop.zoe, shop.kim)
    for index in range(5):
        booked(shop, at(23) + timedelta(hours=index), Status.NO_SHOW, customer=customers[index % 3])
    dock = open_dock(qtbot, operations)
    with_five = statements_of_one_refresh()
    for index in range(75):
        start = datetime(2026, 9, 7, 9) + timedelta(days=index)
        booked(shop, start, Status.COMPLETED, customer=customers[index % 3])
    with_eighty = statements_of_one_refresh()

    assert with_five == with_eighty <= 6


# -- painting -------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(200, 200), (900, 1000)])
def test_the_dock_paints_at_small_and_large_sizes(
    qtbot: QtBot,
    operations: Operations,
    week_plan: dict[str, Appointment],
    size: tuple[int, int],
) -> None:
    dock = open_dock(qtbot, operations, size)
    image = dock.grab().toImage()

    assert (image.width(), image.height()) == size
    step = max(1, image.width() // 40)
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }
    assert len(colours) > 5
    for name in ("statsPopularTypes", "statsPerDay"):
        chart = dock.findChild(BarChart, name)
        assert chart.height() >= 110
        bars = chart.palette().color(QPalette.ColorRole.Highlight)
        painted = chart.grab().toImage()
        assert any(
            painted.pixelColor(x, y) == bars
            for x in range(0, painted.width(), 2)
            for y in range(0, painted.height(), 2)
        ), f"{name} painted no bar"


def test_chosen_dates_default_to_this_month_so_far(qtbot: QtBot, operations: Operations) -> None:
    dock = open_dock(qtbot, operations)
    assert dock.findChild(QDateEdit, "statsFrom").date() == QDate(2026, 11, 1)
    assert dock.findChild(QDateEdit, "statsTo").date() == QDate(2026, 11, 25)
    assert date(2026, 11, 25) == NOW.date()
