"""Training needs per role: digital skills and media literacy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH
from socialstrategy.model import Role

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources
    from socialstrategy.vocab import Skill


def blocks(src: Sources) -> list[outline.Block]:
    out: list[outline.Block] = [outline.Heading(src.t("report.training"), 1)]
    needs = src.strategy.training
    if not needs:
        out.append(outline.Paragraph(src.t("report.training.none"), "note"))
        return out
    out.append(
        outline.Table(
            (
                src.t("report.training.role"),
                src.t("report.training.skills"),
                src.t("report.training.need"),
                src.t("report.training.format"),
                src.t("report.training.due"),
            ),
            tuple(
                (
                    src.name(Role, need.role) or DASH,
                    ", ".join(short_skill(skill, src) for skill in need.skills) or DASH,
                    need.need or DASH,
                    need.format or DASH,
                    src.short_date(need.due),
                )
                for need in needs
            ),
            widths=(1.8, 1.5, 3.6, 2.6, 1.3),
        )
    )
    return out


def short_skill(skill: Skill, src: Sources) -> str:
    """``Digivaardig`` for "Digivaardig: de media goed kunnen gebruiken"."""
    return skill.label(src.language).split(":", 1)[0]
