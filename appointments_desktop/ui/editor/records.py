"""The editor's operator and type lists, loaded from the stored records, and the duration.

Each list offers the active records and, when the appointment uses one retired since it
was booked, that one too (marked inactive). Records may change on another desk or in the
management dialogs while an editor is open: :meth:`RecordChoices.refresh` reloads the
lists without changing what is chosen.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtGui import QIcon

from appointments_desktop.i18n import _
from appointments_desktop.services.catalog import find_record
from appointments_desktop.storage.models import Appointment, AppointmentType, Operator
from appointments_desktop.ui.editor.duration import DurationControl
from appointments_desktop.ui.editor.fields import RecordCombo, colour_swatch, duration_spin

DEFAULT_DURATION = 30
"""Minutes offered for a new booking when no type (with its usual length) is chosen yet."""

R = TypeVar("R", Operator, AppointmentType)


def _stored(kind: type[R], record_id: int | None) -> R | None:
    """The record of ``kind`` as stored now; None for no id or a record deleted meanwhile."""
    return find_record(kind, record_id) if record_id is not None else None


def _swatch(record: Operator | AppointmentType) -> QIcon:
    """An appointment type's colour, as the icon of its entry in the list."""
    return colour_swatch(str(record.colour))


class RecordChoices:
    """The operator and type combos, and the duration field that follows the chosen type.

    Promises: the lists hold the active records plus the ones in use (the appointment's
    own and the current choice); :meth:`refresh` keeps the choice (unless the chosen
    record was deleted), the duration and whether it counts as set by hand, and emits no
    signal of the combos.
    """

    def __init__(self, parent: QObject) -> None:
        self.operator = RecordCombo("operatorField", _("Choose an operator"))
        self.appointment_type = RecordCombo("typeField", _("Choose a type"))
        self.duration = duration_spin()
        self.duration_control = DurationControl(self.appointment_type, self.duration, parent)
        self._in_use: tuple[int | None, int | None] = (None, None)

    def show_stored(self, appointment: Appointment) -> None:
        """List the records for ``appointment`` and show its operator, type and duration."""
        self._in_use = (appointment.operator_id, appointment.appointment_type_id)
        self._fill(appointment.operator, appointment.appointment_type)
        minutes = int(appointment.duration_minutes)
        default = self.duration_control.default_for(appointment.appointment_type_id)
        self.duration_control.set_minutes(minutes, by_hand=minutes != default)

    def show_new(self, operator_id: int | None) -> None:
        """The active records, ``operator_id`` (or a lone entry) chosen, the usual duration."""
        self._in_use = (None, None)
        self._fill(None, None)
        self.operator.select_id(operator_id)
        for combo in (self.operator, self.appointment_type):
            if combo.currentIndex() < 0 and combo.count() == 1:
                combo.setCurrentIndex(0)
        default = self.duration_control.default_for(self.appointment_type.current_id())
        self.duration_control.set_minutes(default or DEFAULT_DURATION, by_hand=False)

    def refresh(self) -> None:
        """Reload both lists from the stored records, keeping the choice and the duration.

        A chosen record deleted meanwhile is no longer offered, so nothing is chosen.
        """
        operator_id, type_id = self.operator.current_id(), self.appointment_type.current_id()
        with QSignalBlocker(self.operator), QSignalBlocker(self.appointment_type):
            self._fill(
                _stored(Operator, operator_id),
                _stored(AppointmentType, type_id),
                keep=(
                    _stored(Operator, self._in_use[0]),
                    _stored(AppointmentType, self._in_use[1]),
                ),
            )

    def _fill(
        self,
        operator: Operator | None,
        kind: AppointmentType | None,
        keep: tuple[Operator | None, AppointmentType | None] = (None, None),
    ) -> None:
        """List the active records plus ``keep`` and choose ``operator`` and ``kind``."""
        kept_operator, kept_type = keep
        self.operator.load(Operator.active_ones(), operator, keep=[kept_operator])
        types = list(AppointmentType.active_ones())
        listed = [t for t in (*types, kind, kept_type) if t is not None]
        defaults = {int(t.id): int(t.default_duration_minutes) for t in listed}
        self.duration_control.set_defaults(defaults)
        self.appointment_type.load(types, kind, icon=_swatch, keep=[kept_type])
