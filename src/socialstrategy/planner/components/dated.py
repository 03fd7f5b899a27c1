"""A part's dated entries edited as a table, one row per entry: an indicator's
measurements, an action's status updates. The day comes first and every row needs one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from socialstrategy.planner import tables

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Mapping, Sequence


class _Dated(Protocol):
    @property
    def date(self) -> dt.date | None: ...


EntryT = TypeVar("EntryT", bound=_Dated)


def show(
    path: str,
    entries: tuple[EntryT, ...],
    day: str,
    columns: Sequence[tables.Column[EntryT]],
    build: Callable[[Mapping[str, Any]], EntryT],
) -> tuple[EntryT, ...]:
    """The *entries* of the part at *path* as edited: a column of days headed *day*, then
    *columns*; *build* makes an entry of a row.

    The table of a part that stood at *path* before is forgotten first: a part above it
    was removed, and its table would show the removed part's entries.
    """
    tables.forget_stale(path, entries)
    return tables.edit(
        path,
        entries,
        [attrs.evolve(tables.date_column("date", day, lambda x: x.date), needed=True), *columns],
        lambda row, _: build(row),
    )


__all__ = ["show"]
