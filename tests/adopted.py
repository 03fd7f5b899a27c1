"""A draft with a living history: two rounds of review, each ending in an adoption, and
an edit since. What the score trend tests (library, planner, command line) build on."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import attrs

from socialstrategy.files import load
from socialstrategy.model.lifecycle import adopted, advised, with_status
from socialstrategy.vocab import PlanStatus
from tests.conftest import STRATEGIES

if TYPE_CHECKING:
    from socialstrategy.model import Strategy
    from socialstrategy.storage import Draft
    from socialstrategy.workspace import Workspace

#: The revisions that count, by number: (adopted?) — see :func:`two_adoptions`.
COUNTED = {3: False, 4: True, 6: False, 7: True}
#: The works council's advice (two weeks before) and the board's adoption, in the plan.
FIRST_ADOPTED = dt.date(2026, 3, 2)
SECOND_ADOPTED = dt.date(2026, 9, 14)


def example() -> Strategy:
    return load(STRATEGIES / "welzijn-oost.toml")


def two_adoptions(space: Workspace, plan: Strategy | None = None) -> Draft:
    """Eight saves of *plan* (the welfare example): 1 a draft without training and
    engagement; 2-3 in review; 4 adopted; 5 both written (a draft again); 6 in review;
    7 adopted; 8 the engagement removed again (a draft). Counted: 3 and 6 (the last
    saves of a review round) and 4 and 7 (adopted); the plan now scores lower on
    engagement than at 7, and the same on every other part."""
    full = plan or example()
    space.ensure()
    first = attrs.evolve(full, training=(), engagement=type(full.engagement)())
    draft = space.create(first, hint="Welzijn Oost")  # 1
    draft = space.save(draft, with_status(first, PlanStatus.IN_REVIEW))  # 2
    advice = advised(draft.strategy, FIRST_ADOPTED - dt.timedelta(days=14), "Positief.")
    draft = space.save(draft, advice)  # 3: the last save of the first review round
    draft = space.save(draft, adopted(draft.strategy, FIRST_ADOPTED, "Vastgesteld.", 4))  # 4
    written = attrs.evolve(draft.strategy, training=full.training, engagement=full.engagement)
    draft = space.save(draft, written)  # 5: an edit of an adopted plan: a draft again
    draft = space.save(draft, with_status(draft.strategy, PlanStatus.IN_REVIEW))  # 6
    draft = space.save(draft, adopted(draft.strategy, SECOND_ADOPTED, "Vastgesteld.", 7))  # 7
    engagement = type(full.engagement)()
    return space.save(draft, attrs.evolve(draft.strategy, engagement=engagement))  # 8


__all__ = ["COUNTED", "FIRST_ADOPTED", "SECOND_ADOPTED", "example", "two_adoptions"]
