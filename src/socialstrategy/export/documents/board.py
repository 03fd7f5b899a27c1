"""The board pack: the strategy on one page in the OGSM form Dutch care boards know
(objective, goals, strategies, measures), the area radar, the five most important gaps
and the decisions the board is asked to take."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from socialstrategy import charts
from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH, Sources, cover
from socialstrategy.model.lifecycle import stage
from socialstrategy.model.starters import unreviewed_parts
from socialstrategy.scoring import decisions
from socialstrategy.vocab import ChannelKind, PlanStage

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Language
    from socialstrategy.model import Goal, Strategy
    from socialstrategy.scoring import Finding, Report

#: How many gaps the board sees.
GAPS = 5


def build(
    strategy: Strategy, report: Report, language: Language, today: dt.date
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
        outline.Paragraph(plan_status(src), "note"),
        *_ogsm(src),
        outline.Heading(src.t("board.areas"), 1),
        outline.Chart(charts.area_radar(report, language), src.t("board.chart.radar"), 8),
        outline.Heading(src.t("board.gaps"), 1),
        *_gaps(src),
        outline.Heading(src.t("board.decisions"), 1),
        *_decisions(src),
    ]
    return src.document(
        kind="board",
        title=src.t("board.title"),
        subtitle=strategy.meta.title,
        cover=(*cover(src), (src.t("board.cover.status"), _stage(src).label(language))),
        blocks=blocks,
        one_page=True,
    )


def _stage(src: Sources) -> PlanStage:
    return stage(src.strategy, src.today)


def plan_status(src: Sources) -> str:
    """Which revision the page shows and where it stands: adopted (by whom, when, which
    revision), due for review, or a draft (on top of which adopted revision)."""
    lifecycle = src.strategy.lifecycle
    adoption, now = lifecycle.adoption, _stage(src)
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


def _channels_line(src: Sources) -> str:
    s = src.strategy
    if not s.channels:
        return src.t("board.strategy.no_channels")
    kinds: list[str] = []
    for channel in s.channels:
        # The kind in a word ("Beoordelingssite", not its examples in brackets); a review
        # site by the site's own name, which says more to a board than the kind.
        label = channel.kind.label(src.language).split(" (", 1)[0]
        if channel.kind is ChannelKind.RATING_SITE and channel.name:
            label = f"{label} {channel.name}"
        if label not in kinds:
            kinds.append(label)
    reached = {a for c in s.channels for a in c.audiences}
    return src.t(
        "board.strategy.channels",
        channels=len(s.channels),
        kinds=", ".join(kinds),
        reached=sum(1 for a in s.audiences if a.id in reached),
        audiences=len(s.audiences),
    )


def _guideline_line(src: Sources) -> str:
    g = src.strategy.guidelines
    if not g.rules:
        return src.t("board.strategy.no_guideline")
    status = (
        src.t("board.strategy.adopted", date=src.date(g.adopted))
        if g.adopted
        else src.t("board.strategy.not_adopted")
    )
    return src.t(
        "board.strategy.guideline", rules=len(g.rules), topics=len(g.topics), status=status
    )


def _model_texts_line(src: Sources) -> str | None:
    """What still stands as the sector's model text: a board must not read a starter
    text as the organisation's own agreement."""
    parts = unreviewed_parts(src.strategy)
    if not parts:
        return None
    return src.t("board.strategy.model_texts", parts=len(parts), texts=sum(parts.values()))


def _crisis_line(src: Sources) -> str:
    c = src.strategy.crisis
    if not (c.scenarios or c.escalation):
        return src.t("board.strategy.no_crisis")
    drill = (
        src.t("board.strategy.drilled", date=src.date(c.last_drill))
        if c.last_drill
        else src.t("board.strategy.not_drilled")
    )
    return src.t(
        "board.strategy.crisis",
        scenarios=len(c.scenarios),
        statements=sum(1 for x in c.scenarios if x.holding_statement.strip()),
        escalation=src.t(
            "board.strategy.escalation",
            steps=len(c.escalation),
            night=sum(1 for step in c.escalation if step.day_and_night),
        )
        if c.escalation
        else src.t("board.strategy.no_escalation"),
        drill=drill,
    )


def _engagement_line(src: Sources) -> str:
    e = src.strategy.engagement
    if not e.activities:
        return src.t(
            "board.strategy.no_engagement", owner=e.owner or src.t("board.strategy.no_owner")
        )
    return src.t(
        "board.strategy.engagement",
        activities=len(e.activities),
        recurring=sum(1 for a in e.activities if a.rhythm.recurs),
        owner=e.owner or src.t("board.strategy.no_owner"),
    )


def top_gaps(src: Sources, count: int = GAPS) -> list[tuple[Finding, int]]:
    """The *count* most useful things to do, one per rule, with how often each occurs.

    A rule that fires on three channels is one gap for a board, not three lines.
    """
    times = Counter(found.code for found in src.report.findings)
    return [(found, times[found.code]) for found in src.report.top_steps(count, one_per_rule=True)]


def _gaps(src: Sources) -> list[outline.Block]:
    gaps = top_gaps(src)
    if not gaps:
        return [outline.Paragraph(src.t("board.gaps.none"))]
    rows = tuple(
        (
            found.level.label(src.language),
            found.title.get(src.language)
            + (f" ({src.t('board.gaps.times', times=times)})" if times > 1 else ""),
            found.fix.get(src.language),
        )
        for found, times in gaps
    )
    return [
        outline.Table(
            (src.t("board.gaps.level"), src.t("board.gaps.gap"), src.t("board.gaps.fix")),
            rows,
            widths=(1.6, 2.6, 5),
        )
    ]


def _decisions(src: Sources) -> list[outline.Block]:
    found = decisions(src.strategy, src.report, today=src.today)
    return [
        outline.Table(
            ("#", src.t("board.decisions.decision"), src.t("board.decisions.reason")),
            tuple(
                (str(number), d.text.get(src.language), d.reason.get(src.language))
                for number, d in enumerate(found, start=1)
            ),
            widths=(0.4, 4.4, 3.6),
        )
    ]
