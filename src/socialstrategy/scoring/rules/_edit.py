"""Small helpers for rule examples: change one part of a strategy, keep the rest."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialstrategy.model import Strategy


def replace(**changes: Any) -> Callable[[Strategy], Strategy]:
    """An example that sets top-level parts: ``replace(goals=())``."""
    return lambda s: attrs.evolve(s, **changes)


def each(part: str, **changes: Any) -> Callable[[Strategy], Strategy]:
    """An example that changes every item of a list part: ``each("goals", owner="")``."""

    def change(s: Strategy) -> Strategy:
        items: dict[str, Any] = {
            part: tuple(attrs.evolve(item, **changes) for item in getattr(s, part))
        }
        return attrs.evolve(s, **items)

    return change


def first(part: str, **changes: Any) -> Callable[[Strategy], Strategy]:
    """An example that changes the first item of a list part."""

    def change(s: Strategy) -> Strategy:
        items = getattr(s, part)
        edited: dict[str, Any] = {part: (attrs.evolve(items[0], **changes), *items[1:])}
        return attrs.evolve(s, **edited)

    return change


def within(part: str, **changes: Any) -> Callable[[Strategy], Strategy]:
    """An example that changes fields of a table part: ``within("crisis", owner="")``."""

    def change(s: Strategy) -> Strategy:
        edited: dict[str, Any] = {part: attrs.evolve(getattr(s, part), **changes)}
        return attrs.evolve(s, **edited)

    return change


def chain(*steps: Callable[[Strategy], Strategy]) -> Callable[[Strategy], Strategy]:
    """Several changes, applied in order."""

    def run(s: Strategy) -> Strategy:
        for step in steps:
            s = step(s)
        return s

    return run
