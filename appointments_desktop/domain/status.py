"""The appointment status machine: which action is allowed from which status, and when.

One class answers for the domain and for the window's buttons alike, so the two can never
disagree. It is pure: it computes decisions and new field values and never touches storage.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from appointments_desktop.i18n import _, format_datetime, pgettext


class Status(enum.StrEnum):
    """An appointment's status; compares equal to its stored string."""

    PENDING = "pending"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"

    @property
    def is_open(self) -> bool:
        """Pending and confirmed appointments still occupy their slot and can change."""
        return self in OPEN_STATUSES

    @property
    def label(self) -> str:
        """The status in the active language."""
        return status_label(self)


OPEN_STATUSES = frozenset({Status.PENDING, Status.CONFIRMED})
FINAL_STATUSES = frozenset({Status.COMPLETED, Status.CANCELLED, Status.NO_SHOW})


class Action(enum.StrEnum):
    """What a user can do to an appointment's status (or, for reminders, beside it)."""

    CONFIRM = "confirm"
    CANCEL = "cancel"
    COMPLETE = "complete"
    NO_SHOW = "no_show"
    REMINDER_SENT = "reminder_sent"

    @property
    def label(self) -> str:
        """The action in the active language."""
        return action_label(self)


def status_label(status: Status) -> str:
    """The user-facing word for ``status``."""
    # Translators: an appointment's status, shown beside one appointment ("Status: Pending")
    # in the list, the calendar and the editor; said of "the appointment".
    labels = {
        Status.PENDING: pgettext("status", "Pending"),
        Status.CONFIRMED: pgettext("status", "Confirmed"),
        Status.COMPLETED: pgettext("status", "Completed"),
        Status.CANCELLED: pgettext("status", "Cancelled"),
        Status.NO_SHOW: pgettext("status", "No show"),
    }
    return labels[status]


def action_label(action: Action) -> str:
    """The user-facing name of ``action``."""
    labels = {
        Action.CONFIRM: _("Confirm"),
        Action.CANCEL: _("Cancel appointment"),
        Action.COMPLETE: _("Mark completed"),
        Action.NO_SHOW: _("Mark no-show"),
        Action.REMINDER_SENT: _("Reminder sent"),
    }
    return labels[action]


class InvalidTransition(ValueError):
    """An action that the status machine refuses; nothing was changed."""

    def __init__(self, status: Status, action: Action, reason: str) -> None:
        self.status = status
        self.action = action
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class Decision:
    """Whether an action is allowed now, and if not, why (in words for the user)."""

    action: Action
    allowed: bool
    reason: str = ""


@dataclass(frozen=True)
class Outcome:
    """The field values an allowed action writes."""

    status: Status
    confirmation_sent_at: datetime | None = None
    reminder_sent_at: datetime | None = None


_TARGETS = {
    Action.CONFIRM: Status.CONFIRMED,
    Action.CANCEL: Status.CANCELLED,
    Action.COMPLETE: Status.COMPLETED,
    Action.NO_SHOW: Status.NO_SHOW,
}


class StatusMachine:
    """Decides status actions from the status, the start time and the clock.

    Promises: final statuses (completed, cancelled, no-show) allow nothing; confirm only
    from pending; no-show only once the start has passed; "reminder sent" only on an open
    appointment and without changing its status.
    """

    def decide(
        self, status: Status | str, action: Action, scheduled_at: datetime, now: datetime
    ) -> Decision:
        """Whether ``action`` may be applied now, with the reason when it may not."""
        status = Status(status)
        reason = self._refusal(status, action, scheduled_at, now)
        return Decision(action, allowed=not reason, reason=reason)

    def allowed_actions(
        self, status: Status | str, scheduled_at: datetime, now: datetime
    ) -> list[Action]:
        """Every action allowed now, in the order the window offers them."""
        return [a for a in Action if self.decide(status, a, scheduled_at, now).allowed]

    def apply(
        self,
        status: Status | str,
        action: Action,
        scheduled_at: datetime,
        now: datetime,
    ) -> Outcome:
        """The new field values for ``action``; raises :class:`InvalidTransition` if refused."""
        decision = self.decide(status, action, scheduled_at, now)
        if not decision.allowed:
            raise InvalidTransition(Status(status), action, decision.reason)
        if action is Action.REMINDER_SENT:
            return Outcome(Status(status), reminder_sent_at=now)
        if action is Action.CONFIRM:
            return Outcome(Status.CONFIRMED, confirmation_sent_at=now)
        return Outcome(_TARGETS[action])

    def _refusal(
        self, status: Status, action: Action, scheduled_at: datetime, now: datetime
    ) -> str:
        names = {"action": action.label, "status": status.label}
        if status in FINAL_STATUSES:
            return _(
                "“{action}” is not possible: the appointment is “{status}”, which is final."
            ).format(**names)
        if action is Action.CONFIRM and status is not Status.PENDING:
            return _("“{action}” is not possible: the appointment is already “{status}”.").format(
                **names
            )
        if action is Action.NO_SHOW and now < scheduled_at:
            return _(
                "“{action}” is not possible yet: the appointment is “{status}” and starts {start}."
            ).format(start=format_datetime(scheduled_at, "short"), **names)
        return ""
