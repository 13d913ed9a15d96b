"""The calendar's week view: what it shows, where, and that it reloads and filters."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from babel import Locale
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from appointments_desktop import Action
from appointments_desktop.ui.calendar import CalendarMode, CalendarView
from appointments_desktop.ui.calendar import content as content_module
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.operations import Operations
from tests.conftest import Shop
from tests.gui.calendar_support import shown_calendar, shown_ids

SUNDAY = date(2026, 11, 22)


@pytest.fixture
def calendar(qtbot: QtBot, operations: Operations, shop: Shop, settings: QSettings) -> CalendarView:
    return shown_calendar(qtbot, operations, settings)


def test_en_us_weeks_start_on_sunday_so_the_week_of_now_is_22_to_28_november() -> None:
    assert Locale.parse("en_US").first_week_day == 6


def test_the_week_view_shows_exactly_the_appointments_of_its_week(
    calendar: CalendarView, shop: Shop
) -> None:
    inside = [
        shop.book(datetime(2026, 11, 22, 9, 0)),
        shop.book(datetime(2026, 11, 23, 9, 0)),
        shop.book(datetime(2026, 11, 25, 14, 30), 60, operator=shop.bob),
        shop.book(datetime(2026, 11, 28, 18, 0), customer=shop.kim),
    ]
    outside = [shop.book(datetime(2026, 11, 21, 10, 0)), shop.book(datetime(2026, 11, 29, 10, 0))]
    calendar.reload()
    assert calendar.mode is CalendarMode.WEEK
    assert calendar.current_range() == (datetime(2026, 11, 22), datetime(2026, 11, 29))
    assert [column.day for column in calendar.grid.columns] == [
        SUNDAY + timedelta(days=offset) for offset in range(7)
    ]
    assert shown_ids(calendar) == {int(a.id) for a in inside}
    assert not shown_ids(calendar) & {int(a.id) for a in outside}


def test_each_block_sits_in_its_days_column_from_its_start_to_its_end(
    calendar: CalendarView, shop: Shop
) -> None:
    booked = [
        shop.book(datetime(2026, 11, 23, 9, 0)),
        shop.book(datetime(2026, 11, 25, 14, 30), 60, operator=shop.bob),
        shop.book(datetime(2026, 11, 27, 11, 15), 45, customer=shop.zoe),
    ]
    calendar.reload()
    grid, geometry = calendar.grid, calendar.grid.geometry_map
    for appointment in booked:
        rect = grid.block_rect(int(appointment.id))
        assert rect is not None
        top, bottom = grid.point_for(appointment.scheduled_at), grid.point_for(appointment.end_time)
        assert rect.top() == pytest.approx(top.y(), abs=0.5)
        assert rect.bottom() == pytest.approx(bottom.y(), abs=0.5)
        column = geometry.column_at(rect.center().x())
        assert column is not None
        assert geometry.columns[column].day == appointment.scheduled_at.date()
        assert rect.contains(top.x(), rect.center().y())
        assert grid.appointment_at(rect.center()) == appointment.id


def test_later_times_are_lower_and_later_days_further_right(calendar: CalendarView) -> None:
    grid = calendar.grid
    nine, ten = (
        grid.point_for(datetime(2026, 11, 23, 9)),
        grid.point_for(datetime(2026, 11, 23, 10)),
    )
    friday = grid.point_for(datetime(2026, 11, 27, 9))
    assert ten.y() - nine.y() == pytest.approx(grid.geometry_map.hour_height)
    assert ten.y() > nine.y() > 0
    assert friday.x() > nine.x() and friday.y() == pytest.approx(nine.y())
    assert grid.slot_at(grid.point_for(datetime(2026, 11, 24, 13, 20))) == (
        datetime(2026, 11, 24, 13, 15),
        None,
    )


def test_overlapping_appointments_sit_side_by_side_without_covering_each_other(
    calendar: CalendarView, shop: Shop
) -> None:
    thursday = datetime(2026, 11, 26, 10, 0)
    booked = [
        shop.book(thursday, 60),
        shop.book(thursday + timedelta(minutes=30), 60, operator=shop.bob),
        shop.book(thursday + timedelta(minutes=15), 5, customer=shop.zoe),
    ]
    calendar.reload()
    rects = [calendar.grid.block_rect(int(a.id)) for a in booked]
    assert all(rect is not None for rect in rects)
    for number, rect in enumerate(rects):
        for other in rects[number + 1 :]:
            assert not rect.intersects(other), (rect, other)  # type: ignore[union-attr]
    column = calendar.grid.geometry_map.column_rect(4)
    assert all(column.contains(rect) for rect in rects)  # type: ignore[arg-type]


def test_the_view_reloads_when_appointments_change(
    calendar: CalendarView, shop: Shop, events: AppEvents
) -> None:
    appointment = shop.book(datetime(2026, 11, 24, 11, 0))  # written behind the view's back
    assert int(appointment.id) not in shown_ids(calendar)
    events.appointments_changed.emit()
    assert int(appointment.id) in shown_ids(calendar)


def test_a_hidden_view_reloads_when_it_is_shown_again(
    calendar: CalendarView, shop: Shop, events: AppEvents
) -> None:
    calendar.hide()
    appointment = shop.book(datetime(2026, 11, 24, 11, 0))
    events.appointments_changed.emit()
    calendar.show()
    assert int(appointment.id) in shown_ids(calendar)


def test_show_cancelled_off_hides_cancelled_and_no_show_blocks(
    qtbot: QtBot, calendar: CalendarView, shop: Shop, operations: Operations
) -> None:
    kept = shop.book(datetime(2026, 11, 26, 9, 0))
    cancelled = shop.book(datetime(2026, 11, 26, 11, 0), customer=shop.kim)
    operations.apply_action(cancelled, Action.CANCEL)
    assert shown_ids(calendar) == {kept.id, cancelled.id}
    toggle = calendar.navigation.show_cancelled
    assert toggle.objectName() == "showCancelledToggle" and toggle.isChecked()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert shown_ids(calendar) == {kept.id}
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert shown_ids(calendar) == {kept.id, cancelled.id}


def test_a_week_is_read_with_one_query_for_its_rows_and_one_for_the_load(
    calendar: CalendarView, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[object, ...]] = []

    def counted(name: str, real: object) -> object:
        def wrapper(*args: object) -> object:
            calls.append((name, *args))
            return real(*args)  # type: ignore[operator]

        return wrapper

    for name in ("rows_between", "operator_load"):
        monkeypatch.setattr(content_module, name, counted(name, getattr(content_module, name)))
    calendar.step_period(1)
    assert calls == [
        ("rows_between", datetime(2026, 11, 28), datetime(2026, 12, 6)),
        ("operator_load", date(2026, 11, 29), 7),
    ]


def test_the_load_row_shows_booked_hours_per_operator_and_day(
    calendar: CalendarView, shop: Shop
) -> None:
    shop.book(datetime(2026, 11, 24, 9, 0), 90)
    shop.book(datetime(2026, 11, 24, 11, 0), 60)
    calendar.reload()
    header = calendar.time_panel.header
    load = header.content.loads[(int(shop.alice.id), date(2026, 11, 24))]
    assert (load.appointments, load.minutes) == (2, 150)
    assert list(header.content.operators.values()) == ["Alice", "Bob"]


def test_the_line_for_now_moves_and_after_midnight_today_moves_too(
    qtbot: QtBot, operations: Operations, shop: Shop, settings: QSettings
) -> None:
    moments = [datetime(2026, 11, 25, 10, 0)]
    operations.clock = lambda: moments[-1]
    view = shown_calendar(qtbot, operations, settings)
    assert view.time_panel.header.content.today == date(2026, 11, 25)
    moments.append(datetime(2026, 11, 26, 0, 5))
    view.now_timer.timeout.emit()
    assert view.grid.today == date(2026, 11, 26)
    assert view.time_panel.header.content.today == date(2026, 11, 26)
