"""Keeping an appointment's duration in step with its type, unless the user chose one.

A type has a usual length (Consultation 30 minutes, Repair 60). Choosing a type fills the
duration with it, until the user sets the duration by hand: from then on their number
stays, whichever type they pick.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSpinBox

from appointments_desktop.ui.editor.fields import RecordCombo


class DurationControl(QObject):
    """Fills ``duration`` with the chosen type's default while it was not set by hand.

    Promises: :meth:`minutes` is the number typed, also when the spin box refuses it
    (such as 0, so validation can say why), and None when it is not a number;
    ``changed`` is emitted on every change of the text, typed or filled in.
    """

    changed = Signal()

    def __init__(
        self, kind: RecordCombo, duration: QSpinBox, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._duration = duration
        self._defaults: dict[int, int] = {}
        self._filling = False
        self.by_hand = False
        kind.currentIndexChanged.connect(self._type_chosen)
        # The line edit's signal: the spin box itself is silent while its text is refused.
        duration.lineEdit().textChanged.connect(self._text_changed)

    def set_defaults(self, defaults: dict[int, int]) -> None:
        """The default duration of each type offered, by type id."""
        self._defaults = dict(defaults)

    def default_for(self, type_id: int | None) -> int | None:
        """The default duration of type ``type_id``, if it is offered."""
        return self._defaults.get(type_id) if type_id is not None else None

    def set_minutes(self, minutes: int, *, by_hand: bool) -> None:
        """Show ``minutes``; ``by_hand`` says whether a type change may replace them."""
        self._filling = True
        try:
            self._duration.setValue(minutes)
        finally:
            self._filling = False
        self.by_hand = by_hand

    def minutes(self) -> int | None:
        """The duration typed, or None while the text is not a number."""
        if self._duration.hasAcceptableInput():
            return int(self._duration.value())
        try:
            return int(self._duration.cleanText().strip())
        except ValueError:
            return None

    def _type_chosen(self) -> None:
        default = self.default_for(self._kind.current_id())
        if default is not None and not self.by_hand:
            self.set_minutes(default, by_hand=False)

    def _text_changed(self) -> None:
        if not self._filling:
            self.by_hand = True
        self.changed.emit()
