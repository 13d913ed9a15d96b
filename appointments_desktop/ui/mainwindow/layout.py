"""What the main window remembers between runs: geometry, bars and docks, the list's columns
and filter, and the page that was in view."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QMainWindow

from appointments_desktop.storage.scopes import Scope
from appointments_desktop.ui.list.panel import AppointmentListPanel
from appointments_desktop.ui.mainwindow.pages import CentralPages, Page
from appointments_desktop.ui.window_state import WindowState

DEFAULT_SIZE = (1200, 760)


def restore_layout(
    state: WindowState, window: QMainWindow, panel: AppointmentListPanel, pages: CentralPages
) -> bool:
    """Put everything back as it was saved; returns whether this is the first start (then
    the window gets its default size and the caller lays out the docks)."""
    first = not state.restore_window(window)
    if first:
        window.resize(*DEFAULT_SIZE)
    state.restore_part("listHeader", _header(panel))
    scope = state.value("scope", Scope.ALL.value)
    if scope in {s.value for s in Scope}:
        panel.set_scope(Scope(scope))
    page = state.value("page", Page.CALENDAR.value)
    pages.work_page = Page(page) if page in {p.value for p in Page} else Page.CALENDAR
    return first


def save_layout(
    state: WindowState, window: QMainWindow, panel: AppointmentListPanel, pages: CentralPages
) -> None:
    """Remember size, position, tool bars, docks, columns, the list's filter and the page."""
    state.save_window(window)
    state.save_part("listHeader", _header(panel))
    state.set_value("scope", panel.scope.value)
    state.set_value("page", pages.work_page.value)


def _header(panel: AppointmentListPanel) -> QHeaderView:
    return panel.table.horizontalHeader()
