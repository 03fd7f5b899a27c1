"""The board pack: the strategy on one page in the OGSM form Dutch care boards know
(objective, goals, strategies, measures), the area scores (with the arrows against the
last adopted revision, when there is one), the five most important gaps and the
decisions the board is asked to take."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy import charts, fmt
from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH, Sources
from socialstrategy.export.documents.sections import decisions, gaps, status, trend
from socialstrategy.model import Role
from socialstrategy.model.starters import unreviewed_parts
from socialstrategy.vocab import ChannelKind, Purpose

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Language
    from socialstrategy.model import Channel, Goal, Strategy
    from socialstrategy.scoring import Report
    from socialstrategy.scoring.trend import History


def build(
    strategy: Strategy, report: Report, language: Language, today: dt.date, history: History
) -> outline.Document:
    src = Sources(strategy, report, language, today)
    blocks: list[outline.Block] = [
        status.headline(src),
        outline.Paragraph(status.plan_status(src), "note"),
        *_ogsm(src),
        outline.Heading(src.t("board.areas"), 1),
        # Bars, not the report's radar: at 7 cm a radar's labels are too small to read.
        outline.Chart(charts.area_bars(report, language), src.t("board.chart.radar"), 7),
        # Beside the bars, above the gaps: how each area moved since the adoption.
        *trend.compact(src, history),
        outline.Heading(src.t("board.gaps"), 1),
        *gaps.blocks(src),
        outline.Heading(src.t("board.decisions"), 1),
        *decisions.blocks(src),
    ]
    return src.document(
        kind="board",
        title=src.t("board.title"),
        subtitle=strategy.meta.title,
        cover=status.cover_lines(src),
        blocks=blocks,
        one_page=True,
        # Never below 7 pt: a board member reads it at a glance, on two pages if need be.
        flows=True,
    )


def _ogsm(src: Sources) -> list[outline.Block]:
    s = src.strategy
    out: list[outline.Block] = [outline.Heading(src.t("board.objective"), 1)]
    out.append(outline.Paragraph(s.organisation.mission or src.t("board.objective.none")))
    served = _served_processes(src)
    if served:
        out.append(outline.Paragraph(src.t("board.objective.processes", processes=served)))

    out.append(outline.Heading(src.t("board.goals"), 1))
    if s.goals:
        out.append(outline.Bullets(tuple(_goal_line(src, goal) for goal in s.goals)))
    else:
        out.append(outline.Paragraph(src.t("board.goals.none"), "note"))

    out.append(outline.Heading(src.t("board.strategies"), 1))
    lines = [_channels_line(src), _guideline_line(src), _crisis_line(src), _engagement_line(src)]
    model = _model_texts_line(src)
    if model:
        lines.append(model)
    out.append(outline.Bullets(tuple(lines)))

    out.append(outline.Heading(src.t("board.measures"), 1))
    rows = tuple(
        (
            src.goal_number(goal),
            indicator.kpi or DASH,
            src.t(
                "board.measures.change",
                baseline=src.figure(indicator.baseline, indicator.unit),
                target=src.figure(indicator.target, indicator.unit),
            ),
            src.short_date(indicator.deadline),
        )
        for goal in s.goals
        for indicator in goal.indicators
    )
    if rows:
        out.append(
            outline.Table(
                (
                    src.t("board.measures.goal"),
                    src.t("board.measures.kpi"),
                    src.t("board.measures.values"),
                    src.t("board.measures.deadline"),
                ),
                rows,
                widths=(0.6, 4.4, 2.2, 1.3),
            )
        )
    else:
        out.append(outline.Paragraph(src.t("board.measures.none"), "note"))
    return out


def _served_processes(src: Sources) -> str:
    """The primary processes the goals serve, in the organisation's order."""
    linked = {p for goal in src.strategy.goals for p in goal.processes}
    return ", ".join(
        src.called(p) for p in src.strategy.organisation.primary_processes if p.id in linked
    )


def _goal_line(src: Sources, goal: Goal) -> str:
    targets = "; ".join(
        src.t(
            "board.goals.target",
            value=src.figure(i.target, i.unit),
            date=src.short_date(i.deadline),
        )
        if i.deadline
        else src.figure(i.target, i.unit)
        for i in goal.indicators
        if i.target is not None
    )
    title = src.called(goal)
    if not targets:
        return f"{src.goal_number(goal)} {title}"
    return f"{src.goal_number(goal)} {title.rstrip('.')} — " + src.t(
        "board.goals.targets", targets=targets
    )


