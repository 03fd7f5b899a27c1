"""The full report: cover, management summary, every part of the strategy in the
planner's order, and the findings per area, with the charts where they belong."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export import outline
from socialstrategy.export.documents._base import Sources, cover
from socialstrategy.export.documents.sections import (
    actions,
    audiences,
    channels,
    crisis,
    engagement,
    findings,
    goals,
    guidelines,
    organisation,
    readiness,
    summary,
    training,
)

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy
    from socialstrategy.scoring import Report

#: The parts of the strategy, in the order the planner walks through them.
PARTS = (
    organisation,
    readiness,
    goals,
    audiences,
    channels,
    guidelines,
    crisis,
    engagement,
    training,
    actions,
)


def build(
    strategy: Strategy, report: Report, language: Language, today: dt.date
) -> outline.Document:
    src = Sources(strategy, report, language, today)
    blocks: list[outline.Block] = [*summary.blocks(src), outline.PageBreak()]
    for part in PARTS:
        blocks += part.blocks(src)
    blocks.append(outline.PageBreak())
    blocks += findings.blocks(src)
    return src.document(
        kind="report",
        title=strategy.meta.title or src.t("report.title"),
        subtitle=src.t("report.subtitle"),
        cover=cover(src),
        blocks=blocks,
        contents=True,
    )
