"""The plan of the timed walk (bench/bench_walk.py), built through the library.

The benchmark types the same data into the planner and reports the minutes; here only
what the data must give: a board-ready score, and every entry in the saved file.
"""

from __future__ import annotations

import socialstrategy as ss
from tests import walk_plan


def test_the_walk_plan_scores_at_least_70_and_every_entry_is_in_the_file() -> None:
    plan = ss.loads(ss.dumps(walk_plan.build()))
    assert ss.validate(plan) == ()
    assert ss.score(plan).overall >= 70
    assert walk_plan.missing(plan) == []


def test_a_fresh_sector_plan_misses_the_walk_entries_and_scores_lower() -> None:
    """The check can fail: a fresh plan lacks the entries the walk makes."""
    fresh = ss.new_strategy(walk_plan.SECTOR, walk_plan.NAME)
    gaps = walk_plan.missing(fresh)
    assert any(gap.startswith("meta.author") for gap in gaps)
    assert any(gap.startswith("model texts left in crisis") for gap in gaps)
    assert len(gaps) > 40
    assert ss.score(fresh).overall < 30
