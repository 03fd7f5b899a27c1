"""Where the plan is in its life: draft, in review, adopted, and due for review again.

A plan is written (draft), read along and commented on (in review), advised on by the
works council, and adopted by the board: the revision adopted is recorded and never
changes (the store keeps every revision). An edit after that makes a new draft on top
of it, while the adopted revision stays what the organisation agreed. "Due for review"
is no status anyone sets: an adopted plan whose next review date (``meta.next_review``)
has passed is due.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from socialstrategy.model._fields import count, day, doc, text
from socialstrategy.vocab import PlanStage, PlanStatus

if TYPE_CHECKING:
    from socialstrategy.model.strategy import Strategy


@attrs.frozen(kw_only=True)
class Advice:
    """The advice of the works council (or staff representation) on the plan."""

    date: dt.date | None = day("When the advice was given.")
    summary: str = text("What the advice said, in a few lines.")


@attrs.frozen(kw_only=True)
class Adoption:
    """The board's decision to adopt the plan, and which saved revision it adopted."""

    date: dt.date | None = day("When the plan was adopted.")
    decision: str = text("The decision as minuted, with any conditions.")
    revision: int | None = count(
        "The saved revision that was adopted; later changes make a new draft on top of it.",
        minimum=1,
    )


@attrs.frozen(kw_only=True)
class Lifecycle:
    """The plan's status, the works council's advice and the board's adoption."""

    status: PlanStatus = doc("Draft, in review or adopted.", default=PlanStatus.DRAFT)
    advice: Advice = doc("The works council's advice.", factory=Advice)
    adoption: Adoption = doc("The adoption by the board.", factory=Adoption)

    @property
    def adopted_revision(self) -> int | None:
        """The saved revision the board adopted, whatever the status is now."""
        return self.adoption.revision

    @property
    def changed_since_adoption(self) -> bool:
        """A draft (or one in review) on top of an adopted revision."""
        return self.status is not PlanStatus.ADOPTED and self.adoption.revision is not None


def stage(strategy: Strategy, today: dt.date) -> PlanStage:
    """The plan's status on *today*: an adopted plan past its next review is due."""
    status = strategy.lifecycle.status
    due = strategy.meta.next_review
    if status is PlanStatus.ADOPTED:
        return PlanStage.DUE_FOR_REVIEW if due is not None and due < today else PlanStage.ADOPTED
    return PlanStage.IN_REVIEW if status is PlanStatus.IN_REVIEW else PlanStage.DRAFT


def _content(strategy: Strategy) -> Strategy:
    return attrs.evolve(strategy, lifecycle=Lifecycle())


def same_content(one: Strategy, other: Strategy) -> bool:
    """Whether the two plans say the same, their status and adoption aside."""
    return _content(one) == _content(other)


def edited(before: Strategy, after: Strategy) -> Strategy:
    """*after*, saved over *before*: a change to an adopted plan makes it a draft again
    (the adopted revision is frozen; the change is a new draft on top of it). A change
    of the status or adoption alone is no edit of the plan."""
    if (
        before.lifecycle.status is PlanStatus.ADOPTED
        and after.lifecycle.status is PlanStatus.ADOPTED
        and not same_content(before, after)
    ):
        return attrs.evolve(after, lifecycle=attrs.evolve(after.lifecycle, status=PlanStatus.DRAFT))
    return after


def with_status(strategy: Strategy, status: PlanStatus) -> Strategy:
    """*strategy* with *status* (sending it for review, or back to draft)."""
    return attrs.evolve(strategy, lifecycle=attrs.evolve(strategy.lifecycle, status=status))


def advised(strategy: Strategy, date: dt.date | None, summary: str) -> Strategy:
    """*strategy* with the works council's advice recorded."""
    advice = Advice(date=date, summary=summary)
    return attrs.evolve(strategy, lifecycle=attrs.evolve(strategy.lifecycle, advice=advice))


def adopted(strategy: Strategy, date: dt.date, decision: str, revision: int) -> Strategy:
    """*strategy* adopted on *date*: *revision* is the number the save recording it gets,
    so the revision that holds the adoption is the one adopted."""
    adoption = Adoption(date=date, decision=decision, revision=revision)
    lifecycle = attrs.evolve(strategy.lifecycle, status=PlanStatus.ADOPTED, adoption=adoption)
    return attrs.evolve(strategy, lifecycle=lifecycle)


__all__ = [
    "Adoption",
    "Advice",
    "Lifecycle",
    "adopted",
    "advised",
    "edited",
    "same_content",
    "stage",
    "with_status",
]
