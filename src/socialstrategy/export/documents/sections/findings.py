"""The findings per area, with the radar of the area scores."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import charts
from socialstrategy.export import outline
from socialstrategy.export.documents._base import finding
from socialstrategy.scoring import AREA_WEIGHTS, Level

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources


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
        out.append(outline.Paragraph(src.t("report.findings.none")))
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
        out += [finding(f, lang) for f in ordered]
    return out
