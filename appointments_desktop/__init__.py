"""Appointments Desktop: scheduling for small shops.

This top level is the public, Qt-free API: importing it never imports PySide6. The window
lives in :mod:`appointments_desktop.ui` and uses the same names.
"""

from __future__ import annotations

from appointments_desktop.domain.errors import (
    EditConflict,
    FieldProblem,
    SchedulingConflict,
    ValidationError,
)
from appointments_desktop.domain.status import (
    FINAL_STATUSES,
    OPEN_STATUSES,
    Action,
    Decision,
    InvalidTransition,
    Status,
    StatusMachine,
)
from appointments_desktop.services.sample_data import create_sample_data
from appointments_desktop.storage.clock import shop_now
from appointments_desktop.storage.database import DatabaseUrlError, default_database_url
from appointments_desktop.storage.migrations import LATEST_VERSION, SchemaTooNew, migrate
from appointments_desktop.storage.models import (
    Appointment,
    AppointmentType,
    Customer,
    Operator,
    Setting,
    StatusChange,
)
from appointments_desktop.storage.opening import open_database
from appointments_desktop.storage.search import search_customers
from appointments_desktop.storage.settings import set_shop_time_zone, shop_time_zone
from appointments_desktop.storage.statistics import (
    AppointmentStats,
    appointment_stats,
    stats_between,
)

__version__ = "0.1.0"

__all__ = [
    "FINAL_STATUSES",
    "LATEST_VERSION",
    "OPEN_STATUSES",
    "Action",
    "Appointment",
    "AppointmentStats",
    "AppointmentType",
    "Customer",
    "DatabaseUrlError",
    "Decision",
    "EditConflict",
    "FieldProblem",
    "InvalidTransition",
    "Operator",
    "SchedulingConflict",
    "SchemaTooNew",
    "Setting",
    "Status",
    "StatusChange",
    "StatusMachine",
    "ValidationError",
    "appointment_stats",
    "create_sample_data",
    "default_database_url",
    "migrate",
    "open_database",
    "search_customers",
    "set_shop_time_zone",
    "shop_now",
    "shop_time_zone",
    "stats_between",
]
