"""The agenda layout: blocks side by side, clipped to the visible hours, snapped to the grid.

Small hand-made days pin down the rules; Hypothesis and one large generated month then check
the promises of ``place`` against a slow, obvious oracle written here (every overlapping
pair, clusters by union-find), never against the code under test.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from appointments_desktop.domain.agenda import Interval, Placement, clip_to_day, place, snap

DAY = date(2026, 11, 23)


def at(clock: str, day: date = DAY) -> datetime:
    """``"9:30"`` on ``day``."""
    hour, minute = clock.split(":")
    return datetime(day.year, day.month, day.day, int(hour), int(minute))


def block(key: int, start: str, end: str) -> Interval:
    return Interval(key, at(start), at(end))


def lanes_of(placements: dict[int, Placement]) -> dict[int, tuple[int, int, int]]:
    """``key: (lane, lanes, span)``, for compact expectations."""
    return {key: (p.lane, p.lanes, p.span) for key, p in placements.items()}


# -- place: the rules on small days -------------------------------------------------------


def test_nothing_to_place_gives_an_empty_layout() -> None:
    assert place([]) == {}


def test_appointments_that_do_not_overlap_each_fill_the_column() -> None:
    day = [block(1, "9:00", "9:30"), block(2, "10:00", "11:00"), block(3, "14:00", "14:15")]
    assert lanes_of(place(day)) == {1: (0, 1, 1), 2: (0, 1, 1), 3: (0, 1, 1)}


def test_two_overlapping_appointments_sit_side_by_side() -> None:
    day = [block(1, "9:30", "10:30"), block(2, "9:00", "10:00")]
    assert lanes_of(place(day)) == {2: (0, 2, 1), 1: (1, 2, 1)}


def test_touching_appointments_do_not_overlap() -> None:
    first, second = block(1, "9:00", "9:30"), block(2, "9:30", "10:00")
    assert not first.overlaps(second)
    assert lanes_of(place([first, second])) == {1: (0, 1, 1), 2: (0, 1, 1)}


def test_a_chain_of_overlaps_is_one_cluster_and_its_ends_share_a_lane() -> None:
    # A overlaps B, B overlaps C, A does not overlap C.
    day = [block(1, "9:00", "10:00"), block(2, "9:30", "10:30"), block(3, "10:00", "11:00")]
    assert lanes_of(place(day)) == {1: (0, 2, 1), 2: (1, 2, 1), 3: (0, 2, 1)}


def test_each_cluster_counts_its_own_lanes() -> None:
    day = [block(1, "9:00", "10:00"), block(2, "9:30", "10:30"), block(3, "11:00", "12:00")]
    assert lanes_of(place(day)) == {1: (0, 2, 1), 2: (1, 2, 1), 3: (0, 1, 1)}


def test_a_lane_freed_in_the_middle_of_a_long_appointment_is_reused() -> None:
    day = [block(1, "9:00", "12:00"), block(2, "9:00", "10:00"), block(3, "10:00", "11:00")]
    assert lanes_of(place(day)) == {1: (0, 2, 1), 2: (1, 2, 1), 3: (1, 2, 1)}


def test_a_late_short_appointment_widens_into_the_free_lanes_on_its_right() -> None:
    day = [
        block(1, "9:00", "12:00"),
        block(2, "9:00", "10:00"),
        block(3, "9:30", "10:30"),
        block(4, "10:45", "11:30"),
    ]
    assert lanes_of(place(day)) == {1: (0, 3, 1), 2: (1, 3, 1), 3: (2, 3, 1), 4: (1, 3, 2)}


def test_widening_stops_at_the_first_lane_holding_an_overlapping_appointment() -> None:
    day = [
        block(1, "9:00", "10:00"),
        block(2, "9:15", "9:45"),
        block(3, "9:20", "11:00"),
        block(4, "10:00", "10:30"),
    ]
    assert lanes_of(place(day)) == {1: (0, 3, 1), 2: (1, 3, 1), 3: (2, 3, 1), 4: (0, 3, 2)}


def test_at_the_same_start_the_longer_appointment_takes_the_left_lane() -> None:
    day = [block(1, "9:00", "9:30"), block(2, "9:00", "10:00")]
    assert lanes_of(place(day)) == {2: (0, 2, 1), 1: (1, 2, 1)}


def test_identical_times_are_ordered_by_key() -> None:
    day = [block(7, "9:00", "10:00"), block(3, "9:00", "10:00"), block(5, "9:00", "10:00")]
    assert lanes_of(place(day)) == {3: (0, 3, 1), 5: (1, 3, 1), 7: (2, 3, 1)}


def test_the_layout_does_not_depend_on_the_order_given() -> None:
    day = [
        block(1, "9:00", "10:00"),
        block(2, "9:00", "10:00"),
        block(3, "9:00", "9:30"),
        block(4, "9:30", "11:00"),
        block(5, "10:00", "10:15"),
        block(6, "10:15", "12:00"),
    ]
    expected = place(day)
    for seed in range(20):
        shuffled = day.copy()
        random.Random(seed).shuffle(shuffled)
        assert place(shuffled) == expected


def test_two_intervals_with_one_key_are_refused() -> None:
    with pytest.raises(ValueError, match=r"shared: \[4\]"):
        place([block(4, "9:00", "10:00"), block(4, "11:00", "12:00")])


@pytest.mark.parametrize("end", ["9:00", "8:59"])
def test_an_interval_must_end_after_it_starts(end: str) -> None:
    with pytest.raises(ValueError, match="Interval 1 must end after it starts"):
        block(1, "9:00", end)


# -- place: the promises, against an oracle -----------------------------------------------


def overlapping_pairs(intervals: list[Interval]) -> list[tuple[Interval, Interval]]:
    """Every pair that shares a moment, found by scanning forward from each start."""
    ordered = sorted(intervals, key=lambda interval: interval.start)
    pairs = []
    for index, first in enumerate(ordered):
        for second in ordered[index + 1 :]:
            if second.start >= first.end:
                break
            pairs.append((first, second))
    return pairs


def clusters(intervals: list[Interval], pairs: list[tuple[Interval, Interval]]) -> list[set[int]]:
    """The keys of each set of transitively overlapping intervals (union-find)."""
    parent = {interval.key: interval.key for interval in intervals}

    def root(key: int) -> int:
        while parent[key] != key:
            key = parent[key]
        return key

    for first, second in pairs:
        parent[root(first.key)] = root(second.key)
    groups: dict[int, set[int]] = {}
    for key in parent:
        groups.setdefault(root(key), set()).add(key)
    return list(groups.values())


def busiest_moment(members: list[Interval]) -> int:
    """The most intervals that share one moment (which is always some interval's start)."""
    return max(sum(o.start <= i.start < o.end for o in members) for i in members)


def assert_consistent(intervals: list[Interval], placements: dict[int, Placement]) -> None:
    assert set(placements) == {interval.key for interval in intervals}
    for key, p in placements.items():
        assert p.key == key
        assert 0 <= p.lane < p.lanes
        assert 1 <= p.span <= p.lanes - p.lane
    pairs = overlapping_pairs(intervals)
    blocked: dict[int, set[int]] = {interval.key: set() for interval in intervals}
    for first, second in pairs:
        a, b = placements[first.key], placements[second.key]
        assert a.lanes == b.lanes
        assert a.lane != b.lane
        assert not a.lane <= b.lane < a.lane + a.span
        assert not b.lane <= a.lane < b.lane + b.span
        blocked[a.key].add(b.lane)
        blocked[b.key].add(a.lane)
    for key, p in placements.items():  # the span is as wide as it may be
        assert p.lane + p.span == p.lanes or p.lane + p.span in blocked[key]
    by_key = {interval.key: interval for interval in intervals}
    for keys in clusters(intervals, pairs):  # no more lanes than the busiest moment needs
        members = [by_key[key] for key in keys]
        assert {placements[key].lanes for key in keys} == {busiest_moment(members)}


# Starts and lengths on a coarse 5-minute grid, so that ties and touching ends are common.
coarse_intervals = st.lists(st.tuples(st.integers(0, 48), st.integers(1, 24)), max_size=40).map(
    lambda specs: [
        Interval(
            key, at("8:00") + timedelta(minutes=5 * s), at("8:00") + timedelta(minutes=5 * (s + n))
        )
        for key, (s, n) in enumerate(specs)
    ]
)


@given(intervals=coarse_intervals)
def test_overlapping_appointments_never_hide_each_other(intervals: list[Interval]) -> None:
    assert_consistent(intervals, place(intervals))


@given(intervals=coarse_intervals, data=st.data())
def test_any_order_gives_the_same_layout(intervals: list[Interval], data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(intervals))
    assert place(shuffled) == place(intervals)


def test_a_month_of_five_thousand_appointments_is_laid_out_consistently() -> None:
    rng = random.Random(2026)
    intervals = []
    for key in range(5000):
        start = at("8:00") + timedelta(days=rng.randrange(30), minutes=5 * rng.randrange(132))
        intervals.append(Interval(key, start, start + timedelta(minutes=rng.randint(2, 36) * 5)))
    placements = place(intervals)
    assert_consistent(intervals, placements)
    assert max(p.lanes for p in placements.values()) > 5  # the month is busy enough to tell


# -- clip_to_day ---------------------------------------------------------------------------

NEXT_DAY = DAY + timedelta(days=1)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (at("9:00"), at("10:00"), (1 / 11, 2 / 11)),
        (at("7:00"), at("9:00"), (0.0, 1 / 11)),
        (at("18:00"), at("20:00"), (10 / 11, 1.0)),
        (at("6:00"), at("21:00"), (0.0, 1.0)),
        (at("8:00"), at("19:00"), (0.0, 1.0)),
        (at("22:00", DAY - timedelta(days=1)), at("9:00"), (0.0, 1 / 11)),
        (at("18:30"), at("9:00", NEXT_DAY), (10.5 / 11, 1.0)),
    ],
    ids=[
        "inside",
        "starts-before",
        "ends-after",
        "covers",
        "exactly",
        "from-yesterday",
        "into-tomorrow",
    ],
)
def test_a_block_is_clipped_to_the_visible_hours(
    start: datetime, end: datetime, expected: tuple[float, float]
) -> None:
    assert clip_to_day(start, end, DAY, 8, 19) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (at("6:00"), at("7:00")),
        (at("7:00"), at("8:00")),
        (at("19:00"), at("20:00")),
        (at("20:00"), at("23:00")),
        (at("22:00"), at("7:00", NEXT_DAY)),
        (at("9:00", NEXT_DAY), at("10:00", NEXT_DAY)),
    ],
    ids=["before", "touches-top", "touches-bottom", "after", "overnight-outside", "other-day"],
)
def test_a_block_outside_the_visible_hours_is_not_drawn(start: datetime, end: datetime) -> None:
    assert clip_to_day(start, end, DAY, 8, 19) is None


