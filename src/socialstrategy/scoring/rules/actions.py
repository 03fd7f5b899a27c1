"""The action plan: last, owned, dated, and serving goals.

Sources: the book review (seed 003: "eerst denken, dan doen": a plan first, then the
execution); PRODUCT.md (actions with owner, start and due date, status, linked to
goals; traceability from primary process to action).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from socialstrategy.i18n import Text
from socialstrategy.scoring import codes
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, named, rule
from socialstrategy.scoring.rules._checks import each_empty, empty
from socialstrategy.scoring.rules._edit import chain, each, first, replace
from socialstrategy.scoring.thinking import gaps
from socialstrategy.vocab import ActionStatus, PlanPart

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.scoring.context import Context

_BOOK = "Seed 003: eerst denken, dan doen (Gulden & Van der Wurff)"
_PLAN = "PRODUCT.md: actions with owner, start, due, status, linked to goals"


def _actions(ctx: Context) -> int:
    return len(ctx.strategy.actions)


def _title(action: object) -> str | Text:
    return named(getattr(action, "title", ""))


def unfinished_thinking(ctx: Context) -> list[Text]:
    """What must be thought through before an action plan makes sense."""
    return [gap.text for gap in gaps(ctx)]


no_action_plan = rule(
    codes.NO_ACTION_PLAN,
    "no-action-plan",
    area=Area.ACTIONS,
    level=Level.ADVICE,
    title=("Nog geen actieplan", "No action plan yet"),
    message=(
        "Er is nog geen actieplan. Dat komt als laatste: eerst denken, dan doen.",
        "There is no action plan yet. It comes last: think first, then act.",
    ),
    fix=(
        "Als doelen, doelgroepen, kanalen en het crisisplan staan: zet per doel de acties"
        " op een rij, met eigenaar en deadline.",
        "Once goals, audiences, channels and the crisis plan stand: list the actions per"
        " goal, with an owner and a due date.",
    ),
    source=_BOOK,
    weight=100,
    fires=replace(actions=()),
    passes=lambda s: attrs.evolve(s, actions=s.actions[:1]),
)(empty("actions"))


@rule(
    "ACT002",
    "act-before-thinking",
    area=Area.ACTIONS,
    level=Level.ERROR,
    title=("Doen voor denken", "Acting before thinking"),
    message=(
        "Er staan acties gepland terwijl het denkwerk niet af is: {gaps}.",
        "Actions are planned while the thinking is unfinished: {gaps}.",
    ),
    fix=(
        "Maak eerst de doelen, doelgroepen, kanalen en het crisisplan af; pas dan het"
        " actieplan aan.",
        "Finish the goals, audiences, channels and crisis plan first; then adjust the action plan.",
    ),
    source=_BOOK,
    weight=30,
    fires=first("goals", processes=("werving",)),
    passes=first("goals", processes=("werving", "dagbesteding")),
)
def act_before_thinking(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.actions:
        return
    gaps = unfinished_thinking(ctx)
    if gaps:
        yield Hit(
            "actions",
            {"gaps": Text("; ".join(g.nl for g in gaps), "; ".join(g.en for g in gaps))},
        )


@rule(
    "ACT003",
    "action-without-goal",
    area=Area.ACTIONS,
    level=Level.ERROR,
    title=("Actie zonder doel", "Action without a goal"),
    message=(
        "Actie '{action}' dient geen doel en brengt geen onderdeel van de strategie in"
        " praktijk: waarom doen we dit?",
        "Action '{action}' serves no goal and puts no part of the strategy into practice:"
        " why do we do this?",
    ),
    fix=(
        "Koppel de actie aan het doel dat ze dichterbij brengt of aan het onderdeel dat ze"
        " invoert (richtlijn, crisisplan, scholing…), of schrap haar.",
        "Link the action to the goal it brings closer or the part it implements"
        " (guideline, crisis plan, training…), or drop it.",
    ),
    source="Traceability: process → goal → audience → channel → action (PRODUCT.md)",
    weight=30,
    mode="share",
    population=_actions,
    fires=each("actions", goals=()),
    passes=chain(each("actions", goals=()), each("actions", supports=(PlanPart.CRISIS,))),
)
def action_without_goal(ctx: Context) -> Iterator[Hit]:
    for i, action in enumerate(ctx.strategy.actions):
        if not action.goals and not action.supports:
            yield Hit(f"actions[{i}].goals", {"action": _title(action)})


action_without_owner = rule(
    "ACT004",
    "action-without-owner",
    area=Area.ACTIONS,
    level=Level.WARNING,
    title=("Actie zonder eigenaar", "Action without an owner"),
    message=("Niemand is eigenaar van actie '{action}'.", "Nobody owns action '{action}'."),
    fix=("Wijs een eigenaar aan.", "Name an owner."),
    source=_PLAN,
    weight=20,
    mode="share",
    population=_actions,
    fires=each("actions", owner=""),
    passes=each("actions", owner="Team communicatie"),
)(each_empty("actions", "owner", lambda action: {"action": _title(action)}))


action_without_due_date = rule(
    "ACT005",
    "action-without-due-date",
    area=Area.ACTIONS,
    level=Level.WARNING,
    title=("Actie zonder deadline", "Action without a due date"),
    message=("Actie '{action}' heeft geen deadline.", "Action '{action}' has no due date."),
    fix=("Spreek een deadline af.", "Agree on a due date."),
    source=_PLAN,
    weight=15,
    mode="share",
    population=_actions,
    fires=each("actions", due=None),
    passes=each("actions", due=dt.date(2027, 6, 1)),
)(each_empty("actions", "due", lambda action: {"action": _title(action)}))


@rule(
    "ACT006",
    "action-overdue",
    area=Area.ACTIONS,
    level=Level.WARNING,
    title=("Actie over de deadline", "Action overdue"),
    message=(
        "Actie '{action}' had op {due} af moeten zijn.",
        "Action '{action}' was due on {due}.",
    ),
    fix=(
        "Rond de actie af, of spreek met de eigenaar een nieuwe deadline af.",
        "Finish the action, or agree a new due date with its owner.",
    ),
    source=_PLAN,
    weight=15,
    mode="share",
    population=_actions,
    fires=lambda s: attrs.evolve(
        s, actions=tuple(attrs.evolve(a, start=None, due=s.meta.last_reviewed) for a in s.actions)
    ),
    passes=lambda s: attrs.evolve(
        s,
        actions=tuple(
            attrs.evolve(a, start=None, due=s.meta.last_reviewed, status=ActionStatus.DONE)
            for a in s.actions
        ),
    ),
)
def action_overdue(ctx: Context) -> Iterator[Hit]:
    for i, action in enumerate(ctx.strategy.actions):
        if action.overdue(ctx.today) and action.due is not None:
            yield Hit(f"actions[{i}].due", {"action": _title(action), "due": action.due})


action_without_start = rule(
    "ACT007",
    "action-without-start",
    area=Area.ACTIONS,
    level=Level.ADVICE,
    title=("Actie zonder startdatum", "Action without a start date"),
    message=("Actie '{action}' heeft geen startdatum.", "Action '{action}' has no start date."),
    fix=(
        "Plan wanneer de actie begint, zodat de planning op een tijdlijn past.",
        "Plan when the action starts, so the plan fits on a timeline.",
    ),
    source=_PLAN,
    weight=5,
    mode="share",
    population=_actions,
    fires=each("actions", start=None),
    passes=each("actions", start=dt.date(2026, 12, 1)),
)(each_empty("actions", "start", lambda action: {"action": _title(action)}))


@rule(
    "ACT008",
    "goal-without-action",
    area=Area.ACTIONS,
    level=Level.ADVICE,
    title=("Doel zonder actie", "Goal without an action"),
    message=(
        "Voor doel '{goal}' staat nog geen actie gepland.",
        "No action is planned yet for goal '{goal}'.",
    ),
    fix=(
        "Plan op de stap Actieplan ten minste één actie per doel.",
        "On the Action plan step, plan at least one action per goal.",
    ),
    fix_path="actions",
    source="Traceability: process → goal → audience → channel → action (PRODUCT.md)",
    weight=15,
    mode="share",
    population=lambda ctx: len(ctx.strategy.goals),
    fires=lambda s: attrs.evolve(s, actions=s.actions[:1]),
    passes=each("actions", status=ActionStatus.DONE),
)
def goal_without_action(ctx: Context) -> Iterator[Hit]:
    if not ctx.strategy.actions:
        return  # the missing plan is ACT001's finding, not one per goal
    for i, goal in enumerate(ctx.strategy.goals):
        if goal.id not in ctx.actions_by_goal:
            yield Hit(f"goals[{i}]", {"goal": named(goal.title)})


@rule(
    "ACT009",
    "action-channel-off-goal",
    area=Area.ACTIONS,
    level=Level.ADVICE,
    title=("Kanaal past niet bij het doel", "Channel does not serve the goal"),
    message=(
        "Actie '{action}' zet kanaal '{channel}' in, maar dat kanaal dient geen van de"
        " doelen van de actie.",
        "Action '{action}' uses channel '{channel}', but that channel serves none of the"
        " action's goals.",
    ),
    fix=(
        "Kies een kanaal dat het doel dient, of voeg het doel toe aan het kanaal.",
        "Choose a channel that serves the goal, or add the goal to the channel.",
    ),
    source="Traceability: process → goal → audience → channel → action (PRODUCT.md)",
    weight=10,
    mode="share",
    population=_actions,
    fires=first("actions", channels=("instagram",)),
    passes=first("actions", channels=()),
)
def action_channel_off_goal(ctx: Context) -> Iterator[Hit]:
    by_id = {c.id: c for c in ctx.strategy.channels}
    for i, action in enumerate(ctx.strategy.actions):
        for j, ref in enumerate(action.channels):
            channel = by_id.get(ref)
            if action.goals and (channel is None or not set(channel.goals) & set(action.goals)):
                name = (channel.name if channel is not None else "") or ref
                yield Hit(
                    f"actions[{i}].channels[{j}]", {"action": _title(action), "channel": name}
                )
