"""Places for findings beside fields that each have their own box.

``FindingSlots.here(a, b)`` makes one place for several fields, so that a rule about
them is one box; a form whose fields are about different things marks one place per
field instead, with :func:`each`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from socialstrategy.planner.widgets import FindingSlots


def each(slots: FindingSlots, *prefixes: str) -> None:
    """Mark a place for the findings on each of *prefixes*, shown once the change is saved."""
    for prefix in prefixes:
        slots.here(prefix)


def fields(slots: FindingSlots, path: str, *names: str) -> None:
    """A place for each field *names* of the part at *path*."""
    each(slots, *(f"{path}.{name}" for name in names))


__all__ = ["each", "fields"]
