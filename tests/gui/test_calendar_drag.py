"""Moving and resizing appointments by dragging their blocks, with real mouse events."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPointF, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from appointments_desktop import Action, Appointment
from appointments_desktop.ui.calendar import CalendarMode, CalendarView
from appointments_desktop.ui.operations import Operations
from tests.conftest import Shop
from tests.gui.calendar_support import drag, inside, shown_calendar, stored
from tests.gui.conftest import MessageAnswerer

THURSDAY = datetime(2026, 11, 26, 10, 0)


@pytest.fixture
def calendar(qtbot: QtBot, operations: Operations, shop: Shop, settings: QSettings) -> CalendarView:
    return shown_calendar(qtbot, operations, settings)


def test_dragging_a_block_to_another_day_and_time_moves_the_appointment(
    qtbot: QtBot, calendar: CalendarView, shop: Shop
) -> None:
    appointment = shop.book(THURSDAY, 30)
    calendar.reload()
    target = datetime(2026, 11, 27, 14, 0)
    grid = calendar.grid
    drag(
        qtbot,
        grid,
        grid.point_for(inside(appointment)),
        grid.point_for(target + timedelta(minutes=10)),
    )
    moved = stored(appointment)
    assert moved.scheduled_at == target
    assert (moved.operator_id, moved.duration_minutes) == (shop.alice.id, 30)
    rect = grid.block_rect(int(appointment.id))
    assert rect is not None
    assert rect.top() == pytest.approx(grid.point_for(target).y(), abs=0.5)


def test_in_the_day_view_a_block_moves_to_another_operators_column(
    qtbot: QtBot, calendar: CalendarView, shop: Shop
) -> None:
    appointment = shop.book(datetime(2026, 11, 25, 15, 0), 30)
    calendar.set_mode(CalendarMode.DAY)
    grid = calendar.grid
    assert [column.operator_id for column in grid.columns] == [shop.alice.id, shop.bob.id]
    start = grid.point_for(inside(appointment), shop.alice.id)
    target = datetime(2026, 11, 25, 16, 0)
    drag(qtbot, grid, start, grid.point_for(target + timedelta(minutes=10), shop.bob.id))
    moved = stored(appointment)
    assert (moved.scheduled_at, moved.operator_id) == (target, shop.bob.id)


def drag_bottom_edge_to(
    qtbot: QtBot, calendar: CalendarView, appointment: Appointment, moment: datetime
) -> None:
    """Drag the block's bottom edge down to the height of ``moment``."""
    grid = calendar.grid
    rect = grid.block_rect(int(appointment.id))
    assert rect is not None
    edge = QPointF(rect.center().x(), rect.bottom() - 2)
    drag(qtbot, grid, edge, QPointF(edge.x(), grid.point_for(moment).y()))


def test_dragging_the_bottom_edge_changes_the_duration_snapped_to_the_step(
    qtbot: QtBot, calendar: CalendarView, shop: Shop
) -> None:
    appointment = shop.book(THURSDAY, 30)
    calendar.reload()
    drag_bottom_edge_to(qtbot, calendar, appointment, THURSDAY.replace(hour=11, minute=6))
    moved = stored(appointment)
    assert (moved.scheduled_at, moved.duration_minutes) == (THURSDAY, 60)  # 11:06 snaps to 11:00


def test_with_a_five_minute_step_the_resize_snaps_to_five_minutes(
    qtbot: QtBot, calendar: CalendarView, shop: Shop
) -> None:
    appointment = shop.book(THURSDAY, 30)
    snap = calendar.navigation.snap
    snap.setCurrentIndex(snap.findData(5))
    assert calendar.options.snap_minutes == 5 and calendar.grid.snap_minutes == 5
    drag_bottom_edge_to(qtbot, calendar, appointment, THURSDAY.replace(hour=11, minute=6))
    assert stored(appointment).duration_minutes == 65


