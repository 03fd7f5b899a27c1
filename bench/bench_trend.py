"""The score trend of a long-lived plan: ``Workspace.past`` on a draft with 200 saved
revisions of which 6 count (three rounds of review, each ending in an adoption), as a
ratio to one ``score()`` of the same plan, measured in the same run.

The first call reads each revision's status from its ``[lifecycle]`` tables and loads and
scores only the 6 that count; later calls (every planner rerun of the review step, every
export) find each revision's status and score kept by digest and only read the store's
log. ``History.of(saved())`` (every plan loaded) stands beside it. Target: the cached
call under 0.5x one score().

python bench/bench_trend.py
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

import attrs
from _common import largest_example, median_time, median_times, ms, table

from socialstrategy import workspace
from socialstrategy.files import load
from socialstrategy.model.lifecycle import adopted, with_status
from socialstrategy.scoring import score, trend
from socialstrategy.vocab import PlanStatus
from socialstrategy.workspace import Workspace

REVISIONS = 200
#: The saves that end a round of review, each followed by its adoption.
ROUNDS = (60, 120, 180)
TARGET = 0.5


def _fill(space: Workspace) -> str:
    """A draft saved REVISIONS times: small edits, three review rounds and adoptions."""
    plan = load(largest_example())
    draft = space.create(plan, hint="lang leven")
    while draft.revision < REVISIONS:
        number = draft.revision + 1
        current = draft.strategy
        if number - 1 in ROUNDS:
            changed = adopted(current, dt.date(2026, 1, 1), "Vastgesteld.", number)
        else:
            # Four saves in review before each adoption, drafts in between.
            reviewing = any(r - 4 < number <= r for r in ROUNDS)
            meta = attrs.evolve(current.meta, author=f"versie {number}")
            status = PlanStatus.IN_REVIEW if reviewing else PlanStatus.DRAFT
            changed = with_status(attrs.evolve(current, meta=meta), status)
        draft = space.save(draft, changed)
    return draft.id


def _forget() -> None:
    """Empty the in-process caches: the first call after the planner starts."""
    workspace._PLANS.clear()  # a benchmark of exactly these caches
    workspace._STAGES.clear()
    trend._SCORED.clear()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        space = Workspace(Path(folder))
        space.ensure()
        start = time.perf_counter()
        draft_id = _fill(space)
        print(f"filled {REVISIONS} revisions in {time.perf_counter() - start:.1f} s")
        history = space.past(draft_id)
        counted = [(p.number, "adopted" if p.adopted else "review") for p in history.scored]
        print(f"counted: {len(counted)} {counted}")
        plan = space.open(draft_id).strategy

        def first() -> object:
            _forget()
            return space.past(draft_id)

        one_score = median_time(lambda: score(plan), rounds=10)
        cold = median_time(first, rounds=3, warmup=0)
        cached, scored_once = median_times(
            lambda: space.past(draft_id), lambda: score(plan), rounds=20
        )
        _forget()
        plain = median_time(lambda: trend.History.of(space.saved(draft_id)), rounds=1, warmup=0)
    table(
        ("Workspace.past", "ms", "x one score()"),
        [
            ("one score() of the plan", ms(one_score), "1.00"),
            ("first call (nothing kept)", ms(cold), f"{cold / one_score:.1f}"),
            ("History.of(saved()), uncached", ms(plain), f"{plain / one_score:.1f}"),
            ("cached call", ms(cached), f"{cached / scored_once:.2f}"),
        ],
    )
    verdict = "met" if cached / scored_once < TARGET else "MISSED"
    print(f"cached call / one score(): {cached / scored_once:.2f} (target < {TARGET}: {verdict})")


if __name__ == "__main__":
    main()
