"""A lock across processes and threads: one writer at a time in a folder store.

``flock`` on a lock file: each holder opens the file itself, so two threads of one
planner process exclude each other as two processes do (``fcntl``'s record locks would
not: they belong to a process). The kernel lets go when a holder dies; nothing stale
is ever left behind to clean up.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold the exclusive lock on *path* (created when missing) for the ``with`` block."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing lets go of the lock
