"""Goals, each with the processes it serves and its indicators as a table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH, pairs
from socialstrategy.export.documents.sections import progress
from socialstrategy.model import Audience, Process

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources
    from socialstrategy.model import Goal


def blocks(src: Sources) -> list[outline.Block]:
    out: list[outline.Block] = [
        outline.Heading(src.t("report.goals"), 1),
        outline.Paragraph(src.t("report.goals.intro")),
    ]
    if not src.strategy.goals:
        out.append(outline.Paragraph(src.t("report.goals.none"), "note"))
    for goal in src.strategy.goals:
        out += goal_blocks(src, goal)
    return out


def goal_blocks(src: Sources, goal: Goal) -> list[outline.Block]:
    out: list[outline.Block] = [outline.Heading(f"{src.goal_number(goal)}. {src.called(goal)}", 2)]
    if goal.description:
        out.append(outline.Paragraph(goal.description))
    out += pairs(
        [
            (src.t("report.goals.processes"), src.names(Process, goal.processes) or DASH),
            (src.t("report.goals.audiences"), src.names(Audience, goal.audiences)),
            (src.t("report.goals.owner"), goal.owner),
            (src.t("report.goals.rationale"), goal.rationale),
        ]
    )
    if goal.indicators:
        out.append(indicator_table(src, goal))
        out += progress.indicator_charts(src, goal)
    else:
        out.append(outline.Paragraph(src.t("report.goals.no_indicators"), "note"))
    return out


def indicator_table(src: Sources, goal: Goal) -> outline.Table:
    return outline.Table(
        (
            src.t("report.goals.kpi"),
            src.t("report.goals.baseline"),
            src.t("report.goals.target"),
            src.t("report.goals.deadline"),
            src.t("report.goals.source"),
        ),
        tuple(
            (
                i.kpi or DASH,
                src.figure(i.baseline, i.unit),
                src.figure(i.target, i.unit),
                src.short_date(i.deadline),
                i.source or DASH,
            )
            for i in goal.indicators
        ),
        widths=(3.2, 1.3, 1.3, 1.4, 2.8),
    )
