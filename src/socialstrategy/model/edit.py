"""Edits that keep a strategy's references whole."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

from socialstrategy.i18n import DEFAULT_LANGUAGE
from socialstrategy.model._fields import slug
from socialstrategy.model.actions import Action
from socialstrategy.model.audiences import Audience
from socialstrategy.model.channels import Channel
from socialstrategy.model.crisis import Scenario
from socialstrategy.model.engagement import Activity
from socialstrategy.model.goals import Goal
from socialstrategy.model.readiness import ReadinessAnswer
from socialstrategy.vocab import (
    KEY_AUDIENCES,
    AudienceKind,
    ChannelKind,
    CheckQuestion,
    EngagementKind,
    ScenarioKind,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from attrs import AttrsInstance

    from socialstrategy.i18n import Language
    from socialstrategy.model.strategy import Strategy

ItemT = TypeVar("ItemT", bound="AttrsInstance")


def new_channel(strategy: Strategy) -> Channel:
    """A blank channel of kind "other" with an id no channel of *strategy* has yet."""
    return Channel(id=fresh_id("kanaal", (c.id for c in strategy.channels)), kind=ChannelKind.OTHER)


def new_activity(strategy: Strategy) -> Activity:
    """A blank engagement activity with an id no activity of *strategy* has yet."""
    taken = (a.id for a in strategy.engagement.activities)
    return Activity(id=fresh_id("activiteit", taken), kind=EngagementKind.OTHER)


def new_action(strategy: Strategy) -> Action:
    """A blank action with an id no action of *strategy* has yet."""
    return Action(id=fresh_id("actie", (a.id for a in strategy.actions)))


def new_scenario(strategy: Strategy) -> Scenario:
    """A blank crisis scenario with an id no scenario of *strategy* has yet."""
    taken = (s.id for s in strategy.crisis.scenarios)
    return Scenario(id=fresh_id("scenario", taken), kind=ScenarioKind.OTHER)


def remove_channel(strategy: Strategy, channel_id: str) -> Strategy:
    """*strategy* without the channel *channel_id*, and without the actions' references to it."""
    return attrs.evolve(
        strategy,
        channels=tuple(c for c in strategy.channels if c.id != channel_id),
        actions=_dropped(strategy.actions, "channels", channel_id),
    )


def _dropped(items: tuple[ItemT, ...], field: str, id_: str) -> tuple[ItemT, ...]:
    """*items* with *id_* taken out of each one's list of references *field* (an item
    that does not refer to it stays as it is)."""

    def without(item: ItemT) -> ItemT:
        refs: tuple[str, ...] = getattr(item, field)
        if id_ not in refs:
            return item
        changed: dict[str, Any] = {field: tuple(r for r in refs if r != id_)}
        # mypy's attrs plugin cannot evolve a type variable, even one bound to attrs classes.
        evolved: ItemT = attrs.evolve(cast("Any", item), **changed)
        return evolved

    return tuple(without(item) for item in items)


def _referring(items: Iterable[object], path: str, field: str, id_: str) -> list[str]:
    """The paths (``path[i].field``) of the *items* whose references *field* hold *id_*."""
    return [f"{path}[{i}].{field}" for i, x in enumerate(items) if id_ in getattr(x, field)]


# --- goals and audiences ------------------------------------------------------------


def fresh_id(hint: str, taken: Iterable[str], fallback: str = "item") -> str:
    """An id made from *hint* (``"Cliëntenraad"`` → ``clientenraad``), numbered from 2
    (``doel-2``) when *taken* already has it; always a valid id."""
    stem = slug(hint) or fallback
    used = set(taken)
    candidate, number = stem, 1
    while candidate in used:
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


def new_goal(strategy: Strategy) -> Goal:
    """A blank goal with an id no goal of *strategy* has yet."""
    return Goal(id=fresh_id("doel", (g.id for g in strategy.goals)))


def references_to_goal(strategy: Strategy, goal_id: str) -> tuple[str, ...]:
    """Where channels and actions refer to the goal *goal_id* (``actions[1].goals``)."""
    return tuple(
        _referring(strategy.channels, "channels", "goals", goal_id)
        + _referring(strategy.actions, "actions", "goals", goal_id)
    )


def remove_goal(strategy: Strategy, goal_id: str) -> Strategy:
    """*strategy* without the goal *goal_id*, and without the channels' and actions'
    references to it."""
    return attrs.evolve(
        strategy,
        goals=tuple(g for g in strategy.goals if g.id != goal_id),
        channels=_dropped(strategy.channels, "goals", goal_id),
        actions=_dropped(strategy.actions, "goals", goal_id),
    )


def new_audience(strategy: Strategy, language: Language = DEFAULT_LANGUAGE) -> Audience:
    """A new audience for *strategy*: the first key audience it lacks (clients, relatives,
    employees), else the general public; named after its kind, with a fresh id."""
    present = {a.kind for a in strategy.audiences}
    kind = next((k for k in KEY_AUDIENCES if k not in present), AudienceKind.PUBLIC)
    return Audience(
        id=fresh_id(kind.code, (a.id for a in strategy.audiences)),
        kind=kind,
        name=kind.label(language),
    )


def references_to_audience(strategy: Strategy, audience_id: str) -> tuple[str, ...]:
    """Where other parts refer to the audience *audience_id* (goals, channels, activities)."""
    activities = strategy.engagement.activities
    return tuple(
        _referring(strategy.goals, "goals", "audiences", audience_id)
        + _referring(strategy.channels, "channels", "audiences", audience_id)
        + _referring(activities, "engagement.activities", "audiences", audience_id)
    )


def remove_audience(strategy: Strategy, audience_id: str) -> Strategy:
    """*strategy* without the audience *audience_id*, and without the goals', channels' and
    engagement activities' references to it."""
    engagement = strategy.engagement
    return attrs.evolve(
        strategy,
        audiences=tuple(a for a in strategy.audiences if a.id != audience_id),
        goals=_dropped(strategy.goals, "audiences", audience_id),
        channels=_dropped(strategy.channels, "audiences", audience_id),
        engagement=attrs.evolve(
            engagement, activities=_dropped(engagement.activities, "audiences", audience_id)
        ),
    )


# --- readiness ----------------------------------------------------------------------


def readiness_sheet(strategy: Strategy) -> tuple[ReadinessAnswer, ...]:
    """One answer per check question, in the order of the nine: the strategy's own answer,
    or a blank "don't know" where the strategy has none."""
    given: dict[CheckQuestion, ReadinessAnswer] = {}
    for answer in strategy.readiness:
        given.setdefault(answer.question, answer)
    return tuple(given.get(q, ReadinessAnswer(question=q)) for q in CheckQuestion)


def set_readiness(strategy: Strategy, answers: Iterable[ReadinessAnswer]) -> Strategy:
    """*strategy* with *answers* (a sheet from :func:`readiness_sheet`, edited).

    The answers are kept in the order of the nine questions. A question the strategy
    lacks is added only once it is answered or explained: a blank "don't know" is not
    written. When nothing changed, *strategy* comes back as it is (its order untouched).
    """
    answers = tuple(answers)
    if answers == readiness_sheet(strategy):
        return strategy
    present = {a.question for a in strategy.readiness}
    by_question = {a.question: a for a in answers}
    kept = tuple(
        by_question[q]
        for q in CheckQuestion
        if q in by_question and (q in present or by_question[q] != ReadinessAnswer(question=q))
    )
    return attrs.evolve(strategy, readiness=kept)
