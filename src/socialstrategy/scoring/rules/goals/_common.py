"""Helpers shared by the goal rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from socialstrategy.scoring.rule import named

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Text
    from socialstrategy.model import Strategy
    from socialstrategy.scoring.context import Context
    from socialstrategy.scoring.rule import Example


_BOOK = "Gulden & Van der Wurff, Social media in zorg en welzijn (seed 003)"


def _goals(ctx: Context) -> int:
    return len(ctx.strategy.goals)


def _indicators(ctx: Context) -> int:
    return sum(len(g.indicators) for g in ctx.strategy.goals)


def _name(goal: object) -> str | Text:
    return named(getattr(goal, "title", ""))


def _set_deadlines(deadline: dt.date) -> Example:
    def change(s: Strategy) -> Strategy:
        goals = tuple(
            attrs.evolve(
                g, indicators=tuple(attrs.evolve(x, deadline=deadline) for x in g.indicators)
            )
            for g in s.goals
        )
        return attrs.evolve(s, goals=goals)

    return change