@pytest.mark.parametrize("action", [Action.COMPLETE, Action.CANCEL])
def test_final_appointments_do_not_move(
    qtbot: QtBot, calendar: CalendarView, shop: Shop, operations: Operations, action: Action
) -> None:
    appointment = shop.book(THURSDAY, 30)
    operations.apply_action(appointment, action)
    before = stored(appointment)
    grid = calendar.grid
    target = grid.point_for(datetime(2026, 11, 27, 14, 10))
    drag(qtbot, grid, grid.point_for(inside(appointment)), target)
    rect = grid.block_rect(int(appointment.id))
    assert rect is not None
    edge = QPointF(rect.center().x(), rect.bottom() - 2)
    drag(qtbot, grid, edge, QPointF(edge.x(), edge.y() + 100))
    after = stored(appointment)
    assert (after.scheduled_at, after.duration_minutes, after.version) == (
        before.scheduled_at,
        before.duration_minutes,
        before.version,
    )


def test_a_move_onto_another_booking_is_written_only_when_the_user_books_anyway(
    qtbot: QtBot, calendar: CalendarView, shop: Shop, answer_message_boxes: MessageAnswerer
) -> None:
    shop.book(THURSDAY, 60, customer=shop.kim)
    appointment = shop.book(THURSDAY.replace(hour=15), 30)
    calendar.reload()
    grid = calendar.grid
    onto = grid.point_for(THURSDAY + timedelta(minutes=10))

    seen = answer_message_boxes("confirmReject")
    drag(qtbot, grid, grid.point_for(inside(appointment)), onto)
    assert len(seen) == 1 and "overlaps 1 other appointment" in seen[0]
    assert stored(appointment).scheduled_at == THURSDAY.replace(hour=15)

    answer_message_boxes("confirmAccept")
    drag(qtbot, grid, grid.point_for(inside(appointment)), onto)
    assert len(seen) == 2
    assert stored(appointment).scheduled_at == THURSDAY


def test_a_click_without_moving_changes_nothing_and_selects_the_block(
    qtbot: QtBot, calendar: CalendarView, shop: Shop
) -> None:
    appointment = shop.book(THURSDAY, 30)
    calendar.reload()
    grid = calendar.grid
    point = grid.point_for(inside(appointment))
    with qtbot.waitSignal(calendar.current_changed) as selected:
        drag(qtbot, grid, point, point)
    assert selected.args == [appointment.id]
    assert stored(appointment).version == appointment.version


def test_an_appointment_changed_on_another_desk_is_not_moved_over_that_change(
    qtbot: QtBot, calendar: CalendarView, shop: Shop, answer_message_boxes: MessageAnswerer
) -> None:
    appointment = shop.book(THURSDAY, 30)
    calendar.reload()
    elsewhere = stored(appointment)
    elsewhere.notes = "Changed on the other desk"
    elsewhere.save()  # no notice reaches this calendar: it still shows the old version
    seen = answer_message_boxes("confirmAccept")
    grid = calendar.grid
    drag(qtbot, grid, grid.point_for(inside(appointment)), grid.point_for(inside(appointment, 70)))
    assert len(seen) == 1 and "changed by someone else" in seen[0]
    after = stored(appointment)
    assert (after.scheduled_at, after.notes) == (THURSDAY, "Changed on the other desk")
    assert calendar.grid.row_of(int(appointment.id)).version == after.version  # reloaded


def test_dragging_a_final_appointment_says_why_it_stays(
    qtbot: QtBot, calendar: CalendarView, shop: Shop, operations: Operations
) -> None:
    appointment = shop.book(THURSDAY, 30)
    operations.apply_action(appointment, Action.COMPLETE)
    grid = calendar.grid
    drag(qtbot, grid, grid.point_for(inside(appointment)), grid.point_for(inside(appointment, 90)))
    assert QToolTip.text() == "“Completed” appointments cannot be moved."


def test_a_drag_is_one_undo_step_and_undo_puts_the_block_back(
    qtbot: QtBot, calendar: CalendarView, shop: Shop, operations: Operations
) -> None:
    operations.undo_stack = QUndoStack()
    appointment = shop.book(THURSDAY, 30)
    calendar.reload()
    grid = calendar.grid
    drag(qtbot, grid, grid.point_for(inside(appointment)), grid.point_for(inside(appointment, 70)))
    assert stored(appointment).scheduled_at == THURSDAY + timedelta(hours=1)
    assert operations.undo_stack.count() == 1
    assert operations.undo_stack.undoText() == "Move appointment"
    operations.undo_stack.undo()
    assert stored(appointment).scheduled_at == THURSDAY
    rect = grid.block_rect(int(appointment.id))
    assert rect is not None
    assert rect.top() == pytest.approx(grid.point_for(THURSDAY).y(), abs=0.5)
