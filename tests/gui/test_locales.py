"""The main window, the editor and the docks in de_DE, fr_FR, es_ES, en_US and ja_JP.

Every expected date, time, weekday and percentage is asked of babel here, directly (never
through :mod:`appointments_desktop.i18n`), and compared with what the widgets show or paint.
``NOW`` is Wednesday 25 November 2026, 10:00: the week starts on Monday 23 in Europe and on
Sunday 22 in the United States and Japan. Japanese has formats but no catalog of ours, so
its words are English and its dates Japanese.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import peewee
import pytest
from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QDateTimeEdit,
    QDockWidget,
    QLabel,
    QMenu,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from appointments_desktop import Appointment, Status
from appointments_desktop.ui import MainWindow
from appointments_desktop.ui.calendar import CalendarMode, header, month
from appointments_desktop.ui.calendar import grid as time_grid
from appointments_desktop.ui.charts import BarChart
from appointments_desktop.ui.docks.rows import Field
from appointments_desktop.ui.list.model import Column
from appointments_desktop.ui.operations import Operations
from tests.conftest import NOW, Shop
from tests.gui.locale_support import ENGLISH, painted_texts, qt_and_babel_locale
from tests.gui.window_support import shown_main_window
from tests.unit.storage_support import give_status

LOCALES = ("de_DE", "fr_FR", "es_ES", "en_US", "ja_JP")
TRANSLATED = ("de_DE", "fr_FR", "es_ES")

TODAY_1430 = datetime(2026, 11, 25, 14, 30)
TOMORROW_9 = datetime(2026, 11, 26, 9, 0)
FRIDAY_1430 = datetime(2026, 11, 27, 14, 30)

SAME_WORD = {"de_DE": {"Status"}, "fr_FR": {"Notes", "Type"}}
"""Words written as in English and right in the language: German "Status", French "Type"
(of appointment) and "Notes"."""

TODAY_WORD = {"de_DE": "Heute", "fr_FR": "Aujourd’hui", "es_ES": "Hoy"}
TOMORROW_WORD = {"de_DE": "Morgen", "fr_FR": "Demain", "es_ES": "Mañana"}
"""What a native speaker calls today and tomorrow (CLDR's relative day names "heute",
"aujourd’hui", "hoy", capitalised to start a cell; babel does not publish them); English,
the source language, for en_US and ja_JP."""

_YEAR = re.compile(r"y+")


# -- babel's own answers --------------------------------------------------------------------


def week_of_now(locale: Locale) -> list[date]:
    """The seven days of NOW's week, from the locale's first weekday (babel: 0 = Monday)."""
    first = int(locale.first_week_day)
    start = NOW.date() - timedelta(days=(NOW.weekday() - first) % 7)
    return [start + timedelta(days=offset) for offset in range(7)]


def day_abbreviation(locale: Locale, day: date) -> str:
    return str(locale.days["format"]["abbreviated"][day.weekday()])


def day_title(day: date, locale: Locale) -> str:
    """Month and day, as CLDR's "MMMd" skeleton has them ("Nov 25", "25. Nov.", "11月25日")."""
    return str(babel_dates.format_skeleton("MMMd", day, locale=locale))


def short_time(value: datetime | time, locale: Locale) -> str:
    return str(babel_dates.format_time(value, "short", locale=locale))


def editor_start_text(value: datetime, locale: Locale) -> str:
    """The short date-time pattern with the year written in full, as an editor must."""
    date_pattern = _YEAR.sub("yyyy", locale.date_formats["short"].pattern)
    pattern = (
        str(locale.datetime_formats["short"])
        .replace("{1}", date_pattern)
        .replace("{0}", locale.time_formats["short"].pattern)
    )
    return str(babel_dates.format_datetime(value, pattern, locale=locale))


# -- set-up ---------------------------------------------------------------------------------


@pytest.fixture(params=LOCALES)
def locale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[Locale]:
    """The locale under test, active for babel and Qt; en_US, left to right, afterwards."""
    with qt_and_babel_locale(qapp, request.param) as active:
        yield active


@pytest.fixture
def plan(shop: Shop) -> dict[str, Appointment]:
    """Three coming appointments (today, tomorrow, Friday) and three closed this week:
    2 completed and 1 no-show of 3 closed, inside both a Sunday and a Monday week."""
    coming = {
        "today": shop.book(TODAY_1430),
        "tomorrow": shop.book(TOMORROW_9, operator=shop.bob, customer=shop.zoe),
        "friday": shop.book(
            FRIDAY_1430, 45, customer=shop.kim, appointment_type=shop.repair, notes="Bring parts"
        ),
    }
    give_status(shop.book(datetime(2026, 11, 23, 9, 0)), Status.COMPLETED)
    give_status(shop.book(datetime(2026, 11, 24, 9, 0)), Status.COMPLETED)
    give_status(shop.book(datetime(2026, 11, 24, 11, 0), customer=shop.zoe), Status.NO_SHOW)
    return coming


