"""Indicators over time: the trend, and the findings of a plan that is (not) measured."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.scoring import progress, score
from socialstrategy.scoring.examples import base
from tests.conftest import STRATEGIES

TODAY = dt.date(2026, 11, 23)
MATURE = ("ggz-kustland", "stichting-het-baken", "ziekenhuis-amstelzicht", "zorggroep-de-linde")


def _indicator(*points: tuple[dt.date, float], **fields: object) -> ss.Indicator:
    values = {"kpi": "Sollicitaties via sociale media", "baseline": 10.0, "target": 20.0}
    values |= {"deadline": dt.date(2027, 12, 31), **fields}
    measured = tuple(ss.Measurement(date=day, value=value) for day, value in points)
    return ss.Indicator(measurements=measured, **values)  # type: ignore[arg-type]


def _quarters(*values: float) -> list[tuple[dt.date, float]]:
    days = [dt.date(2026, 3, 31), dt.date(2026, 6, 30), dt.date(2026, 9, 30)]
    return list(zip(days, values, strict=True))


def _plan(indicator: ss.Indicator) -> ss.Strategy:
    plan = base()
    first = attrs.evolve(plan.goals[0], indicators=(indicator,))
    return attrs.evolve(plan, goals=(first, *plan.goals[1:]))


def _codes(indicator: ss.Indicator) -> list[str]:
    return [f.code for f in score(_plan(indicator), today=TODAY).findings]


def test_the_trend_is_the_least_squares_line() -> None:
    """Through (0, 1), (1, 3), (2, 2) per day the line is 1.5 + 0.5x."""
    day = dt.date(2026, 1, 1)
    indicator = _indicator(
        (day, 1), (day + dt.timedelta(days=1), 3), (day + dt.timedelta(days=2), 2)
    )
    line = progress.trend(indicator)
    assert line is not None
    assert (line.start, line.value, line.per_day) == (day, pytest.approx(1.5), 0.5)
    assert line.at(day + dt.timedelta(days=10)) == pytest.approx(6.5)


def test_a_trend_takes_three_measurements_with_a_day_and_a_value() -> None:
    two = _indicator(*_quarters(10, 11, 12)[:2])
    assert progress.trend(two) is None
    half_typed = attrs.evolve(
        two, measurements=(*two.measurements, ss.Measurement(date=dt.date(2026, 10, 1)))
    )
    assert progress.trend(half_typed) is None
    assert progress.trend(_indicator(*_quarters(10, 11, 12))) is not None


def test_measurements_are_read_oldest_first_whatever_their_order() -> None:
    indicator = _indicator(*reversed(_quarters(10, 12, 14)))
    assert [m.value for m in progress.measured(indicator)] == [10, 12, 14]
    latest = progress.latest(indicator)
    assert latest is not None
    assert latest.date == dt.date(2026, 9, 30)


def test_a_series_that_misses_its_target_gives_its_finding() -> None:
    slow = _indicator(*_quarters(10, 11, 11))
    projected = progress.out_of_reach(slow)
    assert projected is not None
    assert projected < 20
    assert "GOAL015" in _codes(slow)
    assert "GOAL015" not in _codes(_indicator(*_quarters(10, 13, 15)))


def test_a_falling_target_is_reached_by_falling() -> None:
    """Fewer cancelled operations is better: a falling trend reaches a lower target."""
    falling = _indicator(*_quarters(44, 40, 36), baseline=46.0, target=25.0)
    assert progress.rising(falling) is False
    assert progress.out_of_reach(falling) is None
    assert progress.out_of_reach(_indicator(*_quarters(44, 45, 44), baseline=46.0, target=25.0))


def test_an_indicator_without_recent_measurements_gives_its_finding() -> None:
    old = _indicator((dt.date(2026, 1, 15), 12))
    assert progress.stale(old, TODAY) == old.measurements[0]
    assert "GOAL016" in _codes(old)
    assert "GOAL016" not in _codes(_indicator((dt.date(2026, 9, 1), 12)))
    # Never measured: the baseline stands; no finding about measuring again.
    assert "GOAL016" not in _codes(_indicator())


def test_a_passed_deadline_without_a_measurement_gives_its_finding() -> None:
    due = dt.date(2026, 6, 30)
    unmeasured = _indicator((dt.date(2026, 1, 31), 12), deadline=due)
    assert "GOAL017" in _codes(unmeasured)
    assert "GOAL017" in _codes(_indicator(deadline=due))
    # A measurement from a quarter before the deadline on counts as the final one.
    final = _indicator((dt.date(2026, 1, 31), 12), (dt.date(2026, 4, 15), 21), deadline=due)
    assert "GOAL017" not in _codes(final)
    # Past its deadline an indicator is not "not measured recently": GOAL017 says it.
    assert "GOAL016" not in _codes(unmeasured)


def test_the_findings_name_the_indicator_and_the_figures() -> None:
    report = score(_plan(_indicator(*_quarters(10, 11, 11))), today=TODAY)
    (finding,) = [f for f in report.findings if f.code == "GOAL015"]
    assert finding.path == "goals[0].indicators[0].measurements"
    assert "'Sollicitaties via sociale media'" in finding.message.nl
    assert "31 december 2027" in finding.message.nl
    assert "streefwaarde 20" in finding.message.nl
    assert "31 December 2027" in finding.message.en


def test_the_mature_examples_are_measured_and_mostly_on_course() -> None:
    """A new user sees a living plan: a year of measurements, one indicator off course."""
    for stem in MATURE:
        plan = ss.load(STRATEGIES / f"{stem}.toml")
        indicators = [i for g in plan.goals for i in g.indicators]
        measured = [i for i in indicators if len(progress.measured(i)) >= progress.MIN_POINTS]
        assert len(measured) >= len(indicators) / 2, stem
        assert sum(progress.out_of_reach(i) is not None for i in indicators) <= 1, stem
        assert any(a.updates for a in plan.actions), stem
        for action in plan.actions:
            if action.updates:
                latest = max(action.updates, key=lambda u: u.date or dt.date.min)
                assert latest.status is action.status, (stem, action.id)


def test_figures_are_said_as_a_report_says_them() -> None:
    """Whole from 100 on (views), one decimal below (percentages, marks)."""
    assert (progress.rounded(5195.8), progress.rounded(81.44), progress.rounded(-0.26)) == (
        5196.0,
        81.4,
        -0.3,
    )
