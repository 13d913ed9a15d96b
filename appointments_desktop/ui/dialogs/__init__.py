"""Management dialogs for customers, operators and appointment types.

Each takes the window's :class:`~appointments_desktop.ui.operations.Operations` and writes
only through it; the main window opens them from its Manage menu.
"""

from __future__ import annotations

from appointments_desktop.ui.dialogs.appointment_types import AppointmentTypesDialog
from appointments_desktop.ui.dialogs.customers import CustomersDialog
from appointments_desktop.ui.dialogs.opening_hours import OpeningHoursDialog
from appointments_desktop.ui.dialogs.operators import OperatorsDialog

__all__ = ["AppointmentTypesDialog", "CustomersDialog", "OpeningHoursDialog", "OperatorsDialog"]
