"""The board pack: the strategy on one page in the OGSM form Dutch care boards know
(objective, goals, strategies, measures), the area scores, the five most important gaps
and the decisions the board is asked to take."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from socialstrategy import charts, fmt
from socialstrategy.charts.readiness import short_label
from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH, Sources, cover
from socialstrategy.model import EscalationStep, Goal, ReadinessAnswer, Role, Scenario
from socialstrategy.model.lifecycle import stage
from socialstrategy.model.names import NAMING
from socialstrategy.model.paths import PathError, parse
from socialstrategy.model.starters import unreviewed_parts
from socialstrategy.scoring import decisions
from socialstrategy.vocab import ChannelKind, PlanStage, Purpose

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Language
    from socialstrategy.model import Channel, Strategy
    from socialstrategy.scoring import Finding, Report

#: How many gaps the board sees.
GAPS = 5
#: The longest name of a part a gap quotes whole (a scenario or check question is a
#: sentence); a longer one ends at a word with an ellipsis.
NAME_LENGTH = 60


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
        # Bars, not the report's radar: at 7 cm a radar's labels are too small to read.
        outline.Chart(charts.area_bars(report, language), src.t("board.chart.radar"), 7),
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
        # Never below 7 pt: a board member reads it at a glance, on two pages if need be.
        flows=True,
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


def _listed(src: Sources, items: list[str], most: int = 5) -> str:
    """``a, b en c``; past *most* items, the first ones and how many more."""
    unique = list(dict.fromkeys(items))
    if len(unique) > most:
        shown = unique[: most - 1]
        return fmt.items(
            [*shown, src.t("board.strategy.more", count=len(unique) - len(shown))], src.language
        )
    return fmt.items(unique, src.language)


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
            channels=_listed(src, kinds),
        )
        for purpose, kinds in by_purpose.items()
    ]
    unserved = [_kind(src, c) for c in s.channels if not c.purposes]
    if unserved:
        parts.append(src.t("board.strategy.no_purpose", channels=_listed(src, unserved)))
    reached = {a for c in s.channels for a in c.audiences}
    missed = [src.called(a) for a in s.audiences if a.id not in reached]
    line = src.t("board.strategy.channels", choices="; ".join(parts))
    if missed:
        line += " " + src.t("board.strategy.unreached", audiences=_listed(src, missed))
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
        topics=_listed(src, [fmt.lower_first(t) for t in topics], most=6),
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
            chain += src.t("board.strategy.night", roles=_listed(src, night))
        parts.append(chain)
    else:
        parts.append(src.t("board.strategy.no_escalation"))
    if c.scenarios:
        kinds = [fmt.lower_first(x.kind.label(lang)) for x in c.scenarios]
        parts.append(src.t("board.strategy.scenarios", kinds=_listed(src, kinds)))
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
    line = src.t("board.strategy.engagement", kinds=_listed(src, kinds, most=6))
    if recurring:
        line += " " + src.t("board.strategy.recurring", kinds=_listed(src, recurring))
    return line + " " + src.t("board.strategy.owner", owner=owner)


def top_gaps(src: Sources, count: int = GAPS) -> list[tuple[Finding, list[str]]]:
    """The *count* most useful things to do, one per rule, each with the parts it is
    about (in plan order, each once).

    A rule that fires on three channels is one gap for a board, not three lines; it
    names the three channels, so the board knows which.
    """
    about: dict[str, list[str]] = {}
    for found in src.report.findings:
        name = part_name(src, found.path)
        names = about.setdefault(found.code, [])
        if name and name not in names:
            names.append(name)
    return [(found, about[found.code]) for found in src.report.top_steps(count, one_per_rule=True)]


def part_name(src: Sources, path: str) -> str:
    """What the part at *path* is called: the outermost item of a list on the way
    (a channel, a goal as ``G2``, a scenario); empty for a path to the plan as a whole
    (``guidelines.rules``), whose finding's title names it already."""
    try:
        steps = parse(path)
    except PathError:
        return ""
    node: Any = src.strategy
    for step in steps:
        if isinstance(step, int):
            if not isinstance(node, tuple) or not 0 <= step < len(node):
                return ""
            node = node[step]
            if any(kind in NAMING for kind in type(node).__mro__):
                return _short_name(src, node)
        else:
            node = getattr(node, step, None)
    return ""


def _short_name(src: Sources, part: object) -> str:
    """A part as a board line quotes it: a goal by its number (the goals stand above),
    a check question and a scenario by the few words for their kind (their own text is
    a sentence), an escalation step by its role, anything else by its name, ending at
    a word when it is long."""
    if isinstance(part, Goal):
        return src.goal_number(part)
    if isinstance(part, ReadinessAnswer):
        return fmt.lower_first(short_label(part.question, src.language))
    if isinstance(part, Scenario):
        return fmt.lower_first(part.kind.label(src.language))
    if isinstance(part, EscalationStep):  # a step is its role
        return src.name(Role, part.role) or src.called(part)
    return fmt.shortened(src.called(part), NAME_LENGTH)


def _gaps(src: Sources) -> list[outline.Block]:
    gaps = top_gaps(src)
    if not gaps:
        return [outline.Paragraph(src.t("board.gaps.none"))]
    rows = tuple(
        (
            found.level.label(src.language),
            found.title.get(src.language) + (": " + _listed(src, names, most=4) if names else ""),
            found.fix.get(src.language),
        )
        for found, names in gaps
    )
    return [
        outline.Table(
            (src.t("board.gaps.level"), src.t("board.gaps.gap"), src.t("board.gaps.fix")),
            rows,
            widths=(1.4, 3.2, 4.6),
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
