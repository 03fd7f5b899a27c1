"""Plans with a history, made from the bundled examples: the revision the board adopted
is the example as it was half a year earlier (a lower target, a goal it did not have
yet, actions not yet done, fewer measurements), and the plan now is a draft on top of it.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import attrs

import socialstrategy as ss
from socialstrategy.export import build
from socialstrategy.export.outline import Table
from socialstrategy.model.lifecycle import Adoption, Advice, Lifecycle
from socialstrategy.scoring.trend import History, Saved
from socialstrategy.vocab import ActionStatus, PlanStatus
from tests.export import built
from tests.export.built import TODAY, section

if TYPE_CHECKING:
    from socialstrategy.export.outline import Document
    from socialstrategy.i18n import Language

#: The mature example the tests look at most closely.
MATURE = "ziekenhuis-amstelzicht"

#: The day the board adopted revision :data:`ADOPTED_REVISION`.
ADOPTED_ON = dt.date(2026, 3, 10)
ADOPTED_REVISION = 3
#: The works council's advice, before the adoption.
ADVISED_ON = dt.date(2026, 2, 17)
DECISION = "Vastgesteld, met de opdracht halfjaarlijks te rapporteren."
#: How much lower the first indicator's target was in the adopted revision.
TARGET_STEP = 5.0


def _earlier(plan: ss.Strategy) -> ss.Strategy:
    """*plan* as it was before :data:`ADOPTED_ON`: measurements and updates made since
    are not there yet, the first indicator's target is lower, the last goal is missing
    (and with it the references to it), and actions done since were still running."""
    goals = list(plan.goals)
    if goals and goals[0].indicators:
        first, *rest = goals[0].indicators
        if first.target is not None:
            first = attrs.evolve(first, target=first.target - TARGET_STEP)
        goals[0] = attrs.evolve(goals[0], indicators=(first, *rest))
    dropped = {goals.pop().id} if len(goals) > 1 else set()
    goals = [
        attrs.evolve(
            g,
            indicators=tuple(
                attrs.evolve(
                    i,
                    measurements=tuple(
                        m for m in i.measurements if m.date is None or m.date < ADOPTED_ON
                    ),
                )
                for i in g.indicators
            ),
        )
        for g in goals
    ]
    actions = tuple(
        attrs.evolve(
            a,
            goals=tuple(g for g in a.goals if g not in dropped),
            status=ActionStatus.IN_PROGRESS if a.status is ActionStatus.DONE else a.status,
            updates=tuple(u for u in a.updates if u.date is None or u.date < ADOPTED_ON),
        )
        for a in plan.actions
    )
    return attrs.evolve(plan, goals=tuple(goals), actions=actions)


def _lifecycle(status: PlanStatus, *, adopted: bool) -> Lifecycle:
    advice = Advice(date=ADVISED_ON, summary="Positief, met aandacht voor de werkdruk.")
    adoption = (
        Adoption(date=ADOPTED_ON, decision=DECISION, revision=ADOPTED_REVISION)
        if adopted
        else Adoption()
    )
    return Lifecycle(status=status, advice=advice, adoption=adoption)


def with_history(plan: ss.Strategy) -> tuple[ss.Strategy, History, ss.Strategy]:
    """*plan* as a draft on top of its adopted revision, the history of its saves
    (revision 2 sent for review, revision 3 adopted), and the adopted plan."""
    earlier = _earlier(plan)
    reviewed = attrs.evolve(earlier, lifecycle=_lifecycle(PlanStatus.IN_REVIEW, adopted=False))
    adopted = attrs.evolve(earlier, lifecycle=_lifecycle(PlanStatus.ADOPTED, adopted=True))
    now = attrs.evolve(plan, lifecycle=_lifecycle(PlanStatus.DRAFT, adopted=True))
    history = History.of(
        [
            Saved(number=ADOPTED_REVISION - 1, saved_on=ADVISED_ON, strategy=reviewed),
            Saved(number=ADOPTED_REVISION, saved_on=ADOPTED_ON, strategy=adopted),
        ]
    )
    return now, history, adopted


@functools.cache
def example_with_history(stem: str) -> tuple[ss.Strategy, History, ss.Strategy]:
    """Example *stem* as a draft on top of its adopted revision, its history, and the
    adopted plan."""
    return with_history(built.strategy(stem))


def progress(plan: ss.Strategy, history: History, language: Language = "nl") -> Document:
    """The progress report of *plan* with *history*, as of the tests' day."""
    return build(plan, "progress", language=language, today=TODAY, history=history)


def rows(document: Document, heading: str) -> list[tuple[str, ...]]:
    """The rows of the tables under *heading*."""
    return [row for b in section(document, heading) if isinstance(b, Table) for row in b.rows]
