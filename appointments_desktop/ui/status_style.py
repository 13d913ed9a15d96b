"""How a status looks wherever it is shown: a light background behind its word.

The word is always shown too; the colour is only an aid, so nobody depends on telling
colours apart.
"""

from __future__ import annotations

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
