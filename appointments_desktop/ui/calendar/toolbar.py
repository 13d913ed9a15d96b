"""The calendar's navigation bar: Today, previous and next, the period, a date picker,
the view buttons and the display options (cancelled shown, staff load, snap step).

It only reports what the user chose through its signals and shows what the view tells it
(:meth:`NavigationBar.show_state`); setting it from the view never echoes a signal back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from appointments_desktop.i18n import _, first_week_day, format_number
from appointments_desktop.ui.calendar.navigation import CalendarMode
from appointments_desktop.ui.editor.formats import qt_locale
from appointments_desktop.ui.flow_layout import FlowLayout
from appointments_desktop.ui.key_names import key_name

SNAP_CHOICES = (5, 15)


def _mode_labels() -> dict[CalendarMode, tuple[str, str, str]]:
    """Label, object name and tooltip of each view button (with the key of the view: see
    :mod:`.keys`)."""
    day_tip = _("One day, a column per operator ({key})").format(key=key_name(Qt.Key.Key_D))
    return {
        CalendarMode.DAY: (_("Day"), "dayButton", day_tip),
        CalendarMode.WORK_WEEK: (_("Work week"), "workWeekButton", _("The working days")),
        CalendarMode.WEEK: (
            _("Week"),
            "weekButton",
            _("The whole week ({key})").format(key=key_name(Qt.Key.Key_W)),
        ),
        CalendarMode.MONTH: (
            _("Month"),
            "monthButton",
            _("The whole month ({key})").format(key=key_name(Qt.Key.Key_M)),
        ),
    }


def _group(flow: FlowLayout, name: str) -> QHBoxLayout:
    """A row of controls kept together when the bar wraps onto more rows."""
    group = QWidget(objectName=name)
    layout = QHBoxLayout(group)
    layout.setContentsMargins(0, 0, 0, 0)
    flow.addWidget(group)
    return layout


class NavigationBar(QWidget):
    """The bar above the calendar; see the module docstring."""

    today_clicked = Signal()
    previous_clicked = Signal()
    next_clicked = Signal()
    date_chosen = Signal(object)
    """A day picked in the date picker."""
    mode_chosen = Signal(object)
    """A :class:`CalendarMode` picked with the view buttons."""
    show_cancelled_changed = Signal(bool)
    show_load_changed = Signal(bool)
    snap_changed = Signal(int)
    operator_chosen = Signal(object)
    """The operator the week and month views are narrowed to (an id), or None for all."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarNavigation")
        flow = FlowLayout(self)
        flow.setContentsMargins(6, 4, 6, 4)
        going = _group(flow, "navigationGroup")
        self._add_moves(going)
        self._add_title(going)
        self._add_modes(_group(flow, "modeGroup"))
        self._add_options(_group(flow, "optionGroup"))

    def _add_moves(self, layout: QHBoxLayout) -> None:
        today_tip = _("Go to today ({key})").format(key=key_name(Qt.Key.Key_T))
        previous_tip = _("Previous ({key})").format(key=key_name(Qt.Key.Key_PageUp))
        next_tip = _("Next ({key})").format(key=key_name(Qt.Key.Key_PageDown))
        self.today_button = self._button(_("Today"), "todayButton", today_tip)
        self.previous_button = self._button("", "previousButton", previous_tip)
        self.previous_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.next_button = self._button("", "nextButton", next_tip)
        self.next_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._point_arrows()
        self.today_button.clicked.connect(self.today_clicked)
        self.previous_button.clicked.connect(self.previous_clicked)
        self.next_button.clicked.connect(self.next_clicked)
        for button in (self.today_button, self.previous_button, self.next_button):
            layout.addWidget(button)

    def _point_arrows(self) -> None:
        """Previous points to where the earlier days are: left, or right to left, right."""
        earlier, later = Qt.ArrowType.LeftArrow, Qt.ArrowType.RightArrow
        if self.isRightToLeft():
            earlier, later = later, earlier
        self.previous_button.setArrowType(earlier)
        self.next_button.setArrowType(later)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._point_arrows()

    def _add_title(self, layout: QHBoxLayout) -> None:
        self.title = QLabel(objectName="calendarTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.calendar = QCalendarWidget(objectName="datePickerCalendar")
        self.calendar.setLocale(qt_locale())
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek(first_week_day() + 1))
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.date_picker = self._button(_("Go to date…"), "datePicker", _("Pick a day"))
        self.date_picker.setMenu(menu)
        self.date_picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.date_picker.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        layout.addSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.date_picker)
        layout.addStretch(1)

    def _add_modes(self, layout: QHBoxLayout) -> None:
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[CalendarMode, QToolButton] = {}
        for mode, (label, name, tip) in _mode_labels().items():
            button = self._button(label, name, tip)
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.clicked.connect(lambda _checked=False, m=mode: self.mode_chosen.emit(m))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.mode_group.setExclusive(True)

    def _add_options(self, layout: QHBoxLayout) -> None:
        self.operator_filter = QComboBox(objectName="operatorFilter")
        self.operator_filter.setToolTip(_("Show one operator's appointments (week and month)"))
        self.operator_filter.currentIndexChanged.connect(
            lambda _index: self.operator_chosen.emit(self.operator_filter.currentData())
        )
        self.show_cancelled = QCheckBox(_("Show cancelled"), objectName="showCancelledToggle")
        self.show_cancelled.setToolTip(_("Show cancelled and no-show appointments"))
        self.show_cancelled.toggled.connect(self.show_cancelled_changed)
        self.show_load = QCheckBox(_("Staff load"), objectName="loadToggle")
        self.show_load.setToolTip(_("Show the hours booked per operator and day"))
        self.show_load.toggled.connect(self.show_load_changed)
        self.snap = QComboBox(objectName="snapChoice")
        self.snap.setToolTip(_("Dragged appointments snap to this step"))
        for minutes in SNAP_CHOICES:
            self.snap.addItem(_("{count} min").format(count=format_number(minutes)), minutes)
        self.snap.currentIndexChanged.connect(
            lambda _index: self.snap_changed.emit(int(self.snap.currentData()))
        )
        snap_label = QLabel(_("S&nap:"), buddy=self.snap)
        for widget in (self.operator_filter, self.show_cancelled, self.show_load):
            layout.addWidget(widget)
        for widget in (snap_label, self.snap):
            layout.addWidget(widget)
        layout.addStretch(1)

    def _button(self, text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton(self, objectName=name, text=text, toolTip=tip)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    def _picked(self, chosen: QDate) -> None:
        self.date_picker.menu().hide()
        self.date_chosen.emit(date(chosen.year(), chosen.month(), chosen.day()))

    def show_state(self, mode: CalendarMode, anchor: date, title: str) -> None:
        """Show the view's mode, anchor day and period title (emits nothing)."""
        self.mode_buttons[mode].setChecked(True)
        self.operator_filter.setEnabled(mode is not CalendarMode.DAY)
        self.show_load.setEnabled(mode in (CalendarMode.WEEK, CalendarMode.WORK_WEEK))
        self.title.setText(title)
        self.calendar.blockSignals(True)
        self.calendar.setSelectedDate(QDate(anchor.year, anchor.month, anchor.day))
        self.calendar.blockSignals(False)

    def show_options(self, *, show_cancelled: bool, show_load: bool, snap: int) -> None:
        """Show the stored options (emits nothing)."""
        for widget in (self.show_cancelled, self.show_load, self.snap):
            widget.blockSignals(True)
        self.show_cancelled.setChecked(show_cancelled)
        self.show_load.setChecked(show_load)
        self.snap.setCurrentIndex(max(self.snap.findData(snap), 0))
        for widget in (self.show_cancelled, self.show_load, self.snap):
            widget.blockSignals(False)

    def show_operators(self, operators: dict[int, str], chosen: int | None) -> None:
        """Offer "All operators" and ``operators`` (id → name), ``chosen`` selected."""
        box = self.operator_filter
        box.blockSignals(True)
        box.clear()
        box.addItem(_("All operators"), None)
        for operator_id, name in operators.items():
            box.addItem(name, operator_id)
        box.setCurrentIndex(max(box.findData(chosen), 0) if chosen is not None else 0)
        box.blockSignals(False)