def _kind(src: Sources, channel: Channel) -> str:
    """A channel in a word ("Beoordelingssite", not its examples in brackets); a review
    site by the site's own name, which says more to a board than the kind."""
    label = channel.kind.label(src.language).split(" (", 1)[0]
    if channel.kind is ChannelKind.RATING_SITE and channel.name:
        return channel.name.split(" (", 1)[0]
    return label


def _channels_line(src: Sources) -> str:
    """Which channels serve which purpose: the choice made, not a count."""
    s = src.strategy
    if not s.channels:
        return src.t("board.strategy.no_channels")
    by_purpose: dict[Purpose, list[str]] = {}
    for channel in s.channels:
        for purpose in channel.purposes:
            by_purpose.setdefault(purpose, []).append(_kind(src, channel))
    parts = [
        src.t(
            "board.strategy.purpose",
            purpose=fmt.lower_first(purpose.label(src.language)),
            channels=src.listed(kinds),
        )
        for purpose, kinds in by_purpose.items()
    ]
    unserved = [_kind(src, c) for c in s.channels if not c.purposes]
    if unserved:
        parts.append(src.t("board.strategy.no_purpose", channels=src.listed(unserved)))
    reached = {a for c in s.channels for a in c.audiences}
    missed = [src.called(a) for a in s.audiences if a.id not in reached]
    line = src.t("board.strategy.channels", choices="; ".join(parts))
    if missed:
        line += " " + src.t("board.strategy.unreached", audiences=src.listed(missed))
    return line


def _guideline_line(src: Sources) -> str:
    g = src.strategy.guidelines
    if not g.rules:
        return src.t("board.strategy.no_guideline")
    status = (
        src.t("board.strategy.adopted", date=src.date(g.adopted))
        if g.adopted
        else src.t("board.strategy.not_adopted")
    )
    topics = [rule.topic.label(src.language) for rule in g.rules]
    return src.t(
        "board.strategy.guideline",
        topics=src.listed([fmt.lower_first(t) for t in topics], most=6),
        status=status,
    )


def _model_texts_line(src: Sources) -> str | None:
    """What still stands as the sector's model text: a board must not read a starter
    text as the organisation's own agreement."""
    parts = unreviewed_parts(src.strategy)
    if not parts:
        return None
    return src.t("board.strategy.model_texts", parts=len(parts), texts=sum(parts.values()))


def _crisis_line(src: Sources) -> str:
    """The promises the crisis plan makes: how fast, who is called, what is prepared."""
    c = src.strategy.crisis
    if not (c.scenarios or c.escalation):
        return src.t("board.strategy.no_crisis")
    lang = src.language
    parts: list[str] = []
    timed = [t for t in sorted(c.tiers, key=lambda t: t.level.rank) if t.response_hours]
    if timed:
        parts.append(
            src.t(
                "board.strategy.response",
                times=fmt.items(
                    [
                        src.t(
                            "board.strategy.response.tier",
                            time=src.hours(t.response_hours),
                            level=t.level.label(lang).lower(),
                        )
                        for t in timed
                    ],
                    lang,
                ),
            )
        )
    if c.escalation:
        roles = [src.name(Role, step.role) for step in c.escalation]
        night = [src.name(Role, step.role) for step in c.escalation if step.day_and_night]
        chain = src.t("board.strategy.chain", roles=" → ".join(dict.fromkeys(roles)))
        if night:
            chain += src.t("board.strategy.night", roles=src.listed(night))
        parts.append(chain)
    else:
        parts.append(src.t("board.strategy.no_escalation"))
    if c.scenarios:
        kinds = [fmt.lower_first(x.kind.label(lang)) for x in c.scenarios]
        parts.append(src.t("board.strategy.scenarios", kinds=src.listed(kinds)))
    parts.append(
        src.t("board.strategy.drilled", date=src.date(c.last_drill))
        if c.last_drill
        else src.t("board.strategy.not_drilled")
    )
    return src.t("board.strategy.crisis", choices="; ".join(parts))


def _engagement_line(src: Sources) -> str:
    e = src.strategy.engagement
    owner = e.owner or src.t("board.strategy.no_owner")
    if not e.activities:
        return src.t("board.strategy.no_engagement", owner=owner)
    lang = src.language
    kinds = [fmt.lower_first(a.kind.label(lang)) for a in e.activities]
    recurring = [fmt.lower_first(a.kind.label(lang)) for a in e.activities if a.rhythm.recurs]
    line = src.t("board.strategy.engagement", kinds=src.listed(kinds, most=6))
    if recurring:
        line += " " + src.t("board.strategy.recurring", kinds=src.listed(recurring))
    return line + " " + src.t("board.strategy.owner", owner=owner)
