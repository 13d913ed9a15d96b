"""The time grid and its header paint with the palette: readable under a dark theme, as
before under a light one.

The pictures are sampled where the grid's hit-test API and the header's column rectangles
say something is drawn; a colour is compared with the palette, never with a stored image.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from appointments_desktop.ui.calendar import CalendarView
from appointments_desktop.ui.calendar.look import CalendarColours, contrast, luminance
from appointments_desktop.ui.operations import Operations
from tests.conftest import Shop
from tests.gui.calendar_support import shown_calendar
from tests.screenshots.chart_shots import dark_palette

MONDAY = datetime(2026, 11, 23)
"""A day of the week shown at NOW that is neither today nor the day the header outlines."""
ROLE = QPalette.ColorRole
OLD_GRID_LINE = QColor("#d5d8dc")
OLD_CLOSED_SHADE = QColor("#f1f2f4")


def _light_palette() -> QPalette:
    style = QApplication.style()
    assert style is not None
    return QPalette(style.standardPalette())


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The application's palette for the test: the style's light one or a dark one."""
    before = QPalette(qapp.palette())
    chosen = dark_palette() if request.param == "dark" else _light_palette()
    qapp.setPalette(chosen)
    yield chosen
    qapp.setPalette(before)


@pytest.fixture
def calendar(
    qtbot: QtBot, operations: Operations, shop: Shop, settings: QSettings, palette: QPalette
) -> CalendarView:
    """The week of NOW; the shop opens at 8:30, so 8:00-8:30 is shaded as closed, and Alice
    has one hour booked on Monday."""
    operations.set_opening_hours(time(8, 30), time(18, 30))
    shop.book(MONDAY.replace(hour=14), 60)
    view = shown_calendar(qtbot, operations, settings)
    view.reload()
    return view


def _image(widget: QWidget) -> QImage:
    return QImage(widget.grab().toImage())


def _pixels(image: QImage, area: QRect) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    ]


def _farthest(image: QImage, area: QRect, background: QColor) -> QColor:
    """The pixel of ``area`` that differs most in luminance from ``background``: the ink."""
    return max(_pixels(image, area), key=lambda c: abs(luminance(c) - luminance(background)))


def _close(first: QColor, second: QColor, tolerance: int) -> bool:
    pairs = (
        (first.red(), second.red()),
        (first.green(), second.green()),
        (first.blue(), second.blue()),
    )
    return all(abs(a - b) <= tolerance for a, b in pairs)


def _day_column(view: CalendarView) -> int:
    return next(i for i, c in enumerate(view.grid.columns) if c.day == MONDAY.date())


def test_the_day_names_and_loads_in_the_header_stand_out_from_its_background(
    calendar: CalendarView, palette: QPalette
) -> None:
    header = calendar.time_panel.header
    image = _image(header)
    window = palette.color(ROLE.Window)
    column = header.column_rect(_day_column(calendar)).toAlignedRect()
    line = header.fontMetrics().height()
    title = QRect(column.left(), 0, column.width(), 2 * line)
    loads = QRect(column.right() - 40, 2 * line + 14, 36, line * 2)
    names = QRect(0, 2 * line + 14, column.left() - 4, line * 2)
    assert contrast(_farthest(image, title, window), window) >= 7
    assert contrast(_farthest(image, loads, window), window) >= 4.5
    assert contrast(_farthest(image, names, window), window) >= 3


def test_closed_hours_are_a_shade_of_the_base_colour_and_open_hours_are_base(
    calendar: CalendarView, palette: QPalette
) -> None:
    image = _image(calendar.grid)
    base = palette.color(ROLE.Base)
    closed = calendar.grid.point_for(MONDAY.replace(hour=8, minute=10)).toPoint()
    opened = calendar.grid.point_for(MONDAY.replace(hour=10, minute=10)).toPoint()
    shade = image.pixelColor(closed)
    assert image.pixelColor(opened) == base
    assert shade != base
    assert _close(shade, base, 16)
    if palette.color(ROLE.Base) == QColor("#ffffff"):
        assert _close(shade, OLD_CLOSED_SHADE, 4)


def test_hour_lines_are_faint_under_either_palette_and_as_before_in_the_light(
    calendar: CalendarView, palette: QPalette
) -> None:
    image = _image(calendar.grid)
    base = palette.color(ROLE.Base)
    nine = calendar.grid.point_for(MONDAY.replace(hour=9)).toPoint()
    rows = QRect(nine.x(), nine.y() - 2, 1, 5)
    line = _farthest(image, rows, base)
    assert line != base
    assert contrast(line, base) < 1.6  # faint: far from the text colour
    if base == QColor("#ffffff"):
        assert _close(line, OLD_GRID_LINE, 8)


def test_the_selection_ring_shows_on_a_light_block_under_either_palette(
    calendar: CalendarView, palette: QPalette
) -> None:
    block = calendar.grid.blocks()[0]  # pending: a light fill
    calendar.grid.select(block.row.id)
    image = _image(calendar.grid)
    rect = block.rect.toAlignedRect()
    edge = QRect(rect.center().x(), rect.top(), 1, 4)
    colours = CalendarColours.from_palette(palette)
    fill = image.pixelColor(rect.center().x(), rect.top() + 6)
    assert max(contrast(c, fill) for c in _pixels(image, edge)) >= 4.5
    assert contrast(colours.selected_outline, palette.color(ROLE.Base)) >= 7


def test_colours_from_the_light_palette_are_the_old_fixed_ones(qapp: QApplication) -> None:
    colours = CalendarColours.from_palette(_light_palette())
    assert _close(colours.grid_line, OLD_GRID_LINE, 8)
    assert _close(colours.half_hour_line, QColor("#ebedef"), 6)
    assert _close(colours.closed_shade, OLD_CLOSED_SHADE, 4)
    assert _close(colours.secondary_text, QColor("#5f6368"), 8)
    assert colours.load_bar == QColor("#9cc3f0")
