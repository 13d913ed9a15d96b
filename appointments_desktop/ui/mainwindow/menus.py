"""The main window's menus and tool bar, laid out from the action registry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QWidget

from appointments_desktop.i18n import _, pgettext
from appointments_desktop.ui.mainwindow.actions import STATUS_ACTIONS, ActionId

Items = list[ActionId | None]
"""Commands in order; ``None`` is a separator."""


def build_menus(bar: QMenuBar, actions: dict[ActionId, QAction]) -> QMenu:
    """File, Edit, Appointments, View, Manage and Help; returns the (empty) View menu."""
    _fill(bar.addMenu(_("&File")), actions, [ActionId.NEW_APPOINTMENT, None, ActionId.QUIT])
    edits: Items = [ActionId.UNDO, ActionId.REDO, None, ActionId.OPEN_APPOINTMENT, None]
    _fill(bar.addMenu(_("&Edit")), actions, [*edits, ActionId.FIND, None, ActionId.PREFERENCES])
    views: Items = [ActionId.SHOW_LIST, ActionId.SHOW_CALENDAR, None]
    # Translators: the menu with the list and calendar commands and the status actions.
    appointments = bar.addMenu(pgettext("menu", "&Appointments"))
    _fill(appointments, actions, [*views, *STATUS_ACTIONS, None, ActionId.REFRESH])
    view_menu = bar.addMenu(_("&View"))
    records: Items = [ActionId.MANAGE_CUSTOMERS, ActionId.MANAGE_OPERATORS, ActionId.MANAGE_TYPES]
    records += [None, ActionId.OPENING_HOURS]
    _fill(bar.addMenu(_("&Manage")), actions, records)
    _fill(bar.addMenu(_("&Help")), actions, [ActionId.ABOUT])
    return view_menu


def build_tool_bar(parent: QWidget, actions: dict[ActionId, QAction]) -> QToolBar:
    """New, Edit and the status commands, with their words beside any icon."""
    tools = QToolBar(_("Main Tool Bar"), parent, objectName="mainToolBar")
    # Translators: the View menu's command that shows or hides the tool bar: "Main Tool Bar"
    # with an access key ("&") unique in that menu.
    tools.toggleViewAction().setText(_("Main &Tool Bar"))
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    _fill(
        tools, actions, [ActionId.NEW_APPOINTMENT, ActionId.OPEN_APPOINTMENT, None, *STATUS_ACTIONS]
    )
    return tools


def _fill(target: QMenu | QToolBar, actions: dict[ActionId, QAction], items: Items) -> None:
    for item in items:
        if item is None:
            target.addSeparator()
        else:
            target.addAction(actions[item])
