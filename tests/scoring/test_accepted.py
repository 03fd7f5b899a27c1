"""Accepted findings (``[[meta.accepted]]``): out of the score, never out of sight."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.scoring import score
from socialstrategy.scoring.examples import base

TODAY = dt.date(2026, 11, 23)
REASON = "Besloten door het MT: dit doel meten we pas na de pilot."


def _plan(*accepted: ss.Acceptance, goals_without_indicator: int = 1) -> ss.Strategy:
    """The reference strategy with its first goals missing an indicator (GOAL003)."""
    plan = base()
    goals = tuple(
        attrs.evolve(goal, indicators=()) if index < goals_without_indicator else goal
        for index, goal in enumerate(plan.goals)
    )
    return attrs.evolve(plan, goals=goals, meta=attrs.evolve(plan.meta, accepted=accepted))


def _codes(report: ss.Report) -> list[str]:
    return [f.code for f in report.findings]


def test_an_accepted_finding_costs_nothing_and_is_listed() -> None:
    open_report = score(_plan(), today=TODAY)
    assert _codes(open_report) == ["GOAL003"]
    assert open_report.overall < 100
    acceptance = ss.Acceptance(rule="GOAL003", reason=REASON, until=dt.date(2027, 6, 1))
    report = score(_plan(acceptance), today=TODAY)
    assert _codes(report) == []
    assert report.overall == 100
    (accepted,) = report.accepted
    assert accepted.acceptance == acceptance
    assert accepted.finding == open_report.findings[0]  # what it would cost, kept


def test_an_acceptance_without_a_date_holds_until_it_is_removed() -> None:
    report = score(_plan(ss.Acceptance(rule="GOAL003", reason=REASON)), today=TODAY)
    assert (_codes(report), len(report.accepted)) == ([], 1)


def test_a_path_narrows_an_acceptance_to_one_part() -> None:
    acceptance = ss.Acceptance(rule="GOAL003", path="goals[1]", reason=REASON)
    report = score(_plan(acceptance, goals_without_indicator=2), today=TODAY)
    assert [f.path for f in report.findings] == ["goals[0].indicators"]
    assert [a.finding.path for a in report.accepted] == ["goals[1].indicators"]


def test_a_path_does_not_match_a_part_that_merely_starts_alike() -> None:
    """goals[1] is not goals[10]."""
    acceptance = ss.Acceptance(rule="GOAL003", path="goals[0].indicator", reason=REASON)
    report = score(_plan(acceptance), today=TODAY)
    assert (_codes(report), report.accepted) == (["GOAL003"], ())


@pytest.mark.parametrize(
    ("acceptance", "why"),
    [
        (
            ss.Acceptance(rule="GOAL003", reason=REASON, until=dt.date(2026, 11, 22)),
            "de termijn liep af op 22 november 2026",
        ),
        (ss.Acceptance(rule="GOAL003", reason="  "), "er staat geen reden bij"),
        (ss.Acceptance(rule="GOAL999", reason=REASON), "er bestaat geen regel met die code"),
        (ss.Acceptance(rule="PROF015", reason=REASON), "deze regel kan niet geaccepteerd worden"),
    ],
)
def test_an_acceptance_that_does_not_apply_says_why(acceptance: ss.Acceptance, why: str) -> None:
    report = score(_plan(acceptance), today=TODAY)
    assert "GOAL003" in _codes(report)  # counts again
    (said,) = [f for f in report.findings if f.code == "PROF015"]
    assert said.path == "meta.accepted[0]"
    assert why in said.message.nl
    assert report.accepted == ()


def test_the_last_day_is_still_accepted() -> None:
    acceptance = ss.Acceptance(rule="GOAL003", reason=REASON, until=TODAY)
    assert score(_plan(acceptance), today=TODAY).findings == ()


def test_the_report_as_data_lists_accepted_findings() -> None:
    acceptance = ss.Acceptance(rule="GOAL003", reason=REASON, until=dt.date(2027, 6, 1))
    data = score(_plan(acceptance), today=TODAY).to_dict()
    (item,) = data["accepted"]
    assert (item["code"], item["reason"], item["until"]) == ("GOAL003", REASON, "2027-06-01")
    assert data["findings"] == []


def test_acceptances_round_trip_through_toml() -> None:
    acceptance = ss.Acceptance(rule="GOAL003", path="goals[0]", reason=REASON, until=TODAY)
    plan = _plan(acceptance)
    text = ss.dumps(plan)
    assert '[[meta.accepted]]\nrule = "GOAL003"\npath = "goals[0]"' in text
    assert ss.loads(text) == plan


def test_a_rule_code_that_is_no_code_is_refused_on_load() -> None:
    text = 'schema_version = 1\n[[meta.accepted]]\nrule = "goal 3"\nreason = "x"\n'
    with pytest.raises(ss.InvalidStrategyError) as info:
        ss.loads(text, file="s.toml")
    assert info.value.lines("en") == [
        "s.toml:3: meta.accepted[0].rule: 'goal 3' is not a rule code like GOAL003"
    ]
