"""The Upcoming Appointments dock: the Upcoming scope, opening, reloading, the clock, queries."""

from __future__ import annotations

from datetime import datetime, timedelta

import peewee
import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from appointments_desktop import Action, Appointment, Status
from appointments_desktop.ui.clock import MinuteClock
from appointments_desktop.ui.docks.rows import Field
from appointments_desktop.ui.docks.upcoming import UpcomingDock
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW, Shop
from tests.gui.dock_support import (
    MovableClock,
    cell_text,
    double_click_cell,
    label_text,
    listed_ids,
    show,
    table_of,
)
from tests.unit.storage_support import give_status, recorded_sql


@pytest.fixture
def booked(shop: Shop) -> dict[str, Appointment]:
    """Appointments around NOW (Wed 25 Nov 2026, 10:00): four upcoming, five not."""
    rows = {
        "friday": shop.book(datetime(2026, 11, 27, 15, 0), customer=shop.kim),
        "today": shop.book(datetime(2026, 11, 25, 12, 30), appointment_type=shop.repair),
        "now": shop.book(NOW, customer=shop.zoe, operator=shop.bob),
        "tomorrow": shop.book(datetime(2026, 11, 26, 9, 0), customer=shop.zoe),
        "last_minute": shop.book(NOW + timedelta(days=7, minutes=-1)),
        "a_week_on": shop.book(NOW + timedelta(days=7)),
        "earlier_today": shop.book(datetime(2026, 11, 25, 9, 0)),
        "cancelled": shop.book(datetime(2026, 11, 26, 11, 0)),
        "completed": shop.book(datetime(2026, 11, 26, 12, 0)),
    }
    give_status(rows["tomorrow"], Status.CONFIRMED)
    give_status(rows["cancelled"], Status.CANCELLED)
    give_status(rows["completed"], Status.COMPLETED)
    return rows


UPCOMING = ["now", "today", "tomorrow", "friday", "last_minute"]


def ids(booked: dict[str, Appointment], names: list[str]) -> list[int]:
    return [int(booked[name].id) for name in names]


@pytest.fixture
def dock(qtbot: QtBot, operations: Operations, booked: dict[str, Appointment]) -> UpcomingDock:
    widget = UpcomingDock(operations)
    show(qtbot, widget)
    return widget


def test_it_lists_the_next_seven_days_open_appointments_soonest_first(
    dock: UpcomingDock, booked: dict[str, Appointment]
) -> None:
    assert dock.objectName() == "upcomingDock"
    assert dock.windowTitle() == "Upcoming Appointments"
    assert listed_ids(dock) == ids(booked, UPCOMING)
    assert label_text(dock, "upcomingCount") == "5 appointments in the next 7 days"


def test_rows_say_today_and_tomorrow_in_words_and_show_the_status_word(
    dock: UpcomingDock,
) -> None:
    assert [cell_text(dock, row, Field.WHEN) for row in range(4)] == [
        "Today, 10:00 AM",
        "Today, 12:30 PM",
        "Tomorrow, 9:00 AM",
        "Fri, Nov 27, 3:00 PM",
    ]
    assert cell_text(dock, 1, Field.CUSTOMER) == "José García"
    assert cell_text(dock, 1, Field.TYPE) == "Repair"
    assert cell_text(dock, 0, Field.OPERATOR) == "Bob"
    assert cell_text(dock, 2, Field.STATUS) == "Confirmed"
    assert cell_text(dock, 1, Field.STATUS) == "Pending"


def test_the_model_keeps_qts_model_contract(qtmodeltester: ModelTester, dock: UpcomingDock) -> None:
    qtmodeltester.check(dock.model)


def test_double_click_and_enter_ask_to_open_the_appointment(
    qtbot: QtBot, dock: UpcomingDock, booked: dict[str, Appointment]
) -> None:
    with qtbot.waitSignal(dock.open_requested) as opened:
        double_click_cell(qtbot, dock, 2, Field.CUSTOMER)
    assert opened.args == [booked["tomorrow"].id]
    table = table_of(dock)
    table.selectRow(3)
    with qtbot.waitSignal(dock.open_requested) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [booked["friday"].id]


def test_a_status_change_made_elsewhere_reloads_it_keeping_the_selection(
    dock: UpcomingDock, operations: Operations, booked: dict[str, Appointment]
) -> None:
    table_of(dock).selectRow(3)
    operations.apply_action(booked["today"], Action.CANCEL)
    assert listed_ids(dock) == ids(booked, ["now", "tomorrow", "friday", "last_minute"])
    assert dock.rows.current_row().id == booked["friday"].id


