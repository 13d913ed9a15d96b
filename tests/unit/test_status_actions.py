"""The status rules through the database-backed ``Appointment`` action methods.

Each action saves at once and records the status change in ``StatusChange``; a refused
action or an action on a stale object changes nothing, in memory or in the database. The
expected statuses come from the hand-written table in ``test_status_machine``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appointments_desktop import (
    Action,
    Appointment,
    AppointmentType,
    Customer,
    EditConflict,
    InvalidTransition,
    Operator,
    StatusChange,
    open_database,
    set_shop_time_zone,
    shop_now,
)
from tests.conftest import Shop
from tests.unit.test_status_machine import (
    ACTIONS,
    ALLOWED_CELLS,
    ALLOWED_IDS,
    FINAL,
    REFUSED_CELLS,
    REFUSED_IDS,
    START,
    STATUSES,
    expected_status,
)

BEFORE_START = START - timedelta(days=2)
AFTER_START = START + timedelta(minutes=5)
# The fields an action may write; every other field must stay as it was.
ACTION_FIELDS = frozenset(
    {"status", "version", "updated_at", "confirmation_sent_at", "reminder_sent_at"}
)
# How to bring a freshly booked appointment into each status, with the actions themselves.
PATHS: dict[str, list[tuple[str, datetime]]] = {
    "pending": [],
    "confirmed": [("confirm", BEFORE_START)],
    "completed": [("complete", BEFORE_START)],
    "cancelled": [("cancel", BEFORE_START)],
    "no_show": [("no_show", AFTER_START)],
}

History = list[tuple[Any, Any, datetime]]


def _method(appointment: Appointment, action: str) -> Callable[..., None]:
    """The Appointment method for ``action``."""
    methods: dict[str, Callable[..., None]] = {
        "confirm": appointment.confirm,
        "cancel": appointment.cancel,
        "complete": appointment.mark_completed,
        "no_show": appointment.mark_no_show,
        "reminder_sent": appointment.mark_reminder_sent,
    }
    return methods[action]


def _act(appointment: Appointment, action: str, now: datetime) -> None:
    _method(appointment, action)(now=now)


def _history(appointment_id: int) -> History:
    """The appointment's status changes as (from, to, changed_at), oldest first."""
    rows = (
        StatusChange.select()
        .where(StatusChange.appointment == appointment_id)
        .order_by(StatusChange.id)
    )
    return [(row.from_status, row.to_status, row.changed_at) for row in rows]


@dataclass(frozen=True)
class Snapshot:
    """Everything an action could change: the object, its row, its history."""

    memory: dict[str, Any]
    row: dict[str, Any]
    history: History
    all_changes: int


def _snapshot(appointment: Appointment) -> Snapshot:
    return Snapshot(
        memory=dict(appointment.__data__),
        row=dict(Appointment.get_by_id(appointment.id).__data__),
        history=_history(appointment.id),
        all_changes=StatusChange.select().count(),
    )


def _book_in(shop: Shop, status: str) -> Appointment:
    appointment = shop.book(START, notes="Screen cracked; bring the charger")
    for action, now in PATHS[status]:
        _act(appointment, action, now)
    assert appointment.status == status  # the set-up reached the status it meant to
    return appointment


def _unchanged_fields(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in ACTION_FIELDS}


# -- booking ----------------------------------------------------------------------------


def test_booking_writes_the_initial_status_change(shop: Shop) -> None:
    appointment = shop.book(START)
    stored = Appointment.get_by_id(appointment.id)
    assert stored.status == "pending"
    assert _history(appointment.id) == [(None, "pending", stored.created_at)]


# -- every cell of the table, through the database ---------------------------------------


