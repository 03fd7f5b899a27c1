"""Goals: that there are goals, and that each serves the primary process."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.i18n import Text
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, named, rule
from socialstrategy.scoring.rules._checks import empty
from socialstrategy.scoring.rules._edit import chain, each, replace
from socialstrategy.scoring.rules.goals._common import _BOOK, _goals, _name
from socialstrategy.vocab import ProcessKind

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.model import Goal
    from socialstrategy.scoring.context import Context


no_goals = rule(
    "GOAL001",
    "no-goals",
    area=Area.GOALS,
    level=Level.ERROR,
    title=("Geen doelen", "No goals"),
    message=(
        "De strategie heeft nog geen doelen: wat moeten sociale media opleveren?",
        "The strategy has no goals yet: what must social media achieve?",
    ),
    fix=(
        "Formuleer per primair proces wat sociale media daarvoor moeten bereiken.",
        "For each primary process, state what social media must achieve for it.",
    ),
    source=_BOOK,
    weight=100,
    fires=chain(replace(goals=()), each("channels", goals=()), each("actions", goals=())),
    passes=each("actions", goals=()),
)(empty("goals"))


@rule(
    "GOAL002",
    "goal-without-primary-process",
    area=Area.GOALS,
    level=Level.ERROR,
    title=("Doel zonder primair proces", "Goal without a primary process"),
    message=(
        "Doel '{goal}' dient geen primair proces: dan zijn sociale media een doel op zich.",
        "Goal '{goal}' serves no primary process: that makes social media a goal in itself.",
    ),
    fix=(
        "Koppel het doel aan het zorgproces dat het moet versterken, of schrap het.",
        "Link the goal to the care process it must strengthen, or drop it.",
    ),
    source=_BOOK,
    weight=40,
    mode="share",
    population=_goals,
    fires=each("goals", processes=()),
    passes=each("goals", processes=("werving", "wonen")),
)
def goal_without_primary_process(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        # A goal that serves a supporting process has an explanation of its own (GOAL012).
        if not ctx.primary_process_ids.intersection(goal.processes) and not _supporting(ctx, goal):
            yield Hit(f"goals[{i}].processes", {"goal": _name(goal)})


def _supporting(ctx: Context, goal: Goal) -> list[str | Text]:
    """The names of the supporting processes *goal* serves."""
    return [
        named(p.name)
        for p in ctx.strategy.organisation.processes
        if p.kind is ProcessKind.SUPPORTING and p.id in goal.processes
    ]


@rule(
    "GOAL012",
    "goal-serves-supporting-process-only",
    area=Area.GOALS,
    level=Level.ERROR,
    title=("Doel dient alleen een ondersteunend proces", "Goal serves a supporting process only"),
    message=(
        "Doel '{goal}' dient alleen een ondersteunend proces ({processes}): dat helpt de"
        " organisatie, maar zegt nog niet wat cliënten en verwanten ervan merken.",
        "Goal '{goal}' serves only a supporting process ({processes}): that helps the"
        " organisation, but does not yet say what clients and relatives notice of it.",
    ),
    fix=(
        "Koppel het doel ook aan het zorgproces dat ervan profiteert en meet dat effect,"
        " bijvoorbeeld vaste begeleiders op elke locatie (continuïteit) of minder"
        " openstaande vacatures op een afdeling.",
        "Also link the goal to the care process that benefits from it and measure that"
        " effect, for example familiar carers at every location (continuity) or fewer"
        " open vacancies on a ward.",
    ),
    source=_BOOK,
    weight=40,
    mode="share",
    population=_goals,
    fires=each("goals", processes=("werving",)),
    passes=each("goals", processes=("werving", "wonen")),
)
def goal_serves_supporting_process_only(ctx: Context) -> Iterator[Hit]:
    for i, goal in enumerate(ctx.strategy.goals):
        if ctx.primary_process_ids.intersection(goal.processes):
            continue
        supporting = _supporting(ctx, goal)
        if supporting:
            processes = Text(
                ", ".join(x if isinstance(x, str) else x.nl for x in supporting),
                ", ".join(x if isinstance(x, str) else x.en for x in supporting),
            )
            yield Hit(f"goals[{i}].processes", {"goal": _name(goal), "processes": processes})
