"""The review step's status section and the comment panels, in one person's planner
(no sign-in: the one person edits, comments and resolves)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import socialstrategy as ss
from socialstrategy.model.lifecycle import adopted
from socialstrategy.storage import FolderStore
from socialstrategy.vocab import PlanStatus
from tests.conftest import STRATEGIES
from tests.planner.conftest import PAGES, by_key, plain, saved


def test_a_plan_is_sent_for_review_and_back(open_step: Any) -> None:
    """The button moves the plan to in review, and back to draft; the page says so."""
    at, path = open_step("review")
    assert any("Status: **Concept**" in m.value for m in at.markdown)
    by_key(at.button, "status.send").click().run()
    assert not at.exception
    assert saved(path).lifecycle.status is PlanStatus.IN_REVIEW
    assert any("Status: **Ter bespreking**" in m.value for m in at.markdown)
    by_key(at.button, "status.back").click().run()
    assert saved(path).lifecycle.status is PlanStatus.DRAFT


def test_the_adoption_records_the_revision_that_holds_it(open_step: Any, workspace: Path) -> None:
    """Advice and adoption are recorded; the adopted revision is the saved one holding the
    adoption, and the adoption form is closed once adopted."""
    at, path = open_step("review")
    by_key(at.text_area, "status.advice.summary").input("Positief, let op de avonduren.")
    by_key(at.button, "status.advice.save").click().run()
    assert saved(path).lifecycle.advice.summary == "Positief, let op de avonduren."
    by_key(at.text_area, "status.adoption.decision").input("Vastgesteld in de RvB.")
    by_key(at.button, "status.adoption.save").click().run()
    assert not at.exception
    plan = saved(path)
    assert plan.lifecycle.status is PlanStatus.ADOPTED
    assert plan.lifecycle.adoption.decision == "Vastgesteld in de RvB."
    store = FolderStore(workspace)
    assert plan.lifecycle.adopted_revision == store.history(path.stem)[-1].number
    assert by_key(at.text_area, "status.adoption.decision").disabled
    assert [b.proto.label for b in at.get("download_button")][:2] == [
        f"Vastgestelde versie {plan.lifecycle.adopted_revision} downloaden (.toml)",
        f"Bestuurspagina van versie {plan.lifecycle.adopted_revision} (PDF)",
    ]


def test_a_comment_on_a_goal_is_kept_beside_the_plan_and_resolved_on_review(
    open_step: Any, workspace: Path
) -> None:
    """A comment typed on the goal's panel is kept in the store, not in the plan; on the
    review step it is listed under the goal's name and resolved."""
    at, path = open_step("goals")
    before = path.read_bytes()
    goal = saved(path).goals[0]
    part = f"comment:goals/{goal.id}"
    by_key(at.text_area, part).input("Graag een nulmeting erbij.")
    by_key(at.button, part + ":post").click().run()
    assert not at.exception
    store = FolderStore(workspace)
    (comment,) = store.comments(path.stem)
    assert (comment.part, comment.text) == (f"goals/{goal.id}", "Graag een nulmeting erbij.")
    assert path.read_bytes() == before
    assert any("Reacties: 1 open" in e.proto.label for e in at.expander)

    at.switch_page(str(PAGES / "review.py")).run()
    assert any(f"Doel: {goal.title}" in plain(e.proto.label) for e in at.expander)
    by_key(at.button, f"{part}#1").click().run()
    assert store.comments(path.stem)[0].resolved


def test_an_editor_of_an_adopted_plan_is_told_a_change_makes_a_draft(
    open_text: Any, workspace: Path
) -> None:
    """Above an adopted plan's step: the change makes a new draft. After the change the
    plan is a draft on top of the adopted revision, and the notice is gone."""
    plan = adopted(ss.load(STRATEGIES / "zorggroep-de-linde.toml"), dt.date(2026, 3, 12), "Ja.", 1)
    at, path = open_text("organisation", ss.dumps(plan))
    assert any("Dit plan is vastgesteld (versie 1" in plain(i.value) for i in at.info)
    by_key(at.text_input, "organisation.region").input("Twente").run()
    assert not at.exception
    now = saved(path)
    assert now.organisation.region == "Twente"
    assert now.lifecycle.status is PlanStatus.DRAFT
    assert now.lifecycle.adopted_revision == 1
    assert not any("Dit plan is vastgesteld" in plain(i.value) for i in at.info)
    assert FolderStore(workspace).open_revision(path.stem, 1).strategy == plan
