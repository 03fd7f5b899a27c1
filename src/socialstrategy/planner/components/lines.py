"""A list of short texts edited as a text area, one text per line (the crisis plan's first
hour, its prevention, a scenario's steps)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.planner import widgets

if TYPE_CHECKING:
    from collections.abc import Sequence


def show(label: str, values: Sequence[str], path: str, help: str) -> tuple[str, ...]:
    """The texts as edited; the list as it is until the area is edited.

    An item written by hand may hold a line break or spaces: only an edit splits it again.
    """
    shown = "\n".join(values)
    written = widgets.text(label, shown, path, area=True, help=help)
    if written == shown:
        return tuple(values)
    return tuple(line.strip() for line in written.splitlines() if line.strip())


__all__ = ["show"]
