"""Building blocks of the editor's form: problem labels, field boxes, combos, inputs.

A field of the form is a :func:`field_box`: the input with a :class:`ProblemLabel` under it
that says in words what is wrong and is hidden while nothing is. A :class:`RecordCombo`
offers the active operators or types and still shows a retired one an appointment uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from appointments_desktop.domain.validation import MAX_DURATION_MINUTES, MIN_DURATION_MINUTES
from appointments_desktop.i18n import _, first_week_day
from appointments_desktop.storage.models import AppointmentType, Operator
from appointments_desktop.ui.editor.formats import qt_datetime_format, qt_locale

PROBLEM_STYLE = "color: #b3261e;"
SWATCH_SIZE = 12
SMALLER = 0.9
COMBO_MINIMUM_CHARACTERS = 16
NOTES_LINES = 4

Record = Operator | AppointmentType


class ProblemLabel(QLabel):
    """A small red line under a field; hidden while there is no problem to tell."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setStyleSheet(PROBLEM_STYLE)
        font = self.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * SMALLER)
            self.setFont(font)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.show_messages([])

    def show_messages(self, messages: Sequence[str]) -> None:
        """Show ``messages`` (one per line), or hide the label when there are none."""
        self.setText("\n".join(messages))
        self.setVisible(bool(messages))


def field_box(field: QWidget, problem: ProblemLabel, *extra: QWidget) -> QWidget:
    """``field`` with its problem label (and any ``extra`` widgets) stacked beneath it.

    The box passes focus on to ``field``, so a form label's mnemonic reaches the input.
    """
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(problem)
    for widget in extra:
        layout.addWidget(widget)
    box.setFocusProxy(field)
    return box


def colour_swatch(colour: str) -> QIcon:
    """A small square of ``colour`` for a type's entry in a list."""
    pixmap = QPixmap(SWATCH_SIZE, SWATCH_SIZE)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class RecordCombo(QComboBox):
    """A choice among operators or appointment types, by id.

    Promises: lists the records given (the active ones) and, when the current record is
    not among them (retired since it was booked), that one too, marked "(inactive)", so
    editing an old appointment never silently changes who or what it is for.
    """

    def __init__(self, object_name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setPlaceholderText(placeholder)
        # A long name scrolls in the list instead of widening the whole dialog.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(COMBO_MINIMUM_CHARACTERS)

    def load(
        self,
        records: Iterable[Record],
        current: Record | None,
        icon: Callable[[Record], QIcon] | None = None,
        *,
        keep: Iterable[Record | None] = (),
    ) -> None:
        """List ``records`` (plus ``current`` and ``keep`` where missing), select ``current``.

        Signals blocked by the caller stay blocked.
        """
        was_blocked = self.blockSignals(True)
        self.clear()
        for record in _with_missing(records, (*keep, current)):
            text = str(record.name)
            if not record.active:
                text = _("{name} (inactive)").format(name=text)
            self.addItem(text, record.id)
            if icon is not None:
                self.setItemIcon(self.count() - 1, icon(record))
        self.blockSignals(was_blocked)
        self.select_id(current.id if current is not None else None)

    def select_id(self, record_id: int | None) -> None:
        """Select the record with ``record_id``; None (or an unknown id) selects nothing."""
        self.setCurrentIndex(self.findData(record_id) if record_id is not None else -1)

    def current_id(self) -> int | None:
        """The chosen record's id, or None when nothing is chosen."""
        value = self.currentData()
        return int(value) if value is not None else None


def _with_missing(records: Iterable[Record], extra: Iterable[Record | None]) -> list[Record]:
    """``records``, then each of ``extra`` that is not None and not listed yet."""
    listed = list(records)
    ids = {r.id for r in listed}
    for record in extra:
        if record is not None and record.id not in ids:
            listed.append(record)
            ids.add(record.id)
    return listed


def date_time_edit() -> QDateTimeEdit:
    """The start field: locale-formatted, calendar popup, shop time (no DST shifts)."""
    edit = QDateTimeEdit()
    edit.setObjectName("scheduledAtField")
    edit.setTimeZone(QTimeZone.utc())  # shop wall-clock time: no local DST gap applies
    edit.setLocale(qt_locale())
    edit.setDisplayFormat(qt_datetime_format())
    edit.setCalendarPopup(True)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek(first_week_day() + 1))
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def duration_spin() -> QSpinBox:
    """The duration field in minutes, 1..1440, stepping by five."""
    spin = QSpinBox()
    spin.setObjectName("durationField")
    spin.setLocale(qt_locale())
    spin.setRange(MIN_DURATION_MINUTES, MAX_DURATION_MINUTES)
    spin.setSingleStep(5)
    spin.setSuffix(_(" min"))
    spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return spin


def notes_edit() -> QPlainTextEdit:
    """The notes field, a few lines high; Tab moves on instead of typing a tab."""
    notes = QPlainTextEdit()
    notes.setObjectName("notesField")
    notes.setTabChangesFocus(True)
    notes.setPlaceholderText(_("Requests, things to prepare…"))
    margins = 2 * (notes.frameWidth() + int(notes.document().documentMargin()))
    notes.setFixedHeight(notes.fontMetrics().lineSpacing() * NOTES_LINES + margins)
    return notes
