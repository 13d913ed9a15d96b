"""The main window's access keys (Alt+letter) never clash, in English and in each catalog.

An ``&`` in a text makes the next letter an access key. Pressed with Alt, it opens a menu
of the menu bar, or moves to the widget a label is the buddy of, or presses a button (check
box, radio button, group box title, tab): all of those that are visible in the window at
the same time answer the same Alt+letter, so one letter used twice there makes the key
reach the wrong one (or, for two widgets, take turns between them). Inside an open menu its
own entries' letters answer alone: each menu is checked by itself.

The letters are read the way Qt reads them (``QKeySequence.mnemonic``), from the main
window built in each language with the catalog's texts, on the list page, on the
calendar page in each of its modes (the docks open beside both) and on the welcome page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import peewee
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from appointments_desktop.ui import MainWindow
from appointments_desktop.ui.calendar import CalendarMode
from appointments_desktop.ui.operations import Operations
from tests.conftest import Shop
from tests.gui.locale_support import qt_and_babel_locale
from tests.gui.window_support import shown_main_window

LOCALES = ("en_US", "de_DE", "fr_FR", "es_ES")

Keyed = tuple[str, str]
"""An access key ("Alt+A") and what carries it ("menu '&Ansicht'")."""


def access_key(text: str) -> str:
    """The Alt+letter Qt gives ``text`` ("" without one)."""
    return QKeySequence.mnemonic(text).toString()


def _keyed(kind: str, texts: Iterable[str]) -> Iterator[Keyed]:
    for text in texts:
        key = access_key(text)
        if key:
            yield key, f"{kind} {text!r}"


def menu_bar_keys(window: QMainWindow) -> list[Keyed]:
    """The menu bar's titles."""
    return list(_keyed("menu", (action.text() for action in window.menuBar().actions())))


def widget_keys(window: QMainWindow) -> list[Keyed]:
    """The access keys of the widgets visible in ``window`` itself (its pages, docks and
    tool bars; not its menus): labels with a buddy, buttons, group boxes and tabs."""
    found: list[Keyed] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            found += _keyed("label", [widget.text()])
        elif isinstance(widget, QAbstractButton):
            found += _keyed(type(widget).__name__, [widget.text()])
        elif isinstance(widget, QGroupBox):
            found += _keyed("group box", [widget.title()])
        elif isinstance(widget, QTabBar):
            found += _keyed("tab", (widget.tabText(i) for i in range(widget.count())))
    return found


def menus(window: QMainWindow) -> Iterator[tuple[str, QMenu]]:
    """Every menu of the menu bar and their submenus, with a name to report."""
    waiting = [(action.text(), action.menu()) for action in window.menuBar().actions()]
    while waiting:
        name, menu = waiting.pop(0)
        if isinstance(menu, QMenu):
            yield name, menu
            waiting += [(f"{name} › {a.text()}", a.menu()) for a in menu.actions() if a.menu()]


def entry_keys(menu: QMenu) -> list[Keyed]:
    entries: list[QAction] = [action for action in menu.actions() if not action.isSeparator()]
    return list(_keyed("entry", (action.text() for action in entries)))


def clashes(keyed: Iterable[Keyed]) -> list[str]:
    """Each access key carried more than once, with what carries it."""
    carriers: dict[str, list[str]] = defaultdict(list)
    for key, carrier in keyed:
        carriers[key].append(carrier)
    return [f"{key}: {', '.join(names)}" for key, names in carriers.items() if len(names) > 1]


def window_clashes(window: QMainWindow, where: str) -> list[str]:
    """Clashes among what answers Alt+letter in ``window`` as it is now (``where``)."""
    together = clashes(menu_bar_keys(window) + widget_keys(window))
    return [f"{where}: {clash}" for clash in together]


def menu_clashes(window: QMainWindow) -> list[str]:
    return [
        f"menu {name!r}: {clash}"
        for name, menu in menus(window)
        for clash in clashes(entry_keys(menu))
    ]


