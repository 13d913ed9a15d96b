"""Right to left (ar_EG) against left to right (en_US): what is painted, and where the mouse is.

The calendar, the charts and the dashboard lay themselves out mirrored under a right-to-left
locale. Each check works out here, from plain widths, where a thing must be painted (from the
left edge, or from the right one), then samples the pixels there or clicks there, so a grid
or a chart that stopped mirroring, or a mouse that found something else than what is
painted, fails. The last section checks three findings of the same review that are not about
direction: the types chart's label room, the per-day chart's weekday names, and the rule
that a narrow calendar block never shows a cut time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import peewee
import pytest
from babel import dates as babel_dates
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSettings, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from appointments_desktop import Status
from appointments_desktop.i18n import is_right_to_left
from appointments_desktop.storage.listing import AppointmentRow
from appointments_desktop.storage.trends import DayCount
from appointments_desktop.ui.calendar import CalendarMode, CalendarView, look, painting
from appointments_desktop.ui.calendar import grid as time_grid
from appointments_desktop.ui.calendar.grid import TimeGrid
from appointments_desktop.ui.calendar.layout import Band, Column, GridGeometry
from appointments_desktop.ui.calendar.month import MonthGrid
from appointments_desktop.ui.charts import Bar, BarChart, LineChart, Point
from appointments_desktop.ui.charts import base as chart_base
from appointments_desktop.ui.charts.bar_layout import (
    LABEL_SHARE,
    MIN_BAR_SHARE,
    TextSizes,
    fitting_form,
    horizontal_layout,
)
from appointments_desktop.ui.docks.stats_series import day_bars
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW, Shop
from tests.gui.calendar_support import drag, shown_calendar, stored
from tests.gui.locale_support import painted_texts, qt_and_babel_locale
from tests.gui.window_support import shown_main_window

LEFT = Qt.MouseButton.LeftButton
DIRECTIONS = ("en_US", "ar_EG")
TYPES = [Bar("Consultation", 12, "12"), Bar("Repair", 7, "7"), Bar("Fit", 1, "1")]
DOCK_CHART = (268, 160)
"""A statistics chart's size in the dock at its default width in a 1280 px window."""


@pytest.fixture(params=DIRECTIONS)
def right_to_left(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[bool]:
    """The locale under test made active for babel and Qt; whether it runs right to left."""
    with qt_and_babel_locale(qapp, request.param) as locale:
        yield is_right_to_left(locale)


@pytest.fixture
def calendar(
    right_to_left: bool, qtbot: QtBot, operations: Operations, shop: Shop, settings: QSettings
) -> CalendarView:
    """The week view of NOW, built in the locale under test (ar_EG: Sat 21 - Fri 27)."""
    view = shown_calendar(qtbot, operations, settings)
    assert view.isRightToLeft() is right_to_left
    return view


# -- pixels ---------------------------------------------------------------------------------


def close(first: QColor, second: QColor, tolerance: int = 8) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(first.getRgb()[:3], second.getRgb()[:3], strict=True)
    )


def is_ink(colour: QColor) -> bool:
    """A text pixel: dark in every channel (the now line's red is not)."""
    return max(colour.red(), colour.green(), colour.blue()) < 140


def xs_where(image: QImage, rect: QRectF, wanted: object) -> list[int]:
    """The x of every column of ``rect`` holding a pixel for which ``wanted(colour)``."""
    area = rect.toAlignedRect().intersected(image.rect())
    return [
        x
        for x in range(area.left(), area.right() + 1)
        if any(wanted(image.pixelColor(x, y)) for y in range(area.top(), area.bottom() + 1))  # type: ignore[operator]
    ]


def column_centre(grid: TimeGrid, index: int) -> float:
    """Where column ``index``'s middle must be painted, worked out from plain widths: after
    the ruler from the left, or before it from the right."""
    geometry = grid.geometry_map
    offset = geometry.ruler_width + (index + 0.5) * geometry.column_width
    return grid.width() - offset if grid.isRightToLeft() else offset


def day_index(grid: TimeGrid, day: date) -> int:
    return [column.day for column in grid.columns].index(day)