@pytest.fixture
def window(
    locale: Locale,
    plan: dict[str, Appointment],
    qtbot: QtBot,
    *,
    db: peewee.Database,
    operations: Operations,
    settings: QSettings,
) -> MainWindow:
    """One window per locale, built after the locale is active, as at start-up."""
    return shown_main_window(qtbot, db, operations, settings)


# -- the calendar ---------------------------------------------------------------------------


def test_the_week_starts_on_the_locales_first_day_with_babels_names_and_dates(
    window: MainWindow, locale: Locale, monkeypatch: pytest.MonkeyPatch
) -> None:
    calendar = window.calendar
    assert calendar.mode is CalendarMode.WEEK
    days = week_of_now(locale)
    titles = [
        text for day in days for text in (day_abbreviation(locale, day), day_title(day, locale))
    ]

    painted = painted_texts(monkeypatch, header, calendar.time_panel.header)

    assert [column.day for column in calendar.grid.columns] == days
    assert painted[:2] == titles[:2]  # the header opens with the locale's first weekday
    assert [text for text in painted if text in titles] == titles
    period = babel_dates.format_interval(days[0], days[-1], "yMMMd", locale=locale)
    assert calendar.navigation.title.text() == period
    first_qt_day = Qt.DayOfWeek(int(locale.first_week_day) + 1)
    assert calendar.navigation.calendar.firstDayOfWeek() == first_qt_day


def test_the_hours_follow_the_locales_clock(
    window: MainWindow, locale: Locale, monkeypatch: pytest.MonkeyPatch
) -> None:
    painted = painted_texts(monkeypatch, time_grid, window.calendar.grid)

    assert short_time(time(9), locale) in painted
    assert short_time(time(15), locale) in painted  # "3:00 PM" or "15:00"


def test_the_month_view_names_the_weekdays_from_the_locales_first_day(
    window: MainWindow, locale: Locale, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.calendar.set_mode(CalendarMode.MONTH)
    QApplication.processEvents()
    names = [day_abbreviation(locale, day) for day in week_of_now(locale)]

    painted = painted_texts(monkeypatch, month, window.calendar.month_grid)

    assert painted[:7] == names  # whole, not elided


# -- the list and the editor ----------------------------------------------------------------


def test_the_list_shows_start_and_end_in_babels_short_forms(
    window: MainWindow, locale: Locale, plan: dict[str, Appointment]
) -> None:
    window.show_list()
    model = window.list_panel.model
    row = next(
        r for r in range(model.rowCount()) if model.appointment_at(r).id == plan["friday"].id
    )

    start = model.index(row, Column.STARTS_AT).data()
    end = model.index(row, Column.ENDS_AT).data()

    assert start == babel_dates.format_datetime(FRIDAY_1430, "short", locale=locale)
    assert end == short_time(datetime(2026, 11, 27, 15, 15), locale)


def test_the_editor_shows_start_and_end_in_babels_short_patterns(
    window: MainWindow, locale: Locale, plan: dict[str, Appointment]
) -> None:
    dialog = window.open_appointment(plan["friday"])
    start_field = dialog.findChild(QDateTimeEdit, "scheduledAtField")
    end_label = dialog.findChild(QLabel, "endTimeLabel")

    assert start_field.text() == editor_start_text(FRIDAY_1430, locale)
    assert short_time(FRIDAY_1430, locale) in start_field.text()  # 12 or 24 hours
    assert end_label.text() == short_time(datetime(2026, 11, 27, 15, 15), locale)
    first_qt_day = Qt.DayOfWeek(int(locale.first_week_day) + 1)
    assert start_field.calendarWidget().firstDayOfWeek() == first_qt_day


# -- the docks ------------------------------------------------------------------------------


def test_upcoming_says_today_and_tomorrow_then_babels_date(
    window: MainWindow, locale: Locale, plan: dict[str, Appointment]
) -> None:
    dock = window.dashboard.upcoming
    model = dock.model
    column = model.fields.index(Field.WHEN)
    when = {model.row_at(r).id: model.index(r, column).data() for r in range(model.rowCount())}
    name = str(locale)

    today, tomorrow = when[plan["today"].id], when[plan["tomorrow"].id]
    assert today.startswith(TODAY_WORD.get(name, "Today"))
    assert today.endswith(short_time(TODAY_1430, locale))
    assert tomorrow.startswith(TOMORROW_WORD.get(name, "Tomorrow"))
    assert tomorrow.endswith(short_time(TOMORROW_9, locale))
    friday = when[plan["friday"].id]
    assert friday.startswith(babel_dates.format_skeleton("MMMEd", FRIDAY_1430, locale=locale))
    assert friday.endswith(short_time(FRIDAY_1430, locale))


def test_the_stats_dock_writes_percentages_and_weekdays_the_locales_way(
    window: MainWindow, locale: Locale
) -> None:
    dock = window.dashboard.stats
    shown = {
        name: dock.findChild(QLabel, name).text()
        for name in ("statsCompletionRate", "statsNoShowRate", "statsCancellationRate")
    }
    days = week_of_now(locale)

    assert shown == {
        "statsCompletionRate": babel_numbers.format_percent(2 / 3, locale=locale),
        "statsNoShowRate": babel_numbers.format_percent(1 / 3, locale=locale),
        "statsCancellationRate": babel_numbers.format_percent(0, locale=locale),
    }
    labels = [bar.label for bar in dock.findChild(BarChart, "statsPerDay").items()]
    assert labels[0] == day_abbreviation(locale, days[0])
    assert labels == [day_abbreviation(locale, day) for day in days]
    span = babel_dates.format_interval(days[0], days[-1], "yMMMd", locale=locale)
    assert dock.findChild(QLabel, "statsSpan").text() == span


# -- words ----------------------------------------------------------------------------------


def chrome_texts(window: MainWindow) -> list[str]:
    """The window's own words, in a fixed order, mnemonics removed: menu titles and
    entries, tool bar and dock titles, buttons and check boxes, list headers."""
    texts = []
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        texts += [action.text() for action in menu.actions() if not action.isSeparator()]
    texts += [bar.windowTitle() for bar in window.findChildren(QToolBar)]
    texts += [dock.windowTitle() for dock in window.findChildren(QDockWidget)]
    buttons = window.findChildren(QAbstractButton)
    texts += [button.text() for button in buttons if button.text() and not in_date_picker(button)]
    model = window.list_panel.model
    texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(len(Column))]
    return [text.replace("&&", "\0").replace("&", "").replace("\0", "&") for text in texts]


