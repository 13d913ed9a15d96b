"""The appointment editor's fields: who, with whom, what, when, how long, notes.

The form holds values and shows problems; it never saves an appointment. Its values come
out as one :class:`FormValues`, which the editor validates with the core's rules and turns
into an :class:`~appointments_desktop.storage.models.Appointment` to save.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from appointments_desktop.domain.errors import FieldProblem
from appointments_desktop.domain.validation import duration_problems
from appointments_desktop.i18n import _
from appointments_desktop.storage.models import Appointment, Customer
from appointments_desktop.ui.editor.customer_field import CustomerField
from appointments_desktop.ui.editor.customer_history import CustomerHistoryLabel
from appointments_desktop.ui.editor.fields import date_time_edit, field_box, notes_edit
from appointments_desktop.ui.editor.formats import end_time_text, from_qdatetime, to_qdatetime
from appointments_desktop.ui.editor.new_customer import NewCustomerForm
from appointments_desktop.ui.editor.problems import FieldProblems
from appointments_desktop.ui.editor.records import RecordChoices
from appointments_desktop.ui.editor.values import FormValues
from appointments_desktop.ui.operations import Operations


class AppointmentForm(QWidget):
    """The fields of one appointment, with a problem line under each.

    Promises: :meth:`values` is what the widgets show; choosing a type fills the duration
    with the type's default unless the user has set the duration by hand; the end time
    follows the start and the duration; ``changed`` is emitted after every edit (once
    after a load or a refresh of the lists, never during one).
    """

    changed = Signal()

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._create_fields(operations)
        self._build_layout()
        self._connect_fields()

    # -- building ---------------------------------------------------------------------

    def _create_fields(self, operations: Operations) -> None:
        self.customer = CustomerField()
        self.customer_history = CustomerHistoryLabel(operations.clock)
        self.new_customer_button = QPushButton(_("New customer…"))
        self.new_customer_button.setObjectName("newCustomerButton")
        self.new_customer_button.setAutoDefault(False)
        self.new_customer = NewCustomerForm(operations)
        self.choices = RecordChoices(self)
        self.operator = self.choices.operator
        self.appointment_type = self.choices.appointment_type
        self.scheduled_at = date_time_edit()
        self.duration = self.choices.duration
        self.end_time = QLabel()
        self.end_time.setObjectName("endTimeLabel")
        self.notes = notes_edit()
        self.problems = FieldProblems()

    def _build_layout(self) -> None:
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        problem = self.problems.by_field
        customer = field_box(
            self._customer_row(), problem["customer"], self.customer_history, self.new_customer
        )
        layout.addRow(_("&Customer:"), customer)
        layout.addRow(_("&Operator:"), field_box(self.operator, problem["operator"]))
        layout.addRow(_("&Type:"), field_box(self.appointment_type, problem["appointment_type"]))
        layout.addRow(_("&Starts:"), field_box(self.scheduled_at, problem["scheduled_at"]))
        layout.addRow(_("&Duration:"), field_box(self.duration, problem["duration_minutes"]))
        layout.addRow(_("Ends:"), self.end_time)
        layout.addRow(_("&Notes:"), self.notes)
        layout.addRow(self.problems.other)

    def _customer_row(self) -> QWidget:
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.customer, 1)
        row_layout.addWidget(self.new_customer_button)
        row.setFocusProxy(self.customer)
        return row

    def _connect_fields(self) -> None:
        self.customer.customer_changed.connect(self._emit_changed)
        self.customer.customer_changed.connect(self._show_customer_history)
        self.new_customer_button.clicked.connect(self._open_new_customer)
        self.new_customer.customer_added.connect(self._use_new_customer)
        self.operator.currentIndexChanged.connect(self._emit_changed)
        self.appointment_type.currentIndexChanged.connect(self._emit_changed)
        self.scheduled_at.dateTimeChanged.connect(self._emit_changed)
        self.choices.duration_control.changed.connect(self._emit_changed)
        self.notes.textChanged.connect(self._emit_changed)
        self.changed.connect(self._show_end_time)

    # -- loading ----------------------------------------------------------------------

    @contextmanager
    def _loading_values(self) -> Iterator[None]:
        self._loading = True
        try:
            yield
        finally:
            self._loading = False
        self.changed.emit()

    def load(self, appointment: Appointment) -> None:
        """Show a stored appointment (loaded with its customer, operator and type)."""
        with self._loading_values():
            self.customer.set_customer(appointment.customer)
            self.choices.show_stored(appointment)
            self.scheduled_at.setDateTime(to_qdatetime(appointment.scheduled_at))
            self.notes.setPlainText(str(appointment.notes or ""))
        self._show_customer_history()

    def load_new(self, start: datetime, operator_id: int | None) -> None:
        """Empty fields for a new booking at ``start``, with ``operator_id`` chosen if given."""
        with self._loading_values():
            self.customer.set_customer(None)
            self.choices.show_new(operator_id)
            self.scheduled_at.setDateTime(to_qdatetime(start))
            self.notes.clear()

    def refresh_records(self) -> None:
        """Reload the operator and type lists from the stored records; the values stay.

        Only a chosen operator or type deleted meanwhile is lost (then nothing is chosen).
        """
        with self._loading_values():
            self.choices.refresh()

    # -- reading and telling ----------------------------------------------------------

    def values(self) -> FormValues:
        """The values the widgets show now."""
        return FormValues(
            customer_id=self.customer.customer_id(),
            operator_id=self.operator.current_id(),
            appointment_type_id=self.appointment_type.current_id(),
            scheduled_at=from_qdatetime(self.scheduled_at.dateTime()),
            duration=self.choices.duration_control.minutes(),
            notes=self.notes.toPlainText(),
        )

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        """Show each problem under its field (others at the bottom); hide the rest."""
        self.problems.show(problems)

    def set_schedule_locked(self, locked: bool) -> None:
        """Lock (or unlock) everything but the notes, as for a final appointment."""
        if locked:
            self.new_customer.close_form()
        for widget in (
            self.customer,
            self.new_customer_button,
            self.operator,
            self.appointment_type,
            self.scheduled_at,
            self.duration,
        ):
            widget.setEnabled(not locked)

    # -- reacting to edits ------------------------------------------------------------

    def _emit_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _show_customer_history(self) -> None:
        self.customer_history.show_for(self.customer.customer_id())

    def _open_new_customer(self) -> None:
        typed = self.customer.text() if self.customer.customer_id() is None else ""
        self.new_customer.open_form(typed)

    def _use_new_customer(self, customer: Customer) -> None:
        self.customer.set_customer(customer)
        self.operator.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_end_time(self) -> None:
        values = self.values()
        if values.duration is None or duration_problems(values.duration):
            self.end_time.setText("—")
            return
        end = values.scheduled_at + timedelta(minutes=values.duration)
        self.end_time.setText(end_time_text(values.scheduled_at, end))