def grid_point(grid: TimeGrid, moment: datetime) -> QPoint:
    """The painted place of ``moment``: its column's middle, its height on the hour scale."""
    x = column_centre(grid, day_index(grid, moment.date()))
    return QPoint(round(x), round(grid.geometry_map.y_for(moment, moment.date())))


# -- the time grid ----------------------------------------------------------------------------


def test_the_first_day_is_painted_next_to_the_ruler_which_stands_at_the_leading_side(
    calendar: CalendarView, right_to_left: bool
) -> None:
    grid = calendar.grid
    first_weekday = 5 if right_to_left else 6  # Saturday in Egypt, Sunday in the US
    assert grid.columns[0].day.weekday() == first_weekday
    assert grid.point_for(datetime.combine(grid.columns[0].day, time(12))).x() == pytest.approx(
        column_centre(grid, 0)
    )
    image = grid.grab().toImage()
    noon = round(grid.geometry_map.y_for(datetime.combine(NOW.date(), time(12, 20)), NOW.date()))
    today = image.pixelColor(round(column_centre(grid, day_index(grid, NOW.date()))), noon)
    first = image.pixelColor(round(column_centre(grid, 0)), noon)
    assert not close(today, first, 2)  # today's tint is where today's column must be
    ruler = grid.geometry_map.ruler_width
    right_strip = QRectF(grid.width() - ruler, 0, ruler, grid.height())
    left_strip = QRectF(0, 0, ruler, grid.height())
    hours, other = (right_strip, left_strip) if right_to_left else (left_strip, right_strip)
    assert len(xs_where(image, hours, is_ink)) > 5
    assert xs_where(image, other, is_ink) == []