def every_page(window: MainWindow) -> Iterator[str]:
    """Shows each working page (the calendar in each mode) in turn; yields its name."""
    window.show_list()
    QApplication.processEvents()
    yield "list page"
    window.show_calendar()
    for mode in CalendarMode:
        window.calendar.set_mode(mode)
        QApplication.processEvents()
        yield f"calendar page ({mode.value})"


# -- the main window ------------------------------------------------------------------------


@pytest.mark.parametrize("locale_name", LOCALES)
def test_no_access_key_answers_twice_in_the_main_window(
    locale_name: str,
    qapp: QApplication,
    qtbot: QtBot,
    shop: Shop,
    *,
    db: peewee.Database,
    operations: Operations,
    settings: QSettings,
) -> None:
    with qt_and_babel_locale(qapp, locale_name):
        window = shown_main_window(qtbot, db, operations, settings)
        found = [clash for page in every_page(window) for clash in window_clashes(window, page)]
        found += menu_clashes(window)
        widgets = [carrier for page in every_page(window) for _key, carrier in widget_keys(window)]
    assert not found, f"{locale_name}: access keys used twice:\n" + "\n".join(found)
    assert widgets, "no label, button or check box of the window has an access key"


@pytest.mark.parametrize("locale_name", LOCALES)
def test_no_access_key_answers_twice_on_the_welcome_page(
    locale_name: str,
    qapp: QApplication,
    qtbot: QtBot,
    *,
    db: peewee.Database,
    operations: Operations,
    settings: QSettings,
) -> None:
    """An empty database: the welcome page's buttons beside the menu bar."""
    with qt_and_babel_locale(qapp, locale_name):
        window = shown_main_window(qtbot, db, operations, settings)
        assert window.pages.currentWidget() is window.welcome
        found = window_clashes(window, "welcome page")
    assert not found, f"{locale_name}: access keys used twice:\n" + "\n".join(found)


@pytest.mark.parametrize("locale_name", LOCALES)
def test_every_command_of_the_appointments_and_view_menus_has_an_access_key(
    locale_name: str,
    qapp: QApplication,
    qtbot: QtBot,
    shop: Shop,
    *,
    db: peewee.Database,
    operations: Operations,
    settings: QSettings,
) -> None:
    """The status commands and the dock commands can be chosen from the keyboard too."""
    with qt_and_babel_locale(qapp, locale_name):
        window = shown_main_window(qtbot, db, operations, settings)
        without = [
            f"{name!r} › {action.text()!r}"
            for name, menu in menus(window)
            for action in menu.actions()
            if not action.isSeparator() and not access_key(action.text())
        ]
    assert without == []


# -- the check itself ---------------------------------------------------------------------


def test_the_check_finds_a_label_and_a_menu_title_sharing_a_letter(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&View")
    page = QWidget()
    field = QLineEdit(page)
    label = QLabel("&Visible:", page)
    label.setBuddy(field)
    QPushButton("&Save", page).move(0, 40)
    QLabel("&Unbuddied", page).move(0, 80)  # no buddy: Alt+U reaches nothing
    window.setCentralWidget(page)
    window.show()
    qtbot.waitExposed(window)

    assert window_clashes(window, "page") == [
        "page: Alt+V: menu '&View', label '&Visible:'",
    ]
    label.setText("Vi&sible:")
    assert window_clashes(window, "page") == ["page: Alt+S: label 'Vi&sible:', QPushButton '&Save'"]
    label.hide()  # a hidden label's key does not answer
    assert window_clashes(window, "page") == []


def test_the_check_finds_two_entries_of_one_menu_sharing_a_letter(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    edit = window.menuBar().addMenu("&Edit")
    edit.addAction("&Undo")
    edit.addSeparator()
    edit.addAction("&Update")
    edit.addAction("A && B")  # "&&" is a plain "&", no access key
    window.menuBar().addMenu("&View").addAction("&Undock")  # another menu: no clash

    assert menu_clashes(window) == ["menu '&Edit': Alt+U: entry '&Undo', entry '&Update'"]
