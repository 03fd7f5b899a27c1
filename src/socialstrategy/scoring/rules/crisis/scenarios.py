"""Crisis plan: scenarios with a holding statement, a response time and a lead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import chain, each_in
from socialstrategy.scoring.rules.crisis._common import _PLAN, _scenario_name, _scenarios

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


# --- scenarios ------------------------------------------------------------------------


@rule(
    "CRIS010",
    "scenario-without-holding-statement",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Scenario zonder eerste reactie", "Scenario without a holding statement"),
    message=(
        "Scenario '{scenario}' heeft geen eerste reactie klaarstaan.",
        "Scenario '{scenario}' has no holding statement ready.",
    ),
    fix=(
        "Schrijf vooraf een eerste reactie (procesboodschap): wat we weten, wat we doen,"
        " wanneer en waar we meer vertellen.",
        "Write a holding statement in advance (process message): what we know, what we"
        " are doing, when and where we will say more.",
    ),
    source=f"{_PLAN.format(7)} (CERC: be first)",
    weight=15,
    mode="share",
    population=_scenarios,
    fires=each_in("crisis", "scenarios", 0, holding_statement=""),
    passes=each_in(
        "crisis", "scenarios", 0, holding_statement="We zoeken het uit en laten het vandaag weten."
    ),
)
def scenario_without_holding_statement(ctx: Context) -> Iterator[Hit]:
    for i, scenario in enumerate(ctx.strategy.crisis.scenarios):
        if not scenario.holding_statement.strip():
            yield Hit(
                f"crisis.scenarios[{i}].holding_statement",
                {"scenario": _scenario_name(scenario)},
            )


@rule(
    "CRIS011",
    "scenario-without-response-time",
    area=Area.CRISIS,
    level=Level.WARNING,
    title=("Scenario zonder reactietijd", "Scenario without a response-time target"),
    message=(
        "Voor scenario '{scenario}' staat nergens binnen hoeveel uur de eerste reactie"
        " naar buiten gaat, ook niet bij het niveau '{tier}'.",
        "Nowhere does it say within how many hours the first response to scenario"
        " '{scenario}' goes out, not even for its tier '{tier}'.",
    ),
    fix=(
        "Leg een reactietijd vast bij het scenario of bij zijn niveau.",
        "Set a response-time target on the scenario or on its tier.",
    ),
    source=f"{_PLAN.format(6)}; DOMAIN.md figures (Dutch webcare response times)",
    weight=10,
    mode="share",
    population=_scenarios,
    fires=chain(
        each_in("crisis", "scenarios", 0, response_hours=None),
        each_in("crisis", "tiers", 0, response_hours=None),
    ),
    passes=each_in("crisis", "scenarios", 0, response_hours=None),
)
def scenario_without_response_time(ctx: Context) -> Iterator[Hit]:
    tier_hours = {t.level: t.response_hours for t in ctx.strategy.crisis.tiers}
    for i, scenario in enumerate(ctx.strategy.crisis.scenarios):
        if scenario.response_hours is None and tier_hours.get(scenario.level) is None:
            yield Hit(
                f"crisis.scenarios[{i}].response_hours",
                {
                    "scenario": _scenario_name(scenario),
                    "tier": scenario.level.text,
                },
            )


@rule(
    "CRIS012",
    "scenario-without-lead",
    area=Area.CRISIS,
    level=Level.ADVICE,
    title=("Scenario zonder leider", "Scenario without a lead"),
    message=(
        "Bij scenario '{scenario}' staat niet wie de aanpak leidt.",
        "Scenario '{scenario}' does not say who leads the response.",
    ),
    fix=(
        "Wijs per scenario een rol aan die de aanpak leidt.",
        "Name the role that leads the response to each scenario.",
    ),
    source=_PLAN.format(5),
    weight=5,
    mode="share",
    population=_scenarios,
    fires=each_in("crisis", "scenarios", 0, lead=""),
    passes=each_in("crisis", "scenarios", 0, lead="communicatie"),
)
def scenario_without_lead(ctx: Context) -> Iterator[Hit]:
    for i, scenario in enumerate(ctx.strategy.crisis.scenarios):
        if not scenario.lead:
            yield Hit(f"crisis.scenarios[{i}].lead", {"scenario": _scenario_name(scenario)})
