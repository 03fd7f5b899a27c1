"""A part as edited on a page: the part it was, with the fields as the widgets read them.

Pages change a part with ``attrs.evolve``, never by building it again field by field, so
a field the page does not show is kept. A change that breaks one of the part's own rules
is said beside the fields, and the part stays as it was (``widgets.build``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from socialstrategy.planner import widgets

if TYPE_CHECKING:
    from attrs import AttrsInstance

T = TypeVar("T", bound="AttrsInstance")


def part(old: T, **fields: Any) -> T:
    """*old* with *fields* changed, or *old* itself when they do not make a valid part."""
    # The attrs plugin checks evolve() on a concrete class only; the bound says one is given.
    return widgets.build(lambda: attrs.evolve(old, **fields), old)  # type: ignore[misc]


__all__ = ["part"]
