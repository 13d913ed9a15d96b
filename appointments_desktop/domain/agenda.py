"""Agenda layout: how appointment blocks share a day column, and which part of it they cover.

The calendar's day and week views draw each appointment as a block from its start to its
end, in one column per day or per operator. This module does the arithmetic for them,
without Qt and without storage: :func:`place` puts overlapping blocks side by side,
:func:`clip_to_day` says which part of the visible hours a block covers, and :func:`snap`
rounds a time picked with the mouse to the grid.

Promises:

- Intervals are half-open, ``[start, end)``: one that ends at 9:30 and one that starts at
  9:30 do not overlap.
- Overlapping appointments sit side by side, never hide each other: two intervals that
  overlap never share a lane, and no block widened by its ``span`` covers the lane of an
  interval it overlaps.
- The layout depends only on the set of intervals, never on the order they come in.
- :func:`place` takes O(n log n) time, however the intervals overlap.
- Times are wall-clock times, naive like :func:`appointments_desktop.shop_now`'s. Aware
  ones work too; mixing the two raises :class:`TypeError`, as comparing them does.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from sys import maxsize

_NO_LANE = maxsize


@dataclass(frozen=True)
class Interval:
    """One appointment's block, ``[start, end)``, under its id; it may not be empty."""

    key: int
    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(
                f"Interval {self.key} must end after it starts ({self.start} to {self.end})."
            )

    def overlaps(self, other: Interval) -> bool:
        """Whether the two share a moment; touching ends do not."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Placement:
    """Where a block goes across its column: lanes ``[lane, lane + span)`` of ``lanes``.

    Draw it from ``lane / lanes`` of the column width, ``span / lanes`` wide. Every interval
    of one overlap cluster has the same ``lanes``; ``1 <= span <= lanes - lane``.
    """

    key: int
    lane: int
    lanes: int
    span: int


def place(intervals: Iterable[Interval]) -> dict[int, Placement]:
    """Lay out ``intervals`` side by side, keyed by their keys, in O(n log n) time.

    Intervals that overlap, directly or through others, form a cluster with its own lanes.
    In order of start (longer first, then lower key), each takes the lowest lane that is
    free at its start, so a cluster uses as few lanes as its busiest moment needs. Its
    ``span`` then reaches right over every following lane that it overlaps nothing in.
    Raises :class:`ValueError` when two intervals share a key.
    """
    ordered = sorted(intervals, key=_layout_order)
    _refuse_shared_keys(ordered)
    return {
        placement.key: placement
        for cluster in _clusters(ordered)
        for placement in _place_cluster(cluster)
    }


def clip_to_day(
    start: datetime, end: datetime, day: date, first_hour: int, last_hour: int
) -> tuple[float, float] | None:
    """Where ``[start, end)`` begins and ends in ``day``'s band of visible hours, or ``None``.

    The band is ``[first_hour:00, last_hour:00)`` of ``day`` (in ``start``'s time zone, if it
    has one); the answer is ``(top, bottom)`` as fractions of it, ``0 <= top < bottom <= 1``.
    A time before the band or after it (the previous or next day, too) is clipped to the
    band's edge; ``None`` when the two do not share a moment (touching is not sharing).
    ``last_hour`` may be 24 for midnight at the end of ``day``; hours outside
    ``0 <= first_hour < last_hour <= 24`` raise :class:`ValueError`.
    """
    if not 0 <= first_hour < last_hour <= 24:
        raise ValueError(
            f"The visible hours must satisfy 0 <= first < last <= 24, not {first_hour} to "
            f"{last_hour}."
        )
    midnight = datetime.combine(day, time(), tzinfo=start.tzinfo)
    band_start = midnight + timedelta(hours=first_hour)
    band_end = midnight + timedelta(hours=last_hour)
    top, bottom = max(start, band_start), min(end, band_end)
    if top >= bottom:
        return None
    length = band_end - band_start
    return (top - band_start) / length, (bottom - band_start) / length


def snap(moment: datetime, minutes: int) -> datetime:
    """``moment`` rounded to the nearest multiple of ``minutes`` since its midnight.

    Seconds are dropped first, then whole minutes round half up: at 10, 9:05 becomes 9:10;
    at 15, 9:07:59 becomes 9:00 and 9:08 becomes 9:15. Rounding up from late evening gives
    the next midnight. ``minutes`` must divide an hour (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30
    or 60), otherwise :class:`ValueError`.
    """
    if not 1 <= minutes <= 60 or 60 % minutes:
        raise ValueError(
            "The snap step must be a whole number of minutes that divides an hour "
            f"(1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30 or 60), not {minutes}."
        )
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    since_midnight = moment.hour * 60 + moment.minute
    steps = (2 * since_midnight + minutes) // (2 * minutes)
    return midnight + timedelta(minutes=steps * minutes)


# -- place(), step by step ---------------------------------------------------------------


def _layout_order(interval: Interval) -> tuple[datetime, timedelta, int]:
    return interval.start, interval.start - interval.end, interval.key


def _place_cluster(cluster: list[Interval]) -> Iterator[Placement]:
    lanes = _assign_lanes(cluster)
    count = max(lanes.values()) + 1
    spans = _spans(cluster, lanes, count)
    for interval in cluster:
        key = interval.key
        yield Placement(key, lanes[key], count, spans[key])


def _refuse_shared_keys(intervals: list[Interval]) -> None:
    counts = Counter(interval.key for interval in intervals)
    shared = sorted(key for key, count in counts.items() if count > 1)
    if shared:
        raise ValueError(f"Each interval needs its own key; shared: {shared}.")


def _clusters(ordered: list[Interval]) -> Iterator[list[Interval]]:
    """Runs of ``ordered`` (sorted by start) that overlap, directly or through each other."""
    cluster: list[Interval] = []
    reach = datetime.min  # the latest end in ``cluster``
    for interval in ordered:
        if cluster and interval.start >= reach:
            yield cluster
            cluster = []
        reach = max(reach, interval.end) if cluster else interval.end
        cluster.append(interval)
    if cluster:
        yield cluster


def _assign_lanes(cluster: list[Interval]) -> dict[int, int]:
    """Each interval's lane: the lowest one whose last interval has ended by its start."""
    busy: list[tuple[datetime, int]] = []  # (end of the lane's last interval, lane)
    free: list[int] = []
    lanes: dict[int, int] = {}
    for interval in cluster:
        while busy and busy[0][0] <= interval.start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        lane = heapq.heappop(free) if free else len(busy)
        heapq.heappush(busy, (interval.end, lane))
        lanes[interval.key] = lane
    return lanes


