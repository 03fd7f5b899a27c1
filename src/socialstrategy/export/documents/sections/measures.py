"""The measures against their targets, for the board: per indicator the baseline, the
target and its deadline, the latest measurement and whether it is on course; then the
progress charts of the few indicators that most need attention."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from socialstrategy.export import outline
from socialstrategy.export.documents.sections.progress import indicator_chart
from socialstrategy.scoring import progress

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources
    from socialstrategy.model import Indicator

#: How many progress charts the report shows: those that need attention first.
CHARTS: Final = 2
#: How urgently each course (:func:`~socialstrategy.scoring.progress.course`) asks for
#: the board's attention (lower: sooner).
ATTENTION: Final = {
    "off": 0,
    "missed": 0,
    "not_reached": 0,
    "stale": 1,
    "few": 2,
    "no_target": 3,
    "on": 4,
    "reached": 5,
    "unmeasured": 6,
}


def blocks(src: Sources) -> list[outline.Block]:
    out: list[outline.Block] = [outline.Heading(src.t("progress.measures"), 1)]
    indicators = [(goal, i) for goal in src.strategy.goals for i in goal.indicators]
    if not indicators:
        return [*out, outline.Paragraph(src.t("progress.measures.none"), "note")]
    # The table refers to goals by number, as the board pack does: say which is which.
    measured_goals = [goal for goal in src.strategy.goals if goal.indicators]
    out.append(outline.Paragraph(src.t("progress.measures.goals")))
    out.append(
        outline.Bullets(tuple(f"{src.goal_number(g)} {src.called(g)}" for g in measured_goals))
    )
    out.append(
        outline.Table(
            (
                src.t("progress.measures.goal"),
                src.t("progress.measures.kpi"),
                src.t("progress.measures.baseline"),
                src.t("progress.measures.target"),
                src.t("progress.measures.latest"),
                src.t("progress.measures.course"),
            ),
            tuple(
                (
                    src.goal_number(goal),
                    indicator.kpi or src.t("report.goals.kpi"),
                    src.figure(indicator.baseline, indicator.unit),
                    _target(src, indicator),
                    _latest(src, indicator),
                    _course(src, indicator),
                )
                for goal, indicator in indicators
            ),
            widths=(0.8, 3.1, 1.3, 1.7, 2.0, 2.3),
        )
    )
    measured = [i for _, i in indicators if progress.measured(i)]
    first = sorted(measured, key=lambda i: ATTENTION[progress.course(i, src.today)[0]])[:CHARTS]
    if first:
        out.append(outline.Heading(src.t("progress.measures.charts"), 2))
        out += [indicator_chart(src, i) for i in first]
    return out


def _target(src: Sources, indicator: Indicator) -> str:
    value = src.figure(indicator.target, indicator.unit)
    if indicator.target is None or indicator.deadline is None:
        return value
    return src.t("progress.measures.by", value=value, date=src.short_date(indicator.deadline))


def _latest(src: Sources, indicator: Indicator) -> str:
    last = progress.latest(indicator)
    if last is None or last.value is None:
        return src.figure(None, "")
    value = src.figure(progress.rounded(last.value), indicator.unit)
    return src.t("progress.measures.on", value=value, date=src.short_date(last.date))


def _course(src: Sources, indicator: Indicator) -> str:
    key, expected = progress.course(indicator, src.today)
    if expected is None:
        return src.t(f"progress.course.{key}")
    value = src.figure(progress.rounded(expected), indicator.unit)
    return src.t(f"progress.course.{key}", value=value)
