"""Goals: each goal measurable, with a baseline, a target and a deadline (SMART)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import each_empty
from socialstrategy.scoring.rules._edit import each
from socialstrategy.scoring.rules.goals._common import (
    _goals,
    _indicators,
    _name,
    each_indicator,
    every_indicator,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


goal_not_measurable = rule(
    "GOAL003",
    "goal-not-measurable",
    area=Area.GOALS,
    level=Level.WARNING,
    title=("Doel niet meetbaar", "Goal not measurable"),
    message=(
        "Doel '{goal}' heeft geen indicator: hoe weet je of het bereikt is?",
        "Goal '{goal}' has no indicator: how will you know it was reached?",
    ),
    fix=(
        "Voeg een indicator toe met nulmeting, streefwaarde en deadline (SMART).",
        "Add an indicator with a baseline, a target and a deadline (SMART).",
    ),
    source="SMART goals; DOMAIN.md (Altimeter: 34% tie social strategy to outcomes)",
    weight=30,
    mode="share",
    population=_goals,
    fires=each("goals", indicators=()),
    # An indicator without a target is still one: GOAL005 says what it lacks.
    passes=every_indicator("target"),
)(each_empty("goals", "indicators", lambda goal: {"goal": _name(goal)}))


def _indicator_rule(
    code: str, field: str, nl_missing: str, en_missing: str, why: str, *, near: object
) -> None:
    """Baseline, target and deadline: the same check on a different field of indicators."""

    @rule(
        code,
        f"indicator-without-{field}",
        area=Area.GOALS,
        level=Level.WARNING,
        title=(f"Indicator zonder {nl_missing}", f"Indicator without {en_missing}"),
        message=(
            f"Indicator '{{kpi}}' van doel '{{goal}}' heeft geen {nl_missing}.",
            f"Indicator '{{kpi}}' of goal '{{goal}}' has no {en_missing}.",
        ),
        fix=(
            f"Vul de {nl_missing} in, zodat het doel SMART is.",
            f"Fill in the {en_missing}, so that the goal is SMART.",
        ),
        source=why,
        weight=12,
        mode="share",
        population=_indicators,
        fires=every_indicator(field),
        # *near*: a value all the same, though a zero is easily taken for none.
        passes=every_indicator(field, near),
    )
    def check(ctx: Context) -> Iterator[Hit]:
        for path, goal, j, indicator in each_indicator(ctx):
            if getattr(indicator, field) is None:
                yield Hit(f"{path}.{field}", {"goal": _name(goal), "kpi": indicator.kpi or j + 1})


_indicator_rule(
    "GOAL004", "baseline", "nulmeting", "baseline", "SMART: measurable (nulmeting)", near=0.0
)
# Zero complaints, zero unanswered messages: a target of 0 is a target.
_indicator_rule(
    "GOAL005", "target", "streefwaarde", "target", "SMART: measurable (streefwaarde)", near=0.0
)
_indicator_rule(
    "GOAL006", "deadline", "deadline", "deadline", "SMART: time-bound", near=dt.date(2027, 12, 31)
)
