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
from socialstrategy.export.documents._base import Sources, pairs
from socialstrategy.export.documents.sections import (
    changes,
    decisions,
    measures,
    status,
    tracking,
    trend,
)
from socialstrategy.vocab import PlanStatus

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
    blocks: list[outline.Block] = [
        status.headline(src),
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
        cover=status.cover_lines(src),
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
    if lifecycle.status is not PlanStatus.ADOPTED and adoption.revision is None:
        out.append(outline.Paragraph(src.t("progress.status.not_adopted")))
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
    given = advice.summary
    if advice.date:
        day = src.date(advice.date)
        given = src.t("progress.status.advice.value", date=day, summary=given) if given else day
    out += pairs(
        (
            (src.t("progress.status.adopted"), adopted),
            (src.t("progress.status.decision"), adoption.decision),
            (src.t("progress.status.advice"), given),
            (src.t("progress.status.next_review"), _next_review(src)),
        )
    )
    return out


def _next_review(src: Sources) -> str:
    """The next review's date, marked when it has passed."""
    due = src.strategy.meta.next_review
    if due is not None and due < src.today:
        return src.t("progress.status.next_review.passed", date=src.date(due))
    return src.date(due)
