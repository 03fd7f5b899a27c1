"""The review step's "Wat is er veranderd": the changes since an earlier revision, in words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs

import socialstrategy as ss
from socialstrategy.storage import FolderStore
from socialstrategy.vocab import ActionStatus
from tests.conftest import STRATEGIES
from tests.planner.conftest import PAGES, by_key, plain, start_app

DRAFT = "draft-welzijn-oost"


def _saved_twice(workspace: Path) -> ss.Strategy:
    """The example as revision 1, and a revision 2 with a goal renamed, a target raised
    and two actions done; the newer plan."""
    store = FolderStore(workspace)
    first = store.put(DRAFT, (STRATEGIES / "welzijn-oost.toml").read_bytes(), author="Anna")
    plan = first.strategy
    goal = plan.goals[0]
    indicator = attrs.evolve(goal.indicators[0], target=(goal.indicators[0].target or 0) + 5)
    changed = attrs.evolve(
        plan,
        goals=(
            attrs.evolve(goal, title="Meer mantelzorgers bereiken", indicators=(indicator,)),
            *plan.goals[1:],
        ),
        actions=tuple(
            attrs.evolve(a, status=ActionStatus.DONE) if i < 2 else a
            for i, a in enumerate(plan.actions)
        ),
    )
    store.save(first, changed, author="Bram")
    return plan


def _review(language: str = "nl") -> Any:
    at = start_app()
    at.query_params["d"] = DRAFT
    if language == "en":
        at.session_state["language"] = "en"
    at.switch_page(str(PAGES / "review.py"))
    at.run()
    assert not at.exception, at.exception
    return at


def _changes(at: Any) -> list[str]:
    return [plain(m.value) for m in at.markdown if plain(m.value).startswith("- ")]


def test_changes_since_the_previous_revision_are_told(workspace: Path) -> None:
    """Opened on a plan saved twice: the section lists revision 1's changes in words."""
    old = _saved_twice(workspace)
    at = _review()
    assert "Wat is er veranderd" in [s.value for s in at.subheader]
    picker = by_key(at.selectbox, "review.changes.since")
    assert picker.value == 1
    assert plain(picker.format_func(1)).startswith("Versie 1 · ")
    assert plain(picker.format_func(1)).endswith(" · Anna")
    told = "\n".join(_changes(at))
    goal = old.goals[0]
    assert f"Doel ‘{goal.title.strip().removesuffix('.')[:50]}" in told
    assert "hernoemd tot ‘Meer mantelzorgers bereiken’" in told
    assert "verhoogd van" in told
    assert "Twee acties afgerond" in told
    assert any(c.value == "3 wijzigingen sinds die versie:" for c in at.caption)
    labels = [plain(b.proto.label) for b in at.get("download_button")]
    assert "Versie 1 downloaden (.toml)" in labels


def test_in_english(workspace: Path) -> None:
    _saved_twice(workspace)
    at = _review("en")
    assert "What has changed" in [s.value for s in at.subheader]
    told = "\n".join(_changes(at))
    assert "renamed to ‘Meer mantelzorgers bereiken’" in told
    assert "Two actions done" in told


def test_a_plan_saved_once_has_nothing_to_compare(open_step: Any) -> None:
    at, _ = open_step("review", example="welzijn-oost.toml")
    assert any("eerste opgeslagen versie" in c.value for c in at.caption)
    assert not [s for s in at.selectbox if "review.changes.since" in str(s.key)]
