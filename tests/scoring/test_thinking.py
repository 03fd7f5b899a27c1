"""Unfinished thinking: what to finish before the action plan, and where."""

from __future__ import annotations

import datetime as dt

import attrs

import socialstrategy as ss
from socialstrategy.scoring import score, unfinished_thinking
from tests.conftest import STRATEGIES

TODAY = dt.date(2026, 11, 23)


def test_a_finished_strategy_has_no_gaps() -> None:
    assert unfinished_thinking(ss.load(STRATEGIES / "zorggroep-de-linde.toml")) == ()


def test_an_empty_strategy_misses_goals_and_a_crisis_plan() -> None:
    """Each gap names the part where it is closed."""
    gaps = unfinished_thinking(ss.Strategy(), today=TODAY)
    assert [g.path for g in gaps] == ["goals", "crisis"]
    assert gaps[0].text.nl == "er zijn nog geen doelen"


def test_gaps_point_at_the_first_item_to_finish() -> None:
    strategy = ss.load(STRATEGIES / "welzijn-oost.toml")
    gaps = unfinished_thinking(strategy, today=TODAY)
    assert [g.path for g in gaps] == ["goals[1].processes", "channels[2].audiences"]
    assert strategy.channels[2].audiences == ()


def test_the_gaps_are_the_ones_rule_act002_reports() -> None:
    strategy = ss.load(STRATEGIES / "welzijn-oost.toml")
    (finding,) = [f for f in score(strategy, today=TODAY).findings if f.code == "ACT002"]
    for gap in unfinished_thinking(strategy, today=TODAY):
        assert gap.text.nl in finding.message.nl
        assert gap.text.en in finding.message.en


def test_no_actions_no_finding_but_the_gaps_remain() -> None:
    """The planner shows the gaps before the first action is written."""
    strategy = attrs.evolve(ss.load(STRATEGIES / "welzijn-oost.toml"), actions=())
    assert unfinished_thinking(strategy, today=TODAY)
    assert not [f for f in score(strategy, today=TODAY).findings if f.code == "ACT002"]
