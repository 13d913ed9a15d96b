"""The "Reminders Due" dock: tomorrow's confirmed appointments still waiting for a reminder."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from appointments_desktop.domain.reminders import ReminderDetails, reminder_text
from appointments_desktop.domain.status import Action
from appointments_desktop.i18n import _, format_number, ngettext, pgettext
from appointments_desktop.storage.listing import AppointmentRow
from appointments_desktop.storage.todo import reminders_due_rows
from appointments_desktop.ui.docks.base import SELECTED_ROW_KEY, DashboardDock
from appointments_desktop.ui.docks.row_table import RowList
from appointments_desktop.ui.docks.rows import Field, RowsModel
from appointments_desktop.ui.key_names import key_name
from appointments_desktop.ui.operations import Operations

FIELDS = (Field.WHEN, Field.CUSTOMER, Field.TYPE, Field.OPERATOR, Field.ACTION)
TEXT_LINES = 5


class RemindersDock(DashboardDock):
    """Confirmed appointments starting tomorrow without a reminder sent, soonest first.

    Promises: the selected row's reminder (first row selected by default) is shown ready
    to copy; Copy puts it on the clipboard and says so. A row's "Sent" button, or
    the one under the list (Ctrl+Return inside the dock) for the selected row, stamps the
    stored appointment through :func:`run_status_action` (a refusal is shown in words); the
    row then leaves with the next reload. Enter or a double-click emits
    :attr:`open_requested` with the appointment's id.
    """

    open_requested = Signal(int)
    """The user asked to open an appointment (its id); the window opens the editor."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(_("Reminders Due"), "remindersDock", operations, parent)
        self.model = RowsModel(FIELDS, Action.REMINDER_SENT, self, button_text=row_button_text())
        self.rows = RowList(self.model, "reminders", self)
        self.rows.select_first = True
        self.text_box = _text_box()
        self.feedback = QLabel(objectName="copyFeedback")
        self.sent_button = QPushButton(Action.REMINDER_SENT.label, objectName="reminderSentButton")
        self.copy_button = QPushButton(_("Copy"), objectName="copyReminderButton")
        self._build()
        self._connect()
        self.setWidget(self.rows)

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.feedback, 1)
        bar.addWidget(self.sent_button)
        bar.addWidget(self.copy_button)
        self.rows.layout().addWidget(self.text_box)
        self.rows.layout().addLayout(bar)
        self.rows.layout().setContentsMargins(6, 4, 6, 6)
        self.copy_button.setToolTip(_("Copy the reminder to paste it into a message"))
        self.sent_button.setToolTip(
            _("Record that the reminder was sent ({key})").format(key=key_name(SELECTED_ROW_KEY))
        )

    def _connect(self) -> None:
        self.rows.table.open_requested.connect(self.open_requested)
        self.rows.table.action_requested.connect(self.mark_sent)
        self.rows.table.selectionModel().selectionChanged.connect(self._show_reminder)
        self.model.modelReset.connect(self._show_reminder)
        self.copy_button.clicked.connect(self.copy_reminder)
        self.sent_button.clicked.connect(self.mark_selected_sent)
        shortcut = QShortcut(QKeySequence(SELECTED_ROW_KEY), self.rows, self.mark_selected_sent)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def refresh(self) -> None:
        now = self.now()
        rows = reminders_due_rows(now)
        self.rows.load(rows, now.date())
        count = ngettext("{count} reminder to send", "{count} reminders to send", len(rows))
        self.rows.set_texts(
            count.format(count=format_number(len(rows))), _("No reminders due for tomorrow.")
        )
        self._show_reminder()

    def minute_passed(self) -> None:
        self.refresh()

    def copy_reminder(self) -> None:
        """Put the shown reminder on the clipboard and say so."""
        QGuiApplication.clipboard().setText(self.text_box.toPlainText())
        self.feedback.setText(_("Copied"))

    def mark_sent(self, appointment_id: int) -> bool:
        """Record the reminder of ``appointment_id`` as sent; whether it was recorded."""
        return self.act_on(appointment_id, Action.REMINDER_SENT)

    def mark_selected_sent(self) -> bool:
        """Record the selected row's reminder as sent; whether one was recorded."""
        row = self.rows.current_row()
        return row is not None and self.mark_sent(row.id)

    def _show_reminder(self) -> None:
        row = self.rows.current_row()
        text = reminder_for(row) if row else ""
        if text != self.text_box.toPlainText():
            self.text_box.setPlainText(text)
            self.feedback.clear()
        has_rows = self.model.rowCount() > 0
        for widget in (self.text_box, self.feedback, self.sent_button, self.copy_button):
            widget.setVisible(has_rows)
        self.copy_button.setEnabled(bool(text))
        self.sent_button.setEnabled(row is not None)


def row_button_text() -> str:
    """The short label of each row's button, which leaves the customer's name room; the
    button under the list keeps the action's full name."""
    # Translators: the button on each row of the "Reminders Due" list; it records
    # that the reminder was sent. Keep it short: the button under the list says
    # "Reminder sent".
    return pgettext("row button", "Sent")


def reminder_for(row: AppointmentRow) -> str:
    """The ready-to-send reminder for ``row`` (no query: the row names everything)."""
    details = ReminderDetails(row.customer_name, row.scheduled_at, row.operator_name, row.type_name)
    return reminder_text(details)


def _text_box() -> QPlainTextEdit:
    """The reminder to copy: read-only, wrapped, a few lines high."""
    box = QPlainTextEdit(objectName="reminderText", readOnly=True)
    box.setTabChangesFocus(True)
    margins = 2 * (box.frameWidth() + int(box.document().documentMargin()))
    box.setFixedHeight(box.fontMetrics().lineSpacing() * TEXT_LINES + margins)
    return box
