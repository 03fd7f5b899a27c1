"""One rule, one box: a fresh plan's step is not a wall of the same finding."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import socialstrategy as ss
from socialstrategy.model import new_strategy
from socialstrategy.scoring import score
from socialstrategy.vocab import Sector
from tests.planner.conftest import PAGES, start_app

_TITLE = re.compile(r"^\*\*(?:\d+× )?(.+?)\*\*")


def _boxes(at: Any) -> list[str]:
    return [str(e.value) for e in (*at.error, *at.warning, *at.info)]


def _open_fresh(workspace: Path, step: str, sector: Sector = Sector.ELDERLY_CARE) -> Any:
    (workspace / "vers.toml").write_text(ss.dumps(new_strategy(sector, "Proef")), encoding="utf-8")
    at = start_app()
    at.query_params["d"] = "vers"
    at.switch_page(str(PAGES / f"{step}.py")).run()
    assert not at.exception
    return at


@pytest.mark.parametrize("sector", [Sector.ELDERLY_CARE, Sector.HOSPITAL])
@pytest.mark.parametrize("step", ["readiness", "audiences", "crisis"])
def test_a_fresh_plan_shows_each_rule_once(workspace: Path, step: str, sector: Sector) -> None:
    at = _open_fresh(workspace, step, sector)
    titles = Counter(m[1] for box in _boxes(at) if (m := _TITLE.match(box)))
    assert titles
    assert [title for title, n in titles.items() if n > 1] == []
    # One box per rule that fires on the step, at most (the boxes are the findings).
    found = score(new_strategy(sector, "Proef")).findings
    rules = {f.code for f in found if f.path.startswith(step)}
    assert sum(titles.values()) <= len(rules)


def test_the_unanswered_check_questions_are_one_box_that_counts_them(workspace: Path) -> None:
    at = _open_fresh(workspace, "readiness")
    (box,) = [b for b in _boxes(at) if "Checkvragen grotendeels onbeantwoord" in b]
    assert box.startswith("**9× Checkvragen grotendeels onbeantwoord** · vraag 1, vraag 2,")
    assert "vraag 9" in box


def test_a_rule_beside_the_open_item_names_its_other_places(workspace: Path) -> None:
    """The audience being edited keeps its own box beside it; the other audiences the
    same rule fires on are named in that box, by name, not in a second one."""
    plan = new_strategy(Sector.ELDERLY_CARE, "Proef")
    at = _open_fresh(workspace, "audiences")
    boxes = [b for b in _boxes(at) if "Behoeften niet beschreven" in b]
    assert len(boxes) == 1
    (box,) = boxes
    count = len(plan.audiences)
    assert box.startswith(f"**{count}× Behoeften niet beschreven** · ")
    others = box.split("Ook bij: ", 1)[1].split("  \n", 1)[0]
    assert others.split(", ") == [a.name for a in plan.audiences[1:]]
    assert not any(a.id in box for a in plan.audiences)


def test_the_review_lists_each_areas_findings_once_per_rule(workspace: Path) -> None:
    """Under each area's heading on the review page: its findings, one box per rule."""
    at = _open_fresh(workspace, "review")
    boxes = _boxes(at.main)
    assert any(b.startswith("**9× Checkvragen grotendeels onbeantwoord**") for b in boxes)
    titles = Counter(m[1] for box in boxes if (m := _TITLE.match(box)))
    assert [title for title, n in titles.items() if n > 1] == []
