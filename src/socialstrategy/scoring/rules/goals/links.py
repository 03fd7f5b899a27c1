"""Goals: each goal linked to a channel and an audience, with an owner and a why."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._checks import each_empty
from socialstrategy.scoring.rules._edit import each, each_trimmed
from socialstrategy.scoring.rules.goals._common import _BOOK, _goals, _name

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context


@rule(
    "GOAL007",
    "goal-without-channel",
    area=Area.GOALS,
    level=Level.WARNING,
    title=("Doel zonder kanaal", "Goal without a channel"),
    message=(
        "Geen enkel kanaal werkt aan doel '{goal}'.",
        "No channel works towards goal '{goal}'.",
    ),
    fix=(
        "Kies op de stap Kanalen bij een kanaal welk doel het dient (een kanaal dat de"
        " doelgroep van het doel bereikt), of herzie het doel.",
        "On the Channels step, choose at a channel which goal it serves (a channel that"
        " reaches the goal's audience), or reconsider the goal.",
    ),
    source="Traceability: process → goal → audience → channel → action (PRODUCT.md)",
    weight=20,
    mode="share",
    population=_goals,
    fires=each("channels", goals=()),
    # A goal has no channel field: the link is made on the channel.
    fix_path="channels",
    passes=each("actions", goals=()),
)
def goal_without_channel(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        if goal.id not in ctx.channels_by_goal:
            yield Hit(f"goals[{i}]", {"goal": _name(goal)})


goal_without_audience = rule(
    "GOAL008",
    "goal-without-audience",
    area=Area.GOALS,
    level=Level.ADVICE,
    title=("Doel zonder doelgroep", "Goal without an audience"),
    message=(
        "Doel '{goal}' noemt niet voor welke doelgroep het is.",
        "Goal '{goal}' does not say which audience it is for.",
    ),
    fix=("Kies de doelgroepen van het doel.", "Choose the goal's audiences."),
    source="Traceability: process → goal → audience → channel → action (PRODUCT.md)",
    weight=10,
    mode="share",
    population=_goals,
    fires=each("goals", audiences=()),
    passes=each_trimmed("goals", "audiences"),
)(each_empty("goals", "audiences", lambda goal: {"goal": _name(goal)}))


goal_without_owner = rule(
    "GOAL009",
    "goal-without-owner",
    area=Area.GOALS,
    level=Level.ADVICE,
    title=("Doel zonder eigenaar", "Goal without an owner"),
    message=("Niemand is eigenaar van doel '{goal}'.", "Nobody owns goal '{goal}'."),
    fix=(
        "Wijs een eigenaar aan die het doel onderschrijft (acceptabel).",
        "Name an owner who endorses the goal (acceptable).",
    ),
    source="SMART: acceptable (an owner endorses it)",
    weight=8,
    mode="share",
    population=_goals,
    fires=each("goals", owner=""),
    passes=each("goals", owner="Manager communicatie"),
)(each_empty("goals", "owner", lambda goal: {"goal": _name(goal)}))


goal_without_rationale = rule(
    "GOAL010",
    "goal-without-rationale",
    area=Area.GOALS,
    level=Level.ADVICE,
    title=("Doel zonder onderbouwing", "Goal without a rationale"),
    message=(
        "Bij doel '{goal}' staat niet waarom het het zorgproces helpt.",
        "Goal '{goal}' does not say why it helps the care process.",
    ),
    fix=(
        "Schrijf in een zin waarom dit doel het proces beter maakt (realistisch).",
        "Write in a sentence why this goal makes the process better (realistic).",
    ),
    source=_BOOK,
    weight=8,
    mode="share",
    population=_goals,
    fires=each("goals", rationale=""),
    passes=each("goals", rationale="Uit de cliëntenraad kwam deze vraag."),
)(each_empty("goals", "rationale", lambda goal: {"goal": _name(goal)}))
