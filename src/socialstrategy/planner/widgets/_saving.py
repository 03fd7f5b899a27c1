"""How a field saves: the moment its widget changes, from the widget's callback."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from socialstrategy.planner import roles, state

if TYPE_CHECKING:
    from collections.abc import Callable


def saves(
    key: str,
    path: str,
    convert: Callable[[Any], Any] | None = None,
    *,
    disabled: bool = False,
) -> dict[str, Any]:
    """The ``on_change`` that saves the field at *path* the moment the widget *key*
    changes (see :func:`state.commit`): a run cut short cannot skip it. The widget is
    *disabled*, and always for a person who may only read the plan (``roles``)."""
    return {
        "on_change": state.commit,
        "args": (key, path, convert),
        "disabled": disabled or roles.read_only(),
    }
