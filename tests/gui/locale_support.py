"""Helpers for the locale tests: a locale made active for Qt too, and the texts a widget paints.

Not a test module. The calendar paints its day names, dates and hours with a ``QPainter``
instead of showing them in labels; :func:`painted_texts` records every string such a widget
draws, so the tests check what is on the screen rather than what a helper would return.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

import pytest
from babel import Locale
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

from appointments_desktop.i18n import set_locale
from appointments_desktop.ui.qt_translations import apply_qt_locale

ENGLISH = "en_US"


@contextmanager
def qt_and_babel_locale(app: QApplication, name: str) -> Iterator[Locale]:
    """Make ``name`` active for our messages and formats and for Qt (its strings, its
    default ``QLocale``, the layout direction); English, left to right, afterwards."""
    locale = set_locale(name)
    apply_qt_locale(app)
    try:
        yield locale
    finally:
        set_locale(ENGLISH)
        apply_qt_locale(app)
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def painted_texts(
    monkeypatch: pytest.MonkeyPatch, module: ModuleType, widget: QWidget
) -> list[str]:
    """Every string ``widget`` draws when it paints, in painting order.

    ``module`` is where the widget's ``paintEvent`` finds ``QPainter``; it gets a painter
    that notes each ``drawText`` before drawing, for one rendering of ``widget``.
    """
    drawn: list[str] = []

    class RecordingPainter(QPainter):
        def drawText(self, *args: Any) -> None:  # noqa: N802 - Qt's name
            drawn.extend(arg for arg in args if isinstance(arg, str))
            super().drawText(*args)

    with monkeypatch.context() as patch:
        patch.setattr(module, "QPainter", RecordingPainter)
        widget.grab()
    return drawn
