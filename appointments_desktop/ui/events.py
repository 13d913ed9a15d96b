"""The application-wide notices that tell screens to refresh.

Every change to appointments goes through the core's services; afterwards the code that made
the change emits one notice here, and each screen decides for itself whether and how to
reload. Screens never call each other to refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """The one hub of "something changed" notices for the whole application.

    The application creates exactly one instance and passes it to every widget that changes
    data or shows it, in the widget's constructor (there is deliberately no module-level
    accessor, so tests can hand a widget its own instance and watch it).

    Promises: :attr:`appointments_changed` is emitted once after any committed change to
    appointments (booking, editing, a status action), never for a refused one, and when the
    user asks to read everything again (Refresh, F5: another desk may have written). It
    carries no arguments: listeners reload what they show instead of patching it.
    """

    appointments_changed = Signal()
    """Appointments were added, edited or changed status; views showing them should reload."""

    records_changed = Signal()
    """Customers, operators or appointment types were added, edited, retired or deleted."""
