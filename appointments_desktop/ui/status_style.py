"""How a status looks wherever it is shown: a light background behind its word.

The word is always shown too; the colour is only an aid, so nobody depends on telling
colours apart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from appointments_desktop.domain.status import Status

STATUS_BACKGROUNDS: dict[Status, str] = {
    Status.PENDING: "#fff3c4",
    Status.CONFIRMED: "#d4f0d4",
    Status.COMPLETED: "#dde3ea",
    Status.CANCELLED: "#f6d3d3",
    Status.NO_SHOW: "#f9dcc0",
}
"""Light background per status; the status word is always shown as well."""

STATUS_FOREGROUND = "#1f1f1f"
"""Dark text on the light status backgrounds, readable under light and dark themes alike."""


def status_cell_colour(status: Status, role: int) -> QColor | None:
    """What a table model answers for a status cell: the light background for
    ``BackgroundRole``, the dark text for ``ForegroundRole``, nothing for other roles."""
    if role == Qt.ItemDataRole.BackgroundRole:
        return QColor(STATUS_BACKGROUNDS[status])
    if role == Qt.ItemDataRole.ForegroundRole:
        return QColor(STATUS_FOREGROUND)
    return None
