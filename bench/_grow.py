"""Grow a strategy to *factor* times its size, and keep it a valid strategy.

Goals, audiences, channels, actions and crisis scenarios are repeated *factor* times.
Copy 0 is the original; copy ``k`` gets fresh ids (``<id>-x<k>``) and its references
point at the goals, audiences and channels of the same copy, so every reference resolves
and no id occurs twice. Processes and roles are shared by all copies. Only the
``socialstrategy`` package is needed: ``tests/test_bench.py`` imports this module.
"""

from __future__ import annotations

import attrs

import socialstrategy as ss


def _fresh(id_: str, copy: int) -> str:
    return id_ if copy == 0 else f"{id_}-x{copy}"


def _all(ids: tuple[str, ...], copy: int) -> tuple[str, ...]:
    return tuple(_fresh(i, copy) for i in ids)


def _copy(strategy: ss.Strategy, copy: int) -> dict[str, tuple[object, ...]]:
    return {
        "goals": tuple(
            attrs.evolve(g, id=_fresh(g.id, copy), audiences=_all(g.audiences, copy))
            for g in strategy.goals
        ),
        "audiences": tuple(attrs.evolve(a, id=_fresh(a.id, copy)) for a in strategy.audiences),
        "channels": tuple(
            attrs.evolve(
                c,
                id=_fresh(c.id, copy),
                audiences=_all(c.audiences, copy),
                goals=_all(c.goals, copy),
            )
            for c in strategy.channels
        ),
        "actions": tuple(
            attrs.evolve(
                a, id=_fresh(a.id, copy), goals=_all(a.goals, copy), channels=_all(a.channels, copy)
            )
            for a in strategy.actions
        ),
        "scenarios": tuple(
            attrs.evolve(s, id=_fresh(s.id, copy)) for s in strategy.crisis.scenarios
        ),
    }


def grow(strategy: ss.Strategy, factor: int) -> ss.Strategy:
    """*strategy* with *factor* times its goals, audiences, channels, actions, scenarios.

    Raises ``ValueError`` when the result would not be valid (``socialstrategy.validate``).
    """
    if factor < 1:
        raise ValueError(f"factor must be at least 1, not {factor}")
    copies = [_copy(strategy, k) for k in range(factor)]

    def joined(part: str) -> tuple[object, ...]:
        return tuple(item for copy in copies for item in copy[part])

    grown = attrs.evolve(
        strategy,
        goals=joined("goals"),
        audiences=joined("audiences"),
        channels=joined("channels"),
        actions=joined("actions"),
        crisis=attrs.evolve(strategy.crisis, scenarios=joined("scenarios")),
    )
    problems = ss.validate(grown)
    if problems:
        raise ValueError(f"grown strategy is not valid: {problems[0].path}: {problems[0].text.en}")
    return grown
