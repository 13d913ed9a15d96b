"""Helpers for the calendar tests: a shown calendar, and real mouse drags on its grid.

Not a test module. Geometry goes through the grid's hit-test API (``point_for``,
``block_rect``, ``slot_at``), never through pixel values written in a test.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from pytestqt.qtbot import QtBot

from appointments_desktop import Appointment
from appointments_desktop.ui.calendar import CalendarView
from appointments_desktop.ui.calendar.grid import TimeGrid
from appointments_desktop.ui.operations import Operations

LEFT = Qt.MouseButton.LeftButton


def shown_calendar(qtbot: QtBot, operations: Operations, settings: QSettings) -> CalendarView:
    """The calendar, shown at 1280x800 on the week of NOW (Sun 22 - Sat 28 Nov 2026).

    Each test module wraps this in its ``calendar`` fixture (after the ``shop`` one, so the
    operators exist when the calendar reads them).
    """
    view = CalendarView(operations, settings=settings)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def shown_ids(view: CalendarView) -> set[int]:
    """The appointments the time grid draws a block for."""
    return {block.row.id for block in view.grid.blocks()}


def inside(appointment: Appointment, minutes: int = 10) -> datetime:
    """A moment ``minutes`` into ``appointment``: a safe place to grab its block."""
    return appointment.scheduled_at + timedelta(minutes=minutes)


def drag(qtbot: QtBot, grid: TimeGrid, start: QPointF, end: QPointF) -> None:
    """Press at ``start``, move there in steps, release at ``end``: a real mouse drag."""
    first, last = start.toPoint(), end.toPoint()
    qtbot.mousePress(grid, LEFT, pos=first)
    for step in range(1, 5):
        between = first + (last - first) * step / 4
        qtbot.mouseMove(grid, pos=QPoint(int(between.x()), int(between.y())))
    qtbot.mouseRelease(grid, LEFT, pos=last)


def stored(appointment: Appointment) -> Appointment:
    """The appointment as stored now."""
    found = Appointment.find(int(appointment.id))
    assert found is not None
    return found
