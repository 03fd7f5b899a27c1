"""DRILL001 and CRIS015 together: one finding for a plan never drilled, one per scenario
once the plan has been drilled this year, and the day of scoring decides what "this year"
is (the CLI's --today)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

import socialstrategy as ss
from socialstrategy.cli import cli
from socialstrategy.scoring import score
from socialstrategy.scoring.examples import EXAMPLE_BASE

REFERENCE = EXAMPLE_BASE
TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def reference() -> ss.Strategy:
    return ss.load(REFERENCE)


def _drilled(
    strategy: ss.Strategy, *days: dt.date | None, plan: dt.date | None = None
) -> ss.Strategy:
    """*strategy* with its scenarios drilled on *days* (in order) and the plan on *plan*."""
    scenarios = tuple(
        attrs.evolve(s, last_drilled=day)
        for s, day in zip(strategy.crisis.scenarios, days, strict=True)
    )
    crisis = attrs.evolve(strategy.crisis, scenarios=scenarios, last_drill=plan)
    return attrs.evolve(strategy, crisis=crisis)


def _found(strategy: ss.Strategy, code: str, today: dt.date = TODAY) -> list[ss.Finding]:
    return [f for f in score(strategy, today=today).findings if f.code == code]


def test_a_plan_never_drilled_gets_one_finding_not_one_per_scenario(
    reference: ss.Strategy,
) -> None:
    never = _drilled(reference, *[None] * len(reference.crisis.scenarios))
    assert len(_found(never, "CRIS015")) == 1
    assert _found(never, "DRILL001") == []


def test_once_one_scenario_is_drilled_each_other_one_is_named(reference: ss.Strategy) -> None:
    count = len(reference.crisis.scenarios)
    one = _drilled(reference, dt.date(2026, 10, 1), *[None] * (count - 1))
    assert _found(one, "CRIS015") == []
    found = _found(one, "DRILL001")
    assert [f.path for f in found] == [
        f"crisis.scenarios[{i}].last_drilled" for i in range(1, count)
    ]
    title = reference.crisis.scenarios[1].title
    assert found[0].message.nl == (
        f"Het scenario ‘{title}’ is nog nooit geoefend: of het team weet wie leidt en wat de"
        " eerste reactie is, blijkt pas als het echt gebeurt."
    )
    assert "has never been drilled" in found[0].message.en


def test_a_drill_of_the_whole_plan_this_year_asks_for_each_scenario(
    reference: ss.Strategy,
) -> None:
    """The plan's own date counts as a drill: then every scenario without one is named."""
    count = len(reference.crisis.scenarios)
    plan_only = _drilled(reference, *[None] * count, plan=dt.date(2026, 9, 1))
    assert _found(plan_only, "CRIS015") == []
    assert len(_found(plan_only, "DRILL001")) == count


def test_a_drill_over_a_year_ago_says_when(reference: ss.Strategy) -> None:
    count = len(reference.crisis.scenarios)
    old = _drilled(
        reference, dt.date(2026, 10, 1), dt.date(2025, 3, 4), *[dt.date(2026, 1, 5)] * (count - 2)
    )
    (found,) = _found(old, "DRILL001")
    assert found.path == "crisis.scenarios[1].last_drilled"
    assert "voor het laatst geoefend op 4 maart 2025, meer dan een jaar geleden" in found.message.nl
    assert "not been drilled since 4 March 2025" in found.message.en


def test_the_day_of_scoring_decides(reference: ss.Strategy, tmp_path: Path) -> None:
    """Scored a year later (``--today``), the same drills are out of date: then it is
    CRIS015's single finding again."""
    count = len(reference.crisis.scenarios)
    plan = _drilled(reference, dt.date(2026, 10, 1), *[dt.date(2026, 1, 5)] * (count - 1))
    path = tmp_path / "plan.toml"
    path.write_text(ss.dumps(plan), encoding="utf-8")

    def codes(day: str) -> list[str]:
        result = CliRunner().invoke(cli, ["score", str(path), "--format", "json", "--today", day])
        return [f["code"] for f in json.loads(result.output)[0]["findings"]]

    assert "DRILL001" not in codes("2026-11-23")
    assert codes("2027-02-01").count("DRILL001") == count - 1
    later = codes("2027-11-01")
    assert "DRILL001" not in later
    assert later.count("CRIS015") == 1
