"""Management dialogs for customers, operators and appointment types, and Preferences.

Each takes the window's :class:`~appointments_desktop.ui.operations.Operations`; the
management dialogs write only through it and open from the Manage menu. Preferences (Edit
menu) stores this desk's own choices in the window's ``QSettings`` instead.
"""

from __future__ import annotations

from appointments_desktop.ui.dialogs.appointment_types import AppointmentTypesDialog
from appointments_desktop.ui.dialogs.customers import CustomersDialog
from appointments_desktop.ui.dialogs.opening_hours import OpeningHoursDialog
from appointments_desktop.ui.dialogs.operators import OperatorsDialog
from appointments_desktop.ui.dialogs.preferences import PreferencesDialog

__all__ = [
    "AppointmentTypesDialog",
    "CustomersDialog",
    "OpeningHoursDialog",
    "OperatorsDialog",
    "PreferencesDialog",
]
