"""Audiences: who they are, what they do online, what they need from us."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export import outline
from socialstrategy.export.documents._base import pairs

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources


def blocks(src: Sources) -> list[outline.Block]:
    lang = src.language
    out: list[outline.Block] = [outline.Heading(src.t("report.audiences"), 1)]
    if not src.strategy.audiences:
        out.append(outline.Paragraph(src.t("report.audiences.none"), "note"))
    for audience in src.strategy.audiences:
        out.append(outline.Heading(src.called(audience), 2))
        out += pairs(
            [
                (src.t("report.audiences.kind"), audience.kind.label(lang)),
                (src.t("report.audiences.online"), audience.online_behaviour),
                (src.t("report.audiences.needs"), audience.needs),
                (src.t("report.audiences.source"), audience.insight_source),
                (
                    src.t("report.audiences.platforms"),
                    ", ".join(p.label(lang) for p in audience.platforms),
                ),
            ]
        )
    return out
