"""The progress chart of an indicator, and overdue actions on the timeline."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

import socialstrategy as ss
from socialstrategy import charts
from socialstrategy.charts._theme import BAD, GOOD
from socialstrategy.i18n import Language
from tests.conftest import STRATEGIES
from tests.test_charts import assert_valid, data, mark, views

TODAY = dt.date(2026, 11, 23)


def _indicator(*values: float, **fields: Any) -> ss.Indicator:
    days = [dt.date(2026, 3, 31), dt.date(2026, 6, 30), dt.date(2026, 9, 30)]
    measured = tuple(
        ss.Measurement(date=day, value=value, note="Zomer" if day.month == 6 else "")
        for day, value in zip(days, values, strict=False)
    )
    defaults: dict[str, Any] = {
        "kpi": "Berichten binnen twee uur beantwoord",
        "unit": "%",
        "baseline": 52.0,
        "target": 90.0,
        "deadline": dt.date(2027, 6, 30),
    }
    return ss.Indicator(measurements=measured, **(defaults | fields))


def _layers(spec: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [v for v in views(spec) if mark(v) == kind]


def _colour(view: dict[str, Any]) -> str:
    return str(view["mark"]["color"])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_chart_is_valid_and_draws_every_measurement(language: Language) -> None:
    spec = charts.progress_chart(_indicator(60, 66, 72), language, TODAY)
    assert_valid(spec)
    (dots,) = [v for v in _layers(spec, "point") if "tooltip" in v["encoding"]]
    assert [(r["date"], r["value"]) for r in data(spec, dots)] == [
        ("2026-03-31", 60),
        ("2026-06-30", 66),
        ("2026-09-30", 72),
    ]
    assert data(spec, dots)[1]["note"] == "Zomer"


def test_baseline_target_and_deadline_are_drawn() -> None:
    spec = charts.progress_chart(_indicator(60, 66, 72), "nl", TODAY)
    rules = _layers(spec, "rule")
    assert {r["value"] for v in rules for r in data(spec, v) if "value" in r} == {52.0, 90.0}
    assert any(r.get("date") == "2027-06-30" for v in rules for r in data(spec, v))
    texts = [r["label"] for v in _layers(spec, "text") for r in data(spec, v)]
    assert texts == ["Nulmeting 52%", "Streefwaarde 90%", "Deadline"]


def test_the_trend_is_green_on_course_and_red_off_course() -> None:
    on = charts.progress_chart(_indicator(60, 68, 76), "nl", TODAY)
    (line_on,) = [v for v in _layers(on, "line") if "strokeDash" in v["mark"]]
    assert _colour(line_on) == GOOD
    assert "Op koers" in on["title"]["subtitle"][-1]
    off = charts.progress_chart(_indicator(55, 56, 57), "en", TODAY)
    (line_off,) = [v for v in _layers(off, "line") if "strokeDash" in v["mark"]]
    assert _colour(line_off) == BAD
    # It ends on the deadline, where the trend says the value will be.
    assert data(off, line_off)[-1]["date"] == "2027-06-30"
    assert off["title"]["subtitle"][-1].startswith("Off course")


def test_fewer_than_three_measurements_draw_no_trend_and_say_so() -> None:
    spec = charts.progress_chart(_indicator(60, 66), "nl", TODAY)
    assert not [v for v in _layers(spec, "line") if "strokeDash" in v["mark"]]
    assert "vanaf 3 metingen" in spec["title"]["subtitle"][-1]


def test_no_measurements_say_what_to_add() -> None:
    spec = charts.progress_chart(_indicator(), "nl", TODAY)
    assert_valid(spec)
    assert "Nog geen metingen" in str(spec)


def test_a_narrow_chart_puts_each_part_of_its_subtitle_on_a_line() -> None:
    spec = charts.progress_chart(_indicator(60, 66, 72), "nl", TODAY, width=380)
    assert spec["title"]["subtitle"][:2] == [
        "Laatste meting 72% (30 sep 2026)",
        "streefwaarde 90% op 30 jun 2027",
    ]


def test_the_chart_is_the_same_for_the_same_indicator() -> None:
    indicator = _indicator(60, 66, 72)
    assert charts.progress_chart(indicator, "nl", TODAY) == charts.progress_chart(
        indicator, "nl", TODAY
    )


def test_overdue_actions_are_outlined_on_the_timeline() -> None:
    plan = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
    later = dt.date(2027, 6, 1)
    overdue = [a for a in plan.actions if a.overdue(later)]
    assert overdue
    spec = charts.action_timeline(plan, "nl", later)
    assert_valid(spec)
    outlined = [v for v in views(spec) if v["mark"].get("stroke") == BAD]
    names = {r["action"] for v in outlined for r in data(spec, v)}
    assert names == {a.title for a in overdue}
    assert any("Rood omrand" in line for line in spec["title"]["subtitle"])
    # Done or before the due date: nothing outlined.
    done = attrs.evolve(
        plan, actions=tuple(attrs.evolve(a, status=ss.ActionStatus.DONE) for a in plan.actions)
    )
    spec = charts.action_timeline(done, "nl", later)
    assert not [v for v in views(spec) if v["mark"].get("stroke") == BAD]
