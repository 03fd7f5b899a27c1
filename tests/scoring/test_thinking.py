"""Unfinished thinking: what to finish before the action plan, and where."""

from __future__ import annotations

import datetime as dt

import attrs

import socialstrategy as ss
from socialstrategy.model.starters import accept
from socialstrategy.scoring import decisions, score, unfinished_thinking
from socialstrategy.scoring.crisis_plan import has_crisis_plan
from tests.conftest import STRATEGIES

TODAY = dt.date(2026, 11, 23)


def test_a_finished_strategy_has_no_gaps() -> None:
    assert unfinished_thinking(ss.load(STRATEGIES / "zorggroep-de-linde.toml")) == ()


def test_an_empty_strategy_misses_goals_channels_and_a_crisis_plan() -> None:
    """Each gap names the part where it is closed."""
    gaps = unfinished_thinking(ss.Strategy(), today=TODAY)
    assert [g.path for g in gaps] == ["goals", "channels", "crisis.escalation", "crisis.scenarios"]
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


def _titles_only(plan: ss.CrisisPlan) -> ss.CrisisPlan:
    """*plan* as the sector preset left it before the starter texts: tiers and scenario
    titles, no escalation chain and no holding statement."""
    bare = tuple(attrs.evolve(s, holding_statement="", steps=()) for s in plan.scenarios)
    return attrs.evolve(plan, escalation=(), scenarios=bare)


def _new_disability_plan(starter: bool = False) -> ss.Strategy:
    """A new disability-care plan: one goal tied to a primary process and an audience,
    no channel at all, and the crisis plan with scenario titles only (or, with
    *starter*, as the sector's starter texts fill it)."""
    new = ss.new_strategy(ss.Sector.DISABILITY_CARE, "Stichting Nieuw")
    goal = ss.Goal(id="informeren", title="Verwanten weten hoe het gaat", processes=("living",))
    crisis = new.crisis if starter else _titles_only(new.crisis)
    return attrs.evolve(new, goals=(attrs.evolve(goal, audiences=("relatives",)),), crisis=crisis)


def test_no_channel_and_a_preset_crisis_plan_are_not_finished_thinking() -> None:
    """No channels is not 'every channel has an audience'; preset scenarios without an
    escalation chain or a first response of the organisation's own are not a plan."""
    strategy = _new_disability_plan()
    assert not strategy.channels
    assert strategy.crisis.scenarios  # the preset
    assert strategy.crisis.tiers
    gaps = unfinished_thinking(strategy, today=TODAY)
    assert [g.path for g in gaps] == ["channels", "crisis.escalation", "crisis.scenarios"]
    assert gaps[0].text.nl == "er is nog geen kanaal gekozen"
    assert gaps[1].text.nl == "het crisisplan heeft nog geen escalatieketen (wie belt wie)"


def test_the_starter_crisis_plan_leaves_the_statement_gap_until_accepted() -> None:
    """The sector's starter texts give a chain by role and a holding statement per
    scenario, but unread model statements are not the organisation's first response:
    the gap stays until the scenarios are accepted (one click), then only the channel
    is left (phone numbers and the rest other rules say)."""
    strategy = _new_disability_plan(starter=True)
    gaps = unfinished_thinking(strategy, today=TODAY)
    assert [g.path for g in gaps] == ["channels", "crisis.scenarios"]
    accepted = accept(strategy, "crisis.scenarios")
    assert [g.path for g in unfinished_thinking(accepted, today=TODAY)] == ["channels"]


def test_a_goal_no_channel_carries_to_an_audience_is_a_gap() -> None:
    linde = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
    goal = linde.goals[0].id
    channels = tuple(
        attrs.evolve(c, goals=tuple(g for g in c.goals if g != goal)) for c in linde.channels
    )
    gaps = unfinished_thinking(attrs.evolve(linde, channels=channels), today=TODAY)
    assert [(g.path, g.text.en) for g in gaps] == [
        ("channels", "not every goal reaches an audience through a channel")
    ]


def test_the_crisis_plan_is_one_predicate_for_rule_thinking_and_decisions() -> None:
    """CRIS001, the thinking check and the board's decision agree on what a plan is."""
    linde = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
    preset = _new_disability_plan().crisis
    written = tuple(attrs.evolve(s, holding_statement="") for s in linde.crisis.scenarios)
    cases = {
        "linde": (linde.crisis, True),
        "preset": (preset, False),
        "starter": (_new_disability_plan(starter=True).crisis, False),
        "starter accepted": (
            accept(_new_disability_plan(starter=True), "crisis.scenarios").crisis,
            True,
        ),
        "no statements of its own": (attrs.evolve(linde.crisis, scenarios=written), False),
        "no escalation": (attrs.evolve(linde.crisis, escalation=()), False),
    }
    for name, (plan, expected) in cases.items():
        strategy = attrs.evolve(linde, crisis=plan)
        report = score(strategy, today=TODAY)
        codes = {f.code for f in report.findings}
        decided = {d.code for d in decisions(strategy, report, today=TODAY)}
        crisis_gaps = [
            g for g in unfinished_thinking(strategy, today=TODAY) if g.path.startswith("crisis")
        ]
        assert has_crisis_plan(plan) is expected, name
        assert ("CRIS001" not in codes) is expected, name
        assert ("commission-crisis-plan" not in decided) is expected, name
        assert (not crisis_gaps) is expected, name