@pytest.mark.parametrize(("status", "action", "when", "offset"), ALLOWED_CELLS, ids=ALLOWED_IDS)
def test_allowed_action_saves_at_once(
    shop: Shop, status: str, action: str, when: str, offset: timedelta
) -> None:
    appointment = _book_in(shop, status)
    now = START + offset
    before = _snapshot(appointment)
    _act(appointment, action, now)
    target = expected_status(status, action, when == "after")
    for current in (appointment, Appointment.get_by_id(appointment.id)):
        assert current.status == target
        assert current.version == before.row["version"] + 1
        assert current.confirmation_sent_at == (
            now if action == "confirm" else before.row["confirmation_sent_at"]
        )
        assert current.reminder_sent_at == (
            now if action == "reminder_sent" else before.row["reminder_sent_at"]
        )
        assert _unchanged_fields(current.__data__) == _unchanged_fields(before.row)


@pytest.mark.parametrize(("status", "action", "when", "offset"), ALLOWED_CELLS, ids=ALLOWED_IDS)
def test_allowed_action_records_the_status_change(
    shop: Shop, status: str, action: str, when: str, offset: timedelta
) -> None:
    appointment = _book_in(shop, status)
    now = START + offset
    before = _snapshot(appointment)
    _act(appointment, action, now)
    target = expected_status(status, action, when == "after")
    if action == "reminder_sent":
        assert _history(appointment.id) == before.history
    else:
        assert _history(appointment.id) == [*before.history, (status, target, now)]


@pytest.mark.parametrize(("status", "action", "when", "offset"), REFUSED_CELLS, ids=REFUSED_IDS)
def test_refused_action_changes_nothing(
    shop: Shop, status: str, action: str, when: str, offset: timedelta
) -> None:
    appointment = _book_in(shop, status)
    before = _snapshot(appointment)
    with pytest.raises(InvalidTransition) as caught:
        _act(appointment, action, START + offset)
    assert caught.value.status == status
    assert caught.value.action == action
    assert _snapshot(appointment) == before


@pytest.mark.parametrize("action", ["cancel", "complete"])
def test_cancel_and_complete_default_to_the_shop_clock(shop: Shop, action: str) -> None:
    appointment = shop.book(START)
    earliest = shop_now()
    _method(appointment, action)()
    latest = shop_now()
    changed_at = _history(appointment.id)[-1][2]
    assert earliest <= changed_at <= latest