def test_a_double_click_on_a_painted_slot_books_that_day_and_time(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    grid = calendar.grid
    with qtbot.waitSignal(calendar.new_requested) as requested:
        qtbot.mouseDClick(grid, LEFT, pos=grid_point(grid, datetime(2026, 11, 26, 15, 20)))
    assert requested.args == [datetime(2026, 11, 26, 15, 15), None]


def test_a_block_is_painted_in_its_days_column_and_opens_and_moves_from_there(
    qtbot: QtBot, calendar: CalendarView, shop: Shop
) -> None:
    appointment = shop.book(datetime(2026, 11, 24, 9, 0), 60)
    calendar.reload()
    grid = calendar.grid
    press = grid_point(grid, datetime(2026, 11, 24, 9, 20))
    fill = look.block_look(Status.PENDING, str(shop.consultation.colour)).fill
    assert close(grid.grab().toImage().pixelColor(press), fill)
    with qtbot.waitSignal(calendar.open_requested) as requested:
        qtbot.mouseDClick(grid, LEFT, pos=press)
    assert requested.args == [appointment.id]

    target = grid_point(grid, datetime(2026, 11, 26, 11, 20))
    drag(qtbot, grid, QPointF(press), QPointF(target))
    assert stored(appointment).scheduled_at == datetime(2026, 11, 26, 11, 0)


def test_the_load_bar_grows_from_its_columns_leading_edge_and_its_hours_stay_off_it(
    calendar: CalendarView, shop: Shop, right_to_left: bool
) -> None:
    monday = date(2026, 11, 23)
    shop.book(datetime.combine(monday, time(9)), 180)  # about a third of the opening hours
    calendar.reload()
    header = calendar.time_panel.header
    index = day_index(calendar.grid, monday)
    load = header.content.loads[shop.alice.id, monday]
    bar, _text = header.load_line_rects(index, 0, load)
    column = header.column_rect(index)
    line = QRectF(column.left(), bar.top(), column.width(), bar.height())
    image = header.grab().toImage()
    colours = look.CalendarColours.from_palette(header.palette(), window=True)

    bar_xs = xs_where(image, line, lambda colour: close(colour, colours.load_bar, 4))
    ink_xs = xs_where(image, line, is_ink)

    assert bar_xs and ink_xs
    assert max(ink_xs) < min(bar_xs) or min(ink_xs) > max(bar_xs)
    if right_to_left:
        assert max(bar_xs) >= column.right() - 5 and max(ink_xs) < column.center().x()
    else:
        assert min(bar_xs) <= column.left() + 5 and min(ink_xs) > column.center().x()


def test_left_goes_to_the_later_day_right_to_left_and_previous_points_that_way(
    qtbot: QtBot, calendar: CalendarView, right_to_left: bool
) -> None:
    calendar.set_mode(CalendarMode.DAY)
    qtbot.keyClick(calendar.grid, Qt.Key.Key_Left)
    step = 1 if right_to_left else -1
    assert calendar.grid.columns[0].day == NOW.date() + timedelta(days=step)
    earlier = Qt.ArrowType.RightArrow if right_to_left else Qt.ArrowType.LeftArrow
    assert calendar.navigation.previous_button.arrowType() == earlier


def test_a_month_cell_starts_at_its_right_edge_right_to_left(
    qtbot: QtBot, right_to_left: bool
) -> None:
    grid = MonthGrid()
    qtbot.addWidget(grid)
    grid.resize(840, 600)
    start = datetime(2026, 11, 12, 9, 30)
    row = AppointmentRow(
        1, start, 30, Status.CONFIRMED, "", 1, "Kim", "", "Alice", "Repair", "#e07b39", 1
    )
    grid.set_month(date(2026, 11, 1), [row], NOW.date(), 5 if right_to_left else 6)
    image = grid.grab().toImage()
    cell = grid.day_rect(start.date())
    assert cell is not None
    number = QRectF(cell.left() + 2, cell.top() + 4, cell.width() - 4, 10)
    chip = grid_line_rect(grid, start.date())
    ink = xs_where(image, number, is_ink)
    type_colour = xs_where(image, chip, lambda c: close(c, QColor("#e07b39"), 30))
    middle = cell.center().x()
    assert ink and type_colour
    if right_to_left:
        assert min(ink) > middle and min(type_colour) > middle
    else:
        assert max(ink) < middle and max(type_colour) < middle


def grid_line_rect(grid: MonthGrid, day: date) -> QRectF:
    """The first appointment line of ``day``'s cell, found through the grid's hit-testing."""
    cell = grid.day_rect(day)
    assert cell is not None
    y = next(
        y
        for y in range(int(cell.top()), int(cell.bottom()))
        if grid.appointment_at(QPointF(cell.center().x(), y))
    )
    return QRectF(cell.left(), y + 2, cell.width(), 4)


# -- the charts ---------------------------------------------------------------------------------


def shown_chart(qtbot: QtBot, chart: QWidget, size: tuple[int, int] = (300, 160)) -> QImage:
    qtbot.addWidget(chart)
    chart.resize(*size)
    return chart.grab().toImage()


def highlight(chart: QWidget) -> QColor:
    return chart.palette().color(QPalette.ColorRole.Highlight)


def show_tooltip(chart: QWidget, point: QPoint) -> str:
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point)))
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def test_horizontal_bars_grow_from_the_leading_edge_with_their_labels_there(
    qtbot: QtBot, right_to_left: bool
) -> None:
    chart = BarChart(Qt.Orientation.Horizontal)
    chart.set_data(TYPES)
    image = shown_chart(qtbot, chart)
    colour = highlight(chart)
    rows = [geometry.slot for geometry in chart.chart_layout()]
    spans = [xs_where(image, row.adjusted(0, 3, 0, -3), lambda c: close(c, colour)) for row in rows]
    starts = [max(xs) for xs in spans] if right_to_left else [min(xs) for xs in spans]
    ends = [min(xs) for xs in spans] if right_to_left else [max(xs) for xs in spans]

    assert max(starts) - min(starts) <= 1  # one base line
    middle = chart.width() / 2
    assert (starts[0] > middle) if right_to_left else (starts[0] < middle)
    longer = ends[0] < ends[1] < ends[2] if right_to_left else ends[0] > ends[1] > ends[2]
    assert longer
    beyond = QRectF(starts[0] + 2, rows[0].top(), 0, rows[0].height())
    beyond.setRight(chart.width()) if right_to_left else beyond.setLeft(0)
    assert xs_where(image, beyond, is_ink)  # "Consultation" is written at the bars' start
    painted = QPoint((spans[1][0] + spans[1][-1]) // 2, round(rows[1].center().y()))
    assert show_tooltip(chart, painted) == "Repair: 7"


def test_the_first_column_is_painted_at_the_leading_side(qtbot: QtBot, right_to_left: bool) -> None:
    chart = BarChart(Qt.Orientation.Vertical)
    chart.set_data(TYPES)
    image = shown_chart(qtbot, chart)
    tallest = chart.chart_layout()[0].bar
    above_others = QRectF(0, tallest.top() + 2, chart.width(), 3)
    xs = xs_where(image, above_others, lambda c: close(c, highlight(chart)))
    middle = chart.width() / 2
    assert xs and (min(xs) > middle if right_to_left else max(xs) < middle)
    assert show_tooltip(chart, QPoint((xs[0] + xs[-1]) // 2, tallest.bottom() - 2)) == (
        "Consultation: 12"
    )


def test_the_line_starts_at_the_leading_side_with_its_axis_there(
    qtbot: QtBot, right_to_left: bool
) -> None:
    chart = LineChart(whole_steps=True)
    chart.set_data([Point(f"W{n}", v, str(v)) for n, v in enumerate([6, 1, 1, 1, 1])])
    image = shown_chart(qtbot, chart)
    layout = chart.chart_layout()
    top = QRectF(0, layout.plot.top(), chart.width(), 3)
    xs = xs_where(image, top, lambda c: close(c, highlight(chart), 20))
    middle = chart.width() / 2
    assert xs and (min(xs) > middle if right_to_left else max(xs) < middle)
    axis = [box for _text, box in layout.ticks]
    assert axis
    if right_to_left:
        assert all(box.left() >= layout.plot.right() for box in axis)
    else:
        assert all(box.right() <= layout.plot.left() for box in axis)
    assert show_tooltip(chart, QPoint((xs[0] + xs[-1]) // 2, round(layout.plot.top()))) == "W0: 6"


# -- the dashboard ------------------------------------------------------------------------------


def test_the_statistics_dock_starts_on_the_leading_side(
    right_to_left: bool,
    qtbot: QtBot,
    db: peewee.Database,
    operations: Operations,
    settings: QSettings,
) -> None:
    window = shown_main_window(qtbot, db, operations, settings)
    stats, upcoming = window.dashboard.stats, window.dashboard.upcoming
    middle = window.width() / 2
    if right_to_left:
        assert stats.geometry().left() > middle > upcoming.geometry().right()
    else:
        assert stats.geometry().right() < middle < upcoming.geometry().left()


# -- the same review's other findings ------------------------------------------------------------


def test_type_labels_take_what_they_need_up_to_a_larger_share_and_bars_keep_theirs() -> None:
    area = QRectF(0, 0, 268, 60)
    german = TextSizes(14, 7, (125.0, 124.0), (16.0, 16.0))  # "Kostenvoranschlag", "Sonder…"
    estimate = horizontal_layout(area, [58, 50], german)[0]
    assert estimate.label.width() == 125  # whole; 0.4 of the width cut it at 107
    assert estimate.bar.width() > MIN_BAR_SHARE * area.width()

    for values in ((16.0,), (60.0,)):
        long = horizontal_layout(area, [5], TextSizes(14, 7, (400.0,), values))[0]
        assert long.label.width() <= LABEL_SHARE * area.width()
        assert long.bar.width() == pytest.approx(MIN_BAR_SHARE * area.width(), abs=0.5)
        assert not long.value.isEmpty()


def test_the_german_types_chart_writes_its_long_names_whole_in_a_dock(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["Kostenvoranschlag", "Sonderanfertigung", "Reparatur"]
    with qt_and_babel_locale(qapp, "de_DE"):
        chart = BarChart(Qt.Orientation.Horizontal)
        chart.set_data([Bar(name, 50 - n, str(50 - n)) for n, name in enumerate(names)])
        shown_chart(qtbot, chart, DOCK_CHART)
        drawn = painted_texts(monkeypatch, chart_base, chart)
    assert set(names) <= set(drawn)


def test_weekday_labels_fall_back_to_shorter_names_when_the_abbreviated_do_not_fit(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    week = [DayCount(date(2026, 11, 21) + timedelta(days=n), n) for n in range(7)]
    with qt_and_babel_locale(qapp, "ar_EG") as locale:
        bars = day_bars(week)
        chart = BarChart(Qt.Orientation.Vertical)
        chart.set_data(bars)
        shown_chart(qtbot, chart, DOCK_CHART)
        drawn = painted_texts(monkeypatch, chart_base, chart)
        metrics = QFontMetricsF(chart.font())
        widths = [[metrics.horizontalAdvance(bar.label_form(n)) for bar in bars] for n in range(3)]
    names = {
        width: [str(babel_dates.get_day_names(width, locale=locale)[d.day.weekday()]) for d in week]
        for width in ("abbreviated", "short", "narrow")
    }
    assert [bar.label for bar in bars] == names["abbreviated"]
    assert [bar.short_labels for bar in bars] == list(
        zip(names["short"], names["narrow"], strict=True)
    )
    assert fitting_form(chart.content_rect(), widths) > 0  # the full words would thin out
    assert chart.label_texts() == names["short"]
    assert set(names["short"]) <= set(drawn)  # every day labelled


def test_a_language_whose_short_names_are_its_abbreviated_ones_offers_the_narrow_ones() -> None:
    with_same = day_bars([DayCount(date(2026, 11, 23), 1)])  # en_US: "Mon", "Mo", "M"
    assert with_same[0].short_labels == ("Mo", "M")


@pytest.mark.parametrize(
    ("line", "elided", "time_text", "compact", "shown"),
    [
        ("10:00 Kim Lee", "10:00 Kim Lee", "10:00", "10:00", "10:00 Kim Lee"),
        ("10:00 Kim Lee", "10:00 Ki…", "10:00", "10:00", "10:00 Ki…"),
        ("10:00 Kim Lee", "10:0…", "10:00", "10:00", "10:00"),  # the reviewer's "10:0…"
        ("10:00 Kim Lee", "10:0…", "10:00", "", ""),  # not even the time fits: nothing
        ("10:00 AM Kim Lee", "10:00 A…", "10:00 AM", "10:00", "10:00"),
        ("10:00 – 10:30 AM", "10:00 – 1…", "10:00 – 10:30 AM", "10:00", "10:00"),
        ("Kim Lee 10:00", "Kim Lee 1…", "10:00", "10:00", "10:00"),  # a translation's order
    ],
)
def test_a_blocks_first_line_never_shows_a_cut_time(
    line: str, elided: str, time_text: str, compact: str, shown: str
) -> None:
    assert painting.shown_first_line(line, elided, time_text, compact) == shown


def test_narrow_blocks_under_24_hours_show_the_whole_start_time_or_none(
    qapp: QApplication, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = datetime(2026, 11, 23, 10, 0)
    short, long = (
        AppointmentRow(
            key,
            start + timedelta(days=key),
            minutes,
            Status.CONFIRMED,
            "",
            1,
            "Aylin Demir",
            "",
            "Alice",
            "Repair",
            "",
            1,
        )
        for key, minutes in ((1, 30), (2, 120))
    )
    columns = [Column(start.date() + timedelta(days=n)) for n in range(7)]
    cut = re.compile(r"^\d{1,2}(:\d?)?…|–\s?\d{0,2}(:\d?)?…$")  # "10:0…", "10:00–1…"
    with qt_and_babel_locale(qapp, "de_DE"):
        grid = TimeGrid()
        qtbot.addWidget(grid)
        seen: set[str] = set()
        for width in range(150, 1200, 6):  # columns from about 5 to 140 px of text
            grid.resize(width, 500)
            grid.set_content(columns, Band(8, 19), [short, long], NOW)
            seen |= {text for text in painted_texts(monkeypatch, time_grid, grid) if "1" in text}
    assert not [text for text in seen if cut.search(text)]
    assert "10:00" in seen  # the start alone where nothing more fits
    assert {"10:00–12:00 Uhr", "10:00 Aylin Demir"} <= seen  # and all of it where it does


def test_the_grid_geometry_mirrors_what_it_maps_both_ways() -> None:
    days = [Column(date(2026, 11, 21) + timedelta(days=n)) for n in range(7)]
    mirrored = GridGeometry(days, Band(8, 19), QSizeF(760, 1100), 60, right_to_left=True)
    assert mirrored.column_rect(0).right() == 700 and mirrored.ruler_rect().left() == 700
    for index in range(7):
        assert mirrored.column_at(mirrored.column_rect(index).center().x()) == index
    assert mirrored.column_at(730) is None and mirrored.column_near(730) == 0
