"""The findings per area, with the radar of the area scores."""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

import attrs

from socialstrategy import charts, fmt
from socialstrategy.export import outline
from socialstrategy.export.documents._base import finding
from socialstrategy.scoring import AREA_WEIGHTS, Level

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources
    from socialstrategy.scoring import Finding


def blocks(src: Sources) -> list[outline.Block]:
    report = src.report
    lang = src.language
    out: list[outline.Block] = [
        outline.Heading(src.t("report.findings"), 1),
        outline.Paragraph(src.t("report.findings.intro")),
        outline.Chart(charts.area_radar(report, lang), src.t("report.chart.radar"), 12),
        outline.Table(
            (
                src.t("report.findings.area"),
                src.t("report.findings.score"),
                src.t("report.findings.weight"),
                *(level.label(lang) for level in Level),
            ),
            tuple(
                (
                    area.label(lang),
                    str(round(area_score.score)),
                    str(AREA_WEIGHTS[area]),
                    *(
                        str(sum(1 for f in area_score.findings if f.level is level))
                        for level in Level
                    ),
                )
                for area, area_score in sorted(report.areas.items(), key=lambda i: i[0].order)
            ),
            widths=(3.2, 1, 1, 1, 1.3, 1),
        ),
    ]
    if not report.findings:
        none = "report.findings.none_open" if report.accepted else "report.findings.none"
        out.append(outline.Paragraph(src.t(none)))
    for area, area_score in sorted(report.areas.items(), key=lambda i: i[0].order):
        if not area_score.findings:
            continue
        out.append(
            outline.Heading(
                src.t(
                    "report.findings.area_heading",
                    area=area.label(lang),
                    score=round(area_score.score),
                ),
                2,
            )
        )
        ordered = sorted(area_score.findings, key=lambda f: (f.level.rank, f.code, f.path))
        # Sorted by level, then rule: the findings of one rule stand together.
        out += [_grouped(list(group), src) for _, group in groupby(ordered, lambda f: f.code)]
    return out + _accepted(src)


def _accepted(src: Sources) -> list[outline.Block]:
    """The findings the organisation accepts for now: listed with the reason and the
    date, never left out (see :mod:`socialstrategy.scoring.accepted`)."""
    accepted = src.report.accepted
    if not accepted:
        return []
    lang = src.language
    rows = []
    for item in accepted:
        found, acceptance = item.finding, item.acceptance
        until = acceptance.until
        rows.append(
            (
                f"{found.title.get(lang)} ({found.code})",
                found.message.get(lang),
                acceptance.reason,
                fmt.long_date(until, lang) if until else src.t("report.accepted.open"),
            )
        )
    return [
        outline.Heading(src.t("report.accepted"), 2),
        outline.Paragraph(src.t("report.accepted.intro")),
        outline.Table(
            (
                src.t("report.accepted.rule"),
                src.t("report.accepted.finding"),
                src.t("report.accepted.reason"),
                src.t("report.accepted.until"),
            ),
            tuple(rows),
            widths=(1.6, 3, 2.4, 1.2),
        ),
    ]


def _grouped(group: list[Finding], src: Sources) -> outline.Finding:
    """One block per rule: a rule that fires on nine check questions is one point with
    nine lines, its title and fix said once, not nine cards."""
    block = finding(group[0], src.language)
    if len(group) == 1:
        return block
    lines = [f.message.get(src.language) for f in group[:GROUP_LINES]]
    if len(group) > GROUP_LINES:  # a block is never split over pages: it must fit one
        lines.append(src.t("report.findings.more", count=len(group) - GROUP_LINES))
    return attrs.evolve(
        block,
        label=src.t("report.findings.times", title=block.label, times=len(group)),
        text="\n".join(lines),
    )


#: The most places one rule's block names; the planner shows each beside its part.
GROUP_LINES = 12
