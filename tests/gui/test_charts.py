"""The statistics charts: their layout arithmetic, what they paint, hit-testing, tooltips."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from appointments_desktop.i18n import format_number, format_percent
from appointments_desktop.ui.charts import Bar, BarChart, LineChart, Point
from appointments_desktop.ui.charts.axis import nice_step, value_axis
from appointments_desktop.ui.charts.bar_layout import (
    TextSizes,
    hit_index,
    horizontal_layout,
    vertical_layout,
)
from appointments_desktop.ui.charts.labels import label_box, shown_labels
from appointments_desktop.ui.charts.line_math import runs
from appointments_desktop.ui.charts.painting import chart_colours

TYPES = [
    Bar("Consultation", 12, "12", "12 consultations"),
    Bar("Repair", 7, "7"),
    Bar("Fit", 1, "1"),
]
WEEKS = [Point(f"W{n}", v, "" if v is None else str(v)) for n, v in enumerate([3, 5, None, 4, 6])]
AREA = QRectF(0, 0, 300, 150)
SIZES = TextSizes(line_height=14, gap=6, label_widths=(80, 40, 20), value_widths=(14, 7, 7))
EXTREMES = [(60, 40), (1600, 900)]


def close(first: QColor, second: QColor, tolerance: int = 6) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(first.getRgb()[:3], second.getRgb()[:3], strict=True)
    )


def count(image: QImage, colour: QColor, rect: QRectF, tolerance: int = 6) -> int:
    """How many pixels in ``rect`` have ``colour``."""
    inside = rect.toAlignedRect().intersected(image.rect())
    return sum(
        close(image.pixelColor(x, y), colour, tolerance)
        for x in range(inside.left(), inside.right() + 1)
        for y in range(inside.top(), inside.bottom() + 1)
    )


def shown(chart: BarChart | LineChart, width: int, height: int) -> QImage:
    chart.resize(width, height)
    return chart.grab().toImage()


@pytest.fixture
def bars(qtbot: QtBot) -> BarChart:
    chart = BarChart(Qt.Orientation.Horizontal)
    qtbot.addWidget(chart)
    chart.set_data(TYPES)
    return chart


@pytest.fixture
def columns(qtbot: QtBot) -> BarChart:
    chart = BarChart(Qt.Orientation.Vertical, highlighted=1)
    qtbot.addWidget(chart)
    chart.set_data(TYPES)
    return chart


@pytest.fixture
def line(qtbot: QtBot) -> LineChart:
    chart = LineChart(whole_steps=True)
    qtbot.addWidget(chart)
    chart.set_data(WEEKS)
    return chart


@pytest.fixture
def tooltips() -> Iterator[None]:
    yield
    QToolTip.hideText()


# -- the arithmetic ---------------------------------------------------------------------------


def test_the_axis_rounds_up_to_a_nice_step_and_honours_a_fixed_top() -> None:
    assert nice_step(0.3) == 0.5
    assert nice_step(2.2, whole=True) == 5
    assert nice_step(0.2, whole=True) == 1
    assert value_axis([13, None], 4, None, whole=True).ticks == (0, 5, 10, 15)
    assert value_axis([0.42], 4, 1.0).top == 1.0
    assert value_axis([0.42], 4, 1.0).ticks == (0, 0.25, 0.5, 0.75, 1.0)
    assert value_axis([None, 0], 2, None).top == 1.0


def test_a_missing_value_breaks_the_line_into_runs() -> None:
    a, b, c = QPointF(0, 0), QPointF(1, 1), QPointF(3, 3)
    assert runs([a, b, None, c, None]) == [[a, b], [c]]
    assert runs([None, None]) == []


def test_all_labels_show_when_there_is_room_else_every_nth_with_the_last() -> None:
    xs = [i * 40.0 for i in range(12)]
    assert shown_labels(xs, [30.0] * 12, (-20, 460), 4) == list(range(12))
    thinned = shown_labels(xs, [70.0] * 12, (0, 440), 4)
    assert thinned[-1] == 11
    assert 1 < len(thinned) < 12
    assert len({b - a for a, b in pairwise(thinned)}) == 1
    boxes = [label_box(xs[i], 70.0, (0, 440)) for i in thinned]
    assert all(a[1] + 4 <= b[0] for a, b in pairwise(boxes))
    assert shown_labels(xs[:1], [500.0], (0, 100), 4) == [0]


def test_a_longer_value_has_a_longer_bar_and_everything_stays_in_the_area() -> None:
    layout = horizontal_layout(AREA, [12, 7, 1], SIZES)
    assert layout[0].bar.width() > layout[1].bar.width() > layout[2].bar.width() > 0
    for geometry in layout:
        for rect in (geometry.slot, geometry.bar, geometry.label, geometry.value):
            assert AREA.contains(rect)
        assert geometry.value.left() > geometry.bar.right()


def test_rows_too_low_for_text_show_bars_only() -> None:
    low = horizontal_layout(QRectF(0, 0, 300, 20), [3, 2, 1], SIZES)
    assert all(g.label.isEmpty() and g.value.isEmpty() for g in low)
    assert all(g.bar.width() > 0 for g in low)


def test_column_values_show_whole_or_not_at_all_and_labels_thin_out() -> None:
    sizes = TextSizes(14, 6, (27,) * 7, (20,) * 7)
    wide = vertical_layout(QRectF(0, 0, 300, 150), [1] * 7, sizes)
    assert all(not g.value.isEmpty() and not g.label.isEmpty() for g in wide)
    narrow = vertical_layout(QRectF(0, 0, 120, 150), [1] * 7, sizes)
    assert all(g.value.isEmpty() for g in narrow)
    labelled = [i for i, g in enumerate(narrow) if not g.label.isEmpty()]
    assert 0 < len(labelled) < 7
    assert labelled[-1] == 6


def test_hit_testing_finds_the_row_or_column() -> None:
    rows = horizontal_layout(AREA, [12, 7, 1], SIZES)
    assert hit_index(rows, rows[1].slot.center()) == 1
    assert hit_index(rows, QPointF(AREA.right() - 1, rows[2].slot.center().y())) == 2
    assert hit_index(rows, QPointF(10, AREA.bottom() - 1)) is None
    cols = vertical_layout(AREA, [12, 7, 1], SIZES)
    assert hit_index(cols, QPointF(cols[2].slot.center().x(), 2)) == 2


# -- the widgets ------------------------------------------------------------------------------


def test_horizontal_bars_paint_in_highlight_longest_for_the_largest(bars: BarChart) -> None:
    image = shown(bars, 300, 160)
    highlight = bars.palette().color(QPalette.ColorRole.Highlight)
    layout = bars.chart_layout()
    lengths = [count(image, highlight, QRectF(0, g.bar.center().y(), 300, 1)) for g in layout]
    assert lengths[0] > lengths[1] > lengths[2] > 0
    assert close(image.pixelColor(layout[0].bar.center().toPoint()), highlight)


def test_the_highlighted_column_has_another_colour(columns: BarChart) -> None:
    image = shown(columns, 300, 160)
    colours = chart_colours(columns.palette())
    layout = columns.chart_layout()
    assert close(image.pixelColor(layout[0].bar.center().toPoint()), colours.bar)
    assert close(image.pixelColor(layout[1].bar.center().toPoint()), colours.highlighted)
    assert not close(colours.highlighted, colours.bar, 40)
    columns.set_highlighted(None)
    image = shown(columns, 300, 160)
    assert close(image.pixelColor(layout[1].bar.center().toPoint()), colours.bar)


def test_a_dark_palette_gives_a_dark_chart(bars: BarChart) -> None:
    palette = QPalette(bars.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#3d8ee0"))
    bars.setPalette(palette)
    image = shown(bars, 300, 160)
    assert image.pixelColor(QPoint(1, 1)).name() == "#1e1e1e"
    assert close(image.pixelColor(bars.chart_layout()[0].bar.center().toPoint()), QColor("#3d8ee0"))
    label = bars.chart_layout()[0].label
    assert count(image, QColor("#e6e6e6"), label, tolerance=40) > 0


def test_an_empty_chart_shows_its_message_and_no_bars(qtbot: QtBot) -> None:
    chart = BarChart(Qt.Orientation.Vertical)
    qtbot.addWidget(chart)
    assert chart.empty_text() == "No data"
    chart.set_empty_text("No appointments yet")
    image = shown(chart, 240, 120)
    colours = chart_colours(chart.palette())
    assert count(image, colours.bar, QRectF(image.rect())) == 0
    assert count(image, colours.background, QRectF(image.rect())) < 240 * 120
    assert chart.accessibleDescription() == "No appointments yet"


def test_the_line_leaves_a_gap_where_a_week_has_no_data(line: LineChart) -> None:
    image = shown(line, 320, 160)
    colours = chart_colours(line.palette())
    layout = line.chart_layout()
    first, second, _, fourth, _ = layout.positions
    assert first is not None and second is not None and fourth is not None
    run = QRectF(first.x() + 6, layout.plot.top(), second.x() - first.x() - 12, 1)
    run.setBottom(layout.plot.bottom() - 2)
    assert count(image, colours.bar, run, tolerance=20) > 0
    gap = QRectF(second.x() + 6, layout.plot.top(), fourth.x() - second.x() - 12, 1)
    gap.setBottom(layout.plot.bottom() - 2)
    others = count(image, colours.background, gap, 3) + count(image, colours.grid, gap, 3)
    assert others == gap.toAlignedRect().width() * gap.toAlignedRect().height()


def test_the_axis_uses_the_callers_formatter_and_fixed_top(qtbot: QtBot) -> None:
    chart = LineChart(y_maximum=1.0, axis_format=format_percent)
    qtbot.addWidget(chart)
    chart.set_data([Point("W1", 0.2, "20%"), Point("W2", 0.4, "40%"), Point("W3", None, "")])
    chart.resize(300, 200)
    layout = chart.chart_layout()
    assert layout.axis.top == 1.0
    assert [text for text, _ in layout.ticks] == [format_percent(t) for t in layout.axis.ticks]
    assert layout.value == 1
    assert QRectF(chart.rect()).contains(layout.value_box)


def test_narrow_line_charts_show_fewer_labels_that_do_not_overlap(qtbot: QtBot) -> None:
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.set_data([Point(f"Week {n}", n, format_number(n)) for n in range(12)])
    chart.resize(900, 200)
    assert len(chart.chart_layout().labels) == 12
    chart.resize(240, 140)
    labels = chart.chart_layout().labels
    assert 1 < len(labels) < 12
    assert labels[-1][0] == 11
    assert all(a.right() <= b.left() for (_, a), (_, b) in pairwise(labels))


@pytest.mark.parametrize(("width", "height"), EXTREMES)
def test_tiny_and_huge_charts_paint_inside_the_widget(
    bars: BarChart, columns: BarChart, line: LineChart, width: int, height: int
) -> None:
    for chart in (bars, columns):
        shown(chart, width, height)
        inside = QRectF(chart.rect())
        for geometry in chart.chart_layout():
            drawn = [r for r in (geometry.bar, geometry.label, geometry.value) if not r.isEmpty()]
            assert all(inside.contains(r) for r in drawn)
    shown(line, width, height)
    layout = line.chart_layout()
    inside = QRectF(line.rect())
    assert inside.contains(layout.plot)
    assert all(inside.contains(box) for _, box in (*layout.ticks, *layout.labels))
    assert all(p is None or inside.contains(p) for p in layout.positions)


def test_hovering_shows_the_tooltip_of_the_item_below(
    bars: BarChart, line: LineChart, tooltips: None
) -> None:
    bars.resize(300, 160)
    for chart, point, expected in (
        (bars, bars.chart_layout()[0].bar.center().toPoint(), "12 consultations"),
        (bars, bars.chart_layout()[1].slot.center().toPoint(), "Repair: 7"),
    ):
        help_event = QHelpEvent(QEvent.Type.ToolTip, point, chart.mapToGlobal(point))
        QApplication.sendEvent(chart, help_event)
        assert QToolTip.text() == expected
    line.resize(300, 160)
    fourth = line.chart_layout().positions[3]
    assert fourth is not None
    assert line.index_at(fourth) == 3
    assert line.index_at(QPointF(-5, -5)) is None


def test_the_accessible_description_lists_the_values(bars: BarChart, line: LineChart) -> None:
    assert bars.accessibleDescription() == "Consultation: 12, Repair: 7, Fit: 1"
    assert "W2: no data" in line.accessibleDescription()
    assert "W4: 6" in line.accessibleDescription()
