"""The pure status machine against the "Status machine" table of DESIGN.md.

Every action is tried from every status with the clock before and after the appointment's
start. The expected answers come from ``TABLE`` below, written out by hand from DESIGN.md,
never from the code under test. Hypothesis then checks that final statuses stay final
and that a refused action changes nothing.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from appointments_desktop import (
    FINAL_STATUSES,
    OPEN_STATUSES,
    Action,
    InvalidTransition,
    Status,
    StatusMachine,
)
from tests.conftest import NOW

# -- the oracle: DESIGN.md's table, by hand ---------------------------------------------

STATUSES = ("pending", "confirmed", "completed", "cancelled", "no_show")
ACTIONS = ("confirm", "cancel", "complete", "no_show", "reminder_sent")
FINAL = frozenset({"completed", "cancelled", "no_show"})
OPEN = frozenset({"pending", "confirmed"})

# The status each action leads to from each open status; None: refused.
# A final status refuses every action. "reminder_sent" keeps the status.
TABLE: dict[str, dict[str, str | None]] = {
    "pending": {
        "confirm": "confirmed",
        "cancel": "cancelled",
        "complete": "completed",
        "no_show": "no_show",
        "reminder_sent": "pending",
    },
    "confirmed": {
        "confirm": None,
        "cancel": "cancelled",
        "complete": "completed",
        "no_show": "no_show",
        "reminder_sent": "confirmed",
    },
}
# Actions that are refused until the appointment's start has passed.
ONLY_AFTER_START = frozenset({"no_show"})

START = NOW
# Clocks on each side of the start, near it and far from it.
CLOCKS: tuple[tuple[str, timedelta], ...] = (
    ("before", -timedelta(days=2)),
    ("before", -timedelta(seconds=1)),
    ("before", -timedelta(microseconds=1)),
    ("after", timedelta(seconds=1)),
    ("after", timedelta(hours=3)),
)


CLOCK_IDS = [f"{when}{offset / timedelta(seconds=1):+g}s" for when, offset in CLOCKS]


def expected_status(status: str, action: str, start_passed: bool) -> str | None:
    """The status ``action`` leads to from ``status``, or None where it is refused."""
    if status in FINAL:
        return None
    if action in ONLY_AFTER_START and not start_passed:
        return None
    return TABLE[status][action]


def _cells() -> list[tuple[str, str, str, timedelta]]:
    return [
        (status, action, when, offset)
        for status in STATUSES
        for action in ACTIONS
        for when, offset in CLOCKS
    ]


def _cell_id(cell: tuple[str, str, str, timedelta]) -> str:
    status, action, when, offset = cell
    return f"{action}-from-{status}-{when}{offset / timedelta(seconds=1):+g}s"


ALL_CELLS = _cells()
ALLOWED_CELLS = [c for c in ALL_CELLS if expected_status(c[0], c[1], c[2] == "after")]
REFUSED_CELLS = [c for c in ALL_CELLS if not expected_status(c[0], c[1], c[2] == "after")]
ALL_IDS = [_cell_id(c) for c in ALL_CELLS]
ALLOWED_IDS = [_cell_id(c) for c in ALLOWED_CELLS]
REFUSED_IDS = [_cell_id(c) for c in REFUSED_CELLS]

MACHINE = StatusMachine()


def _names(text: str, label: str) -> bool:
    """Whether ``label`` appears in ``text`` as whole words ("Confirm" is not in "Confirmed")."""
    return re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text) is not None


# -- the table covers the whole enum ------------------------------------------------------


def test_the_table_covers_every_status_and_action() -> None:
    """The cross product below is the full machine: no status or action is left out."""
    assert {s.value for s in Status} == set(STATUSES)
    assert {a.value for a in Action} == set(ACTIONS)
    assert set(TABLE) | FINAL == set(STATUSES)


def test_open_and_final_statuses_match_the_design() -> None:
    assert {s.value for s in FINAL_STATUSES} == FINAL
    assert {s.value for s in OPEN_STATUSES} == OPEN
    assert {s.value for s in Status if s.is_open} == OPEN


def test_labels_are_distinct_and_non_empty() -> None:
    """Refusal messages are checked for labels, so the labels must tell things apart."""
    for members in (list(Status), list(Action)):
        labels = [m.label for m in members]
        assert all(label.strip() for label in labels)
        assert len(set(labels)) == len(labels)


# -- every cell: decide, apply --------------------------------------------------------------


@pytest.mark.parametrize(("status", "action", "when", "offset"), ALL_CELLS, ids=ALL_IDS)
def test_decide_follows_the_table(status: str, action: str, when: str, offset: timedelta) -> None:
    decision = MACHINE.decide(Status(status), Action(action), START, START + offset)
    allowed = expected_status(status, action, when == "after") is not None
    assert decision.action is Action(action)
    assert decision.allowed is allowed
    if not allowed:
        assert decision.reason.strip()


@pytest.mark.parametrize(("status", "action", "when", "offset"), ALL_CELLS, ids=ALL_IDS)
def test_decide_takes_the_stored_string_too(
    status: str, action: str, when: str, offset: timedelta
) -> None:
    now = START + offset
    by_string = MACHINE.decide(status, Action(action), START, now)
    assert by_string == MACHINE.decide(Status(status), Action(action), START, now)


@pytest.mark.parametrize(("status", "action", "when", "offset"), ALLOWED_CELLS, ids=ALLOWED_IDS)
def test_apply_allowed_action(status: str, action: str, when: str, offset: timedelta) -> None:
    now = START + offset
    outcome = MACHINE.apply(Status(status), Action(action), START, now)
    assert outcome.status == expected_status(status, action, when == "after")
    assert outcome.confirmation_sent_at == (now if action == "confirm" else None)
    assert outcome.reminder_sent_at == (now if action == "reminder_sent" else None)


@pytest.mark.parametrize(("status", "action", "when", "offset"), ALLOWED_CELLS, ids=ALLOWED_IDS)
def test_reminder_sent_keeps_the_status(
    status: str, action: str, when: str, offset: timedelta
) -> None:
    outcome = MACHINE.apply(Status(status), Action(action), START, START + offset)
    assert (outcome.status == Status(status)) is (action == "reminder_sent")


@pytest.mark.parametrize(("status", "action", "when", "offset"), REFUSED_CELLS, ids=REFUSED_IDS)
def test_apply_refused_action_raises(
    status: str, action: str, when: str, offset: timedelta
) -> None:
    now = START + offset
    with pytest.raises(InvalidTransition) as caught:
        MACHINE.apply(Status(status), Action(action), START, now)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.status is Status(status)
    assert error.action is Action(action)
    assert _names(str(error), Status(status).label)
    assert _names(str(error), Action(action).label)
    assert error.reason == MACHINE.decide(Status(status), Action(action), START, now).reason


# -- allowed_actions, per status and clock ---------------------------------------------------


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("when", "offset"), CLOCKS, ids=CLOCK_IDS)
def test_allowed_actions_follow_the_table(status: str, when: str, offset: timedelta) -> None:
    actions = MACHINE.allowed_actions(Status(status), START, START + offset)
    expected = {a for a in ACTIONS if expected_status(status, a, when == "after") is not None}
    assert {a.value for a in actions} == expected
    assert len(actions) == len(expected)
    assert actions == [a for a in Action if a in actions]  # the window's order, no repeats


@pytest.mark.parametrize("status", sorted(FINAL))
@pytest.mark.parametrize(("when", "offset"), CLOCKS, ids=CLOCK_IDS)
def test_final_statuses_offer_nothing(status: str, when: str, offset: timedelta) -> None:
    assert MACHINE.allowed_actions(Status(status), START, START + offset) == []


# -- properties -----------------------------------------------------------------------------

statuses = st.sampled_from(list(Status))
actions = st.sampled_from(list(Action))
starts = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31))
offsets = st.timedeltas(min_value=-timedelta(days=3), max_value=timedelta(days=3))


def _apply_or_keep(
    status: Status, action: Action, scheduled_at: datetime, now: datetime
) -> tuple[Status, bool]:
    """The status after trying ``action``, and whether it was allowed."""
    try:
        return MACHINE.apply(status, action, scheduled_at, now).status, True
    except InvalidTransition:
        return status, False


@given(
    start=statuses,
    scheduled_at=starts,
    steps=st.lists(st.tuples(actions, offsets), max_size=25),
)
def test_no_sequence_of_actions_leaves_a_final_status(
    start: Status, scheduled_at: datetime, steps: list[tuple[Action, timedelta]]
) -> None:
    status = start
    for action, offset in steps:
        before = status
        status, allowed = _apply_or_keep(before, action, scheduled_at, scheduled_at + offset)
        if before.value in FINAL:
            assert not allowed
            assert status is before


@given(status=statuses, action=actions, scheduled_at=starts, now=starts)
def test_decide_agrees_with_the_table_at_any_clock(
    status: Status, action: Action, scheduled_at: datetime, now: datetime
) -> None:
    assume(now != scheduled_at)
    expected = expected_status(status.value, action.value, now > scheduled_at)
    assert MACHINE.decide(status, action, scheduled_at, now).allowed is (expected is not None)


@given(status=statuses, action=actions, scheduled_at=starts, offset=offsets)
def test_a_refused_action_leaves_the_state_unchanged(
    status: Status, action: Action, scheduled_at: datetime, offset: timedelta
) -> None:
    now = scheduled_at + offset
    assume(offset and expected_status(status.value, action.value, offset > timedelta()) is None)
    decision = MACHINE.decide(status, action, scheduled_at, now)
    offered = MACHINE.allowed_actions(status, scheduled_at, now)
    with pytest.raises(InvalidTransition) as caught:
        MACHINE.apply(status, action, scheduled_at, now)
    assert caught.value.status is status
    assert MACHINE.decide(status, action, scheduled_at, now) == decision
    assert MACHINE.allowed_actions(status, scheduled_at, now) == offered
    assert action not in offered
