"""The time grid's arithmetic and words, without a window: band, blocks, texts, looks."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor

from appointments_desktop.domain.status import Status
from appointments_desktop.storage.listing import AppointmentRow
from appointments_desktop.storage.workload import DayLoad
from appointments_desktop.ui.calendar import look, texts
from appointments_desktop.ui.calendar.layout import (
    MIN_BLOCK_HEIGHT,
    Band,
    Column,
    GridGeometry,
    band_for,
    lay_out_blocks,
)

DAY = date(2026, 11, 26)
OPENING = (time(8, 30), time(18, 15))


def row(key: int, start: datetime, minutes: int, operator_id: int = 1) -> AppointmentRow:
    return AppointmentRow(
        key,
        start,
        minutes,
        Status.PENDING,
        "",
        1,
        "Kim",
        "",
        "Alice",
        "Repair",
        "#e07b39",
        operator_id,
    )


def test_the_band_is_the_opening_hours_rounded_out_to_whole_hours() -> None:
    assert band_for(OPENING, [], [DAY]) == Band(8, 19, *OPENING)


def test_the_band_widens_to_show_appointments_outside_the_opening_hours() -> None:
    early = row(1, datetime(2026, 11, 26, 6, 45), 30)
    late = row(2, datetime(2026, 11, 26, 19, 30), 45)
    elsewhere = row(3, datetime(2026, 11, 30, 5, 0), 30)
    band = band_for(OPENING, [early, late, elsewhere], [DAY])
    assert (band.first_hour, band.last_hour) == (6, 21)
    overnight = row(4, datetime(2026, 11, 26, 23, 0), 120)
    assert band_for(OPENING, [overnight], [DAY]).last_hour == 24


def geometry(columns: list[Column]) -> GridGeometry:
    return GridGeometry(columns, Band(8, 19), QSizeF(760, 1100), 60)


def test_geometry_maps_moments_and_columns_both_ways() -> None:
    grid = geometry([Column(DAY), Column(date(2026, 11, 27))])
    assert grid.hour_height == 100 and grid.column_width == 350
    assert grid.y_for(datetime(2026, 11, 26, 9, 30), DAY) == 150
    assert grid.moment_at(150, DAY) == datetime(2026, 11, 26, 9, 30)
    assert grid.moment_at(-50, DAY) == datetime(2026, 11, 26, 8, 0)  # kept inside the band
    assert (grid.column_at(59), grid.column_at(60), grid.column_at(759)) == (None, 0, 1)


def test_blocks_run_from_start_to_end_and_short_ones_stay_visible() -> None:
    grid = geometry([Column(DAY)])
    blocks = lay_out_blocks(
        [row(1, datetime(2026, 11, 26, 9, 0), 90), row(2, datetime(2026, 11, 26, 12, 0), 1)], grid
    )
    first, short = blocks
    assert (first.rect.top(), first.rect.bottom()) == (100, 250)
    assert short.rect.height() == MIN_BLOCK_HEIGHT


def test_short_blocks_stretched_to_be_seen_get_their_own_lane() -> None:
    grid = geometry([Column(DAY)])
    tiny = row(1, datetime(2026, 11, 26, 9, 0), 1)  # drawn 18 px tall: past 9:05
    next_one = row(2, datetime(2026, 11, 26, 9, 5), 30)
    rects = [block.rect for block in lay_out_blocks([tiny, next_one], grid)]
    assert not rects[0].intersects(rects[1])


def test_in_the_day_view_blocks_go_to_their_operators_column() -> None:
    grid = geometry([Column(DAY, 1), Column(DAY, 2)])
    blocks = lay_out_blocks([row(1, datetime(2026, 11, 26, 9), 30, operator_id=2)], grid)
    assert [block.column for block in blocks] == [1]


def test_an_appointment_past_midnight_has_a_block_on_each_shown_day() -> None:
    grid = GridGeometry(
        [Column(DAY), Column(date(2026, 11, 27))], Band(0, 24), QSizeF(760, 2400), 60
    )
    blocks = lay_out_blocks([row(1, datetime(2026, 11, 26, 23, 0), 120)], grid)
    assert [(b.column, b.ends_here) for b in blocks] == [(0, False), (1, True)]


def test_load_and_duration_words() -> None:
    assert texts.hours_text(210) == "3.5 h"
    assert texts.hours_text(120) == "2 h"
    load = DayLoad(1, DAY, 5, 270)
    assert texts.day_load_text(load) == "5 appointments · 4.5 h"
    assert texts.day_load_text(None) == "Nothing booked"
    assert texts.duration_text(1) == "1 minute"


def test_block_lines_show_time_customer_type_and_status() -> None:
    lines = texts.block_lines(row(1, datetime(2026, 11, 26, 9, 0), 45))
    assert [" ".join(line.split()) for line in lines] == [
        "9:00 – 9:45 AM",
        "Kim",
        "Repair · Pending",
    ]


SAMPLE_COLOURS = ("#4a90d9", "#e07b39", "#8e5cc2", "#3aa876", "#c9a227", "#d0505a", "#000000")


def test_statuses_look_different_and_text_stays_readable() -> None:
    looks = {status: look.block_look(status, "#e07b39") for status in Status}
    assert looks[Status.PENDING].border_style != looks[Status.CONFIRMED].border_style
    assert looks[Status.CANCELLED].struck and looks[Status.NO_SHOW].struck
    assert not looks[Status.CONFIRMED].struck
    for colour in SAMPLE_COLOURS:
        for status in Status:
            style = look.block_look(status, colour)
            assert look.contrast(style.text, style.fill) >= 4.5, (colour, status)
    assert look.type_colour("not a colour") == QColor(look.DEFAULT_TYPE_COLOUR)