def _spans(cluster: list[Interval], lanes: dict[int, int], count: int) -> dict[int, int]:
    """How many lanes each interval can fill, from its own to the first one it overlaps in.

    Lanes are visited from the right, so when an interval asks, the tree holds the
    intervals of every lane to its right: the lowest lane it overlaps is one query away.
    Intervals of one lane never overlap, so each can ask and then write at once.
    """
    if count == 1:
        return dict.fromkeys(lanes, 1)
    moments = sorted({m for interval in cluster for m in (interval.start, interval.end)})
    slot = {moment: number for number, moment in enumerate(moments)}
    tree = _LaneTree(len(moments) - 1)
    spans: dict[int, int] = {}
    for interval in sorted(cluster, key=lambda interval: -lanes[interval.key]):
        lane = lanes[interval.key]
        blocked = tree.claim(slot[interval.start], slot[interval.end], lane)
        spans[interval.key] = min(blocked, count) - lane
    return spans


class _LaneTree:
    """Which lane lies lowest over a range of ``size`` time slots, in O(log size) per claim.

    Lanes claim slots in falling order, so a lane written is never higher than one already
    there. A segment tree: ``_tag[node]`` is the lowest lane written over the node's whole
    range, ``_low[node]`` the lowest anywhere in it. Node 1 is the root, ``2 * node`` and
    ``2 * node + 1`` its children, and slot ``s`` is leaf ``s + _leaves``.
    """

    def __init__(self, size: int) -> None:
        self._leaves = 1 << (size - 1).bit_length()
        self._tag = [_NO_LANE] * (2 * self._leaves)
        self._low = [_NO_LANE] * (2 * self._leaves)

    def claim(self, first: int, stop: int, lane: int) -> int:
        """Write ``lane`` over slots ``[first, stop)``; return the lowest lane there before.

        ``lane`` may be no higher than any lane claimed before; ``_NO_LANE`` means none.
        """
        tag, low = self._tag, self._low
        edges = self._edges(first, stop)
        found = min(map(tag.__getitem__, edges))  # read before the cover below is written
        for node in self._cover(first, stop):
            found = min(found, low[node])
            tag[node] = low[node] = lane
        for node in edges:
            low[node] = lane
        return found

    def _cover(self, first: int, stop: int) -> list[int]:
        """The fewest nodes whose ranges exactly tile ``[first, stop)``."""
        nodes: list[int] = []
        left, right = first + self._leaves, stop + self._leaves
        while left < right:
            if left & 1:
                nodes.append(left)
                left += 1
            if right & 1:
                right -= 1
                nodes.append(right)
            left, right = left >> 1, right >> 1
        return nodes

    def _edges(self, first: int, stop: int) -> list[int]:
        """Every node over slot ``first`` or slot ``stop - 1``, root included."""
        nodes: list[int] = []
        left, right = first + self._leaves, stop - 1 + self._leaves
        while left != right:
            nodes += (left, right)
            left, right = left >> 1, right >> 1
        while left:
            nodes.append(left)
            left >>= 1
        return nodes
