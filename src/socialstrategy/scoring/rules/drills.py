"""Drills: every scenario of the crisis plan rehearsed at least once a year.

How this relates to CRIS015 (the plan not rehearsed in twelve months): a drill of one
scenario is a drill of the plan, so CRIS015 counts the latest date of the plan and its
scenarios, and fires once when nothing was rehearsed this year. This rule speaks only
after that: once the plan has been drilled this year, it names each scenario that was
not, so a plan never drilled gets one finding, not one per scenario saying the same.

Sources: DOMAIN.md "A crisis and webcare plan" #12 (aftercare: evaluation, lessons
learned, drills, plan updates); the table-top exercise as used in Dutch care (oefenen
met scenario's per crisistype, eens per jaar).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.crisis_plan import last_drill
from socialstrategy.scoring.rule import Hit, named, rule
from socialstrategy.scoring.rules._edit import each_in

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context

_PLAN = "DOMAIN.md crisis and webcare plan #12 (aftercare: drills)"
_NEVER = Text("nog nooit geoefend", "never been drilled")


def _scenarios(ctx: Context) -> int:
    return len(ctx.strategy.crisis.scenarios)


@rule(
    "DRILL001",
    "scenario-not-drilled",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Scenario niet geoefend", "Scenario not drilled"),
    message=(
        "Het scenario ‘{scenario}’ is {when}: of het team weet wie leidt en wat de eerste"
        " reactie is, blijkt pas als het echt gebeurt.",
        "The scenario ‘{scenario}’ has {when}: whether the team knows who leads and what"
        " the first response is only shows when it really happens.",
    ),
    fix=(
        "Oefen dit scenario met zijn oefenkaart (een table-top oefening van anderhalf uur)"
        " en vul de datum in bij ‘Laatst geoefend’.",
        "Drill this scenario with its drill card (a table-top exercise of an hour and a"
        " half) and fill in the date as ‘Last drilled’.",
    ),
    source=_PLAN,
    weight=6,
    mode="share",
    population=_scenarios,
    # The reference plan drilled every scenario this year; now the second one never was.
    fires=each_in("crisis", "scenarios", 1, last_drilled=None),
    # Drilled just inside twelve months of the day the tests score on (2026-11-23).
    passes=each_in("crisis", "scenarios", 1, last_drilled=dt.date(2025, 11, 24)),
)
def scenario_not_drilled(ctx: Context) -> Iterator[Hit]:
    plan = ctx.strategy.crisis
    since = fmt.years_later(ctx.today, -1)
    latest = last_drill(plan)
    if latest is None or latest < since:
        return  # nothing drilled this year: CRIS015 says so, once
    for i, scenario in enumerate(plan.scenarios):
        when: str | Text
        if scenario.last_drilled is None:
            when = _NEVER
        elif scenario.last_drilled < since:
            when = Text(
                f"voor het laatst geoefend op {fmt.long_date(scenario.last_drilled, 'nl')},"
                " meer dan een jaar geleden",
                f"not been drilled since {fmt.long_date(scenario.last_drilled, 'en')}, more"
                " than a year ago",
            )
        else:
            continue
        yield Hit(
            f"crisis.scenarios[{i}].last_drilled",
            {"scenario": named(scenario.title), "when": when},
        )
