"""The appointment list's table model: Qt's model contract, display strings, sorting, queries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import peewee
import pytest
from babel.dates import format_datetime, format_time
from babel.numbers import format_decimal
from PySide6.QtCore import QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from appointments_desktop import Appointment, Customer, Status
from appointments_desktop.storage.listing import appointment_rows
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.list import SORT_ROLE, AppointmentTableModel, Column
from tests.conftest import Shop

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture
def booked(shop: Shop) -> list[Appointment]:
    """Four appointments, in start order, with different customers, statuses and notes."""
    anna = Customer.create(name="anna Berg")
    first = shop.book(datetime(2026, 11, 25, 9, 30), 45, notes="Bring the receipt\nSecond line")
    second = shop.book(datetime(2026, 11, 25, 11, 0), 30, shop.bob, shop.zoe)
    third = shop.book(datetime(2026, 11, 26, 14, 15), 60, customer=shop.kim)
    fourth = shop.book(datetime(2026, 11, 27, 8, 0), 15, customer=anna)
    second.confirm(now=datetime(2026, 11, 20, 9, 0))
    third.cancel(now=datetime(2026, 11, 20, 9, 0))
    return [first, second, third, fourth]


@pytest.fixture
def model(booked: list[Appointment]) -> AppointmentTableModel:
    table = AppointmentTableModel()
    table.load(appointment_rows(Appointment.with_details()))
    return table


def _text(model: AppointmentTableModel, row: int, column: Column) -> str:
    return str(model.index(row, column).data(DISPLAY))


def test_the_model_keeps_qts_model_contract(
    qtmodeltester: ModelTester, model: AppointmentTableModel
) -> None:
    assert model.rowCount() == 4
    qtmodeltester.check(model)


def test_an_empty_model_keeps_qts_model_contract(
    qtmodeltester: ModelTester, db: peewee.Database
) -> None:
    model = AppointmentTableModel()
    model.load(appointment_rows(Appointment.with_details()))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_headers_are_the_translated_column_titles(model: AppointmentTableModel) -> None:
    headers = [model.headerData(c, Qt.Orientation.Horizontal, DISPLAY) for c in range(len(Column))]
    assert headers == [
        "Date and time",
        "Ends",
        "Customer",
        "Operator",
        "Type",
        "Duration",
        "Status",
        "Notes",
    ]


def test_display_strings_use_babels_short_formats(model: AppointmentTableModel) -> None:
    start = datetime(2026, 11, 25, 9, 30)
    assert _text(model, 0, Column.STARTS_AT) == format_datetime(start, "short", locale="en_US")
    assert _text(model, 0, Column.ENDS_AT) == format_time(
        datetime(2026, 11, 25, 10, 15), "short", locale="en_US"
    )
    assert _text(model, 0, Column.DURATION) == f"{format_decimal(45, locale='en_US')} min"
    assert _text(model, 0, Column.CUSTOMER) == "José García"
    assert _text(model, 0, Column.OPERATOR) == "Alice"
    assert _text(model, 0, Column.TYPE) == "Consultation"


def test_status_is_a_word_and_a_colour(model: AppointmentTableModel) -> None:
    words = [_text(model, row, Column.STATUS) for row in range(4)]
    assert words == ["Pending", "Confirmed", "Cancelled", "Pending"]
    assert words[1] == Status.CONFIRMED.label
    pending = model.index(0, Column.STATUS).data(Qt.ItemDataRole.BackgroundRole)
    confirmed = model.index(1, Column.STATUS).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(pending, QColor)
    assert isinstance(confirmed, QColor)
    assert pending != confirmed
    assert model.index(0, Column.CUSTOMER).data(Qt.ItemDataRole.BackgroundRole) is None


def test_notes_show_the_first_line_and_the_full_text_as_tooltip(
    model: AppointmentTableModel,
) -> None:
    notes = model.index(0, Column.NOTES)
    assert notes.data(DISPLAY) == "Bring the receipt"
    assert notes.data(Qt.ItemDataRole.ToolTipRole) == "Bring the receipt\nSecond line"
    assert _text(model, 1, Column.NOTES) == ""
    assert model.index(1, Column.NOTES).data(Qt.ItemDataRole.ToolTipRole) is None


def test_the_sort_role_gives_raw_values(model: AppointmentTableModel) -> None:
    def sort_value(column: Column) -> object:
        return model.index(1, column).data(SORT_ROLE)

    assert sort_value(Column.STARTS_AT).toPython() == datetime(2026, 11, 25, 11, 0)
    assert sort_value(Column.ENDS_AT).toPython() == datetime(2026, 11, 25, 11, 30)
    assert sort_value(Column.CUSTOMER) == "zoë müller"
    assert sort_value(Column.OPERATOR) == "bob"
    assert sort_value(Column.TYPE) == "consultation"
    assert sort_value(Column.DURATION) == 30
    assert sort_value(Column.STATUS) == "confirmed"
    assert model.index(0, Column.NOTES).data(SORT_ROLE) == "bring the receipt\nsecond line"


def test_appointment_at_returns_the_rows_appointment(
    model: AppointmentTableModel, booked: list[Appointment]
) -> None:
    assert [model.appointment_at(row).id for row in range(4)] == [a.id for a in booked]
    with pytest.raises(IndexError):
        model.appointment_at(4)


@pytest.fixture
def select_count(db: peewee.Database) -> Iterator[list[str]]:
    """The SELECT statements run on the test database while the test runs."""
    statements: list[str] = []

    def trace(sql: str) -> None:
        if sql.lstrip().upper().startswith("SELECT"):
            statements.append(sql)

    db.connection().set_trace_callback(trace)
    yield statements
    db.connection().set_trace_callback(None)


def test_load_runs_one_query_and_cells_run_none(
    booked: list[Appointment], select_count: list[str]
) -> None:
    model = AppointmentTableModel()
    model.load(appointment_rows(Appointment.with_details()))
    for row in range(model.rowCount()):
        for column in Column:
            for role in (DISPLAY, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
                model.index(row, column).data(role)
    assert model.rowCount() == len(booked)
    assert len(select_count) == 1


def test_the_query_counter_sees_lazy_per_row_queries(
    booked: list[Appointment], select_count: list[str]
) -> None:
    names = [a.customer.name for a in Appointment.select()]
    assert len(names) == len(booked)
    assert len(select_count) == 1 + len(booked)


def test_load_of_a_scope_resets_the_model(qtbot: QtBot, model: AppointmentTableModel) -> None:
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.load(appointment_rows(Appointment.pending()))
    assert [_text(model, row, Column.CUSTOMER) for row in range(2)] == ["José García", "anna Berg"]
    assert model.rowCount() == 2


def test_a_proxy_sorts_customers_by_the_sort_role(model: AppointmentTableModel) -> None:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(Column.CUSTOMER, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(row, Column.CUSTOMER).data(DISPLAY) for row in range(4)]
    assert names == ["anna Berg", "José García", "Kim Lee", "ZOË Müller"]


def test_a_proxy_sorts_start_times_by_the_sort_role(model: AppointmentTableModel) -> None:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(Column.STARTS_AT, Qt.SortOrder.DescendingOrder)
    ids = [proxy.mapToSource(proxy.index(row, 0)).row() for row in range(4)]
    assert ids == [3, 2, 1, 0]


def test_app_events_emits_its_notice(qtbot: QtBot) -> None:
    events = AppEvents()
    with qtbot.waitSignal(events.appointments_changed, timeout=1000):
        events.appointments_changed.emit()


def test_the_model_sorts_itself_and_keeps_the_order_across_loads(
    model: AppointmentTableModel,
) -> None:
    model.sort(Column.CUSTOMER, Qt.SortOrder.DescendingOrder)
    names = [_text(model, row, Column.CUSTOMER) for row in range(4)]
    assert names == ["ZOË Müller", "Kim Lee", "José García", "anna Berg"]
    model.load(appointment_rows(Appointment.with_details()))
    assert [_text(model, row, Column.CUSTOMER) for row in range(4)] == names
    model.sort(Column.STARTS_AT, Qt.SortOrder.AscendingOrder)
    starts = [model.appointment_at(row).scheduled_at for row in range(4)]
    assert starts == sorted(starts)


def test_sorting_moves_persistent_indexes_with_their_rows(model: AppointmentTableModel) -> None:
    anna_row = next(row for row in range(4) if _text(model, row, Column.CUSTOMER) == "anna Berg")
    remembered = QPersistentModelIndex(model.index(anna_row, Column.NOTES))
    model.sort(Column.CUSTOMER, Qt.SortOrder.AscendingOrder)
    assert remembered.row() == 0 and remembered.column() == Column.NOTES
    assert model.appointment_at(remembered.row()).id == model.appointment_at(0).id
    assert _text(model, 0, Column.CUSTOMER) == "anna Berg"
