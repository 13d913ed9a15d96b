"""Guards against the PySide6 6.12.0 / Python 3.11 reference-count bug.

There, every Qt call that returns nothing drops a reference to ``None`` and the process
aborts ("deallocating None") after a few thousand calls. The dependency pin keeps 6.12
off Python 3.11; this test makes the calls, so a bad combination crashes the test run.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 100_000


def test_the_installed_binding_is_not_the_broken_combination() -> None:
    version = tuple(int(part) for part in PySide6.__version__.split(".")[:2])
    assert not (sys.version_info < (3, 12) and version >= (6, 12))


def test_a_hundred_thousand_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    none_refs_before = sys.getrefcount(None)
    for index in range(CALLS // 2):
        label.setText("x")
        label.resize(10 + index % 5, 10)
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen = QPen(QColor("black"))
    for _ in range(CALLS // 4):
        painter.setPen(pen)
        painter.drawRect(QRect(1, 1, 5, 5))
    painter.end()
    assert label.text() == "x"
    # Leaking one reference per call would show as a drop of tens of thousands.
    assert sys.getrefcount(None) > none_refs_before - 1000
