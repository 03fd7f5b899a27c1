"""Where the plan stands in its life, in a sentence: adopted (by whom, when, which
revision), due for review, or a draft (on top of which adopted revision). The board
pack and the progress report open with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export import outline
from socialstrategy.export.documents._base import cover
from socialstrategy.model.lifecycle import stage
from socialstrategy.vocab import PlanStage

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources


def current(src: Sources) -> PlanStage:
    """The plan's stage on the document's day."""
    return stage(src.strategy, src.today)


def plan_status(src: Sources) -> str:
    """Which revision the document shows and where it stands: adopted (by whom, when,
    which revision), due for review, or a draft (on top of which adopted revision)."""
    lifecycle = src.strategy.lifecycle
    adoption, now = lifecycle.adoption, current(src)
    when = src.t("board.state.on", date=src.date(adoption.date)) if adoption.date else ""
    which = (
        src.t("board.state.revision", revision=adoption.revision)
        if adoption.revision is not None
        else ""
    )
    if now in (PlanStage.ADOPTED, PlanStage.DUE_FOR_REVIEW):
        text = src.t("board.state.adopted", when=when, which=which)
        if lifecycle.advice.date:
            text += " " + src.t("board.state.advice", date=src.date(lifecycle.advice.date))
        if now is PlanStage.DUE_FOR_REVIEW:
            text += " " + src.t("board.state.due", date=src.date(src.strategy.meta.next_review))
        return text
    key = "board.state.in_review" if now is PlanStage.IN_REVIEW else "board.state.draft"
    text = src.t(key)
    if lifecycle.changed_since_adoption:
        on_top = "board.state.on_top" if adoption.date else "board.state.on_top.undated"
        text += " " + src.t(on_top, revision=adoption.revision, date=src.date(adoption.date))
    return text


def headline(src: Sources) -> outline.Paragraph:
    """The score and maturity level in one lead line: what a board member reads first."""
    level = src.report.maturity
    return outline.Paragraph(
        src.t(
            "board.status",
            score=round(src.report.overall),
            level=level.level,
            name=level.name.get(src.language),
        ),
        "lead",
    )


def cover_lines(src: Sources) -> tuple[tuple[str, str], ...]:
    """The cover's lines with the plan's status as the reader sees it on the day."""
    return (*cover(src), (src.t("board.cover.status"), current(src).label(src.language)))
