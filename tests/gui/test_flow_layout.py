"""The wrapping layout of the calendar's bar: one row when wide, more rows when narrow."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from appointments_desktop.ui.flow_layout import FlowLayout


def bar_of(qtbot: QtBot, widths: list[int]) -> tuple[QWidget, list[QPushButton]]:
    """A widget with fixed-width buttons in a FlowLayout (no margins, 8 px apart)."""
    bar = QWidget()
    flow = FlowLayout(bar, spacing=8)
    flow.setContentsMargins(0, 0, 0, 0)
    buttons = []
    for width in widths:
        button = QPushButton("x")
        button.setFixedSize(width, 30)
        flow.addWidget(button)
        buttons.append(button)
    qtbot.addWidget(bar)
    return bar, buttons


def rows_of(buttons: list[QPushButton]) -> list[int]:
    return [button.geometry().top() for button in buttons]


def test_wide_enough_everything_is_on_one_row(qtbot: QtBot) -> None:
    bar, buttons = bar_of(qtbot, [100, 100, 100])
    bar.resize(400, 30)
    bar.layout().activate()
    assert rows_of(buttons) == [0, 0, 0]
    assert bar.layout().heightForWidth(400) == 30


def test_narrow_the_items_wrap_and_the_height_grows(qtbot: QtBot) -> None:
    bar, buttons = bar_of(qtbot, [100, 100, 100])
    bar.resize(220, 100)
    bar.layout().setGeometry(bar.rect())
    assert rows_of(buttons) == [0, 0, 38]
    assert bar.layout().heightForWidth(220) == 68
    assert bar.layout().heightForWidth(150) == 3 * 30 + 2 * 8


def test_the_minimum_width_is_the_widest_item(qtbot: QtBot) -> None:
    bar, _buttons = bar_of(qtbot, [80, 140, 60])
    assert bar.layout().minimumSize().width() == 140
    assert bar.layout().sizeHint().width() == 80 + 140 + 60 + 2 * 8
