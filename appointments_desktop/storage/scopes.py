"""The appointment list's filters: the core's scopes plus "All", each with a label and a query.

A scope is a name and a function that builds one joined query, so the rule for each filter
lives in the core (DESIGN.md, "Scopes"); the window only names the scope it shows.
"""

from __future__ import annotations

import enum
from datetime import datetime

import peewee

from appointments_desktop.i18n import _, pgettext
from appointments_desktop.storage.models import Appointment


class Scope(enum.StrEnum):
    """A filter of the appointment list, in the order the selector offers them."""

    ALL = "all"
    TODAY = "today"
    UPCOMING = "upcoming"
    PENDING = "pending"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        """The filter's name in the active language."""
        return scope_label(self)

    def query(self, now: datetime) -> peewee.ModelSelect[Appointment]:
        """The joined query for this filter at ``now``, in start order."""
        builders = {
            Scope.ALL: Appointment.with_details,
            Scope.TODAY: lambda: Appointment.today(now=now),
            Scope.UPCOMING: lambda: Appointment.upcoming(now=now),
            Scope.PENDING: Appointment.pending,
            Scope.CONFIRMED: Appointment.confirmed,
            Scope.COMPLETED: Appointment.completed,
            Scope.CANCELLED: Appointment.cancelled,
        }
        return builders[self]()


def scope_label(scope: Scope) -> str:
    """The user-facing name of ``scope``."""
    # Translators: the appointment list's filter, naming the appointments it shows
    # ("show: Pending"); a plural ("the pending ones") is fine where the language wants it.
    labels = {
        Scope.ALL: _("All"),
        Scope.TODAY: _("Today"),
        Scope.UPCOMING: _("Upcoming (7 days)"),
        Scope.PENDING: pgettext("list filter", "Pending"),
        Scope.CONFIRMED: pgettext("list filter", "Confirmed"),
        Scope.COMPLETED: pgettext("list filter", "Completed"),
        Scope.CANCELLED: pgettext("list filter", "Cancelled"),
    }
    return labels[scope]
