"""The appointment list: a table model over the core's joined appointment queries."""

from __future__ import annotations

from appointments_desktop.ui.list.model import SORT_ROLE, AppointmentTableModel, Column

__all__ = ["SORT_ROLE", "AppointmentTableModel", "Column"]
