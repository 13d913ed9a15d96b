"""The calendar: day, work week, week and month views of the appointments.

Responsibilities: keep the mode and the day the user is on, read only the visible range
(one joined query, plus one aggregate for the staff load in the day and week views), show
it in the time grid or the month grid, navigate with the bar and the keyboard, and turn
drags into moves and resizes through :class:`Operations`. It reloads itself whenever
:class:`AppEvents` says appointments or records changed (at once when shown, otherwise
when it is shown next). Opening and booking are requests the window answers:
:attr:`CalendarView.open_requested` and :attr:`CalendarView.new_requested`.

Keys: Left/Right a day (mirrored right to left; in the month view the arrows move the
selected day and turn the month at its edge), Page Up/Down a period, T today, D/W/M the
day, week and month views, Up/Down scroll the hours, Enter opens the selected appointment.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from appointments_desktop.i18n import _
from appointments_desktop.ui.calendar import navigation as nav
from appointments_desktop.ui.calendar.content import active_operators
from appointments_desktop.ui.calendar.keys import run_key
from appointments_desktop.ui.calendar.month import MonthGrid
from appointments_desktop.ui.calendar.navigation import CalendarMode
from appointments_desktop.ui.calendar.options import CalendarOptions
from appointments_desktop.ui.calendar.presenter import Showing, show_month, show_time_grid
from appointments_desktop.ui.calendar.texts import period_title
from appointments_desktop.ui.calendar.timepanel import TimePanel
from appointments_desktop.ui.calendar.toolbar import NavigationBar
from appointments_desktop.ui.calendar.writes import CalendarWrites
from appointments_desktop.ui.operations import Operations

NOW_REFRESH_MS = 30_000
"""How often the line for now moves."""


class CalendarView(QWidget):
    """The calendar with its navigation bar; see the module docstring for its promises."""

    open_requested = Signal(int)
    """Open the appointment with this id in the editor."""
    new_requested = Signal(object, object)
    """Book a new appointment: its start (datetime) and operator id (or None)."""
    current_changed = Signal(object)
    """The selected appointment's id, or None."""

    def __init__(
        self,
        operations: Operations,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._operations = operations
        self.options = CalendarOptions(settings if settings is not None else QSettings())
        self._mode = self.options.mode
        self._anchor = operations.clock().date()
        self._operators = active_operators()
        self._operator_filter: int | None = None
        self._stale = False
        self._scrolled = False
        self._writes = CalendarWrites(self, operations)
        self._build()
        self._connect()
        self.now_timer = QTimer(self, interval=NOW_REFRESH_MS)
        self.now_timer.timeout.connect(self._tick)
        self.now_timer.start()
        self.reload()

    def _build(self) -> None:
        self.navigation = NavigationBar()
        self.navigation.show_options(
            show_cancelled=self.options.show_cancelled,
            show_load=self.options.show_load,
            snap=self.options.snap_minutes,
        )
        self.navigation.show_operators(self._operators, self._operator_filter)
        self.time_panel = TimePanel()
        self.grid = self.time_panel.grid
        self.month_grid = MonthGrid()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.time_panel)
        self.stack.addWidget(self.month_grid)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)

    def _connect(self) -> None:
        events = self._operations.events
        events.appointments_changed.connect(self._data_changed)
        events.records_changed.connect(self._records_changed)
        bar = self.navigation
        bar.today_clicked.connect(self.go_today)
        bar.previous_clicked.connect(lambda: self.step_period(-1))
        bar.next_clicked.connect(lambda: self.step_period(1))
        bar.date_chosen.connect(self.set_date)
        bar.mode_chosen.connect(self.set_mode)
        bar.show_cancelled_changed.connect(lambda on: self._set_option("show_cancelled", on))
        bar.show_load_changed.connect(lambda on: self._set_option("show_load", on))
        bar.snap_changed.connect(lambda minutes: self._set_option("snap_minutes", minutes))
        bar.operator_chosen.connect(self.set_operator_filter)
        self.grid.open_requested.connect(self.open_requested)
        self.grid.new_requested.connect(self.new_requested)
        self.grid.selection_changed.connect(self.current_changed)
        self.grid.move_requested.connect(self._move)
        self.grid.resize_requested.connect(self._resize)
        self.time_panel.header.day_clicked.connect(self.show_day)
        self.month_grid.day_activated.connect(self.show_day)
        self.month_grid.open_requested.connect(self.open_requested)
        self.month_grid.stepped_out.connect(self._turn_month_to)
        for widget in (self.grid, self.time_panel.scroll_area):
            widget.installEventFilter(self)

    # -- state -------------------------------------------------------------------------

    @property
    def mode(self) -> CalendarMode:
        """What the calendar shows now."""
        return self._mode

    @property
    def anchor(self) -> date:
        """The day the user is on (the day view's day; inside the shown week or month)."""
        return self._anchor

    def set_mode(self, mode: CalendarMode) -> None:
        """Show ``mode`` around the current day (remembered for next time)."""
        self._sync_anchor()
        self._mode = mode
        self.options.mode = mode
        self.reload()

    def set_date(self, day: date) -> None:
        """Go to ``day`` in the current mode."""
        self._anchor = day
        self.reload()

    def set_operator_filter(self, operator_id: int | None) -> None:
        """Narrow the week and month views to one operator (None: everybody)."""
        self._operator_filter = operator_id
        self.navigation.show_operators(self._operators, operator_id)
        self.reload()

    @property
    def operators(self) -> dict[int, str]:
        """The active operators, id → name, in name order."""
        return dict(self._operators)

    def show_day(self, day: date) -> None:
        """The day view of ``day`` (a day title or a month cell was activated)."""
        self._anchor = day
        self.set_mode(CalendarMode.DAY)

    def _turn_month_to(self, day: date) -> None:
        """The arrow keys left the month grid: show ``day``'s month with ``day`` selected."""
        self.set_date(day)
        self.month_grid.selected_day = day

    def visible_days(self) -> list[date]:
        """The days shown, in order."""
        return nav.visible_days(self._mode, self._anchor)

    def current_range(self) -> tuple[datetime, datetime]:
        """``[start, end)`` of the shown days."""
        return nav.day_range(self.visible_days())

    def go_today(self) -> None:
        """Show today, scrolled to now."""
        self.set_date(self._operations.clock().date())
        self.time_panel.scroll_to(self._operations.clock())

    def step_period(self, steps: int) -> None:
        """Go ``steps`` days, weeks or months on (negative: back)."""
        self._sync_anchor()
        self.set_date(nav.step_period(self._mode, self._anchor, steps))

    def step_day(self, steps: int) -> None:
        """Go ``steps`` days on (months in the month view)."""
        self._sync_anchor()
        self.set_date(nav.step_day(self._mode, self._anchor, steps))

    def _sync_anchor(self) -> None:
        """In the month view the day the user is on is the month grid's selected day."""
        if self._mode is CalendarMode.MONTH:
            self._anchor = self.month_grid.selected_day

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the visible range again and show it."""
        self._stale = False
        days, now = self.visible_days(), self._operations.clock()
        showing = Showing(self._mode, days, self._anchor, now, self._operator_filter)
        if self._mode.is_time_grid:
            show_time_grid(self.time_panel, showing, self._operators, self.options)
            self._show_page(self.time_panel, self.grid)
        else:
            show_month(self.month_grid, showing, self.options)
            self._show_page(self.month_grid, self.month_grid)
        self.navigation.show_state(self._mode, self._anchor, self._title(days, now))

    def _show_page(self, page: QWidget, focus: QWidget) -> None:
        """Show ``page``; keyboard focus inside the calendar moves to ``focus``."""
        focused = QApplication.focusWidget()
        had_focus = focused is not None and (focused is self or self.isAncestorOf(focused))
        self.stack.setCurrentWidget(page)
        self.setFocusProxy(focus)
        if had_focus:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _title(self, days: list[date], now: datetime) -> str:
        title = period_title(self._mode, days, self._anchor)
        if self._mode is CalendarMode.DAY and days[0] == now.date():
            return _("Today, {date}").format(date=title)
        return title

    def _data_changed(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _records_changed(self) -> None:
        self._operators = active_operators()
        if self._operator_filter not in self._operators:
            self._operator_filter = None
        self.navigation.show_operators(self._operators, self._operator_filter)
        self._data_changed()

    def _set_option(self, name: str, value: object) -> None:
        setattr(self.options, name, value)
        self.reload()

    def _tick(self) -> None:
        """Move the line for now; after midnight, read again (today moved)."""
        now = self._operations.clock()
        new_day = now.date() != self.grid.today
        self.grid.set_now(now)
        if new_day:
            self._data_changed()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
        if not self._scrolled:
            self._scrolled = True
            QTimer.singleShot(0, lambda: self.time_panel.scroll_to(self._operations.clock()))

    # -- writes ------------------------------------------------------------------------

    def _move(self, appointment_id: int, start: datetime, operator_id: int | None) -> None:
        shown = self.grid.row_of(appointment_id)
        if shown is None or not self._writes.move(shown, start, operator_id):
            self.reload()

    def _resize(self, appointment_id: int, minutes: int) -> None:
        shown = self.grid.row_of(appointment_id)
        if shown is None or not self._writes.resize(shown, minutes):
            self.reload()

    # -- keys --------------------------------------------------------------------------

    def scroll_hours(self, hours: float) -> None:
        """Scroll the day and week views' hours (negative: up)."""
        self.time_panel.scroll_by_hours(hours)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Run the calendar's action for ``event``'s key (see :mod:`.keys`); whether used."""
        return run_key(self, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.handle_key(event)
        return super().eventFilter(watched, event)
