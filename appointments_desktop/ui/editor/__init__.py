"""The appointment editor: book, edit and change the status of one appointment."""

from __future__ import annotations

from appointments_desktop.ui.editor.dialog import AppointmentDialog

__all__ = ["AppointmentDialog"]
