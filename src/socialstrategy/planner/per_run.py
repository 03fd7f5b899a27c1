"""What one run of the planner's script has settled, forgotten when the next run starts.

The widget-key prefix and the language are read from the session once per run, not at
every widget; the findings shown beside their parts and the redraws asked for belong to
the run that made them. Each session's runs happen in a script thread of their own, so
a thread-local never carries one manager's run into another's; :func:`new` is called
first in every run, so nothing an earlier run settled in the same thread holds.
"""

from __future__ import annotations

import threading
from typing import Any

_LOCAL = threading.local()


def new() -> None:
    """A new run: forget everything the previous one settled."""
    _LOCAL.__dict__.clear()


def get(name: str, default: Any = None) -> Any:
    return _LOCAL.__dict__.get(name, default)


def put(name: str, value: Any) -> None:
    setattr(_LOCAL, name, value)


def forget(name: str) -> None:
    _LOCAL.__dict__.pop(name, None)


def collect(name: str) -> list[Any]:
    """The list *name* of this run, made empty on first use (items are appended to it)."""
    items: list[Any] = _LOCAL.__dict__.setdefault(name, [])
    return items


__all__ = ["collect", "forget", "get", "new", "put"]
