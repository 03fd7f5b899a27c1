"""A small map that keeps only the entries used most recently, safe across threads.

Saved revisions, written documents and opened drafts are kept by the digest or text
that names them, because they never change under that name; the planner asks for them
on every rerun, from several sessions at once. A plain ``functools.lru_cache`` cannot
serve: the key is not the call's arguments (a plan is looked up by its digest).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Bounded(Generic[K, V]):
    """At most *most* entries; the one used longest ago goes first."""

    def __init__(self, most: int) -> None:
        self.most = most
        self._entries: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: K) -> V | None:
        """The value kept under *key* (now the most recently used), else None."""
        with self._lock:
            value = self._entries.get(key)
            if value is not None:
                self._entries.move_to_end(key)
            return value

    def put(self, key: K, value: V) -> None:
        """Keep *value* under *key* as the most recently used; the oldest go past *most*."""
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.most:
                self._entries.popitem(last=False)

    def pop(self, key: K) -> V | None:
        """Take the value kept under *key* out (a value used once), else None."""
        with self._lock:
            return self._entries.pop(key, None)

    def clear(self) -> None:
        """Let go of every entry."""
        with self._lock:
            self._entries.clear()

    def __contains__(self, key: object) -> bool:
        """Whether *key* is kept (without counting as a use)."""
        with self._lock:
            return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)


__all__ = ["Bounded"]
