"""The score trend: how the plan scored at each adopted or reviewed revision.

A board asks "are we getting better?". Every save is a revision, but most are a
manager's working steps; the ones a board has seen are those adopted and those sent
for review. Each is scored as on the day it was saved, so a review date that had not
yet passed then does not count against it now. The storage layer hands the revisions
in (:class:`Saved`); nothing here reads a store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from socialstrategy.caching import Bounded
from socialstrategy.model import Strategy
from socialstrategy.scoring.areas import Area
from socialstrategy.scoring.report import score
from socialstrategy.vocab import PlanStatus, Term

if TYPE_CHECKING:
    from socialstrategy.scoring.report import Report


@attrs.frozen(kw_only=True)
class Saved:
    """One saved revision of a plan, as the store recorded it."""

    number: int
    saved_on: dt.date
    strategy: Strategy
    #: The digest of the revision's bytes, when the store gave it: the same bytes saved
    #: on the same day score the same, so their score is computed once (see :func:`scored`).
    digest: str = ""


@attrs.frozen
class Stage:
    """What decides whether a revision counts in the trend: its status, and the revision
    its adoption names. Tiny, so a caller can keep it per digest instead of the plan."""

    status: PlanStatus
    adopted_as: int | None

    @classmethod
    def of(cls, strategy: Strategy) -> Stage:
        lifecycle = strategy.lifecycle
        return cls(lifecycle.status, lifecycle.adoption.revision)


@attrs.frozen(kw_only=True)
class Scored:
    """One adopted or reviewed revision with its score, as on the day it was saved."""

    number: int
    saved_on: dt.date
    #: Adopted by the board (else: the last save of a round of review).
    adopted: bool
    overall: float
    level: int
    areas: Mapping[Area, float]


class Direction(Term):
    """How a score moved against the last adopted revision."""

    UP = ("up", "hoger", "higher")
    DOWN = ("down", "lager", "lower")
    SAME = ("same", "gelijk", "unchanged")

    @property
    def arrow(self) -> str:
        return {"up": "▲", "down": "▼", "same": "="}[self.value]


@attrs.frozen(kw_only=True)
class Change:
    """A score now against the same score at the last adopted revision."""

    before: float
    now: float

    @property
    def shown(self) -> tuple[int, int]:
        """The two scores as every reader sees them: whole points of 100."""
        return round(self.before), round(self.now)

    @property
    def delta(self) -> int:
        """How far the shown score moved; its sign is the arrow's direction, so the
        planner, the command line and the documents never disagree ("97 → 97" has none)."""
        before, now = self.shown
        return now - before

    @property
    def direction(self) -> Direction:
        if self.delta > 0:
            return Direction.UP
        if self.delta < 0:
            return Direction.DOWN
        return Direction.SAME


@attrs.frozen(kw_only=True)
class Comparison:
    """The plan now against its last adopted revision: overall and per area."""

    baseline: Scored
    overall: Change
    areas: Mapping[Area, Change]

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON: the adopted revision, and each score then and now with
        its direction (``up``, ``down``, ``same``)."""

        def change(moved: Change) -> dict[str, Any]:
            return {
                "before": round(moved.before, 1),
                "now": round(moved.now, 1),
                "direction": moved.direction.code,
            }

        return {
            "revision": self.baseline.number,
            "saved_on": self.baseline.saved_on.isoformat(),
            "level": self.baseline.level,
            "overall": change(self.overall),
            "areas": {area.code: change(moved) for area, moved in self.areas.items()},
        }


def _counts(number: int, stage: Stage, following: Stage | None) -> bool | None:
    """True for an adopted revision, False for the last save of a review round, None
    for a revision the board never saw."""
    if stage.status is PlanStatus.ADOPTED and stage.adopted_as == number:
        return True
    if stage.status is PlanStatus.IN_REVIEW:
        next_status = following.status if following else None
        return None if next_status is PlanStatus.IN_REVIEW else False
    return None


