"""What rules look at: the strategy, the date of scoring, and indexes built once."""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from socialstrategy.model import Governance, Strategy, governance
from socialstrategy.scoring.crisis_plan import Missing, missing_from_crisis_plan
from socialstrategy.vocab import AudienceKind, ProcessKind


@attrs.frozen
class Context:
    """The strategy being scored and the day it is scored on (for dates in the past)."""

    strategy: Strategy
    today: dt.date

    @functools.cached_property
    def governance(self) -> Governance:
        """Who adopts, who speaks for staff and clients: recorded, else assumed."""
        return governance(self.strategy.organisation)

    @functools.cached_property
    def primary_process_ids(self) -> frozenset[str]:
        return frozenset(
            p.id for p in self.strategy.organisation.processes if p.kind is ProcessKind.PRIMARY
        )

    @functools.cached_property
    def missing_from_crisis_plan(self) -> tuple[Missing, ...]:
        """What the crisis plan lacks to be one (see :mod:`crisis_plan`)."""
        return missing_from_crisis_plan(self.strategy.crisis)

    @property
    def has_crisis_plan(self) -> bool:
        """Whether there is a crisis plan: one predicate for rules, thinking and decisions."""
        return not self.missing_from_crisis_plan

    @functools.cached_property
    def role_ids(self) -> frozenset[str]:
        return frozenset(r.id for r in self.strategy.organisation.roles)

    @functools.cached_property
    def channels_by_goal(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for index, channel in enumerate(self.strategy.channels):
            for goal in channel.goals:
                out.setdefault(goal, []).append(index)
        return out

    @functools.cached_property
    def channels_by_audience(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for index, channel in enumerate(self.strategy.channels):
            for audience in channel.audiences:
                out.setdefault(audience, []).append(index)
        return out

    @functools.cached_property
    def actions_by_goal(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for index, action in enumerate(self.strategy.actions):
            for goal in action.goals:
                out.setdefault(goal, []).append(index)
        return out

    @functools.cached_property
    def audience_kinds(self) -> frozenset[AudienceKind]:
        return frozenset(a.kind for a in self.strategy.audiences)

    @functools.cached_property
    def audience_kind_by_id(self) -> dict[str, AudienceKind]:
        return {a.id: a.kind for a in self.strategy.audiences}
