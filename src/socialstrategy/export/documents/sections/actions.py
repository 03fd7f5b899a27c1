"""The action plan as a table, with its timeline and the thread from process to action."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import charts
from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH
from socialstrategy.export.documents.sections import progress
from socialstrategy.scoring import unfinished_thinking

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources
    from socialstrategy.model import Action


def blocks(src: Sources) -> list[outline.Block]:
    s = src.strategy
    lang = src.language
    out: list[outline.Block] = [outline.Heading(src.t("report.actions"), 1)]
    gaps = unfinished_thinking(s, today=src.today)
    if gaps:
        out.append(
            outline.Paragraph(
                src.t("report.actions.think_first", gaps="; ".join(g.text.get(lang) for g in gaps)),
                "note",
            )
        )
    if not s.actions:
        out.append(outline.Paragraph(src.t("report.actions.none"), "note"))
    else:
        out.append(
            outline.Table(
                (
                    src.t("report.actions.action"),
                    src.t("report.actions.owner"),
                    src.t("report.actions.start"),
                    src.t("report.actions.due"),
                    src.t("report.actions.status"),
                    src.t("report.actions.serves"),
                ),
                tuple(
                    (
                        src.called(action),
                        action.owner or DASH,
                        src.short_date(action.start),
                        src.short_date(action.due),
                        progress.status(src, action),
                        _serves(src, action) or DASH,
                    )
                    for action in s.actions
                ),
                widths=(3.6, 2.2, 1.3, 1.3, 1.2, 1.6),
            )
        )
        described = [a for a in s.actions if a.description]
        if described:
            out.append(outline.Heading(src.t("report.actions.details"), 2))
            out.append(
                outline.Bullets(tuple(f"{src.called(a)}: {a.description}" for a in described))
            )
        out += progress.action_updates(src)
        out.append(
            outline.Chart(
                charts.action_timeline(s, lang, src.today), src.t("report.chart.timeline"), 16
            )
        )
    out.append(outline.Heading(src.t("report.thread"), 2))
    out.append(outline.Paragraph(src.t("report.thread.intro")))
    out.append(outline.Chart(charts.traceability(s, lang), src.t("report.chart.traceability"), 16))
    return out


def _serves(src: Sources, action: Action) -> str:
    parts = [src.goal_ref(goal) for goal in action.goals]
    parts += [part.label(src.language) for part in action.supports]
    return ", ".join(parts)
