"""The editor's formats: the date-time field follows the babel locale; quarter hours."""

from __future__ import annotations

from datetime import datetime

import pytest
from babel import Locale
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from appointments_desktop.i18n import set_locale
from appointments_desktop.ui.editor.conflicts import duration_words
from appointments_desktop.ui.editor.formats import next_quarter_hour, qt_datetime_format
from appointments_desktop.ui.operations import Operations
from tests.conftest import Shop
from tests.gui.editor_support import child, open_editor


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_US", "M/d/yyyy, h:mm\u202fAP"),
        ("de_DE", "dd.MM.yyyy, HH:mm"),
        ("ja_JP", "yyyy/MM/dd H:mm"),
        ("ko_KR", "yyyy. M. d. AP h:mm"),
        ("bg_BG", "d.MM.yyyy\u202f'г'., H:mm"),
    ],
)
def test_the_date_time_format_comes_from_the_locales_short_patterns(
    locale: str, expected: str
) -> None:
    assert qt_datetime_format(Locale.parse(locale)) == expected


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime(2026, 11, 25, 10, 0), datetime(2026, 11, 25, 10, 15)),
        (datetime(2026, 11, 25, 10, 7, 30), datetime(2026, 11, 25, 10, 15)),
        (datetime(2026, 11, 25, 23, 50), datetime(2026, 11, 26, 0, 0)),
    ],
)
def test_a_new_booking_starts_at_the_next_quarter_hour(now: datetime, expected: datetime) -> None:
    assert next_quarter_hour(now) == expected


def test_the_start_field_reads_in_the_active_locale(
    qtbot: QtBot, operations: Operations, shop: Shop
) -> None:
    set_locale("de_DE")
    dialog = open_editor(qtbot, operations, start=datetime(2026, 11, 26, 9, 0))
    assert child(dialog, QDateTimeEdit, "scheduledAtField").text() == "26.11.2026, 09:00"


@pytest.mark.parametrize(
    ("minutes", "words"),
    [(1, "1 minute"), (30, "30 minutes"), (1440, "1,440 minutes"), (None, "—")],
)
def test_a_duration_in_words_for_the_comparison_of_two_versions(
    minutes: int | None, words: str
) -> None:
    assert duration_words(minutes) == words
