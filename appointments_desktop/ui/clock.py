"""A signal at every minute boundary of the wall clock, for views whose content follows time."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal

SLACK_MS = 50
"""Fire this long after the boundary, so "now" is surely in the new minute."""


class MinuteClock(QObject):
    """Emits :attr:`minute_passed` just after each minute boundary (xx:xx:00).

    A repeating one-minute timer drifts and may fire late in the minute; this one re-arms a
    single-shot timer for the next boundary each time, so "Upcoming" and "Today, 14:30"
    change at the minute the user expects.
    """

    minute_passed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True, timeout=self._fire)
        # A coarse timer rounds waits of 20 s or more to whole seconds and fired up to half
        # a second early here, inside the old minute; a precise one fires after the boundary.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._arm()

    def _arm(self) -> None:
        self._timer.start(milliseconds_to_next_minute(datetime.now()) + SLACK_MS)

    def _fire(self) -> None:
        self._arm()
        self.minute_passed.emit()


def milliseconds_to_next_minute(now: datetime) -> int:
    """How long from ``now`` until the next whole minute, in milliseconds (1..60,000)."""
    into_minute = now.second * 1000 + now.microsecond // 1000
    return 60_000 - into_minute
