"""What is computed once per saved revision: charts, exports, the score."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from socialstrategy.planner.state.drafts import shown_on
from socialstrategy.planner.state.session import session
from socialstrategy.scoring import Report, score

if TYPE_CHECKING:
    from collections.abc import Callable

    from socialstrategy.model import Strategy

T = TypeVar("T")


def memo(name: str, compute: Callable[[Strategy], T]) -> T | None:
    """*compute* over the current strategy, once per saved revision (charts, exports)."""
    held = session()
    current = held.shown
    if current is None:
        return None
    hit = held.memos.get(name)
    if hit is None or hit[0] != current.digest or held.unsaved is not None:
        hit = (current.digest, compute(held.plan or current.strategy))
        held.memos[name] = hit
    return hit[1]  # type: ignore[return-value]


def report() -> Report | None:
    """The score of the plan the steps show, computed once per saved revision and day."""
    held = session()
    current = held.shown
    if current is None:
        return None
    # An earlier revision open to read is scored as on the day it was saved.
    memo_key = (current.digest, shown_on())
    if held.report is None or held.report[0] != memo_key or held.unsaved is not None:
        held.report = (memo_key, score(held.plan or current.strategy, today=memo_key[1]))
    return held.report[1]
