"""Helpers shared by the goal rules."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from socialstrategy.scoring.rule import named

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from socialstrategy.i18n import Text
    from socialstrategy.model import Goal, Indicator, Strategy
    from socialstrategy.scoring.context import Context
    from socialstrategy.scoring.rule import Example


_BOOK = "Gulden & Van der Wurff, Social media in zorg en welzijn (seed 003)"


def _goals(ctx: Context) -> int:
    return len(ctx.strategy.goals)


def _indicators(ctx: Context) -> int:
    return sum(len(g.indicators) for g in ctx.strategy.goals)


def _name(goal: object) -> str | Text:
    return named(getattr(goal, "title", ""))


def each_indicator(ctx: Context) -> Iterator[tuple[str, Goal, int, Indicator]]:
    """Every indicator of every goal: its path (``goals[0].indicators[1]``), its goal, its
    place among the goal's indicators, and the indicator."""
    for i, goal in enumerate(ctx.strategy.goals):
        for j, indicator in enumerate(goal.indicators):
            yield f"goals[{i}].indicators[{j}]", goal, j, indicator


def every_indicator(field: str, value: object = None) -> Example:
    """An example that sets *field* of every indicator to *value* (by default: clears it)."""
    changes: dict[str, Any] = {field: value}

    def change(s: Strategy) -> Strategy:
        goals = tuple(
            attrs.evolve(g, indicators=tuple(attrs.evolve(x, **changes) for x in g.indicators))
            for g in s.goals
        )
        return attrs.evolve(s, goals=goals)

    return change


def first_indicator(edit: Callable[[Indicator], Indicator]) -> Example:
    """An example that changes the first goal's first indicator by *edit*."""

    def change(s: Strategy) -> Strategy:
        first, *rest = s.goals
        indicator = edit(first.indicators[0])
        edited = attrs.evolve(first, indicators=(indicator, *first.indicators[1:]))
        return attrs.evolve(s, goals=(edited, *rest))

    return change
