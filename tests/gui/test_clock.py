"""The minute clock fires just after each minute boundary, with a precise timer."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from appointments_desktop.ui.clock import MinuteClock, milliseconds_to_next_minute


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 11, 25, 10, 0, 0), 60_000),
        (datetime(2026, 11, 25, 10, 0, 59, 999_000), 1),
        (datetime(2026, 11, 25, 10, 0, 20, 300_000), 39_700),
        (datetime(2026, 11, 25, 23, 59, 30), 30_000),
    ],
)
def test_the_wait_reaches_the_next_whole_minute(now: datetime, expected: int) -> None:
    assert milliseconds_to_next_minute(now) == expected


def test_the_clock_uses_a_precise_timer_armed_for_the_next_boundary(qtbot: QtBot) -> None:
    clock = MinuteClock()
    timer = clock.findChild(QTimer)
    assert timer is not None and timer.isActive() and timer.isSingleShot()
    # A coarse timer rounds waits over 20 s to whole seconds and can fire in the old minute.
    assert timer.timerType() == Qt.TimerType.PreciseTimer
    assert 0 < timer.remainingTime() <= 60_000 + 50


def test_each_tick_emits_once_and_arms_the_next(qtbot: QtBot) -> None:
    clock = MinuteClock()
    timer = clock.findChild(QTimer)
    assert timer is not None
    timer.stop()
    with qtbot.waitSignal(clock.minute_passed, timeout=1000):
        timer.timeout.emit()
    assert timer.isActive()  # armed again for the boundary after
