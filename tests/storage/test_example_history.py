"""The bundled examples' history: what a new user sees of a living plan."""

from __future__ import annotations

import importlib.util
import shutil
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

import socialstrategy as ss
from socialstrategy.cli import cli
from socialstrategy.scoring.trend import score_history
from socialstrategy.storage.folder_history import HISTORY
from socialstrategy.vocab import PlanStatus
from socialstrategy.workspace import Workspace
from tests.conftest import ROOT, STRATEGIES

if TYPE_CHECKING:
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
