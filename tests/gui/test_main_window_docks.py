"""The dashboard docks inside the main window: placed, toggled, remembered, kept current."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import peewee
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QDockWidget, QLabel, QTableView
from pytestqt.qtbot import QtBot

from appointments_desktop import Appointment, Status
from appointments_desktop.domain.status import Action
from appointments_desktop.ui import MainWindow
from appointments_desktop.ui.docks.base import DashboardDock
from appointments_desktop.ui.docks.rows import Field
from appointments_desktop.ui.mainwindow.actions import ActionId
from appointments_desktop.ui.operations import Operations
from tests.conftest import Shop
from tests.gui.dock_support import click_cell, double_click_cell, listed_ids
from tests.gui.window_support import shown_main_window
from tests.unit.storage_support import give_status, recorded_sql

DOCK_NAMES = ["upcomingDock", "toConfirmDock", "remindersDock", "statsDock"]
TOMORROW_9 = datetime(2026, 11, 26, 9, 0)

WindowMaker = Callable[[], MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, db: peewee.Database, operations: Operations, settings: QSettings
) -> WindowMaker:
    def make() -> MainWindow:
        return shown_main_window(qtbot, db, operations, settings)

    return make


def dock(window: MainWindow, name: str) -> QDockWidget:
    found = window.findChild(QDockWidget, name)
    assert isinstance(found, QDockWidget), name
    return found


def toggle(window: MainWindow, name: str) -> QAction:
    return dock(window, name).toggleViewAction()


def test_every_dock_is_open_in_its_default_place(make_window: WindowMaker, shop: Shop) -> None:
    window = make_window()
    areas = {name: window.dockWidgetArea(dock(window, name)) for name in DOCK_NAMES}
    right = Qt.DockWidgetArea.RightDockWidgetArea
    assert areas == {
        "upcomingDock": right,
        "toConfirmDock": right,
        "remindersDock": right,
        "statsDock": Qt.DockWidgetArea.LeftDockWidgetArea,
    }
    assert all(dock(window, name).isVisible() for name in DOCK_NAMES)
    # The calendar's bar wraps instead of forcing the window wider than 1280 pixels.
    assert window.width() == 1280
    assert window.centralWidget().width() >= 500


def go_action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, f"{name}Action")
    assert isinstance(found, QAction), name
    return found


def active(qtbot: QtBot, window: MainWindow) -> MainWindow:
    """The window made the active one, so the keyboard focus can move inside it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_the_view_menu_offers_each_dock_with_its_shortcut(
    make_window: WindowMaker, shop: Shop
) -> None:
    window = make_window()
    view_texts = [a.text().replace("&", "") for a in window.view_menu.actions() if a.text()]
    assert view_texts[1:] == [
        "Upcoming Appointments",
        "To Confirm",
        "Reminders Due",
        "Appointment Stats",
        "Reset Dock Layout",
    ]
    shortcuts = [go_action(window, name).shortcut().toString() for name in DOCK_NAMES]
    assert shortcuts == ["Alt+1", "Alt+2", "Alt+3", "Alt+4"]
    assert all(go_action(window, name).isChecked() for name in DOCK_NAMES)


def test_the_shortcut_opens_a_closed_dock_and_puts_the_keyboard_in_it(
    qtbot: QtBot, make_window: WindowMaker, shop: Shop
) -> None:
    shop.book(TOMORROW_9)
    window = active(qtbot, make_window())
    to_confirm = dock(window, "toConfirmDock")
    to_confirm.close()
    assert not go_action(window, "toConfirmDock").isChecked()

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)

    assert to_confirm.isVisible()
    assert go_action(window, "toConfirmDock").isChecked()
    assert QApplication.focusWidget() is to_confirm.findChild(QTableView, "toConfirmList")


def test_the_shortcut_moves_the_keyboard_into_an_open_dock_then_closes_it(
    qtbot: QtBot, make_window: WindowMaker, shop: Shop
) -> None:
    window = active(qtbot, make_window())
    stats = dock(window, "statsDock")
    window.calendar.setFocus()

    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert stats.isVisible()
    assert QApplication.focusWidget() is stats.findChild(QComboBox, "statsPeriod")

    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert not stats.isVisible()
    assert not go_action(window, "statsDock").isChecked()


def test_tab_leaves_a_dock_list_for_the_docks_buttons(
    qtbot: QtBot, make_window: WindowMaker, shop: Shop
) -> None:
    shop.book(TOMORROW_9)
    window = active(qtbot, make_window())
    to_confirm = dock(window, "toConfirmDock")
    table = to_confirm.findChild(QTableView, "toConfirmList")
    table.setFocus()

    qtbot.keyClick(table, Qt.Key.Key_Tab)

    focus = QApplication.focusWidget()
    assert focus is not table
    assert to_confirm.isAncestorOf(focus)


