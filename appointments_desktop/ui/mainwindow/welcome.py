"""The first-start page: what the program needs before the first booking, one click each.

Shown instead of the list while the database has no active operator or no active
appointment type. It only asks; the window opens the dialogs and loads the sample data.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from appointments_desktop.i18n import _


class WelcomePage(QWidget):
    """A short welcome with the three ways to get started."""

    add_operator_requested = Signal()
    add_type_requested = Signal()
    sample_data_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(_("Welcome to Appointments Desktop"), objectName="welcomeTitle")
        title.setWordWrap(True)  # a long translation in the large font takes two lines
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            _(
                "Before the first booking, tell the program who serves customers (operators) "
                "and what customers come for (appointment types). Or load a sample shop to "
                "look around first."
            ),
            wordWrap=True,
        )
        # Translators: the welcome page's buttons show beside the menu bar and the
        # statistics dock ("&Period:", "&Operator:"): give them access keys none of those use.
        self.add_operator_button = self._button(_("Add an Ope&rator…"), "addOperatorButton")
        self.add_type_button = self._button(_("Add an Appointment &Type…"), "addTypeButton")
        self.sample_button = self._button(_("Load &Sample Data"), "sampleDataButton")
        self.add_operator_button.clicked.connect(self.add_operator_requested)
        self.add_type_button.clicked.connect(self.add_type_requested)
        self.sample_button.clicked.connect(self.sample_data_requested)
        self._lay_out(title, intro)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setMinimumHeight(36)
        return button

    def _lay_out(self, title: QLabel, intro: QLabel) -> None:
        column = QWidget()
        column.setFixedWidth(max(560, intro.fontMetrics().averageCharWidth() * 70))
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        for widget in (title, intro, self.add_operator_button, self.add_type_button):
            inner.addWidget(widget)
        inner.addSpacing(8)
        inner.addWidget(self.sample_button)
        centred = QHBoxLayout()  # not an alignment flag: that loses the wrapped lines' height
        centred.addStretch(1)
        centred.addWidget(column)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)

    def show_progress(self, has_operator: bool, has_type: bool) -> None:
        """Mark the steps already done, so the user sees what is left."""
        self.add_operator_button.setText(
            _("✓ Operators added — add another…") if has_operator else _("Add an Ope&rator…")
        )
        self.add_type_button.setText(
            _("✓ Appointment types added — add another…")
            if has_type
            else _("Add an Appointment &Type…")
        )
