"""A plan's life: draft, in review, adopted (frozen), due for review, a new draft on top."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs

import socialstrategy as ss
from socialstrategy.model.lifecycle import (
    adopted,
    advised,
    edited,
    same_content,
    stage,
    with_status,
)
from socialstrategy.vocab import PlanStage, PlanStatus
from socialstrategy.workspace import Workspace
from tests.conftest import TEMPLATE

TODAY = dt.date(2026, 11, 23)


def _plan() -> ss.Strategy:
    return ss.load(TEMPLATE)


def test_a_new_plan_is_a_draft_and_says_nothing_of_it_in_its_file() -> None:
    """The default status is draft, and a file without ``[lifecycle]`` stays so."""
    plan = _plan()
    assert plan.lifecycle.status is PlanStatus.DRAFT
    assert "[lifecycle" not in ss.dumps(plan)
    assert stage(plan, TODAY) is PlanStage.DRAFT


def test_advice_and_adoption_are_written_and_read_back() -> None:
    """Status, advice and adoption survive a round trip through TOML."""
    plan = advised(_plan(), dt.date(2026, 3, 2), "Positief, met één kanttekening.")
    plan = adopted(plan, dt.date(2026, 3, 12), "Vastgesteld in de RvB-vergadering.", 7)
    text = ss.dumps(plan)
    assert 'status = "adopted"' in text
    assert "[lifecycle.adoption]" in text
    assert ss.loads(text) == plan
    assert plan.lifecycle.adopted_revision == 7


def test_an_adopted_plan_past_its_review_date_is_due_for_review() -> None:
    """Due for review follows from the date: the day itself is not yet past."""
    plan = adopted(_plan(), dt.date(2025, 11, 1), "Vastgesteld.", 3)
    on_time = attrs.evolve(plan, meta=attrs.evolve(plan.meta, next_review=TODAY))
    late = attrs.evolve(plan, meta=attrs.evolve(plan.meta, next_review=dt.date(2026, 11, 1)))
    assert stage(on_time, TODAY) is PlanStage.ADOPTED
    assert stage(late, TODAY) is PlanStage.DUE_FOR_REVIEW
    assert stage(with_status(late, PlanStatus.IN_REVIEW), TODAY) is PlanStage.IN_REVIEW


def test_an_edit_of_an_adopted_plan_makes_a_draft_on_top_of_it() -> None:
    """A change of the content makes the status draft; the adoption is kept as the record
    of the revision adopted. A change of the status or adoption alone is no edit."""
    plan = adopted(_plan(), dt.date(2026, 3, 12), "Vastgesteld.", 7)
    changed = attrs.evolve(plan, meta=attrs.evolve(plan.meta, author="Iemand anders"))
    after = edited(plan, changed)
    assert after.lifecycle.status is PlanStatus.DRAFT
    assert after.lifecycle.adoption == plan.lifecycle.adoption
    assert after.lifecycle.changed_since_adoption
    assert same_content(after, changed)
    readopted = adopted(after, dt.date(2026, 4, 1), "Opnieuw vastgesteld.", 9)
    assert edited(after, readopted) == readopted
    in_review = with_status(_plan(), PlanStatus.IN_REVIEW)
    edit = attrs.evolve(in_review, meta=attrs.evolve(in_review.meta, author="X"))
    assert edited(in_review, edit) == edit


def test_the_workspace_keeps_the_adopted_revision_and_saves_an_edit_as_a_draft(
    tmp_path: Path,
) -> None:
    """Saving a change over an adopted plan: a new revision with status draft; the adopted
    revision opens unchanged."""
    space = Workspace(tmp_path / "plans")
    space.ensure()
    draft = space.create(_plan())
    frozen = space.save(draft, adopted(draft.strategy, TODAY, "Vastgesteld.", draft.revision + 1))
    assert frozen.revision == frozen.strategy.lifecycle.adopted_revision
    changed = attrs.evolve(
        frozen.strategy, meta=attrs.evolve(frozen.strategy.meta, author="Nieuwe eigenaar")
    )
    later = space.save(frozen, changed)
    assert later.strategy.lifecycle.status is PlanStatus.DRAFT
    assert space.open(draft.id).strategy.lifecycle.status is PlanStatus.DRAFT
    kept = space.open_revision(draft.id, frozen.revision)
    assert kept.strategy == frozen.strategy
    assert kept.strategy.lifecycle.status is PlanStatus.ADOPTED
