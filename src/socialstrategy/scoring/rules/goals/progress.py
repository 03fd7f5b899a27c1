"""Goals: measured over time, on course for the target, and measured at the deadline.

The measurements and their trend are read by :mod:`socialstrategy.scoring.progress`: the
least-squares line through at least three measurements, drawn on to the deadline.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.model import Measurement
from socialstrategy.scoring import progress
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules.goals._common import (
    _indicators,
    _name,
    each_indicator,
    first_indicator,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context
    from socialstrategy.scoring.rule import Example

_CYCLE = "A living plan: indicators measured over time and reviewed (PRODUCT.md, living plan)"


def _number(value: float) -> Text:
    """A projected or target value as the report writes it, rounded as the trend is."""
    return fmt.both(fmt.number, progress.rounded(value))


def _kpi(kpi: str, index: int) -> str | Text:
    return kpi.strip() or Text(f"indicator {index + 1}", f"indicator {index + 1}")


def _measure(*points: tuple[dt.date, float], deadline: dt.date | None = None) -> Example:
    """The first goal's first indicator measured at *points* (and due on *deadline*)."""

    measurements = tuple(Measurement(date=day, value=value) for day, value in points)
    return first_indicator(
        lambda x: attrs.evolve(x, measurements=measurements, deadline=deadline or x.deadline)
    )


@rule(
    "GOAL015",
    "target-out-of-reach",
    area=Area.GOALS,
    level=Level.WARNING,
    title=("Streefwaarde buiten bereik", "Target out of reach"),
    message=(
        "Indicator '{kpi}' van doel '{goal}': volgens de trend van de metingen komt de"
        " waarde op {deadline} uit op {projected}, niet op de streefwaarde {target}.",
        "Indicator '{kpi}' of goal '{goal}': by the trend of its measurements the value"
        " will be {projected} on {deadline}, not the target of {target}.",
    ),
    fix=(
        "Bespreek met de eigenaar van het doel wat er nodig is om bij te sturen (meer inzet,"
        " een andere aanpak of een ander kanaal), of stel streefwaarde of deadline"
        " onderbouwd bij.",
        "Discuss with the goal's owner what it takes to change course (more effort, another"
        " approach or another channel), or adjust the target or deadline with reasons.",
    ),
    source=f"{_CYCLE}; the trend is the least-squares line through at least"
    f" {progress.MIN_POINTS} measurements, drawn on to the deadline",
    weight=12,
    mode="share",
    population=_indicators,
    fires=_measure(
        (dt.date(2026, 3, 31), 10), (dt.date(2026, 6, 30), 11), (dt.date(2026, 9, 30), 11)
    ),
    # Rising fast enough: the line reaches 20 well before the end of 2027.
    passes=_measure(
        (dt.date(2026, 3, 31), 10), (dt.date(2026, 6, 30), 13), (dt.date(2026, 9, 30), 15)
    ),
)
def target_out_of_reach(ctx: Context) -> Iterator[Hit]:
    for path, goal, j, indicator in each_indicator(ctx):
        value = progress.out_of_reach(indicator)
        if value is None or indicator.deadline is None or indicator.target is None:
            continue
        yield Hit(
            f"{path}.measurements",
            {
                "goal": _name(goal),
                "kpi": _kpi(indicator.kpi, j),
                "deadline": fmt.both(fmt.long_date, indicator.deadline),
                "projected": _number(value),
                "target": _number(indicator.target),
            },
        )


@rule(
    "GOAL016",
    "indicator-not-measured-recently",
    area=Area.GOALS,
    level=Level.WARNING,
    title=("Al een half jaar niet gemeten", "Not measured for half a year"),
    message=(
        "Indicator '{kpi}' van doel '{goal}' is voor het laatst gemeten op {last}: al meer"
        " dan een half jaar geleden.",
        "Indicator '{kpi}' of goal '{goal}' was last measured on {last}: more than half a"
        " year ago.",
    ),
    fix=(
        "Meet de indicator opnieuw en leg de waarde vast; spreek af wie hem elk kwartaal meet.",
        "Measure the indicator again and record the value; agree who measures it every quarter.",
    ),
    source=_CYCLE,
    weight=10,
    mode="share",
    population=_indicators,
    fires=_measure((dt.date(2026, 1, 15), 12)),
    passes=_measure((dt.date(2026, 9, 1), 12)),
)
def indicator_not_measured_recently(ctx: Context) -> Iterator[Hit]:
    for path, goal, j, indicator in each_indicator(ctx):
        last = progress.stale(indicator, ctx.today)
        if last is not None and last.date is not None:
            yield Hit(
                f"{path}.measurements",
                {
                    "goal": _name(goal),
                    "kpi": _kpi(indicator.kpi, j),
                    "last": fmt.both(fmt.long_date, last.date),
                },
            )


@rule(
    "GOAL017",
    "deadline-passed-unmeasured",
    area=Area.GOALS,
    level=Level.WARNING,
    title=("Deadline verstreken zonder meting", "Deadline passed without a measurement"),
    message=(
        "De deadline van indicator '{kpi}' van doel '{goal}' ({deadline}) is verstreken,"
        " maar er is geen meting rond die datum: niemand kan zeggen of het doel gehaald is.",
        "The deadline of indicator '{kpi}' of goal '{goal}' ({deadline}) has passed, but"
        " there is no measurement around it: nobody can say whether the goal was reached.",
    ),
    fix=(
        "Meet de indicator nu en leg de waarde vast als meting; een meting vanaf drie"
        " maanden voor de deadline telt als eindmeting.",
        "Measure the indicator now and record the value as a measurement; one from three"
        " months before the deadline on counts as the final one.",
    ),
    source=_CYCLE,
    weight=10,
    mode="share",
    population=_indicators,
    fires=_measure((dt.date(2026, 1, 31), 12), deadline=dt.date(2026, 6, 30)),
    passes=_measure(
        (dt.date(2026, 1, 31), 12), (dt.date(2026, 6, 30), 21), deadline=dt.date(2026, 6, 30)
    ),
)
def deadline_passed_unmeasured(ctx: Context) -> Iterator[Hit]:
    for path, goal, j, indicator in each_indicator(ctx):
        if indicator.deadline is not None and progress.unmeasured_at_deadline(indicator, ctx.today):
            yield Hit(
                f"{path}.measurements",
                {
                    "goal": _name(goal),
                    "kpi": _kpi(indicator.kpi, j),
                    "deadline": fmt.both(fmt.long_date, indicator.deadline),
                },
            )
