"""Field paths (``goals[2].indicators[0].target``): read and replace one value of a strategy.

The planner saves a field the moment it changes, by its path, from a widget's callback;
findings point at the same paths. Replacing goes through :func:`attrs.evolve`, so every
local rule of the model is checked again on the way.
"""

from __future__ import annotations

import re
from typing import Any, Final

import attrs

_STEP: Final = re.compile(r"\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


class PathError(LookupError):
    """A path that does not lead to a field of the object."""


def parse(path: str) -> tuple[str | int, ...]:
    """``"goals[2].name"`` → ``("goals", 2, "name")``."""
    steps: list[str | int] = []
    at = 0
    while at < len(path):
        match = _STEP.match(path, at)
        if match is None or (at == 0 and path.startswith(".")):
            raise PathError(f"not a field path: {path!r}")
        name, index = match.groups()
        steps.append(name if name is not None else int(index))
        at = match.end()
    if not steps:
        raise PathError("an empty field path")
    return tuple(steps)


def get_at(obj: Any, path: str) -> Any:
    """The value at *path* in *obj*."""
    for step in parse(path):
        obj = _child(obj, step)
    return obj


def set_at(obj: Any, path: str, value: Any) -> Any:
    """A copy of *obj* with *value* at *path*; raises :class:`PathError` for a path that
    leads nowhere, and the model's own errors for a value that breaks one of its rules."""
    return _replace(obj, parse(path), value)


def _child(obj: Any, step: str | int) -> Any:
    if isinstance(step, int):
        if not isinstance(obj, tuple) or not 0 <= step < len(obj):
            raise PathError(f"no item {step}")
        return obj[step]
    if not attrs.has(type(obj)) or step not in attrs.fields_dict(type(obj)):
        raise PathError(f"no field {step!r} in {type(obj).__name__}")
    return getattr(obj, step)


def _replace(obj: Any, steps: tuple[str | int, ...], value: Any) -> Any:
    head, rest = steps[0], steps[1:]
    new = _replace(_child(obj, head), rest, value) if rest else value
    if isinstance(head, int):
        return (*obj[:head], new, *obj[head + 1 :])
    return attrs.evolve(obj, **{head: new})


__all__ = ["PathError", "get_at", "parse", "set_at"]
