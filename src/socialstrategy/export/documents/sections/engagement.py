"""Making it discussable: the kartrekker, structural attention and the activities."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export import outline
from socialstrategy.export.documents._base import pairs
from socialstrategy.model import Audience

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources


def blocks(src: Sources) -> list[outline.Block]:
    e = src.strategy.engagement
    lang = src.language
    out: list[outline.Block] = [outline.Heading(src.t("report.engagement"), 1)]
    out += pairs(
        [
            (src.t("report.engagement.owner"), e.owner or src.t("report.nobody")),
            (src.t("report.engagement.structural"), e.structural),
        ]
    )
    out.append(outline.Heading(src.t("report.engagement.activities"), 2))
    if not e.activities:
        out.append(outline.Paragraph(src.t("report.none"), "note"))
    for activity in e.activities:
        out.append(outline.Heading(src.called(activity), 3))
        out += pairs(
            [
                (src.t("report.engagement.kind"), activity.kind.label(lang)),
                (src.t("report.engagement.audiences"), src.names(Audience, activity.audiences)),
                (src.t("report.engagement.rhythm"), activity.rhythm.label(lang)),
                (src.t("report.engagement.planned"), src.date(activity.planned)),
                (src.t("report.engagement.organiser"), activity.owner),
                (src.t("report.engagement.outcome"), activity.outcome),
            ]
        )
    return out
