"""The editor's "Status" box: the status, when confirmation and reminder were sent, actions.

The panel only shows and asks: it is told the appointment and the status machine's
decisions, and it emits ``action_requested`` when a button is clicked. The editor applies
the action through :class:`~appointments_desktop.ui.operations.Operations`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from appointments_desktop.domain.status import Action, Decision, Status
from appointments_desktop.i18n import _
from appointments_desktop.storage.models import Appointment
from appointments_desktop.ui.editor.formats import sent_text
from appointments_desktop.ui.status_style import STATUS_BACKGROUNDS, STATUS_FOREGROUND

BUTTON_OBJECT_NAMES: dict[Action, str] = {
    Action.CONFIRM: "confirmButton",
    Action.REMINDER_SENT: "reminderSentButton",
    Action.COMPLETE: "completeButton",
    Action.NO_SHOW: "noShowButton",
    Action.CANCEL: "cancelAppointmentButton",
}
"""Each action's button, in the order shown (two rows of up to three)."""

BUTTONS_PER_ROW = 3


def action_help(action: Action) -> str:
    """What an allowed action does, for its tooltip."""
    texts = {
        Action.CONFIRM: _("Mark as confirmed and record that the confirmation was sent now."),
        Action.REMINDER_SENT: _("Record that a reminder was sent now; the status stays."),
        Action.COMPLETE: _("The customer was served; the appointment is then final."),
        Action.NO_SHOW: _("The customer did not come; the appointment is then final."),
        Action.CANCEL: _("Cancel the appointment and free its time; it is then final."),
    }
    return texts[action]


class StatusPanel(QGroupBox):
    """Shows an appointment's status and offers exactly the actions allowed now.

    Promises: each button is enabled exactly when its decision allows it; a disabled one
    carries the reason as its tooltip. For an appointment not saved yet every button is
    disabled and says to save first. The panel writes nothing.
    """

    action_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Status"), parent)
        self.setObjectName("statusPanel")
        self.status_label = self._value_label("statusLabel")
        self.confirmation_sent = self._value_label("confirmationSentLabel")
        self.reminder_sent = self._value_label("reminderSentLabel")
        self.buttons = {
            action: self._button(action, name) for action, name in BUTTON_OBJECT_NAMES.items()
        }
        self._build_layout()

    @staticmethod
    def _value_label(object_name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _button(self, action: Action, object_name: str) -> QPushButton:
        button = QPushButton(action.label)
        button.setObjectName(object_name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.action_requested.emit(action))
        return button

    def _build_layout(self) -> None:
        facts = QFormLayout()
        facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        facts.addRow(_("Status:"), self._status_row())
        facts.addRow(_("Confirmation sent:"), self.confirmation_sent)
        facts.addRow(_("Reminder sent:"), self.reminder_sent)
        grid = QGridLayout()
        for position, button in enumerate(self.buttons.values()):
            grid.addWidget(button, *divmod(position, BUTTONS_PER_ROW))
        layout = QVBoxLayout(self)
        layout.addLayout(facts)
        layout.addLayout(grid)

    def _status_row(self) -> QWidget:
        """The status word on its coloured chip, kept to its own width."""
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.status_label)
        row_layout.addStretch(1)
        return row

    def show_unsaved(self) -> None:
        """A new appointment: no status yet, nothing sent, every action waits for a save."""
        self._show_status(None)
        self.confirmation_sent.setText(sent_text(None))
        self.reminder_sent.setText(sent_text(None))
        for button in self.buttons.values():
            button.setEnabled(False)
            button.setToolTip(_("Save the appointment first."))

    def show_appointment(self, appointment: Appointment, decisions: Sequence[Decision]) -> None:
        """Show ``appointment``'s status and sent times, and each action as decided."""
        self._show_status(Status(appointment.status))
        self.confirmation_sent.setText(sent_text(appointment.confirmation_sent_at))
        self.reminder_sent.setText(sent_text(appointment.reminder_sent_at))
        for decision in decisions:
            button = self.buttons[decision.action]
            button.setEnabled(decision.allowed)
            button.setToolTip(action_help(decision.action) if decision.allowed else decision.reason)

    def _show_status(self, status: Status | None) -> None:
        if status is None:
            self.status_label.setText(_("New, not saved yet"))
            self.status_label.setStyleSheet("")
            return
        self.status_label.setText(status.label)
        self.status_label.setStyleSheet(
            f"background-color: {STATUS_BACKGROUNDS[status]}; color: {STATUS_FOREGROUND};"
            " border-radius: 3px; padding: 1px 8px;"
        )
