"""Where the editor tells refused input: under the field it is about, in words.

The core names a problem's field (``"duration_minutes"``); each field of the form has a
:class:`~appointments_desktop.ui.editor.fields.ProblemLabel` under it, and a problem about
anything else goes to one line at the bottom of the form, prefixed with the field's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from appointments_desktop.domain.errors import FieldProblem, problem_text
from appointments_desktop.ui.editor.fields import ProblemLabel

PROBLEM_OBJECT_NAMES: dict[str, str] = {
    "customer": "customerProblem",
    "operator": "operatorProblem",
    "appointment_type": "typeProblem",
    "scheduled_at": "scheduledAtProblem",
    "duration_minutes": "durationProblem",
}
"""The object name of the problem label under each field, by the core's field name."""


class FieldProblems:
    """The problem labels of the appointment form: one per field, one for the rest.

    Promises: :meth:`show` shows every problem given exactly once (under its field, or
    at the bottom when the form has no such field) and hides every label left without one.
    """

    def __init__(self) -> None:
        self.by_field = {field: ProblemLabel(name) for field, name in PROBLEM_OBJECT_NAMES.items()}
        self.other = ProblemLabel("formProblem")

    def show(self, problems: Sequence[FieldProblem]) -> None:
        """Show ``problems``, replacing whatever was shown before."""
        for field, label in self.by_field.items():
            label.show_messages([p.message for p in problems if p.field == field])
        others = [problem_text(p) for p in problems if p.field not in self.by_field]
        self.other.show_messages(others)
