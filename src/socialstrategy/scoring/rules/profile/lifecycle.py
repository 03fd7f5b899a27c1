"""Profile: a plan recorded as adopted says when, and after whose advice.

The review date itself is checked in :mod:`.review` (PROF011 no date, PROF012 passed:
an adopted plan past it is due for review, :func:`socialstrategy.model.lifecycle.stage`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from socialstrategy.model import Adoption, Advice
from socialstrategy.scoring.areas import Area, Level
from socialstrategy.scoring.rule import Hit, rule
from socialstrategy.scoring.rules._edit import within
from socialstrategy.vocab import PlanStatus

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from socialstrategy.model import Strategy
    from socialstrategy.scoring.context import Context

_GOVERNANCE = "DOMAIN.md guidelines #15 (adopted by the board after the works council's advice)"


def _adopted(*, advice: dt.date | None, on: dt.date | None) -> Callable[[Strategy], Strategy]:
    return within(
        "lifecycle",
        status=PlanStatus.ADOPTED,
        advice=Advice(date=advice, summary="Positief advies." if advice else ""),
        adoption=Adoption(date=on, decision="Vastgesteld.", revision=3),
    )


@rule(
    "PROF020",
    "plan-adopted-without-advice",
    area=Area.PROFILE,
    level=Level.WARNING,
    title=("Vastgesteld zonder advies", "Adopted without advice"),
    message=(
        "Het plan staat als vastgesteld, maar er is geen advies van {staff_short} vastgelegd.",
        "The plan is recorded as adopted, but no advice of {staff_short} is recorded.",
    ),
    fix=(
        "Leg op de stap Overzicht en export vast wanneer {staff_short} advies gaf en wat het"
        " zei; kwam er geen advies, vraag het dan alsnog voordat het plan weer wordt"
        " vastgesteld.",
        "On the Review and export step, record when {staff_short} gave its advice and what"
        " it said; if none came, ask for it before the plan is adopted again.",
    ),
    source=_GOVERNANCE,
    weight=8,
    fires=_adopted(advice=None, on=dt.date(2026, 3, 12)),
    # A plan still in review has had no advice yet, and need not have.
    passes=within("lifecycle", status=PlanStatus.IN_REVIEW),
    fix_path="lifecycle.advice",
)
def plan_adopted_without_advice(ctx: Context) -> Iterator[Hit]:
    g = ctx.governance
    if not (g.consults_staff_body or (g.staff is None and g.employees is None)):
        return  # nobody to advise (fewer than 10 employees, or recorded as none)
    lifecycle = ctx.strategy.lifecycle
    if lifecycle.status is PlanStatus.ADOPTED and lifecycle.advice.date is None:
        yield Hit("lifecycle.advice.date")


@rule(
    "PROF021",
    "adoption-undated",
    area=Area.PROFILE,
    level=Level.ADVICE,
    title=("Vaststelling zonder datum", "Adoption without a date"),
    message=(
        "Het plan staat als vastgesteld, maar niet wanneer {adopter} het vaststelde.",
        "The plan is recorded as adopted, but not when {adopter} adopted it.",
    ),
    fix=(
        "Vul op de stap Overzicht en export de datum van de vaststelling in, zoals in de notulen.",
        "On the Review and export step, fill in the date of adoption, as in the minutes.",
    ),
    source=_GOVERNANCE,
    weight=5,
    fires=_adopted(advice=dt.date(2026, 3, 2), on=None),
    passes=_adopted(advice=dt.date(2026, 3, 2), on=dt.date(2026, 3, 12)),
    fix_path="lifecycle.adoption",
)
def adoption_undated(ctx: Context) -> Iterator[Hit]:
    lifecycle = ctx.strategy.lifecycle
    if lifecycle.status is PlanStatus.ADOPTED and lifecycle.adoption.date is None:
        yield Hit("lifecycle.adoption.date")


__all__ = ["adoption_undated", "plan_adopted_without_advice"]
