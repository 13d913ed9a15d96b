"""The "Upcoming Appointments" dock: what is booked for the next seven days, soonest first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from appointments_desktop.i18n import _, format_number, ngettext
from appointments_desktop.storage.listing import list_rows
from appointments_desktop.storage.scopes import Scope
from appointments_desktop.ui.docks.base import DashboardDock
from appointments_desktop.ui.docks.row_table import RowList
from appointments_desktop.ui.docks.rows import Field, RowsModel
from appointments_desktop.ui.operations import Operations

FIELDS = (Field.WHEN, Field.CUSTOMER, Field.TYPE, Field.OPERATOR, Field.STATUS)


class UpcomingDock(DashboardDock):
    """The core's Upcoming scope (pending and confirmed, starting in the next 7 days).

    Promises: one joined query per reload, after every change and at every minute (an
    appointment whose start passed leaves the list); the rows are rebuilt only when
    something shown differs, so the selection and scroll position stay put. Enter or a
    double-click on a row emits :attr:`open_requested` with the appointment's id.
    """

    open_requested = Signal(int)
    """The user asked to open an appointment (its id); the window opens the editor."""

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(_("Upcoming Appointments"), "upcomingDock", operations, parent)
        self.model = RowsModel(FIELDS, parent=self)
        self.rows = RowList(self.model, "upcoming", self)
        self.rows.layout().setContentsMargins(6, 4, 6, 6)
        self.rows.table.open_requested.connect(self.open_requested)
        self.setWidget(self.rows)

    def refresh(self) -> None:
        now = self.now()
        rows = list_rows(Scope.UPCOMING, "", now)
        self.rows.load(rows, now.date())
        count = ngettext(
            "{count} appointment in the next 7 days",
            "{count} appointments in the next 7 days",
            len(rows),
        )
        self.rows.set_texts(
            count.format(count=format_number(len(rows))),
            _("Nothing booked in the next 7 days."),
        )

    def minute_passed(self) -> None:
        self.refresh()
