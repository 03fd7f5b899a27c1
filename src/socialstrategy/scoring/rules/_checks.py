"""Checks many rules share, made from what they look at."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, TypeGuard

from socialstrategy.scoring.rule import Hit

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterator, Mapping

    from socialstrategy.i18n import Text
    from socialstrategy.scoring.context import Context
    from socialstrategy.scoring.rule import Check


def _missing(value: object) -> bool:
    """Whether a field is left open: text empty or only white space, an empty list, a box
    not ticked, or no value (a date not set)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, tuple):
        return not value
    return value is None


def _at(ctx: Context, path: str) -> Any:
    """The part of the strategy at the dotted *path*."""
    return functools.reduce(getattr, path.split("."), ctx.strategy)


def empty(path: str, *, when: Callable[[Context], bool] | None = None) -> Check:
    """A check that finds the field at *path* (``"part.field"``, or a list ``"part"``)
    left open; with *when*, only in a strategy where that holds."""

    def check(ctx: Context) -> Iterator[Hit]:
        if (when is None or when(ctx)) and _missing(_at(ctx, path)):
            yield Hit(path)

    return check


def each_empty(items: str, field: str, params: Callable[[Any], Mapping[str, object]]) -> Check:
    """A check that finds *field* left open in each item of the list at *items*; the
    hit's *params* name the item."""

    def check(ctx: Context) -> Iterator[Hit]:
        for i, item in enumerate(_at(ctx, items)):
            if _missing(getattr(item, field)):
                yield Hit(f"{items}[{i}].{field}", params(item))

    return check


def lacking(*wanted: tuple[Text, bool]) -> list[Text]:
    """The texts of what is *wanted* and not there: ``lacking((Text("een eigenaar", "an
    owner"), bool(channel.owner)), ...)``; listed in a message with :func:`fmt.listed`."""
    return [text for text, present in wanted if not present]


def passed(day: dt.date | None, today: dt.date) -> TypeGuard[dt.date]:
    """Whether *day* is set and lies before *today*: a deadline, review date or term that
    has passed. Due today is not yet overdue."""
    return day is not None and day < today


def date_passed(
    path: str,
    params: Callable[[dt.date], Mapping[str, object]],
    *,
    when: Callable[[Context], bool] | None = None,
) -> Check:
    """A check that finds the date at *path* (``"meta.next_review"``) passed; the hit's
    *params* word the date; with *when*, only in a strategy where that holds."""

    def check(ctx: Context) -> Iterator[Hit]:
        day = _at(ctx, path)
        if (when is None or when(ctx)) and passed(day, ctx.today):
            yield Hit(path, params(day))

    return check
