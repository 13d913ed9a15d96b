"""An inline form in the appointment editor to add a customer while booking.

The receptionist often has a new customer at the desk or on the phone: name and phone (and
an email if they like) go in without leaving the appointment, and the new customer is
chosen for it at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from appointments_desktop.domain.errors import ValidationError
from appointments_desktop.i18n import _
from appointments_desktop.storage.models import Customer
from appointments_desktop.ui.editor.fields import ProblemLabel
from appointments_desktop.ui.operations import Operations


class _EnterLineEdit(QLineEdit):
    """A line edit that keeps Enter to itself (emitting ``entered``).

    Inside the editor dialog an ignored Enter would press the dialog's Save button.
    """

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.entered.emit()
            return
        super().keyPressEvent(event)


class NewCustomerForm(QFrame):
    """Name, phone and email of a new customer, added through :class:`Operations`.

    Promises: a customer is written only by "Add customer" (or Enter) with a name, through
    ``Operations.save_record``; refused input is shown under the form and writes nothing;
    ``customer_added`` carries the saved customer, after which the form hides and clears.
    """

    customer_added = Signal(object)
    closed = Signal()

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCustomerForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._operations = operations
        self.name = self._line_edit("newCustomerName", _("Full name"))
        self.phone = self._line_edit("newCustomerPhone", _("Optional"))
        self.email = self._line_edit("newCustomerEmail", _("Optional"))
        self.problem = ProblemLabel("newCustomerProblem")
        self.add_button = QPushButton(_("Add customer"))
        self.add_button.setObjectName("addCustomerButton")
        self.add_button.setAutoDefault(False)
        self.cancel_button = QPushButton(_("Cancel"))
        self.cancel_button.setObjectName("cancelNewCustomerButton")
        self.cancel_button.setAutoDefault(False)
        self._build_layout()
        self.add_button.clicked.connect(self.add)
        self.cancel_button.clicked.connect(self.close_form)
        self.name.textChanged.connect(self._update_add_button)
        self.hide()

    def _line_edit(self, object_name: str, placeholder: str) -> _EnterLineEdit:
        edit = _EnterLineEdit()
        edit.setObjectName(object_name)
        edit.setPlaceholderText(placeholder)
        edit.entered.connect(self.add)
        return edit

    def _build_layout(self) -> None:
        title = QLabel(_("New customer"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        form = QFormLayout()
        form.addRow(_("N&ame:"), self.name)
        form.addRow(_("&Phone:"), self.phone)
        form.addRow(_("&Email:"), self.email)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def open_form(self, name: str = "") -> None:
        """Show the form, the name filled in with ``name``, ready to type."""
        self.name.setText(name.strip())
        self.problem.show_messages([])
        self._update_add_button()
        self.show()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_form(self) -> None:
        """Hide the form and forget what was typed into it."""
        for edit in (self.name, self.phone, self.email):
            edit.clear()
        self.problem.show_messages([])
        self.hide()
        self.closed.emit()

    def is_filled(self) -> bool:
        """Whether the form is open with something typed into it."""
        edits = (self.name, self.phone, self.email)
        return not self.isHidden() and any(e.text().strip() for e in edits)

    def add(self) -> None:
        """Save the customer; on success announce it and close, else show why not."""
        customer = Customer(
            name=self.name.text().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text().strip(),
        )
        try:
            self._operations.save_record(customer)
        except ValidationError as error:
            self.problem.show_messages([p.message for p in error.problems])
            return
        self.close_form()
        self.customer_added.emit(customer)

    def _update_add_button(self) -> None:
        self.add_button.setEnabled(bool(self.name.text().strip()))
