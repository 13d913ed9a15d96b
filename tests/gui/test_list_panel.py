"""The appointment list panel: scopes, search as you type, reloading, keys, sorting."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from appointments_desktop import Action, Appointment, Customer
from appointments_desktop.storage.scopes import Scope
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.list.model import Column
from appointments_desktop.ui.list.panel import AppointmentListPanel
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW, Shop


@pytest.fixture
def booked(shop: Shop) -> dict[str, Appointment]:
    """Appointments around NOW (Wed 25 Nov 2026, 10:00) in several statuses."""
    earlier = datetime(2026, 11, 20, 9, 0)
    rows = {
        "today_pending": shop.book(datetime(2026, 11, 25, 14, 0), notes="Bring the receipt"),
        "today_done": shop.book(datetime(2026, 11, 25, 8, 0), operator=shop.bob),
        "friday_confirmed": shop.book(
            datetime(2026, 11, 27, 9, 0), customer=shop.zoe, appointment_type=shop.repair
        ),
        "next_month": shop.book(datetime(2026, 12, 20, 9, 0), customer=shop.kim),
        "cancelled": shop.book(datetime(2026, 11, 26, 9, 0), customer=shop.kim),
    }
    rows["today_done"].mark_completed(now=earlier)
    rows["friday_confirmed"].confirm(now=earlier)
    rows["cancelled"].cancel(now=earlier)
    return rows


@pytest.fixture
def panel(qtbot: QtBot, booked: dict[str, Appointment], events: AppEvents) -> AppointmentListPanel:
    widget = AppointmentListPanel(events, lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    return widget


def listed_ids(panel: AppointmentListPanel) -> list[int]:
    """The appointment ids in the order the view shows them."""
    assert panel.table.model() is panel.model
    return [panel.model.appointment_at(row).id for row in range(panel.model.rowCount())]


def ids(booked: dict[str, Appointment], *names: str) -> list[int]:
    return [int(booked[name].id) for name in names]


def test_the_selector_offers_all_and_the_cores_scopes_with_stable_names(
    panel: AppointmentListPanel,
) -> None:
    combo = panel.scope_filter
    assert combo.objectName() == "scopeFilter"
    assert panel.search_field.objectName() == "searchField"
    assert panel.table.objectName() == "appointmentList"
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert labels == [
        "All",
        "Today",
        "Upcoming (7 days)",
        "Pending",
        "Confirmed",
        "Completed",
        "Cancelled",
    ]


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        (Scope.ALL, ["today_done", "today_pending", "cancelled", "friday_confirmed", "next_month"]),
        (Scope.TODAY, ["today_done", "today_pending"]),
        (Scope.UPCOMING, ["today_pending", "friday_confirmed"]),
        (Scope.PENDING, ["today_pending", "next_month"]),
        (Scope.CONFIRMED, ["friday_confirmed"]),
        (Scope.COMPLETED, ["today_done"]),
        (Scope.CANCELLED, ["cancelled"]),
    ],
)
def test_choosing_a_scope_lists_exactly_its_appointments(
    panel: AppointmentListPanel,
    booked: dict[str, Appointment],
    scope: Scope,
    expected: list[str],
) -> None:
    panel.scope_filter.setCurrentIndex(panel.scope_filter.findText(scope.label))
    assert listed_ids(panel) == ids(booked, *expected)
    assert panel.count_label.text() == f"{len(expected)} appointment" + (
        "s" if len(expected) != 1 else ""
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("jose", ["today_done", "today_pending"]),  # customer, accent ignored
        ("600 123", ["today_done", "today_pending"]),  # customer's phone
        ("receipt", ["today_pending"]),  # notes
        ("bob", ["today_done"]),  # operator
        ("repair", ["friday_confirmed"]),  # type
        ("kim cons", ["cancelled", "next_month"]),  # every word must match
    ],
)
def test_typing_in_the_search_box_filters_as_you_type(
    qtbot: QtBot,
    panel: AppointmentListPanel,
    booked: dict[str, Appointment],
    typed: str,
    expected: list[str],
) -> None:
    qtbot.keyClicks(panel.search_field, typed)
    qtbot.waitUntil(lambda: listed_ids(panel) == ids(booked, *expected), timeout=2000)
    panel.search_field.clear()
    qtbot.waitUntil(lambda: len(listed_ids(panel)) == len(booked), timeout=2000)


def test_a_search_without_matches_says_so(qtbot: QtBot, panel: AppointmentListPanel) -> None:
    qtbot.keyClicks(panel.search_field, "nobody-like-this")
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Return)
    assert listed_ids(panel) == []
    assert panel.empty_hint.isVisible()
    assert "nobody-like-this" in panel.empty_hint.text()


def test_the_list_reloads_after_a_booking_made_anywhere(
    panel: AppointmentListPanel, shop: Shop, operations: Operations
) -> None:
    before = len(listed_ids(panel))
    new = Appointment(
        customer=Customer.create(name="Walk-in"),
        operator=shop.bob,
        appointment_type=shop.repair,
        scheduled_at=datetime(2026, 11, 30, 15, 0),
        duration_minutes=60,
    )
    operations.save_appointment(new)
    assert len(listed_ids(panel)) == before + 1
    assert int(new.id) in listed_ids(panel)


def test_the_selection_survives_a_reload_and_a_status_change(
    panel: AppointmentListPanel, booked: dict[str, Appointment], operations: Operations
) -> None:
    target = booked["next_month"]
    assert panel.select_appointment(int(target.id))
    operations.apply_action(target, Action.CONFIRM)
    selected = panel.current_appointment()
    assert selected is not None and selected.id == target.id
    assert selected.status == "confirmed"


def test_enter_and_double_click_ask_to_open_and_delete_asks_to_cancel(
    qtbot: QtBot, panel: AppointmentListPanel, booked: dict[str, Appointment]
) -> None:
    target = booked["friday_confirmed"]
    panel.select_appointment(int(target.id))
    panel.table.setFocus()
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args[0].id == target.id
    with qtbot.waitSignal(panel.cancel_requested) as cancelled:
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert cancelled.args[0].id == target.id
    rect = panel.table.visualRect(panel.table.currentIndex())
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.open_requested) as double_clicked:
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert double_clicked.args[0].id == target.id


def test_clicking_a_header_sorts_by_that_column(
    qtbot: QtBot, panel: AppointmentListPanel, booked: dict[str, Appointment]
) -> None:
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.CUSTOMER) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    customers = [
        panel.table.model().index(row, Column.CUSTOMER).data() for row in range(len(booked))
    ]
    assert customers == sorted(customers, key=str.casefold)
    assert customers[0] == "José García" and customers[-1] == "ZOË Müller"


def test_without_a_selection_the_list_opens_at_today_not_at_the_oldest(
    qtbot: QtBot, shop: Shop, events: AppEvents
) -> None:
    for day in range(1, 41):
        shop.book(datetime(2026, 9, 1, 9, 0) + timedelta(days=day))
    today = shop.book(datetime(2026, 11, 25, 15, 0), customer=shop.kim)
    panel = AppointmentListPanel(events, lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.verticalScrollBar().value() > 0)
    row = listed_ids(panel).index(int(today.id))
    rect = panel.table.visualRect(panel.model.index(row, 0))
    assert panel.table.viewport().rect().contains(rect.center())
    assert panel.table.verticalScrollBar().value() > 0


def test_from_the_search_box_down_goes_to_the_results_and_escape_clears(
    qtbot: QtBot, panel: AppointmentListPanel, booked: dict[str, Appointment]
) -> None:
    panel.search_field.setFocus()
    qtbot.keyClicks(panel.search_field, "receipt")
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Down)
    assert panel.table.hasFocus() or panel.window().focusWidget() is panel.table
    row = panel.current_row()
    assert row is not None and row.id == booked["today_pending"].id
    with qtbot.waitSignal(panel.open_requested) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args[0].id == booked["today_pending"].id
    qtbot.keyClick(panel.search_field, Qt.Key.Key_Escape)
    assert panel.search_field.text() == ""
    assert len(listed_ids(panel)) == len(booked)
