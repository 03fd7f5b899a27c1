"""The management summary: score, maturity level, and the three most useful next steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import charts
from socialstrategy.export import outline
from socialstrategy.export.documents._base import finding, pairs
from socialstrategy.scoring import Level

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources
    from socialstrategy.scoring import Report


def blocks(src: Sources) -> list[outline.Block]:
    report = src.report
    lang = src.language
    meta = src.strategy.meta
    level = report.maturity
    out: list[outline.Block] = [
        outline.Heading(src.t("report.summary"), 1),
        outline.Paragraph(
            src.t(
                "report.summary.lead",
                organisation=src.strategy.organisation.name or src.t("report.summary.we"),
                score=round(report.overall),
                level=level.level,
                name=level.name.get(lang),
            ),
            "lead",
        ),
        outline.Paragraph(level.description.get(lang)),
    ]
    if report.capped is not None:
        out.append(
            outline.Paragraph(
                src.t("report.summary.capped", reason=report.capped.get(lang)), "note"
            )
        )
    out += pairs(
        [
            (src.t("report.summary.score"), f"{round(report.overall)}/100"),
            (
                src.t("report.summary.level"),
                src.t("report.summary.level.value", level=level.level, name=level.name.get(lang)),
            ),
            (src.t("report.summary.open"), open_points(src, report)),
            (src.t("report.summary.strongest"), _extreme(src, strongest=True)),
            (src.t("report.summary.weakest"), _extreme(src, strongest=False)),
            (
                src.t("report.summary.last_reviewed"),
                src.date(meta.last_reviewed, "report.not_reviewed"),
            ),
            (src.t("report.summary.next_review"), src.date(meta.next_review, "report.not_planned")),
        ]
    )
    out.append(outline.Chart(charts.maturity_chart(report, lang), src.t("report.chart.maturity")))
    out.append(outline.Heading(src.t("report.summary.steps"), 2))
    steps = report.top_steps(3, one_per_rule=True)
    if not steps:
        out.append(outline.Paragraph(src.t("report.summary.no_steps")))
    out += [finding(step, lang) for step in steps]
    return out


def open_points(src: Sources, report: Report) -> str:
    return src.t(
        "report.summary.open.value",
        errors=len(report.by_level(Level.ERROR)),
        warnings=len(report.by_level(Level.WARNING)),
        advice=len(report.by_level(Level.ADVICE)),
    )


def _extreme(src: Sources, *, strongest: bool) -> str:
    scores = sorted(src.report.areas.values(), key=lambda a: (a.score, -a.area.order))
    if strongest:
        scores.reverse()
    best = scores[0].score
    chosen = [a for a in scores if a.score == best][:3]
    return ", ".join(f"{a.area.label(src.language)} ({round(a.score)})" for a in chosen)