def in_date_picker(widget: QWidget) -> bool:
    """Whether ``widget`` is part of a Qt calendar (its month button shows a date, not words)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QCalendarWidget):
            return True
        parent = parent.parentWidget()
    return False


def english_texts(
    qtbot: QtBot, app: QApplication, shown: MainWindow, settings: QSettings
) -> list[str]:
    """The words of the same window built in English (the source strings)."""
    with qt_and_babel_locale(app, ENGLISH):
        window = shown_main_window(qtbot, shown.database, shown.operations, settings)
        texts = chrome_texts(window)
    window.close()
    return texts


def is_word(text: str) -> bool:
    """Whether ``text`` has letters to translate (not a name, a number or a symbol)."""
    return any(character.isalpha() for character in text)


@pytest.mark.parametrize("locale", TRANSLATED, indirect=True)
def test_no_menu_dock_or_button_is_left_in_english(
    window: MainWindow,
    locale: Locale,
    qtbot: QtBot,
    *,
    qapp: QApplication,
    settings: QSettings,
    shop: Shop,
) -> None:
    shown = chrome_texts(window)
    names = {shop.alice.name, shop.bob.name}

    english = english_texts(qtbot, qapp, window, settings)

    assert len(shown) == len(english)
    left = [
        text
        for text, source in zip(shown, english, strict=True)
        if text == source
        and is_word(text)
        and text not in names | SAME_WORD.get(str(locale), set())
    ]
    assert not left, f"left in English: {left}"


@pytest.mark.parametrize("locale", ["ja_JP"], indirect=True)
def test_japanese_has_english_words_and_japanese_dates(
    window: MainWindow,
    locale: Locale,
    qtbot: QtBot,
    *,
    qapp: QApplication,
    settings: QSettings,
    plan: dict[str, Appointment],
) -> None:
    shown = chrome_texts(window)
    model = window.list_panel.model
    row = next(
        r for r in range(model.rowCount()) if model.appointment_at(r).id == plan["friday"].id
    )
    start = model.index(row, Column.STARTS_AT).data()

    assert shown == english_texts(qtbot, qapp, window, settings)
    assert start == "2026/11/27 14:30"  # babel's ja_JP short form, written out
    assert start == babel_dates.format_datetime(FRIDAY_1430, "short", locale=locale)


# -- right to left --------------------------------------------------------------------------


@pytest.mark.parametrize("locale", ["ar_EG"], indirect=True)
def test_right_to_left_the_to_confirm_dock_still_selects_its_first_row(
    window: MainWindow, locale: Locale
) -> None:
    dock = window.dashboard.to_confirm

    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dock.model.rowCount() > 0
    assert dock.rows.current_row() is not None
