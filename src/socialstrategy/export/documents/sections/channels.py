"""Channels: what each is for, whom and which goals it serves, and when we answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import charts
from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH, pairs
from socialstrategy.model import Audience, Channel, Goal

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources


def blocks(src: Sources) -> list[outline.Block]:
    lang = src.language
    channels = src.strategy.channels
    out: list[outline.Block] = [outline.Heading(src.t("report.channels"), 1)]
    if not channels:
        out.append(outline.Paragraph(src.t("report.channels.none"), "note"))
        return out
    out.append(
        outline.Chart(charts.coverage_matrix(src.strategy, lang), src.t("report.chart.coverage"))
    )
    out.append(
        outline.Table(
            (
                src.t("report.channels.channel"),
                src.t("report.channels.owner"),
                src.t("report.channels.response"),
                src.t("report.channels.moderation"),
            ),
            tuple(
                (
                    _name(src, c),
                    c.owner or DASH,
                    src.within(c.response_hours),
                    src.moderation(c.moderation),
                )
                for c in channels
            ),
            widths=(2.2, 2.2, 1.2, 2.6),
        )
    )
    for channel in channels:
        out.append(outline.Heading(_name(src, channel), 2))
        out += pairs(
            [
                (src.t("report.channels.kind"), channel.kind.label(lang)),
                (
                    src.t("report.channels.purposes"),
                    ", ".join(p.label(lang) for p in channel.purposes) or DASH,
                ),
                (
                    src.t("report.channels.audiences"),
                    src.names(Audience, channel.audiences) or DASH,
                ),
                (src.t("report.channels.goals"), _goals(src, channel) or DASH),
                (src.t("report.channels.owner"), channel.owner or DASH),
                (src.t("report.channels.rhythm"), channel.rhythm or DASH),
                (src.t("report.channels.response"), src.within(channel.response_hours)),
                (src.t("report.channels.moderation"), src.moderation(channel.moderation)),
                (src.t("report.channels.client_contact"), src.yes_no(channel.client_contact)),
                # Said only of the accounts it is true of: most channels are the organisation's.
                (src.t("report.channels.own_name"), src.t("report.channels.own_name.yes"))
                if channel.own_name
                else ("", ""),
                (src.t("report.channels.notes"), channel.notes),
            ]
        )
    return out


def _name(src: Sources, channel: Channel) -> str:
    return src.called(channel)


def _goals(src: Sources, channel: Channel) -> str:
    return "; ".join(f"{src.goal_ref(g)} {src.name(Goal, g).rstrip('.')}" for g in channel.goals)
