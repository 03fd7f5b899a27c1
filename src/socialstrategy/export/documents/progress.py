"""The progress report for the board (*voortgangsrapportage*): a few pages on where
the plan stands against what was adopted.

In this order: the plan's status (the adopted revision, the decision, the works
council's advice); what changed since the adoption, in words; the measures against
their targets; the actions late, due soon and done; the score trend; and the decisions
the board is asked to take. A plan not adopted yet gets the same report of how things
stand now, saying so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export import outline
from socialstrategy.export.documents._base import Sources, cover, pairs
from socialstrategy.export.documents.sections import (
    changes,
    decisions,
    measures,
    status,
    tracking,
    trend,
)
from socialstrategy.vocab import PlanStage

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy
    from socialstrategy.scoring import Report
    from socialstrategy.scoring.trend import History


def build(
    strategy: Strategy, report: Report, language: Language, today: dt.date, history: History
) -> outline.Document:
    src = Sources(strategy, report, language, today)
    level = report.maturity
    blocks: list[outline.Block] = [
        outline.Paragraph(
            src.t(
                "board.status",
                score=round(report.overall),
                level=level.level,
                name=level.name.get(language),
            ),
            "lead",
        ),
        *_status(src),
        *changes.blocks(src, history),
        *measures.blocks(src),
        *tracking.blocks(src, history),
        *trend.blocks(src, history),
        outline.Heading(src.t("board.decisions"), 1),
        *decisions.blocks(src),
    ]
    return src.document(
        kind="progress",
        title=src.t("progress.title"),
        subtitle=strategy.meta.title,
        cover=(*cover(src), (src.t("board.cover.status"), status.current(src).label(language))),
        blocks=blocks,
        short=True,
    )


def _status(src: Sources) -> list[outline.Block]:
    """The stage, the adopted revision with its decision, the works council's advice and
    the next review; for a plan never adopted, that this report gives the state now."""
    lifecycle = src.strategy.lifecycle
    adoption, advice = lifecycle.adoption, lifecycle.advice
    out: list[outline.Block] = [
        outline.Heading(src.t("progress.status"), 1),
        outline.Paragraph(status.plan_status(src)),
    ]
    adopted = ""
    if adoption.revision is not None:
        adopted = (
            src.t(
                "progress.status.adopted.value",
                revision=adoption.revision,
                date=src.date(adoption.date),
            )
            if adoption.date
            else src.t("progress.status.adopted.undated", revision=adoption.revision)
        )
    given = (
        src.t("progress.status.advice.value", date=src.date(advice.date), summary=advice.summary)
        if advice.date and advice.summary
        else src.date(advice.date)
        if advice.date
        else advice.summary
    )
    out += pairs(
        (
            (src.t("progress.status.adopted"), adopted),
            (src.t("progress.status.decision"), adoption.decision),
            (src.t("progress.status.advice"), given),
            (src.t("progress.status.next_review"), src.date(src.strategy.meta.next_review)),
        )
    )
    if status.current(src) is not PlanStage.ADOPTED and adoption.revision is None:
        out.append(outline.Paragraph(src.t("progress.status.not_adopted"), "note"))
    return out
