"""The calendar's month grid: its days, lines, "+N more", hit-testing, keys and painting."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import peewee
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from appointments_desktop.domain.status import Status
from appointments_desktop.i18n import set_locale
from appointments_desktop.storage.listing import AppointmentRow
from appointments_desktop.ui.calendar import CalendarMode, CalendarView, month_layout
from appointments_desktop.ui.calendar.month import MonthGrid
from appointments_desktop.ui.operations import Operations

NOVEMBER = date(2026, 11, 1)
TODAY = date(2026, 11, 25)


def row(
    key: int,
    start: datetime,
    status: Status = Status.CONFIRMED,
    customer: str = "José García",
) -> AppointmentRow:
    return AppointmentRow(
        id=key,
        scheduled_at=start,
        duration_minutes=30,
        status=status,
        notes="",
        version=1,
        customer_name=customer,
        customer_phone="",
        operator_name="Alice",
        type_name="Repair",
        type_colour="#e07b39",
        operator_id=1,
    )


@pytest.fixture
def grid(qtbot: QtBot) -> MonthGrid:
    widget = MonthGrid()
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    return widget


def show(grid: MonthGrid, rows: list[AppointmentRow], first_weekday: int = 6, **kw: bool) -> None:
    grid.set_month(NOVEMBER, rows, TODAY, first_weekday, **kw)


def shown_days(grid: MonthGrid) -> list[date]:
    """Every day the grid shows, in order, as the hit-test API reports them."""
    days = [date(2026, 10, 1) + timedelta(days=n) for n in range(100)]
    return [day for day in days if grid.day_rect(day) is not None]


def line_point(grid: MonthGrid, day: date, key: int) -> QPointF:
    """A point on ``key``'s line in ``day``'s cell, found by scanning down the cell."""
    cell = grid.day_rect(day)
    assert cell is not None
    for y in range(int(cell.top()), int(cell.bottom())):
        point = QPointF(cell.center().x(), y + 0.5)
        if grid.appointment_at(point) == key:
            return point
    raise AssertionError(f"no line for appointment {key} on {day}")


def more_point(grid: MonthGrid, day: date) -> QPointF:
    """A point on the "+N more" line: the lowest point of the cell with a tooltip."""
    cell = grid.day_rect(day)
    assert cell is not None
    for y in range(int(cell.bottom()) - 1, int(cell.top()), -1):
        point = QPointF(cell.center().x(), y + 0.5)
        if grid.tooltip_at(point):
            assert grid.appointment_at(point) is None
            return point
    raise AssertionError(f"no '+N more' line on {day}")


def busy_day(count: int) -> list[AppointmentRow]:
    """``count`` appointments on 25 November, given out of start order."""
    start = datetime(2026, 11, 25, 8, 0)
    keys = reversed(range(1, count + 1))
    return [row(key, start + timedelta(minutes=30 * key)) for key in keys]


@pytest.mark.parametrize(
    ("first_weekday", "first", "last", "names"),
    [
        (6, date(2026, 11, 1), date(2026, 12, 12), ["Sun", "Mon", "Tue"]),
        (0, date(2026, 10, 26), date(2026, 12, 6), ["Mon", "Tue", "Wed"]),
    ],
)
def test_the_grid_shows_six_weeks_from_the_locales_first_weekday(
    grid: MonthGrid, first_weekday: int, first: date, last: date, names: list[str]
) -> None:
    show(grid, [], first_weekday)
    days = shown_days(grid)
    assert (days[0], days[-1], len(days)) == (first, last, 42)
    top_left = grid.day_rect(first)
    assert top_left is not None and top_left.left() == 0
    assert grid.day_rect(first - timedelta(days=1)) is None
    assert month_layout.weekday_names(first_weekday)[:3] == names


def test_weekday_names_follow_the_active_locale() -> None:
    set_locale("fr_FR")
    assert month_layout.weekday_names(0)[0] == "lun."


@pytest.mark.parametrize("size", [(1280, 760), (400, 300)])
def test_every_shown_day_is_found_at_the_centre_of_its_cell(
    grid: MonthGrid, size: tuple[int, int]
) -> None:
    grid.resize(*size)
    show(grid, [])
    for day in shown_days(grid):
        cell = grid.day_rect(day)
        assert cell is not None and grid.day_at(cell.center()) == day
    assert grid.day_at(QPointF(grid.width() / 2, 2)) is None  # the weekday row


def test_right_to_left_puts_the_first_weekday_on_the_right(grid: MonthGrid, qtbot: QtBot) -> None:
    grid.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    show(grid, [])
    cell = grid.day_rect(NOVEMBER)
    assert cell is not None and cell.right() == pytest.approx(grid.width())
    assert grid.day_at(cell.center()) == NOVEMBER
    qtbot.keyClick(grid, Qt.Key.Key_Left)  # towards the later days
    assert grid.selected_day == TODAY + timedelta(days=1)


def test_an_appointment_is_a_line_in_its_day_and_is_found_there(grid: MonthGrid) -> None:
    show(grid, [row(7, datetime(2026, 11, 12, 9, 30))])
    assert grid.visible_appointments(date(2026, 11, 12)) == [7]
    assert grid.visible_appointments(date(2026, 11, 13)) == []
    point = line_point(grid, date(2026, 11, 12), 7)
    assert grid.day_at(point) == date(2026, 11, 12)
    cell = grid.day_rect(date(2026, 11, 12))
    assert cell is not None and grid.appointment_at(cell.center()) is None


def test_a_line_tooltip_gives_the_appointments_details(grid: MonthGrid) -> None:
    show(grid, [row(7, datetime(2026, 11, 12, 9, 30), Status.PENDING)])
    tip = grid.tooltip_at(line_point(grid, date(2026, 11, 12), 7))
    for part in ("9:30", "10:00", "José García", "Alice", "Repair", "Pending"):
        assert part in tip


def test_hovering_a_line_shows_its_tooltip(grid: MonthGrid) -> None:
    show(grid, [row(7, datetime(2026, 11, 12, 9, 30), customer="Zoë Ångström")])
    point = line_point(grid, date(2026, 11, 12), 7).toPoint()
    help_event = QHelpEvent(QEvent.Type.ToolTip, point, grid.mapToGlobal(point))
    QApplication.sendEvent(grid, help_event)
    try:
        assert "Zoë Ångström" in QToolTip.text()
    finally:
        QToolTip.hideText()


def test_a_full_day_lists_in_start_order_and_ends_with_more(grid: MonthGrid) -> None:
    show(grid, busy_day(12))
    visible = grid.visible_appointments(TODAY)
    assert 0 < len(visible) < 12
    assert visible == list(range(1, len(visible) + 1))
    hidden = 12 - len(visible)
    tip = grid.tooltip_at(more_point(grid, TODAY))
    assert len(tip.splitlines()) == hidden


def test_more_text_uses_plural_forms_and_locale_numbers() -> None:
    assert month_layout.more_text(1) == "+1 more"
    assert month_layout.more_text(1234) == "+1,234 more"
    assert month_layout.more_text(3, short=True) == "+3"


@pytest.mark.parametrize(
    ("count", "fits", "expected"),
    [(2, 3, [1, 2]), (3, 3, [1, 2, 3]), (4, 3, [1, 2, None]), (4, 1, [None]), (4, 0, [])],
)
def test_the_last_line_says_more_when_not_all_fit(
    count: int, fits: int, expected: list[int | None]
) -> None:
    rows = [row(key, datetime(2026, 11, 25, 8, key)) for key in range(1, count + 1)]
    entries = month_layout.line_entries(rows, fits)
    assert [entry.id if entry else None for entry in entries] == expected


def test_a_small_grid_still_hit_tests_what_it_draws(grid: MonthGrid) -> None:
    grid.resize(400, 300)
    show(grid, busy_day(5))
    visible = grid.visible_appointments(TODAY)
    assert len(visible) < 5
    for key in visible:
        line_point(grid, TODAY, key)


def test_hiding_cancelled_hides_cancelled_and_no_show(grid: MonthGrid) -> None:
    day = datetime(2026, 11, 12, 9, 0)
    rows = [
        row(1, day, Status.CANCELLED),
        row(2, day + timedelta(hours=1), Status.NO_SHOW),
        row(3, day + timedelta(hours=2), Status.CONFIRMED),
    ]
    show(grid, rows)
    assert grid.visible_appointments(day.date()) == [1, 2, 3]
    show(grid, rows, show_cancelled=False)
    assert grid.visible_appointments(day.date()) == [3]


def test_double_click_on_a_day_activates_it(grid: MonthGrid, qtbot: QtBot) -> None:
    show(grid, [])
    cell = grid.day_rect(date(2026, 11, 18))
    assert cell is not None
    with qtbot.waitSignal(grid.day_activated, timeout=1000) as blocker:
        qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=cell.center().toPoint())
    assert blocker.args == [date(2026, 11, 18)]


def test_double_click_on_a_line_asks_to_open_its_appointment(grid: MonthGrid, qtbot: QtBot) -> None:
    show(grid, [row(7, datetime(2026, 11, 12, 9, 30))])
    point = line_point(grid, date(2026, 11, 12), 7).toPoint()
    with (
        qtbot.assertNotEmitted(grid.day_activated),
        qtbot.waitSignal(grid.open_requested, timeout=1000) as blocker,
    ):
        qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [7]


def test_a_click_selects_the_day(grid: MonthGrid, qtbot: QtBot) -> None:
    show(grid, [])
    cell = grid.day_rect(date(2026, 11, 3))
    assert cell is not None
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=cell.center().toPoint())
    assert grid.selected_day == date(2026, 11, 3)


def test_arrow_keys_move_the_selection_and_enter_activates_it(
    grid: MonthGrid, qtbot: QtBot
) -> None:
    show(grid, [])
    assert grid.selected_day == TODAY
    moves = [
        (Qt.Key.Key_Right, date(2026, 11, 26)),
        (Qt.Key.Key_Down, date(2026, 12, 3)),
        (Qt.Key.Key_Left, date(2026, 12, 2)),
        (Qt.Key.Key_Up, date(2026, 11, 25)),
    ]
    for key, expected in moves:
        qtbot.keyClick(grid, key)
        assert grid.selected_day == expected
    with qtbot.waitSignal(grid.day_activated, timeout=1000) as blocker:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert blocker.args == [TODAY]


def test_the_selection_stays_in_the_shown_weeks(grid: MonthGrid, qtbot: QtBot) -> None:
    show(grid, [])
    grid.selected_day = NOVEMBER
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Left)
    assert grid.selected_day == NOVEMBER
    with pytest.raises(ValueError):
        grid.selected_day = date(2026, 10, 31)


def test_a_new_month_selects_today_or_its_first_day(grid: MonthGrid) -> None:
    show(grid, [])
    grid.set_month(date(2026, 12, 1), [], TODAY, 6)
    assert grid.selected_day == date(2026, 12, 1)
    grid.set_month(NOVEMBER, [], TODAY, 6)
    assert grid.selected_day == TODAY


@pytest.mark.parametrize("size", [(400, 300), (1900, 1000)])
def test_it_paints_at_small_and_large_sizes(grid: MonthGrid, size: tuple[int, int]) -> None:
    grid.resize(*size)
    show(grid, [*busy_day(9), row(99, datetime(2026, 12, 2, 9, 0), Status.CANCELLED)])
    image = grid.grab().toImage()
    assert not image.isNull()
    assert (image.width(), image.height()) == size


def test_cells_are_painted_with_the_palette_even_a_dark_one(grid: MonthGrid) -> None:
    palette = QPalette(grid.palette())
    role = QPalette.ColorRole
    colours = {role.Base: "#1e1e1e", role.Window: "#2d2d2d", role.Text: "#e6e6e6"}
    for key, colour in colours.items():
        palette.setColor(key, QColor(colour))
    grid.setPalette(palette)
    show(grid, [])
    image = grid.grab().toImage()
    inside, outside = grid.day_rect(date(2026, 11, 18)), grid.day_rect(date(2026, 12, 9))
    assert inside is not None and outside is not None
    assert image.pixelColor(inside.center().toPoint()).name() == "#1e1e1e"
    assert image.pixelColor(outside.center().toPoint()).name() == "#2d2d2d"
    assert image.pixelColor(QPoint(0, 0)).name() == "#2d2d2d"


def test_arrows_past_the_shown_weeks_turn_the_month_in_the_calendar(
    qtbot: QtBot, operations: Operations, settings: QSettings, db: peewee.Database
) -> None:
    view = CalendarView(operations, settings=settings)
    qtbot.addWidget(view)
    view.show()
    view.set_date(date(2026, 11, 25))
    view.set_mode(CalendarMode.MONTH)
    grid = view.month_grid
    grid.setFocus()
    for _ in range(6):  # 25 Nov + 6 weeks is beyond the six weeks of November's grid
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selected_day == date(2027, 1, 6)
    assert view.visible_days()[0] <= date(2027, 1, 1) <= view.visible_days()[-1]
