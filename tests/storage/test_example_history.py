"""The bundled examples' history: what a new user sees of a living plan."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
from typing import TYPE_CHECKING

import pytest
import tomli
from click.testing import CliRunner

import socialstrategy as ss
from socialstrategy.cli import cli
from socialstrategy.scoring.trend import score_history
from socialstrategy.storage.folder_history import HISTORY
from socialstrategy.vocab import PlanStatus
from socialstrategy.workspace import Workspace
from tests.conftest import ROOT, STRATEGIES
from tests.files.test_schema import _as_json, _validator

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

MATURE = ("ziekenhuis-amstelzicht", "zorggroep-de-linde", "stichting-het-baken", "ggz-kustland")
WITH_HISTORY = (*MATURE, "jeugdzorg-op-koers", "welzijn-oost")


@pytest.fixture(scope="module")
def examples() -> Workspace:
    return Workspace(STRATEGIES)


@pytest.mark.parametrize("stem", WITH_HISTORY)
def test_every_revision_of_an_example_loads_and_its_references_hold(
    examples: Workspace, stem: str
) -> None:
    history = examples.history(stem)
    assert [r.number for r in history] == list(range(1, len(history) + 1))
    # The file is the last revision kept: nothing was changed by hand since.
    assert not any(r.author == "" for r in history)
    assert examples.open(stem).revision == history[-1].number
    for revision in history:
        plan = examples.open_revision(stem, revision.number).strategy
        assert ss.validate(plan) == (), (stem, revision.number)
    days = [r.saved_at for r in history]
    assert days == sorted(days)


@pytest.mark.parametrize("stem", MATURE)
def test_a_mature_example_was_adopted_twice_and_its_file_points_to_the_last_adoption(
    examples: Workspace, stem: str
) -> None:
    saved = examples.saved(stem)
    adopted = [
        s
        for s in saved
        if s.strategy.lifecycle.status is PlanStatus.ADOPTED
        and s.strategy.lifecycle.adoption.revision == s.number
    ]
    assert len(adopted) >= 2
    now = examples.open(stem).strategy
    points_to = now.lifecycle.adoption.revision
    assert points_to == adopted[-1].number
    assert saved[points_to - 1].strategy.lifecycle.status is PlanStatus.ADOPTED
    # Its advice came before its adoption, and both before the plan's own review date.
    lifecycle = saved[points_to - 1].strategy.lifecycle
    assert lifecycle.advice.date is not None
    assert lifecycle.adoption.date is not None
    assert lifecycle.advice.date < lifecycle.adoption.date
    assert lifecycle.adoption.date == now.meta.last_reviewed

    # A year of measurements came in between the two adoptions.
    def measured(plan: ss.Strategy) -> int:
        return sum(len(i.measurements) for g in plan.goals for i in g.indicators)

    assert measured(adopted[0].strategy) < measured(adopted[-1].strategy) <= measured(now)
    points = score_history(saved)
    assert sum(p.adopted for p in points) >= 2
    assert sum(not p.adopted for p in points) >= 2  # the last save of each review round


@pytest.mark.parametrize("stem", MATURE)
def test_a_mature_example_grew_between_its_adoptions(examples: Workspace, stem: str) -> None:
    """The score trend shows a plan that grew: the first adoption well below the last,
    and no adoption lower than the one before it."""
    adopted = [p.overall for p in score_history(examples.saved(stem)) if p.adopted]
    assert len(adopted) >= 2
    assert adopted[0] <= adopted[-1] - 8, adopted
    assert adopted == sorted(adopted), adopted


def _dated(plan: ss.Strategy) -> Iterator[tuple[str, dt.date]]:
    """The days *plan* says something happened: measured, updated, drilled, held,
    advised, adopted."""
    for goal in plan.goals:
        for indicator in goal.indicators:
            for m in indicator.measurements:
                if m.date is not None:
                    yield f"meting {goal.id}", m.date
    for action in plan.actions:
        for u in action.updates:
            if u.date is not None:
                yield f"statusupdate {action.id}", u.date
    for scenario in plan.crisis.scenarios:
        if scenario.last_drilled is not None:
            yield f"oefening {scenario.id}", scenario.last_drilled
    if plan.crisis.last_drill is not None:
        yield "oefening crisisplan", plan.crisis.last_drill
    for activity in plan.engagement.activities:
        if activity.planned is not None:
            yield f"activiteit {activity.id}", activity.planned
    lifecycle = plan.lifecycle
    for what, day in [
        ("advies", lifecycle.advice.date),
        ("vaststelling", lifecycle.adoption.date),
        ("advies richtlijn", plan.guidelines.works_council_advice),
        ("vaststelling richtlijn", plan.guidelines.adopted),
    ]:
        if day is not None:
            yield what, day


@pytest.mark.parametrize("stem", MATURE)
def test_no_revision_of_a_mature_example_knows_what_came_after_it(
    examples: Workspace, stem: str
) -> None:
    """Every earlier revision is the plan as it was that day: no measurement, status
    update, drill, activity or decision dated after the day it was saved. (The example
    file itself, the last revision, schedules the coming year's activities.)"""
    history = examples.history(stem)
    validator = _validator()
    folder = STRATEGIES / HISTORY / stem
    for revision in history:
        text = (folder / f"{revision.number:06d}.toml").read_text(encoding="utf-8")
        assert list(validator.iter_errors(_as_json(tomli.loads(text)))) == [], revision.number
        plan = examples.open_revision(stem, revision.number).strategy
        assert ss.validate(plan) == (), (stem, revision.number)
        saved = revision.saved_at.date()
        later = [
            (what, day)
            for what, day in _dated(plan)
            if day > saved and not (what.startswith("activiteit") and revision is history[-1])
        ]
        assert later == [], (stem, revision.number, saved)


@pytest.mark.parametrize("stem", MATURE)
def test_a_first_draft_is_smaller_than_the_plan_a_year_on(examples: Workspace, stem: str) -> None:
    """The first draft had fewer scenarios, rules, trained roles, researched audiences
    and held activities, and no drill yet: what a board sees grow in the diff."""
    first = examples.open_revision(stem, 1).strategy
    now = examples.open(stem).strategy

    def sizes(plan: ss.Strategy) -> dict[str, int]:
        return {
            "scenarios": len(plan.crisis.scenarios),
            "rules": len(plan.guidelines.rules),
            "training": len(plan.training),
            "researched": sum(bool(a.insight_source) for a in plan.audiences),
            "activities": len(plan.engagement.activities),
        }

    before, after = sizes(first), sizes(now)
    assert all(before[k] < after[k] for k in before), (before, after)
    assert not any(s.last_drilled for s in first.crisis.scenarios)


@pytest.mark.parametrize("stem", ["jeugdzorg-op-koers", "welzijn-oost"])
def test_a_younger_example_is_its_one_adopted_revision(examples: Workspace, stem: str) -> None:
    draft = examples.open(stem)
    lifecycle = draft.strategy.lifecycle
    assert lifecycle.status is PlanStatus.ADOPTED
    assert lifecycle.adoption.revision == draft.revision


def test_the_examples_say_in_words_what_changed_between_two_adoptions() -> None:
    """`socialstrategy diff` reads the examples' revisions: a target raised, a channel
    closed, a guideline rule reworded, measurements added (exit 1: they differ)."""
    runner = CliRunner()
    spec = ("--store", str(STRATEGIES), "ggz-kustland@4", "ggz-kustland@10")
    result = runner.invoke(cli, ["diff", *spec])
    assert result.exit_code == 1, result.output
    assert "Streefwaarde" in result.output
    assert "verhoogd van 43 naar 50" in result.output
    assert "Kanaal ‘@GGZKustland’ verwijderd" in result.output
    assert "Richtlijnregel" in result.output
    assert "anders geformuleerd" in result.output
    assert "Meting" in result.output
    # A year of work: a scenario, a rule, a role's training and activities added.
    for added in ("Scenario", "Richtlijnregel", "Scholingsbehoefte", "Activiteit"):
        assert any(
            line.startswith("+ " + added) and line.endswith("toegevoegd")
            for line in result.output.splitlines()
        ), added
    same = runner.invoke(
        cli, ["diff", "--store", str(STRATEGIES), "ggz-kustland@4", "ggz-kustland@4"]
    )
    assert same.exit_code == 0, same.output


def test_the_history_is_what_the_script_writes_from_the_examples() -> None:
    """Edit an example, and this fails until scripts/example_history.py is run again."""
    spec = importlib.util.spec_from_file_location(
        "example_history", ROOT / "scripts" / "example_history.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0


def test_a_new_workspace_gets_the_examples_with_their_history(tmp_path: Path) -> None:
    space = Workspace(tmp_path / "plans")
    space.ensure(seed=STRATEGIES)
    for stem in WITH_HISTORY:
        assert space.history(stem) == Workspace(STRATEGIES).history(stem)
    assert len(space.history("start-hier")) == 1  # no history: the file is its one revision
    # A save goes on from the example's last revision.
    draft = space.open("welzijn-oost")
    saved = space.save(draft, ss.Strategy(meta=draft.strategy.meta))
    assert saved.revision == draft.revision + 1


def test_seeding_never_overwrites_a_history_already_there(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    theirs = folder / HISTORY / "welzijn-oost"
    theirs.mkdir(parents=True)
    (theirs / "revisions.jsonl").write_text("", encoding="utf-8")
    Workspace(folder).ensure(seed=STRATEGIES)
    assert [p.name for p in theirs.iterdir()] == ["revisions.jsonl"]
    # A folder with plans in it is left alone altogether.
    other = tmp_path / "other"
    other.mkdir()
    shutil.copyfile(STRATEGIES / "start-hier.toml", other / "mine.toml")
    Workspace(other).ensure(seed=STRATEGIES)
    assert sorted(p.name for p in other.iterdir()) == ["mine.toml"]
