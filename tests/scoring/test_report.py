"""Scores come from findings alone; examples score well but differently; the template low."""

from __future__ import annotations

import datetime as dt
import json
import math

import pytest
from click.testing import CliRunner
from hypothesis import given

import socialstrategy as ss
from socialstrategy.cli import cli
from socialstrategy.scoring import AREA_WEIGHTS, RULES, Area, Level, score
from socialstrategy.scoring.docs import rules_markdown
from tests.conftest import EXAMPLES, ROOT, STRATEGIES, TEMPLATE
from tests.strategies import strategies

TODAY = dt.date(2026, 11, 23)


def _check_points(report: ss.scoring.Report) -> None:
    for area, area_score in report.areas.items():
        explained = sum(f.points for f in report.findings if f.area is area)
        assert math.isclose(100 - area_score.score, explained, abs_tol=1e-9), area
        assert 0 <= area_score.score <= 100
    weighted = sum(report.areas[a].score * w for a, w in AREA_WEIGHTS.items()) / 100
    assert math.isclose(report.overall, weighted)


def test_points_lost_are_explained_by_findings(example: ss.Strategy) -> None:
    """For every example, each area's lost points equal the points of its findings."""
    _check_points(score(example, today=TODAY))


@given(strategies())
def test_points_lost_are_explained_for_any_strategy(strategy: ss.Strategy) -> None:
    _check_points(score(strategy, today=TODAY))


def test_scoring_is_deterministic(example: ss.Strategy) -> None:
    assert score(example, today=TODAY) == score(example, today=TODAY)


def test_examples_score_well_but_differently() -> None:
    overall = {p.stem: score(ss.load(p), today=TODAY).overall for p in EXAMPLES}
    assert len({round(v) for v in overall.values()}) == len(overall), overall
    assert min(overall.values()) >= 35, overall
    assert max(overall.values()) >= 75, overall
    template = score(ss.load(TEMPLATE), today=TODAY).overall
    assert template < min(overall.values()) - 20


def test_template_next_step_is_the_first_thing_to_do() -> None:
    """In a blank plan, the next step is in the first unfinished step of the planner."""
    report = score(ss.load(TEMPLATE), today=TODAY)
    assert report.next_step is not None
    assert report.next_step.level is Level.ERROR
    assert report.next_step.area in (Area.PROFILE, Area.READINESS)
    assert report.maturity.level == 1


def test_top_steps_one_per_rule_names_distinct_things_to_do() -> None:
    """In the blank template one rule fires on each of the nine check questions: as
    three most useful steps, that is one step, and two others."""
    report = score(ss.load(TEMPLATE), today=TODAY)
    every = report.top_steps(3)
    assert len({f.code for f in every}) < 3  # the repetition this option is for
    distinct = report.top_steps(3, one_per_rule=True)
    assert len(distinct) == 3
    assert len({f.code for f in distinct}) == 3
    assert distinct[0] == every[0]  # the most useful one still comes first


def test_at_least_forty_rules_covering_every_area() -> None:
    assert len(RULES) >= 40
    assert {r.area for r in RULES.values()} == set(Area)


def test_committed_rules_reference_is_current() -> None:
    """Regenerate with `socialstrategy rules --format markdown > docs/rules.md`."""
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown()


def test_cli_lists_the_rules_in_both_languages() -> None:
    nl = CliRunner().invoke(cli, ["rules"]).output
    en = CliRunner().invoke(cli, ["--lang", "en", "rules"]).output
    for rule in RULES.values():
        title, _, fix = rule.reference()
        assert f"{rule.code}  " in nl
        assert title.nl in nl
        assert fix.en in en


def test_cli_scores_a_folder_as_a_summary_table() -> None:
    result = CliRunner().invoke(cli, ["score", str(STRATEGIES), "--today", "2026-11-23"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["Bestand", "Organisatie", "Score"]
    assert len(lines) == 1 + len(list(STRATEGIES.glob("*.toml")))


def test_cli_json_carries_every_finding_with_its_path() -> None:
    path = EXAMPLES[0]
    result = CliRunner().invoke(
        cli, ["score", str(path), "--format", "json", "--today", "2026-11-23"]
    )
    (data,) = json.loads(result.output)  # an array, also for one file
    report = score(ss.load(path), today=TODAY)
    assert [(f["code"], f["path"]) for f in data["findings"]] == [
        (f.code, f.path) for f in report.findings
    ]
    assert data["overall"] == round(report.overall, 1)
    assert data["findings"][0]["message"]["nl"]


def test_cli_fail_under_gates() -> None:
    args = ["score", str(TEMPLATE), "--today", "2026-11-23", "--fail-under"]
    assert CliRunner().invoke(cli, [*args, "90"]).exit_code == 1
    assert CliRunner().invoke(cli, [*args, "0"]).exit_code == 0


def test_cli_single_report_shows_areas_findings_and_next_step() -> None:
    result = CliRunner().invoke(cli, ["--lang", "en", "score", str(TEMPLATE)])
    assert "Overall score" in result.output
    assert "Next step:" in result.output
    assert "Error (" in result.output


@pytest.mark.parametrize("today", [dt.date(2026, 1, 1), dt.date(2031, 1, 1)])
def test_dates_in_the_past_depend_on_today_only(today: dt.date) -> None:
    strategy = ss.load(EXAMPLES[0])
    assert score(strategy, today=today) == score(strategy, today=today)


def test_maturity_levels_of_the_examples_follow_their_profiles() -> None:
    """Mature hospital at 5; the early welfare plan at 2; the blank template at 1."""
    levels = {p.stem: score(ss.load(p), today=TODAY).maturity.level for p in EXAMPLES}
    assert levels["ziekenhuis-amstelzicht"] == 5
    assert levels["welzijn-oost"] == 2
    assert levels["jeugdzorg-op-koers"] <= 3
    assert sorted(levels.values()) != [levels["welzijn-oost"]] * len(levels)


def test_a_weak_area_caps_the_level_and_says_why() -> None:
    report = score(ss.load(STRATEGIES / "zorggroep-de-linde.toml"), today=TODAY)
    assert report.overall >= 75
    assert report.maturity.level == 3
    assert report.capped is not None
    assert report.capped.nl == "het zwakste gebied, Checkvragen, scoort 56"
