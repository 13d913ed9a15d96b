"""Errors the core raises when it refuses a write. Each one leaves data untouched."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from appointments_desktop.i18n import _, format_number, ngettext


@dataclass(frozen=True)
class FieldProblem:
    """One reason a value was refused: the field's name and the message for the user."""

    field: str
    message: str


def field_label(field: str) -> str:
    """The user-facing name of a field (the field's own name if it has none)."""
    labels = {
        "customer": _("Customer"),
        "operator": _("Operator"),
        "appointment_type": _("Type"),
        "scheduled_at": _("Start"),
        "duration_minutes": _("Duration"),
        "status": _("Status"),
        "name": _("Name"),
        "default_duration_minutes": _("Default duration"),
        "colour": _("Colour"),
    }
    return labels.get(field, field)


def problem_text(problem: FieldProblem) -> str:
    """One problem in words, with the field it is about ("Duration: Enter at least 5 minutes.")."""
    # Translators: a field's name and what is wrong with its value.
    return _("{field}: {message}").format(field=field_label(problem.field), message=problem.message)


class ValidationError(ValueError):
    """Input that cannot be saved; ``problems`` lists every problem by field."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        self.problems = tuple(problems)
        lines = " ".join(problem_text(p) for p in self.problems)
        super().__init__(_("Cannot save. {problems}").format(problems=lines))

    def for_field(self, field: str) -> list[str]:
        """The messages about ``field``."""
        return [p.message for p in self.problems if p.field == field]


class SchedulingConflict(ValueError):
    """A booking overlaps open appointments of the same operator or customer.

    ``conflicts`` holds the overlapping appointments; saving again with
    ``allow_conflicts=True`` books anyway.
    """

    def __init__(self, conflicts: Sequence[Any]) -> None:
        self.conflicts = list(conflicts)
        count = len(self.conflicts)
        super().__init__(
            ngettext(
                "This time overlaps {count} other appointment.",
                "This time overlaps {count} other appointments.",
                count,
            ).format(count=format_number(count))
        )


class EditConflict(ValueError):
    """The row was changed (or deleted) by someone else since it was loaded.

    Nothing was overwritten; reload the appointment and apply the change again.
    """

    def __init__(self, appointment_id: int | None) -> None:
        self.appointment_id = appointment_id
        super().__init__(
            _(
                "This appointment was changed by someone else since it was opened. "
                "Reload it to see the changes; nothing was overwritten."
            )
        )


class RecordInUse(ValueError):
    """A customer, operator or appointment type that appointments still refer to.

    ``count`` is how many appointments do; nothing was deleted.
    """

    def __init__(self, name: str, count: int) -> None:
        self.name = name
        self.count = count
        super().__init__(
            ngettext(
                "“{name}” cannot be deleted: {count} appointment refers to it. "
                "Deactivate it instead, or move that appointment first.",
                "“{name}” cannot be deleted: {count} appointments refer to it. "
                "Deactivate it instead, or move those appointments first.",
                count,
            ).format(name=name, count=format_number(count))
        )