def counted(stages: Sequence[tuple[int, Stage]]) -> list[tuple[int, bool]]:
    """The revisions that count, by number, each with whether it was adopted (else it
    ends a round of review); *stages* are (number, stage) of every revision, the oldest
    first."""
    out = []
    for index, (number, stage) in enumerate(stages):
        following = stages[index + 1][1] if index + 1 < len(stages) else None
        kind = _counts(number, stage, following)
        if kind is not None:
            out.append((number, kind))
    return out


#: Scores of revisions by (digest, number, day, adopted): a plan's trend is asked for on
#: every planner rerun and every export, and its old revisions never change.
_SCORED: Bounded[tuple[str, int, dt.date, bool], Scored] = Bounded(4096)


def known(digest: str, number: int, saved_on: dt.date, *, adopted: bool) -> Scored | None:
    """The score of the revision with *digest* when it was computed before, else None."""
    if not digest:
        return None
    return _SCORED.get((digest, number, saved_on, adopted))


def scored(revision: Saved, *, adopted: bool) -> Scored:
    """*revision* scored as on the day it was saved (once per digest and day, when the
    revision has its digest)."""
    hit = known(revision.digest, revision.number, revision.saved_on, adopted=adopted)
    if hit is not None:
        return hit
    report = score(revision.strategy, today=revision.saved_on)
    point = Scored(
        number=revision.number,
        saved_on=revision.saved_on,
        adopted=adopted,
        overall=report.overall,
        level=report.maturity.level,
        areas={area: result.score for area, result in report.areas.items()},
    )
    if revision.digest:
        _SCORED.put((revision.digest, revision.number, revision.saved_on, adopted), point)
    return point


def score_history(revisions: Iterable[Saved]) -> tuple[Scored, ...]:
    """Every adopted revision, and the last save of every round of review, scored;
    the oldest first. *revisions* are a plan's saved revisions, in any order."""
    ordered = sorted(revisions, key=lambda r: r.number)
    by_number = {r.number: r for r in ordered}
    kinds = counted([(r.number, Stage.of(r.strategy)) for r in ordered])
    return tuple(scored(by_number[number], adopted=adopted) for number, adopted in kinds)


def last_adopted(history: Iterable[Scored]) -> Scored | None:
    """The newest adopted revision in *history*."""
    adopted = [point for point in history if point.adopted]
    return max(adopted, key=lambda p: p.number) if adopted else None


@attrs.frozen(kw_only=True)
class History:
    """What a plan's saved revisions tell a document: the score of each adopted or
    reviewed revision, and the last adopted revision with its plan (to say what changed
    since). Empty for a plan with no history kept, such as a file on its own."""

    scored: tuple[Scored, ...] = ()
    adopted: Saved | None = None

    @classmethod
    def of(cls, revisions: Iterable[Saved]) -> History:
        """The history of a plan's saved *revisions* (in any order)."""
        ordered = sorted(revisions, key=lambda r: r.number)
        scored = score_history(ordered)
        newest = last_adopted(scored)
        adopted = next((r for r in ordered if newest and r.number == newest.number), None)
        return cls(scored=scored, adopted=adopted)

    def until(self, number: int) -> History:
        """The history as it stood at revision *number* (what a document of that revision
        shows): the revisions up to it, and the last adopted plan if it was adopted by then."""
        adopted = self.adopted if self.adopted and self.adopted.number <= number else None
        return History(scored=tuple(p for p in self.scored if p.number <= number), adopted=adopted)


def compare(now: Report, history: Iterable[Scored]) -> Comparison | None:
    """The plan's score now (*now*) against its last adopted revision; None when none
    was adopted."""
    baseline = last_adopted(history)
    if baseline is None:
        return None
    return Comparison(
        baseline=baseline,
        overall=Change(before=baseline.overall, now=now.overall),
        areas={
            area: Change(before=baseline.areas.get(area, 0.0), now=result.score)
            for area, result in now.areas.items()
        },
    )


__all__ = [
    "Change",
    "Comparison",
    "Direction",
    "History",
    "Saved",
    "Scored",
    "Stage",
    "compare",
    "counted",
    "known",
    "last_adopted",
    "score_history",
    "scored",
]
