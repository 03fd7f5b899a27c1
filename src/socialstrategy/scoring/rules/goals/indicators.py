"""Goals: indicators that are due, that count only attention, or mix scales."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.model import Indicator
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import passed
from socialstrategy.scoring.rules._edit import first
from socialstrategy.scoring.rules.goals._common import (
    _BOOK,
    _goals,
    _indicators,
    _name,
    each_indicator,
    every_indicator,
    first_indicator,
)
from socialstrategy.vocab.goals import is_mark, is_percent, is_vanity

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.model import Goal, Strategy
    from socialstrategy.scoring.context import Context
    from socialstrategy.scoring.rule import Example


@rule(
    "GOAL011",
    "indicator-deadline-passed",
    area=Area.GOALS,
    level=Level.ADVICE,
    title=("Deadline verstreken", "Deadline passed"),
    message=(
        "De deadline van indicator '{kpi}' ({deadline}) is verstreken.",
        "The deadline of indicator '{kpi}' ({deadline}) has passed.",
    ),
    fix=(
        "Meet of het doel gehaald is en stel een nieuwe streefwaarde en deadline.",
        "Measure whether the goal was reached and set a new target and deadline.",
    ),
    source="Review cycle: goals are measured and adjusted (PRODUCT.md, action plan)",
    weight=6,
    mode="share",
    population=_indicators,
    fires=every_indicator("deadline", dt.date(2020, 1, 1)),
    passes=every_indicator("deadline", dt.date(2027, 6, 30)),
)
def indicator_deadline_passed(ctx: Context) -> Iterator[Hit]:
    for path, _, j, indicator in each_indicator(ctx):
        if passed(indicator.deadline, ctx.today):
            yield Hit(
                f"{path}.deadline",
                {
                    "kpi": indicator.kpi or j + 1,
                    "deadline": fmt.both(fmt.long_date, indicator.deadline),
                },
            )


def _vanity_only(goal: Goal) -> bool:
    return bool(goal.indicators) and all(
        is_vanity(x.kpi) or is_vanity(x.unit) for x in goal.indicators
    )


_FOLLOWERS = Indicator(kpi="Volgers op Instagram", unit="volgers", baseline=800, target=1500)


def _measure_followers(s: Strategy) -> Strategy:
    return first("goals", indicators=(_FOLLOWERS,))(s)


def _followers_beside_care(s: Strategy) -> Strategy:
    return first("goals", indicators=(*s.goals[0].indicators, _FOLLOWERS))(s)


@rule(
    "GOAL013",
    "goal-measured-by-attention-only",
    area=Area.GOALS,
    level=Level.WARNING,
    title=("Doel alleen gemeten in volgers en bereik", "Goal measured by attention only"),
    message=(
        "Doel '{goal}' wordt alleen gemeten in aandacht op sociale media ({kpis}): volgers,"
        " likes en bereik zeggen hoe zichtbaar je bent, niet of de zorg er beter van wordt.",
        "Goal '{goal}' is measured by attention on social media only ({kpis}): followers,"
        " likes and reach say how visible you are, not whether care gets better.",
    ),
    fix=(
        "Meet het effect op de zorg dat het doel belooft, bijvoorbeeld minder telefoontjes"
        " over bezoektijden, meer passende sollicitanten of cliënten die de informatie"
        " vinden die ze zoeken; houd volgers en bereik hooguit als tussenstap bij.",
        "Measure the effect on care the goal promises, for example fewer phone calls about"
        " visiting hours, more suitable applicants or clients who find the information"
        " they look for; track followers and reach as a step in between at most.",
    ),
    source=f"{_BOOK}: sociale media geen doel op zich; DOMAIN.md (Altimeter: 34% tie"
    " social strategy to outcomes)",
    weight=20,
    mode="share",
    population=_goals,
    fires=_measure_followers,
    # A count of attention next to a measure of care is fine: the goal is measured on care.
    passes=_followers_beside_care,
)
def goal_measured_by_attention_only(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        if _vanity_only(goal):
            kpis = "; ".join(x.kpi or x.unit for x in goal.indicators)
            yield Hit(f"goals[{i}].indicators", {"goal": _name(goal), "kpis": kpis})


#: A target more than this many times its baseline (or less than its reciprocal) is
#: rarely a plan and often a different scale: a mark of 7.5 after a score of 64.
_SCALE_RATIO = 8


def _off_scale(baseline: float, target: float, unit: str) -> Text | None:
    """Why *baseline* and *target* cannot be on one scale, or None."""
    values = (baseline, target)
    if is_percent(unit) and any(v > 100 or v < 0 for v in values):
        return Text("een percentage buiten 0 tot 100", "a percentage outside 0 to 100")
    if is_mark(unit) and any(v > 10 for v in values):
        return Text("een rapportcijfer boven de 10", "a mark above 10")
    # Small counts may well multiply (1 to 10 pleeggezinnen); beyond the 1-10 range a
    # jump this large is another scale, or no plan.
    if baseline > 0 and target > 0 and max(values) > 10:
        if target > baseline * _SCALE_RATIO:
            return Text("meer dan acht keer de nulmeting", "more than eight times the baseline")
        if target * _SCALE_RATIO < baseline:
            return Text(
                "minder dan een achtste van de nulmeting", "less than an eighth of the baseline"
            )
    return None


def _scale(baseline: float, target: float, unit: str = "") -> Example:
    return first_indicator(lambda x: attrs.evolve(x, baseline=baseline, target=target, unit=unit))


@rule(
    "GOAL014",
    "target-on-another-scale",
    area=Area.GOALS,
    level=Level.WARNING,
    title=("Streefwaarde op een andere schaal", "Target on another scale"),
    message=(
        "Indicator '{kpi}' van doel '{goal}': streefwaarde {target} past niet bij nulmeting"
        " {baseline} ({why}). Staan ze op dezelfde schaal?",
        "Indicator '{kpi}' of goal '{goal}': target {target} does not fit baseline"
        " {baseline} ({why}). Are they on the same scale?",
    ),
    fix=(
        "Zet nulmeting en streefwaarde in dezelfde eenheid en op dezelfde schaal (een"
        " rapportcijfer naast een rapportcijfer, een percentage naast een percentage) en"
        " kies een streefwaarde die haalbaar is.",
        "Put baseline and target in the same unit and on the same scale (a mark next to a"
        " mark, a percentage next to a percentage) and choose a target that can be reached.",
    ),
    source="SMART: measurable and realistic (nulmeting en streefwaarde op één schaal)",
    weight=12,
    mode="share",
    population=_indicators,
    fires=_scale(64, 7.5),
    # A big rise on one scale is a plan.
    passes=_scale(12, 90, "%"),
)
def target_on_another_scale(ctx: Context) -> Iterator[Hit]:
    for path, goal, j, indicator in each_indicator(ctx):
        baseline, target = indicator.baseline, indicator.target
        if baseline is None or target is None:
            continue
        why = _off_scale(baseline, target, indicator.unit)
        if why is not None:
            yield Hit(
                f"{path}.target",
                {
                    "goal": _name(goal),
                    "kpi": indicator.kpi or j + 1,
                    "baseline": fmt.both(fmt.number, baseline),
                    "target": fmt.both(fmt.number, target),
                    "why": why,
                },
            )
