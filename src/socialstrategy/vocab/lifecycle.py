"""Where a plan is in its life: written, read along, adopted (and, by date, due again)."""

from __future__ import annotations

from socialstrategy.vocab._term import Term


class PlanStatus(Term):
    """The status a plan records; "due for review" follows from the date, so it is no
    status anyone sets (see :class:`PlanStage`)."""

    DRAFT = ("draft", "Concept", "Draft")
    IN_REVIEW = ("in_review", "Ter bespreking", "In review")
    ADOPTED = ("adopted", "Vastgesteld", "Adopted")


class PlanStage(Term):
    """The status as a reader sees it on a given day: the recorded one, or due for review
    once an adopted plan's next review date has passed."""

    DRAFT = ("draft", "Concept", "Draft")
    IN_REVIEW = ("in_review", "Ter bespreking", "In review")
    ADOPTED = ("adopted", "Vastgesteld", "Adopted")
    DUE_FOR_REVIEW = ("due_for_review", "Toe aan herziening", "Due for review")