def test_a_hidden_dock_does_not_query_and_catches_up_when_shown(
    qtbot: QtBot,
    operations: Operations,
    events: AppEvents,
    booked: dict[str, Appointment],
    db: peewee.Database,
) -> None:
    dock = UpcomingDock(operations)
    minutes = MinuteClock()
    dock.follow_clock(minutes)
    qtbot.addWidget(dock)
    with recorded_sql(db) as statements:
        events.appointments_changed.emit()
        events.records_changed.emit()
        minutes.minute_passed.emit()
    assert statements == []
    show(qtbot, dock)
    assert listed_ids(dock) == ids(booked, UPCOMING)
    dock.hide()
    operations.apply_action(booked["now"], Action.CANCEL)
    assert listed_ids(dock) == ids(booked, UPCOMING)  # hidden: not reloaded yet
    dock.show()
    assert listed_ids(dock) == ids(booked, UPCOMING[1:])


def test_the_minute_tick_drops_an_appointment_whose_start_passed(
    qtbot: QtBot, events: AppEvents, booked: dict[str, Appointment]
) -> None:
    clock = MovableClock()
    dock = UpcomingDock(Operations(events, clock=clock))
    minutes = MinuteClock()
    dock.follow_clock(minutes)
    show(qtbot, dock)
    clock.now = NOW + timedelta(minutes=1)
    minutes.minute_passed.emit()
    assert listed_ids(dock) == ids(booked, [*UPCOMING[1:], "a_week_on"])  # the week moved on
    assert cell_text(dock, 2, Field.WHEN) == "Fri, Nov 27, 3:00 PM"
    clock.now = datetime(2026, 11, 26, 8, 0)  # the next morning: "Tomorrow" becomes "Today"
    minutes.minute_passed.emit()
    assert cell_text(dock, 0, Field.WHEN) == "Today, 9:00 AM"


def test_an_unchanged_minute_keeps_the_rows_selection_and_scroll_position(
    qtbot: QtBot, shop: Shop, operations: Operations
) -> None:
    for hour in range(40):
        shop.book(NOW + timedelta(hours=hour + 1))
    dock = UpcomingDock(operations)
    show(qtbot, dock)
    table = table_of(dock)
    table.selectRow(20)
    table.verticalScrollBar().setValue(7)
    with qtbot.assertNotEmitted(dock.model.modelReset):
        dock.minute_passed()
    assert table.currentIndex().row() == 20
    assert table.verticalScrollBar().value() == 7


def test_an_empty_week_shows_a_calm_line_instead_of_the_table(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    dock = UpcomingDock(operations)
    show(qtbot, dock)
    assert label_text(dock, "upcomingEmpty") == "Nothing booked in the next 7 days."
    assert not table_of(dock).isVisible()
    assert label_text(dock, "upcomingCount") == ""
    shop.book(NOW + timedelta(hours=1))
    operations.events.appointments_changed.emit()
    assert table_of(dock).isVisible()
    assert label_text(dock, "upcomingEmpty") == ""


def test_a_narrow_dock_hides_operator_then_type_instead_of_scrolling_sideways(
    qtbot: QtBot, dock: UpcomingDock
) -> None:
    header = table_of(dock).horizontalHeader()
    shown = {field: not header.isSectionHidden(n) for n, field in enumerate(dock.model.fields)}
    assert all(shown.values())
    dock.resize(300, 320)
    shown = {field: not header.isSectionHidden(n) for n, field in enumerate(dock.model.fields)}
    assert not shown[Field.OPERATOR] and not shown[Field.TYPE]
    assert shown[Field.WHEN] and shown[Field.CUSTOMER] and shown[Field.STATUS]
    qtbot.waitUntil(lambda: table_of(dock).horizontalScrollBar().maximum() == 0)


@pytest.mark.parametrize("count", [3, 60])
def test_a_reload_makes_the_same_queries_for_3_and_60_appointments(
    qtbot: QtBot, operations: Operations, shop: Shop, db: peewee.Database, count: int
) -> None:
    for number in range(count):
        shop.book(NOW + timedelta(hours=number % 150 + 1), customer=shop.kim)
    dock = UpcomingDock(operations)
    show(qtbot, dock)
    with recorded_sql(db) as statements:
        operations.events.appointments_changed.emit()
    assert dock.model.rowCount() == count
    assert len(statements) == 1
