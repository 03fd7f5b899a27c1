"""The score trend chart: one point per adopted or reviewed revision, and the plan now."""

from __future__ import annotations

import datetime as dt

import pytest

from socialstrategy import charts
from socialstrategy.charts import CHART
from socialstrategy.i18n import Language
from socialstrategy.scoring.areas import Area
from socialstrategy.scoring.trend import Scored
from tests.test_charts import assert_valid, data, mark, views

HISTORY = (
    Scored(
        number=3,
        saved_on=dt.date(2026, 2, 16),
        adopted=False,
        overall=32.1,
        level=1,
        areas={Area.PROFILE: 75.0},
    ),
    Scored(
        number=4,
        saved_on=dt.date(2026, 3, 2),
        adopted=True,
        overall=32.4,
        level=1,
        areas={Area.PROFILE: 75.0},
    ),
    Scored(
        number=7,
        saved_on=dt.date(2026, 9, 14),
        adopted=True,
        overall=41.3,
        level=2,
        areas={Area.PROFILE: 80.0},
    ),
)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_revision_is_a_point_with_its_score_version_and_kind(language: Language) -> None:
    spec = charts.score_trend(HISTORY, language, now=37.6)
    assert_valid(spec)
    assert spec["title"]["text"] == CHART("trend.title", language)
    (dots,) = [v for v in views(spec) if mark(v) == "point" and "fill" in v["encoding"]]
    drawn = data(spec, dots)
    assert [(r["overall"], r["shown"]) for r in drawn] == [(32.1, "32"), (32.4, "32"), (41.3, "41")]
    adopted, review = CHART("trend.adopted", language), CHART("trend.review", language)
    assert [r["kind"] for r in drawn] == [review, adopted, adopted]
    first = CHART("trend.version", language, number=3)
    month = "feb" if language == "nl" else "Feb"
    assert drawn[0]["label"] == f"{first}\n16 {month} 2026"
    # Filled for adopted, open for review: the legend names both.
    assert dots["encoding"]["fill"]["scale"]["domain"] == [adopted, review]
    assert dots["encoding"]["fill"]["legend"] is not None
    now = CHART("trend.now", language)
    assert any(r["label"] == now and r["shown"] == "38" for v in views(spec) for r in data(spec, v))


def test_without_the_plan_now_the_last_point_is_the_last_revision() -> None:
    spec = charts.score_trend(HISTORY, "nl")
    assert_valid(spec)
    labels = {r["label"] for v in views(spec) for r in data(spec, v) if "label" in r}
    assert CHART("trend.now", "nl") not in labels
    assert len(labels) == 3


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_empty_history_says_when_the_trend_starts(language: Language) -> None:
    spec = charts.score_trend((), language)
    assert_valid(spec)
    (row,) = [r for v in views(spec) for r in data(spec, v)]
    assert row["text"] == CHART("trend.empty", language)
