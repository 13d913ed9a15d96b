"""The "To Confirm" dock: pending appointments starting soon, each confirmed with one click."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QSpinBox, QWidget

from appointments_desktop.domain.status import Action
from appointments_desktop.i18n import _, format_number, ngettext, npgettext
from appointments_desktop.storage.todo import (
    MAX_CONFIRM_WINDOW_HOURS,
    confirm_window_hours,
    to_confirm_rows,
)
from appointments_desktop.ui.docks.base import SELECTED_ROW_KEY, DashboardDock
from appointments_desktop.ui.docks.row_table import RowList
from appointments_desktop.ui.docks.rows import Field, RowsModel
from appointments_desktop.ui.editor.formats import qt_locale
from appointments_desktop.ui.key_names import key_name
from appointments_desktop.ui.operations import Operations

FIELDS = (Field.WHEN, Field.CUSTOMER, Field.TYPE, Field.OPERATOR, Field.ACTION)
SETTING_DELAY_MS = 600
"""Stepping the hours with the arrows stores the setting once the user pauses this long."""


class ToConfirmDock(DashboardDock):
    """Pending appointments starting within the next N hours (the shop's setting), soonest
    first, to confirm before they come.

    Promises: a row's Confirm button, or the Confirm button under the list (Ctrl+Return
    inside the dock) for the selected row, confirms the stored appointment through
    :func:`run_status_action`, so a refusal is shown in words; the row then leaves with the
    next reload. The hours box stores the setting through :class:`Operations`. Enter or a
    double-click on a row emits :attr:`open_requested` with the appointment's id.
    """

    open_requested = Signal(int)
    """The user asked to open an appointment (its id); the window opens the editor."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(_("To Confirm"), "toConfirmDock", operations, parent)
        self.model = RowsModel(FIELDS, Action.CONFIRM, self)
        self.rows = RowList(self.model, "toConfirm", self)
        self.rows.select_first = True
        self.hours_box = _hours_box()
        self.hours_label = QLabel(buddy=self.hours_box, objectName="confirmWindowLabel")
        self.confirm_button = QPushButton(Action.CONFIRM.label, objectName="confirmButton")
        self._setting_timer = QTimer(self, singleShot=True, interval=SETTING_DELAY_MS)
        self._build()
        self._connect()
        self.setWidget(self.rows)

    def _build(self) -> None:
        self.rows.header.addWidget(self.hours_label)
        self.rows.header.addWidget(self.hours_box)
        self.rows.layout().addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignRight)
        self.rows.layout().setContentsMargins(6, 4, 6, 6)
        self.confirm_button.setToolTip(
            _("Confirm the selected appointment ({key})").format(key=key_name(SELECTED_ROW_KEY))
        )

    def _connect(self) -> None:
        self.rows.table.open_requested.connect(self.open_requested)
        self.rows.table.action_requested.connect(self.confirm)
        self.confirm_button.clicked.connect(self.confirm_selected)
        shortcut = QShortcut(QKeySequence(SELECTED_ROW_KEY), self.rows, self.confirm_selected)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.rows.table.selectionModel().selectionChanged.connect(self._enable_button)
        self.model.modelReset.connect(self._enable_button)
        self.hours_box.valueChanged.connect(self._hours_changed)
        self.hours_box.editingFinished.connect(self._store_hours)
        self._setting_timer.timeout.connect(self._store_hours)

    def refresh(self) -> None:
        now = self.now()
        hours = confirm_window_hours()
        if not self._setting_timer.isActive():  # else the user is still choosing
            self._show_hours(hours)
        rows = to_confirm_rows(now, hours)
        self.rows.load(rows, now.date())
        count = ngettext("{count} to confirm", "{count} to confirm", len(rows))
        empty = ngettext(
            "Nothing to confirm in the next {hours} hour.",
            "Nothing to confirm in the next {hours} hours.",
            hours,
        )
        self.rows.set_texts(
            count.format(count=format_number(len(rows))),
            empty.format(hours=format_number(hours)),
        )
        self._enable_button()

    def minute_passed(self) -> None:
        self.refresh()

    def confirm(self, appointment_id: int) -> bool:
        """Confirm the stored appointment ``appointment_id``; whether it was confirmed."""
        return self.act_on(appointment_id, Action.CONFIRM)

    def confirm_selected(self) -> bool:
        """Confirm the selected row's appointment; whether one was confirmed."""
        row = self.rows.current_row()
        return row is not None and self.confirm(row.id)

    def _enable_button(self) -> None:
        self.confirm_button.setEnabled(self.rows.current_row() is not None)
        self.confirm_button.setVisible(self.model.rowCount() > 0)

    def _show_hours(self, hours: int) -> None:
        self.hours_box.blockSignals(True)
        self.hours_box.setValue(hours)
        self.hours_box.blockSignals(False)
        self._set_suffix(hours)

    def _hours_changed(self, hours: int) -> None:
        self._set_suffix(hours)
        self._setting_timer.start()

    def _set_suffix(self, hours: int) -> None:
        """The words around the hours box, agreeing with its number: "Next [48] hours"."""
        # Translators: before the hours box, as in "Next [48] hours" (the form agrees with
        # the number, as Spanish "Próxima [1] hora", "Próximas [48] horas").
        self.hours_label.setText(npgettext("hours ahead", "Next", "Next", hours))
        # Translators: after the number in "Next [48] hours".
        self.hours_box.setSuffix(ngettext(" hour", " hours", hours))

    def _store_hours(self) -> None:
        self._setting_timer.stop()
        if self.hours_box.value() != confirm_window_hours():
            self.operations.set_confirm_window_hours(self.hours_box.value())


def _hours_box() -> QSpinBox:
    """How many hours ahead the dock looks (1..two weeks), in the locale's digits."""
    box = QSpinBox(objectName="confirmWindowHours")
    box.setLocale(qt_locale())
    box.setRange(1, MAX_CONFIRM_WINDOW_HOURS)
    box.setSingleStep(12)
    box.setKeyboardTracking(False)
    box.setToolTip(_("How far ahead to look for appointments to confirm"))
    return box
