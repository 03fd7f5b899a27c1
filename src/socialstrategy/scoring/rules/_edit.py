"""Small helpers for rule examples: change one part of a strategy, keep the rest."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialstrategy.model import Strategy
    from socialstrategy.vocab import LegalClockKind


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


def each_in(
    part: str, items: str, index: int | None = None, **changes: Any
) -> Callable[[Strategy], Strategy]:
    """An example that changes every item (or item *index*) of a list inside a table part:
    ``each_in("crisis", "scenarios", 0, lead="")``."""

    def change(s: Strategy) -> Strategy:
        edited = tuple(
            attrs.evolve(item, **changes) if index in (None, i) else item
            for i, item in enumerate(getattr(getattr(s, part), items))
        )
        return within(part, **{items: edited})(s)

    return change


def without(part: str, items: str, **match: Any) -> Callable[[Strategy], Strategy]:
    """An example that drops the items of a list inside a table part whose fields all equal
    *match*: ``without("engagement", "activities", kind=EngagementKind.KICKOFF)``."""

    def change(s: Strategy) -> Strategy:
        kept = tuple(
            item
            for item in getattr(getattr(s, part), items)
            if not all(getattr(item, name) == value for name, value in match.items())
        )
        return within(part, **{items: kept})(s)

    return change


def without_clock(kind: LegalClockKind) -> Callable[[Strategy], Strategy]:
    """An example whose crisis plan keeps no legal clock of *kind*."""
    return without("crisis", "legal_clocks", kind=kind)


def chain(*steps: Callable[[Strategy], Strategy]) -> Callable[[Strategy], Strategy]:
    """Several changes, applied in order."""

    def run(s: Strategy) -> Strategy:
        for step in steps:
            s = step(s)
        return s

    return run


def keep_first(part: str, items: str, n: int = 1) -> Callable[[Strategy], Strategy]:
    """An example that keeps only the first *n* items of a list inside a table part:
    ``keep_first("crisis", "scenarios")``."""
    return lambda s: within(part, **{items: getattr(getattr(s, part), items)[:n]})(s)


def reorder(part: str, items: str) -> Callable[[Strategy], Strategy]:
    """An example that lists the items of a list inside a table part the other way round."""
    return lambda s: within(part, **{items: getattr(getattr(s, part), items)[::-1]})(s)


def each_trimmed(part: str, field: str, n: int = 1) -> Callable[[Strategy], Strategy]:
    """An example that keeps the first *n* entries of list *field* in every item of a
    list part: ``each_trimmed("goals", "audiences")``."""

    def change(s: Strategy) -> Strategy:
        edited: dict[str, Any] = {
            part: tuple(
                attrs.evolve(item, **{field: getattr(item, field)[:n]}) for item in getattr(s, part)
            )
        }
        return attrs.evolve(s, **edited)

    return change
