"""How an indicator is doing: its measurements in order, their trend, and the day it
is due, for the progress rules and the progress charts alike.

The trend is the least-squares line through the measurements (value against day),
drawn on to the deadline. It needs :data:`MIN_POINTS` measurements: two points make a
line through any pair of noisy figures, three start to say where things go.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import attrs

if TYPE_CHECKING:
    from socialstrategy.model import Indicator, Measurement

#: Measurements a trend needs before it says whether the target will be reached.
MIN_POINTS: Final = 3
#: An indicator measured less recently than this (half a year) is not being followed.
RECENT: Final = dt.timedelta(days=183)
#: A measurement this close before the deadline (a quarter), or after it, says whether
#: the target was reached.
FINAL: Final = dt.timedelta(days=92)


@attrs.frozen
class Trend:
    """A straight line through the measurements: *start*'s value and the change per day."""

    start: dt.date
    value: float
    per_day: float

    def at(self, day: dt.date) -> float:
        """The line's value on *day*."""
        return self.value + self.per_day * (day - self.start).days


def rounded(value: float) -> float:
    """A value as a report says it: whole from 100 on (5196 views, not 5195,8), else to
    one decimal (81,4%)."""
    return float(round(value)) if abs(value) >= 100 else round(value, 1)


def measured(indicator: Indicator) -> tuple[Measurement, ...]:
    """The measurements with a day and a value, oldest first (a row half typed in the
    planner has one of them only)."""
    complete = [m for m in indicator.measurements if m.date is not None and m.value is not None]
    return tuple(sorted(complete, key=lambda m: m.date or dt.date.min))


def latest(indicator: Indicator) -> Measurement | None:
    """The most recent measurement with a day and a value, or None."""
    points = measured(indicator)
    return points[-1] if points else None


def trend(indicator: Indicator) -> Trend | None:
    """The least-squares line through the measurements; None with fewer than
    :data:`MIN_POINTS`, or when they were all made on one day."""
    points = measured(indicator)
    if len(points) < MIN_POINTS:
        return None
    start = points[0].date
    assert start is not None  # measured() keeps dated ones only
    xs = [float((m.date - start).days) for m in points if m.date is not None]
    ys = [float(m.value) for m in points if m.value is not None]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return None
    per_day = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    return Trend(start=start, value=mean_y - per_day * mean_x, per_day=per_day)


def rising(indicator: Indicator) -> bool | None:
    """Whether the target lies above the baseline (more is better), below it, or None
    when there is no target or nothing to compare it with."""
    if indicator.target is None:
        return None
    points = measured(indicator)
    start = indicator.baseline
    if start is None and points:
        start = points[0].value
    if start is None or start == indicator.target:
        return None
    return indicator.target > start


def reaches(indicator: Indicator, value: float) -> bool:
    """Whether *value* is at or beyond the target, in the direction the target lies."""
    up = rising(indicator)
    target = indicator.target
    if up is None or target is None:
        return True
    return value >= target if up else value <= target


def projected(indicator: Indicator) -> float | None:
    """Where the trend will be on the deadline; None without a trend or a deadline."""
    line = trend(indicator)
    if line is None or indicator.deadline is None:
        return None
    return line.at(indicator.deadline)


def out_of_reach(indicator: Indicator) -> float | None:
    """The value the trend reaches by the deadline, when that falls short of the target
    (None when it reaches it, or cannot be told: no trend, target or deadline)."""
    value = projected(indicator)
    if value is None or rising(indicator) is None or reaches(indicator, value):
        return None
    return value


def stale(indicator: Indicator, today: dt.date) -> Measurement | None:
    """The latest measurement when it is older than :data:`RECENT` (half a year), while
    the deadline has not passed; None otherwise, and for an indicator never measured
    (the baseline stands until the first measurement)."""
    last = latest(indicator)
    if last is None or last.date is None:
        return None
    if indicator.deadline is not None and indicator.deadline < today:
        return None  # past its deadline: whether it was reached is the question now
    return last if today - last.date > RECENT else None


def unmeasured_at_deadline(indicator: Indicator, today: dt.date) -> bool:
    """Whether the deadline has passed with no measurement from a quarter before it on:
    nobody can say whether the target was reached."""
    deadline = indicator.deadline
    if deadline is None or deadline >= today:
        return False
    return not any(m.date is not None and m.date >= deadline - FINAL for m in measured(indicator))


def course(indicator: Indicator, today: dt.date) -> tuple[str, float | None]:
    """Where *indicator* stands on *today*, in a word: ``missed`` (deadline passed
    unmeasured), ``unmeasured``, ``no_target``, ``reached``, ``not_reached``, ``stale``,
    ``few`` (no trend yet), ``off`` or ``on`` course; with the value the trend reaches by
    the deadline when it falls short (``off``)."""
    last = latest(indicator)
    passed = indicator.deadline is not None and indicator.deadline < today
    if unmeasured_at_deadline(indicator, today):
        return "missed", None
    if last is None or last.value is None:
        return "unmeasured", None
    if indicator.target is None or rising(indicator) is None:
        return "no_target", None
    if reaches(indicator, last.value):
        return "reached", None
    if passed:
        return "not_reached", None
    if stale(indicator, today) is not None:
        return "stale", None
    if trend(indicator) is None:
        return "few", None
    short = out_of_reach(indicator)
    return ("off", short) if short is not None else ("on", None)


__all__ = [
    "FINAL",
    "MIN_POINTS",
    "RECENT",
    "Trend",
    "course",
    "latest",
    "measured",
    "out_of_reach",
    "projected",
    "reaches",
    "rising",
    "rounded",
    "stale",
    "trend",
    "unmeasured_at_deadline",
]