def test_reset_dock_layout_brings_closed_and_floating_docks_back(
    make_window: WindowMaker, shop: Shop
) -> None:
    window = make_window()
    dock(window, "remindersDock").close()
    dock(window, "upcomingDock").setFloating(True)
    reset = window.findChild(QAction, "resetDockLayoutAction")
    assert isinstance(reset, QAction)

    reset.trigger()

    for name in DOCK_NAMES:
        assert dock(window, name).isVisible() and not dock(window, name).isFloating()
    assert window.dockWidgetArea(dock(window, "upcomingDock")) == (
        Qt.DockWidgetArea.RightDockWidgetArea
    )


def test_closed_docks_stay_closed_in_the_next_run(make_window: WindowMaker, shop: Shop) -> None:
    window = make_window()
    toggle(window, "statsDock").trigger()
    toggle(window, "remindersDock").trigger()
    window.close()

    again = make_window()

    visible = [name for name in DOCK_NAMES if dock(again, name).isVisible()]
    assert visible == ["upcomingDock", "toConfirmDock"]


def test_confirming_from_the_tool_bar_updates_the_docks(
    qtbot: QtBot, make_window: WindowMaker, shop: Shop
) -> None:
    pending = shop.book(TOMORROW_9)
    window = make_window()
    to_confirm = dock(window, "toConfirmDock")
    assert listed_ids(to_confirm) == [pending.id]  # type: ignore[arg-type]

    window.show_list()
    window.list_panel.select_appointment(int(pending.id))
    window.actions_by_id[ActionId.CONFIRM].trigger()

    assert Appointment.get_by_id(pending.id).status == Status.CONFIRMED
    assert listed_ids(to_confirm) == []  # type: ignore[arg-type]
    upcoming = dock(window, "upcomingDock")
    assert listed_ids(upcoming) == [pending.id]  # type: ignore[arg-type]


def test_confirm_in_the_dock_updates_the_list(
    qtbot: QtBot, make_window: WindowMaker, shop: Shop
) -> None:
    pending = shop.book(TOMORROW_9)
    window = make_window()
    to_confirm = dock(window, "toConfirmDock")

    click_cell(qtbot, to_confirm, 0, Field.ACTION)

    assert Appointment.get_by_id(pending.id).status == Status.CONFIRMED
    model = window.list_panel.model
    assert model.rowCount() == 1
    assert model.appointment_at(0).status is Status.CONFIRMED


def test_a_no_show_made_in_the_window_changes_the_stats_dock(
    make_window: WindowMaker, operations: Operations, shop: Shop
) -> None:
    started = shop.book(datetime(2026, 11, 24, 9, 0))
    window = make_window()
    rate = dock(window, "statsDock").findChild(QLabel, "statsNoShowRate")
    assert isinstance(rate, QLabel)
    assert "—" in rate.text()

    operations.apply_action(Appointment.find(int(started.id)), Action.NO_SHOW)  # type: ignore[arg-type]

    assert "100%" in rate.text()


def test_double_clicking_an_upcoming_appointment_opens_its_editor(
    qtbot: QtBot, make_window: WindowMaker, shop: Shop
) -> None:
    booked = shop.book(TOMORROW_9, customer=shop.zoe)
    window = make_window()

    double_click_cell(qtbot, dock(window, "upcomingDock"), 0, Field.CUSTOMER)

    editor = window.editor
    assert editor is not None
    assert editor.appointment.id == booked.id


def dock_statements(window: MainWindow, db: peewee.Database) -> int:
    """How many SQL statements the four docks run to follow one change."""
    with recorded_sql(db) as statements:
        for name in DOCK_NAMES:
            dashboard_dock = dock(window, name)
            assert isinstance(dashboard_dock, DashboardDock)
            dashboard_dock.refresh()
    return len(statements)


def test_the_docks_statement_count_does_not_grow_with_the_data(
    make_window: WindowMaker, db: peewee.Database, shop: Shop
) -> None:
    window = make_window()
    plan = [Status.PENDING, Status.CONFIRMED, Status.COMPLETED, Status.NO_SHOW, Status.CANCELLED]

    def book(count: int) -> None:
        for index in range(count):
            start = datetime(2026, 11, 20, 8, 0) + timedelta(hours=5 * index)
            customer = [shop.jose, shop.zoe, shop.kim][index % 3]
            give_status(shop.book(start, customer=customer), plan[index % len(plan)])

    book(5)
    few = dock_statements(window, db)
    book(75)
    many = dock_statements(window, db)

    assert few == many
    assert many <= 12