def test_a_block_crossing_midnight_shows_in_both_days() -> None:
    start, end = at("22:00"), at("3:00", NEXT_DAY)
    assert clip_to_day(start, end, DAY, 0, 24) == pytest.approx((22 / 24, 1.0))
    assert clip_to_day(start, end, NEXT_DAY, 0, 24) == pytest.approx((0.0, 3 / 24))


@pytest.mark.parametrize(("first", "last"), [(8, 8), (19, 8), (-1, 8), (8, 25)])
def test_a_band_of_visible_hours_must_be_a_real_part_of_the_day(first: int, last: int) -> None:
    with pytest.raises(ValueError, match="visible hours"):
        clip_to_day(at("9:00"), at("10:00"), DAY, first, last)


# -- snap ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "minutes", "expected"),
    [
        (at("9:07"), 5, at("9:05")),
        (at("9:08"), 5, at("9:10")),
        (at("9:07").replace(second=30), 15, at("9:00")),
        (at("9:07").replace(second=59, microsecond=999_999), 15, at("9:00")),
        (at("9:08"), 15, at("9:15")),
        (at("9:05"), 10, at("9:10")),
        (at("9:04").replace(second=59), 10, at("9:00")),
        (at("9:15"), 15, at("9:15")),
        (at("9:07").replace(second=45), 1, at("9:07")),
        (at("9:29"), 60, at("9:00")),
        (at("9:30"), 60, at("10:00")),
        (at("23:58"), 5, at("0:00", NEXT_DAY)),
    ],
)
def test_snap_rounds_whole_minutes_to_the_nearest_step_half_up(
    moment: datetime, minutes: int, expected: datetime
) -> None:
    assert snap(moment, minutes) == expected


@pytest.mark.parametrize("minutes", [0, -5, 7, 45, 61, 90])
def test_a_snap_step_must_divide_an_hour(minutes: int) -> None:
    with pytest.raises(ValueError, match=f"divides an hour .* not {minutes}"):
        snap(at("9:00"), minutes)


@given(
    moment=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    minutes=st.sampled_from([1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60]),
)
def test_snap_lands_on_the_grid_within_half_a_step(moment: datetime, minutes: int) -> None:
    snapped = snap(moment, minutes)
    whole_minutes = moment.replace(second=0, microsecond=0)
    midnight = whole_minutes.replace(hour=0, minute=0)
    assert (snapped - midnight) % timedelta(minutes=minutes) == timedelta()
    assert -minutes <= 2 * (whole_minutes - snapped) / timedelta(minutes=1) < minutes
