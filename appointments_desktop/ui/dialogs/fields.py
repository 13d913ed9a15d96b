"""Form fields of the record dialogs: one editor per model field, with its problem line.

A :class:`FieldEditor` ties a model field (``name``, ``phone``, ...) to the widget that edits
it. The dialog reads what the user entered through it, shows stored values through it, hears
every change through it, and shows the problems found with the value in words under it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from appointments_desktop.ui.dialogs.colour import ColourButton

W = TypeVar("W", bound=QWidget)

PROBLEM_COLOURS = ("#b3261e", "#f2b8b5")
"""A red for problems on light backgrounds, and a light red for dark ones (both readable)."""


@dataclasses.dataclass(eq=False)
class FieldEditor:
    """A model field's widget, how to read and show its value, and its problem line.

    Promises: :meth:`read` returns a value ready to store (line edits trimmed); ``changed``
    fires on every change, typed or shown; :attr:`row` holds the widget above its problem
    line and passes focus to the widget.
    """

    field: str
    label: str
    widget: QWidget
    read: Callable[[], object]
    show: Callable[[object], None]
    changed: SignalInstance
    problem: QLabel = dataclasses.field(init=False)
    row: QWidget = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        self.problem = QLabel()
        base = self.widget.objectName().removesuffix("Field").removesuffix("Button")
        self.problem.setObjectName(f"{base}Problem")  # nameField -> nameProblem
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {_problem_colour(self.widget)};")
        self.problem.hide()
        self.row = QWidget()
        layout = QVBoxLayout(self.row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        grows = self.widget.sizePolicy().horizontalPolicy() != QSizePolicy.Policy.Fixed
        layout.addWidget(
            self.widget, 0, Qt.AlignmentFlag(0) if grows else Qt.AlignmentFlag.AlignLeft
        )
        layout.addWidget(self.problem)
        self.row.setFocusProxy(self.widget)

    def show_problems(self, messages: Sequence[str]) -> None:
        """Show ``messages`` under the widget (hide the line when there are none)."""
        self.problem.setText("\n".join(messages))
        self.problem.setVisible(bool(messages))
        self.widget.setAccessibleDescription(" ".join(messages))


def _problem_colour(widget: QWidget) -> str:
    dark = widget.palette().color(QPalette.ColorRole.Window).lightness() < 128
    return PROBLEM_COLOURS[1] if dark else PROBLEM_COLOURS[0]


def line_editor(name: str, label: str, widget: QLineEdit) -> FieldEditor:
    """A one-line text field; the value is the text without surrounding spaces."""
    return FieldEditor(
        name,
        label,
        widget,
        read=lambda: widget.text().strip(),
        show=lambda value: _show_text(widget, value),
        changed=widget.textChanged,
    )


def _show_text(widget: QLineEdit, value: object) -> None:
    widget.setText(str(value or ""))
    widget.setCursorPosition(0)  # long values show their beginning


def text_editor(name: str, label: str, widget: QPlainTextEdit) -> FieldEditor:
    """A multi-line text field (Tab moves on instead of typing a tab)."""
    widget.setTabChangesFocus(True)
    return FieldEditor(
        name,
        label,
        widget,
        read=widget.toPlainText,
        show=lambda value: widget.setPlainText(str(value or "")),
        changed=widget.textChanged,
    )


def spin_editor(name: str, label: str, widget: QSpinBox) -> FieldEditor:
    """A whole number within the spin box's range (the box keeps its natural width)."""
    widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return FieldEditor(
        name,
        label,
        widget,
        read=widget.value,
        show=lambda value: widget.setValue(int(str(value))),
        changed=widget.valueChanged,
    )


def colour_editor(name: str, label: str, widget: ColourButton) -> FieldEditor:
    """A colour as ``#rrggbb``, chosen through the colour button (at its natural width)."""
    widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return FieldEditor(
        name,
        label,
        widget,
        read=widget.colour,
        show=lambda value: widget.set_colour(str(value)),
        changed=widget.colour_changed,
    )


def named(widget: W, object_name: str) -> W:
    """``widget`` with ``object_name`` set (tests and style sheets find it by that name)."""
    widget.setObjectName(object_name)
    return widget
