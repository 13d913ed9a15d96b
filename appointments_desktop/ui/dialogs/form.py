"""The right side of a record dialog: a heading, one row per field, the appointment count.

Responsibilities: show a record's values, hand back what the user entered, tell whether that
differs from what was shown (unsaved edits), and put each problem in words under its field.
It never reads or writes the database; the dialog does.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from appointments_desktop.domain.errors import FieldProblem
from appointments_desktop.i18n import _
from appointments_desktop.storage.models import BaseModel
from appointments_desktop.ui.dialogs.fields import FieldEditor


class RecordForm(QWidget):
    """The fields of one record; see the module docstring.

    Promises: :attr:`changed` fires after every change to any field; :meth:`is_dirty` is
    false right after :meth:`show_record`, and again whenever the values are back to those
    shown, so typing and undoing is not an unsaved edit.
    """

    changed = Signal()
    """A field's value changed (typed, chosen or shown)."""

    def __init__(
        self,
        editors: Sequence[FieldEditor],
        details: Sequence[tuple[str, QWidget]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editors = list(editors)
        self.details = list(details)
        self._shown: dict[str, object] = {}
        self.title = QLabel(objectName="formTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel(objectName="appointmentCountLabel")
        self.count.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._build()
        for editor in self.editors:
            editor.changed.connect(self.changed)

    def _build(self) -> None:
        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for editor in self.editors:
            fields.addRow(editor.label, editor.row)
        fields.addRow(_("Appointments:"), self.count)
        for label, widget in self.details:
            fields.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addSpacing(6)
        layout.addLayout(fields)
        layout.addStretch(1)

    def show_record(self, record: BaseModel, title: str, count: str, *, enabled: bool) -> None:
        """Show ``record``'s values under ``title``; a disabled form offers no editing."""
        self.setEnabled(enabled)
        self.title.setText(title)
        self.count.setText(count)
        for editor in self.editors:
            editor.show(getattr(record, editor.field))
            editor.show_problems([])
        self._shown = self.values()

    def show_count(self, count: str) -> None:
        """Show ``count`` as the number of appointments; the fields keep what they hold."""
        self.count.setText(count)

    def values(self) -> dict[str, object]:
        """What the user entered, by model field name, ready to store."""
        return {editor.field: editor.read() for editor in self.editors}

    def is_dirty(self) -> bool:
        """Whether the values differ from those last shown."""
        return self.isEnabled() and self.values() != self._shown

    def show_problems(self, problems: Sequence[FieldProblem]) -> list[FieldProblem]:
        """Put each problem under its field; returns those about fields not on the form."""
        for editor in self.editors:
            editor.show_problems([p.message for p in problems if p.field == editor.field])
        fields = {editor.field for editor in self.editors}
        return [problem for problem in problems if problem.field not in fields]

    def focus_first_field(self) -> None:
        """Put the cursor in the first field."""
        if self.editors:
            self.editors[0].widget.setFocus(Qt.FocusReason.OtherFocusReason)
