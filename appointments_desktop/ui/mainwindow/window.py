"""The main window: menus, tool bar, status bar and the central pages.

Responsibilities: build the window from the action registry in small steps, switch the
central area between the welcome page, the appointment list and the calendar, open the
editor, the management dialogs and Preferences, run status actions on the selected
appointment, offer Undo and Redo over its :attr:`MainWindow.undo_stack`, and remember its
layout. Every write goes through :class:`Operations`; views refresh themselves from
:class:`AppEvents`, so the window never tells a view to reload.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import peewee
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from appointments_desktop.i18n import _
from appointments_desktop.storage.models import Appointment
from appointments_desktop.storage.readiness import Readiness, others_changes_stamp, readiness
from appointments_desktop.storage.scopes import Scope
from appointments_desktop.ui.calendar import CalendarView
from appointments_desktop.ui.clock import MinuteClock
from appointments_desktop.ui.dialogs import (
    AppointmentTypesDialog,
    CustomersDialog,
    OpeningHoursDialog,
    OperatorsDialog,
    PreferencesDialog,
)
from appointments_desktop.ui.editor import AppointmentDialog
from appointments_desktop.ui.events import AppEvents
from appointments_desktop.ui.list.panel import AppointmentListPanel
from appointments_desktop.ui.mainwindow.about import show_about
from appointments_desktop.ui.mainwindow.actions import ActionId, create_actions
from appointments_desktop.ui.mainwindow.commands import MESSAGE_MS, SelectionCommands
from appointments_desktop.ui.mainwindow.dashboard import Dashboard
from appointments_desktop.ui.mainwindow.editors import EditorHost
from appointments_desktop.ui.mainwindow.layout import restore_layout, save_layout
from appointments_desktop.ui.mainwindow.menus import build_menus, build_tool_bar
from appointments_desktop.ui.mainwindow.pages import CentralPages, Page
from appointments_desktop.ui.mainwindow.sample import offer_sample_data
from appointments_desktop.ui.mainwindow.welcome import WelcomePage
from appointments_desktop.ui.operations import Operations
from appointments_desktop.ui.status_actions import describe
from appointments_desktop.ui.undo import UndoCommands
from appointments_desktop.ui.window_state import WindowState


class MainWindow(QMainWindow):
    """The program's window over one open database; see the module docstring.

    Every appointment write made through :attr:`operations` can be undone: the window
    uses the stack of the ``operations`` it is given, or gives them a new one (so
    operations passed without a stack, as tests do, are recorded from then on).
    """

    def __init__(
        self,
        database: peewee.Database,
        *,
        operations: Operations | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.database = database
        self.operations = operations or Operations(AppEvents())
        self.undo_stack = self._undo_stack_of(self.operations)
        self.events = self.operations.events
        self._settings = settings or QSettings()
        self._state = WindowState(self._settings, "mainWindow")
        self.editors = EditorHost(self, self.operations, self._after_save)
        self._readiness: Readiness | None = None
        self._stamp = others_changes_stamp()
        self.actions_by_id = create_actions(self, self._handlers())
        self.undo_commands = UndoCommands(
            self.undo_stack,
            self.actions_by_id[ActionId.UNDO],
            self.actions_by_id[ActionId.REDO],
            self,
        )
        self._create_pages()
        self.minute_clock = MinuteClock(self)
        self.minute_clock.minute_passed.connect(self._clock_moved)  # first: see Dashboard
        self.dashboard = Dashboard(self, self.operations, self._open_by_id, self.minute_clock)
        self._create_menus()
        self._create_tool_bar()
        self._create_status_bar()
        self._connect_events()
        self._restore_layout()
        self.commands = SelectionCommands(
            self, self.operations, self.list_panel, self.actions_by_id
        )
        self.calendar.current_changed.connect(lambda _key: self.commands.update())
        self.pages.currentChanged.connect(lambda _index: self.commands.update())
        self._follow_readiness()
        self.commands.update()

    # -- building ----------------------------------------------------------------------

    @staticmethod
    def _undo_stack_of(operations: Operations) -> QUndoStack:
        """The stack ``operations`` record on; a new one if they have none yet.

        The stack has no Qt parent: the operations may outlive the window.
        """
        if operations.undo_stack is None:
            operations.undo_stack = QUndoStack()
        return operations.undo_stack

    def _handlers(self) -> dict[ActionId, Callable[[], object]]:
        handlers = {
            ActionId.NEW_APPOINTMENT: self.new_appointment,
            ActionId.OPEN_APPOINTMENT: self.open_selected,
            ActionId.QUIT: self.close,
            ActionId.FIND: self.focus_search,
            ActionId.REFRESH: self.events.appointments_changed.emit,
            ActionId.SHOW_LIST: self.show_list,
            ActionId.SHOW_CALENDAR: self.show_calendar,
            ActionId.MANAGE_CUSTOMERS: lambda: self._manage(CustomersDialog),
            ActionId.MANAGE_OPERATORS: lambda: self._manage(OperatorsDialog),
            ActionId.MANAGE_TYPES: lambda: self._manage(AppointmentTypesDialog),
            ActionId.OPENING_HOURS: lambda: self._manage(OpeningHoursDialog),
            ActionId.PREFERENCES: self.open_preferences,
            ActionId.ABOUT: lambda: show_about(self, self.database),
        }
        return handlers

    def _create_pages(self) -> None:
        self.list_panel = AppointmentListPanel(self.events, self.operations.clock, self)
        self.calendar = CalendarView(self.operations, self, settings=self._settings)
        self.welcome = WelcomePage(self)
        working = {Page.CALENDAR: self.calendar, Page.LIST: self.list_panel}
        self.pages = CentralPages(self.welcome, working, self)
        self.setCentralWidget(self.pages)

    def _create_menus(self) -> None:
        self.view_menu = build_menus(self.menuBar(), self.actions_by_id)

    def _create_tool_bar(self) -> None:
        tools = build_tool_bar(self, self.actions_by_id)
        self.addToolBar(tools)
        self.view_menu.addAction(tools.toggleViewAction())
        self.dashboard.fill_view_menu(self.view_menu)

    def _create_status_bar(self) -> None:
        location = QLabel(self._database_name(), objectName="databaseLabel")
        location.setToolTip(str(self.database.database))
        self.statusBar().addPermanentWidget(location)
        self.setWindowTitle(
            _("{database} — Appointments Desktop").format(database=self._database_name())
        )

    def _database_name(self) -> str:
        name = str(self.database.database)
        return Path(name).name if "/" in name or "\\" in name else name

    def _connect_events(self) -> None:
        self.events.records_changed.connect(self._follow_readiness)
        self.events.appointments_changed.connect(self._follow_readiness)
        self.list_panel.open_requested.connect(self.open_appointment)
        self.calendar.open_requested.connect(self._open_by_id)
        self.calendar.new_requested.connect(self.editors.new)
        self.welcome.add_operator_requested.connect(lambda: self._manage(OperatorsDialog))
        self.welcome.add_type_requested.connect(lambda: self._manage(AppointmentTypesDialog))
        self.welcome.sample_data_requested.connect(lambda: offer_sample_data(self, self.operations))

    # -- pages -------------------------------------------------------------------------

    def _follow_readiness(self) -> None:
        """Greet a first start; switch pages only when that need comes or goes."""
        state = readiness()
        self.welcome.show_progress(state.has_operator, state.has_type)
        self.actions_by_id[ActionId.NEW_APPOINTMENT].setEnabled(state.can_book)
        if self._readiness is None or self._readiness.needs_welcome != state.needs_welcome:
            self.pages.show_welcome(state.needs_welcome)
        self._readiness = state

    def _clock_moved(self) -> None:
        """At each minute boundary: notice other desks' writes, offer what the time now
        allows, and roll Today and Upcoming forward (the docks follow the clock themselves)."""
        stamp = others_changes_stamp()
        if stamp != self._stamp:
            self._stamp = stamp
            self.events.appointments_changed.emit()  # another desk wrote
        elif self.list_panel.scope in (Scope.TODAY, Scope.UPCOMING):
            self.list_panel.reload()
        self.commands.update()

    def show_list(self) -> None:
        """Show the appointment list and put the keyboard in it."""
        self.pages.show_page(Page.LIST)
        self.list_panel.table.setFocus()

    def show_calendar(self) -> None:
        """Show the calendar and put the keyboard in it."""
        self.pages.show_page(Page.CALENDAR).setFocus()

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected."""
        self.show_list()
        self.list_panel.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.list_panel.search_field.selectAll()

    # -- appointments ------------------------------------------------------------------

    @property
    def editor(self) -> AppointmentDialog | None:
        """The editor opened last that is still open, if any."""
        return self.editors.latest

    def new_appointment(self) -> AppointmentDialog:
        """Open the editor for a new booking."""
        return self.editors.new()

    def current_appointment(self) -> Appointment | None:
        """The appointment selected on the page in view (calendar or list), as stored now."""
        if self.pages.currentWidget() is self.calendar:
            key = self.calendar.grid.selected_id()
            return Appointment.find(key) if key is not None else None
        if self.pages.currentWidget() is self.list_panel:
            return self.list_panel.current_appointment()
        return None

    def open_selected(self) -> None:
        """Open the editor for the selected appointment, if any."""
        appointment = self.current_appointment()
        if appointment is not None:
            self.open_appointment(appointment)

    def open_appointment(self, appointment: Appointment) -> AppointmentDialog:
        """Open (or bring forward) the editor for ``appointment``."""
        return self.editors.edit(appointment)

    def _open_by_id(self, appointment_id: int) -> None:
        appointment = Appointment.find(appointment_id)
        if appointment is not None:
            self.open_appointment(appointment)

    def _after_save(self, saved: Appointment) -> None:
        self.list_panel.select_appointment(int(saved.id))
        message = _("Saved: {appointment}").format(appointment=describe(saved))
        self.statusBar().showMessage(message, MESSAGE_MS)

    # -- other windows -----------------------------------------------------------------

    def _manage(self, dialog_class: type[QWidget]) -> None:
        dialog = dialog_class(self.operations, parent=self)  # type: ignore[call-arg]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[attr-defined]

    def open_preferences(self) -> PreferencesDialog:
        """Open Preferences over this window's settings; a new choice of language and
        formats is announced in the status bar (it takes effect at the next start)."""
        dialog = PreferencesDialog(self.operations, settings=self._settings, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.locale_changed.connect(
            lambda _name: self.statusBar().showMessage(
                _(
                    "Language and formats saved: they take effect when you restart "
                    "Appointments Desktop."
                ),
                MESSAGE_MS,
            )
        )
        dialog.open()
        return dialog

    # -- layout ------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        self._first_layout = restore_layout(self._state, self, self.list_panel, self.pages)

    def save_layout(self) -> None:
        """Remember size, position, tool bars, docks, columns and the list's filter."""
        save_layout(self._state, self, self.list_panel, self.pages)

    def showEvent(self, event: QShowEvent) -> None:
        """On the very first start, size the docks for the window as it is first shown."""
        super().showEvent(event)
        if self._first_layout:
            self._first_layout = False
            self.dashboard.fit_widths()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editors.close_all():
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