def test_a_failed_history_write_rolls_the_action_back(
    shop: Shop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row and the history are written in one transaction: all or nothing."""
    appointment = _book_in(shop, "pending")
    before = _snapshot(appointment)

    def broken_create(**_: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(StatusChange, "create", broken_create)
    with pytest.raises(RuntimeError):
        appointment.cancel(now=AFTER_START)
    monkeypatch.undo()
    assert _snapshot(appointment) == before


# -- stale objects --------------------------------------------------------------------------


def _edit_notes(appointment_id: int) -> None:
    other = Appointment.get_by_id(appointment_id)
    other.notes = "Bring the receipt"
    other.save()


def _cancel_elsewhere(appointment_id: int) -> None:
    Appointment.get_by_id(appointment_id).cancel(now=BEFORE_START)


def _confirm_elsewhere(appointment_id: int) -> None:
    Appointment.get_by_id(appointment_id).confirm(now=BEFORE_START)


def _remind_elsewhere(appointment_id: int) -> None:
    Appointment.get_by_id(appointment_id).mark_reminder_sent(now=BEFORE_START)


CHANGES_ELSEWHERE = {
    "notes-edited": _edit_notes,
    "cancelled": _cancel_elsewhere,
    "confirmed": _confirm_elsewhere,
    "reminded": _remind_elsewhere,
}


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("change", sorted(CHANGES_ELSEWHERE))
def test_action_on_a_stale_object_is_refused(shop: Shop, change: str, action: str) -> None:
    stale = _book_in(shop, "pending")
    CHANGES_ELSEWHERE[change](stale.id)
    before = _snapshot(stale)
    with pytest.raises(EditConflict):
        _act(stale, action, AFTER_START)  # allowed for the stale object's own "pending"
    assert _snapshot(stale) == before


@pytest.mark.parametrize("action", ACTIONS)
def test_action_on_a_deleted_appointment_is_refused(shop: Shop, action: str) -> None:
    stale = shop.book(START)
    Appointment.delete_by_id(stale.id)
    memory = dict(stale.__data__)
    with pytest.raises(EditConflict):
        _act(stale, action, AFTER_START)
    assert stale.__data__ == memory
    assert Appointment.get_or_none(Appointment.id == stale.id) is None
    assert StatusChange.select().count() == 0


# -- random sequences ---------------------------------------------------------------------


def _fresh_appointment() -> Appointment:
    """A pending appointment in a new in-memory database (one per hypothesis example)."""
    open_database("sqlite:///:memory:")
    set_shop_time_zone("UTC")
    appointment = Appointment(
        customer=Customer.create(name="Kim Lee"),
        operator=Operator.create(name="Alice"),
        appointment_type=AppointmentType.create(name="Repair"),
        scheduled_at=START,
        duration_minutes=45,
    )
    appointment.save()
    return appointment


@dataclass
class Expected:
    """What the appointment should hold, kept by the test from the hand-written table."""

    status: str = "pending"
    confirmation_sent_at: datetime | None = None
    reminder_sent_at: datetime | None = None

    def step(self, action: str, now: datetime) -> bool:
        """Apply ``action`` to the expectation; False where the table refuses it."""
        target = expected_status(self.status, action, now > START)
        if target is None:
            return False
        self.status = target
        if action == "confirm":
            self.confirmation_sent_at = now
        if action == "reminder_sent":
            self.reminder_sent_at = now
        return True


def _try(appointment: Appointment, action: str, now: datetime) -> bool:
    try:
        _act(appointment, action, now)
    except InvalidTransition:
        return False
    return True


def _assert_stored(appointment_id: int, expected: Expected) -> None:
    stored = Appointment.get_by_id(appointment_id)
    assert stored.status == expected.status
    assert stored.confirmation_sent_at == expected.confirmation_sent_at
    assert stored.reminder_sent_at == expected.reminder_sent_at


def _assert_history_is_a_chain(history: History, final_status: str) -> None:
    assert history[0][:2] == (None, "pending")
    for previous, current in itertools.pairwise(history):
        assert current[0] == previous[1]
        assert current[0] != current[1]
    assert history[-1][1] == final_status


nonzero_offsets = st.timedeltas(min_value=-timedelta(days=3), max_value=timedelta(days=3)).filter(
    bool
)


@settings(max_examples=50, deadline=None)
@given(steps=st.lists(st.tuples(st.sampled_from(list(Action)), nonzero_offsets), max_size=12))
def test_random_actions_keep_final_states_and_a_chained_history(
    steps: list[tuple[Action, timedelta]],
) -> None:
    appointment = _fresh_appointment()
    expected = Expected()
    changes = [row[:2] for row in _history(appointment.id)]
    seen: list[str] = []
    for action, offset in steps:
        now = START + offset
        before = expected.status
        assert _try(appointment, action.value, now) is expected.step(action.value, now)
        _assert_stored(appointment.id, expected)
        if expected.status != before:
            changes.append((before, expected.status))
        seen.append(Appointment.get_by_id(appointment.id).status)
    first_final = next((i for i, s in enumerate(seen) if s in FINAL), len(seen))
    assert all(s == seen[first_final] for s in seen[first_final:])
    history = _history(appointment.id)
    _assert_history_is_a_chain(history, expected.status)
    assert [row[:2] for row in history] == changes


def test_statuses_list_is_complete() -> None:
    """The set-up paths above reach every status of the table."""
    assert set(PATHS) == set(STATUSES)


def test_actions_decide_on_the_stored_row_not_on_unsaved_edits(shop: Shop) -> None:
    """Moving the start in memory (unsaved) must not let a future no-show through."""
    appointment = shop.book(datetime(2026, 6, 2, 10, 0))
    appointment.scheduled_at = datetime(2026, 5, 1, 10, 0)  # not saved
    with pytest.raises(InvalidTransition):
        appointment.mark_no_show(now=datetime(2026, 6, 1, 10, 0))
    assert Appointment.get_by_id(appointment.id).status == "pending"
