"""The worked example under each step's header: how the sample plan fills in this step.

One function per step, each given to ``widgets.header(step, examples.<step>)``. Every
example has the same shape: a few parts of the sample plan (``widgets.example()``) put
into the step's example text, the manager's words escaped (``inert``) because a plan's
text may hold Markdown. A step whose sample part is empty shows no example.
"""

from __future__ import annotations

import streamlit as st

from socialstrategy import fmt
from socialstrategy.planner import widgets
from socialstrategy.planner.components.moderation import PARTS, span_text
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import GuidelineTopic, Skill


def _say(key: str, **fields: object) -> None:
    """The example text *key*, filled in with *fields*."""
    st.markdown(t(key, **fields))


def organisation() -> None:
    org = widgets.example().organisation
    _say(
        "org.example",
        name=inert(org.name),
        sector=org.sector.label(language()),
        processes=inert(", ".join(p.name for p in org.primary_processes)),
    )


def _figure(value: float | None) -> str:
    return "—" if value is None else fmt.number(value, language())


def goals() -> None:
    sample = widgets.example()
    goal = sample.goals[0]
    names = {p.id: p.name for p in sample.organisation.processes}
    indicator = goal.indicators[0]
    _say(
        "goals.example",
        title=inert(goal.title),
        processes=inert(", ".join(names[p] for p in goal.processes)),
        kpi=inert(indicator.kpi),
        baseline=inert(f"{_figure(indicator.baseline)} {indicator.unit}"),
        target=inert(f"{_figure(indicator.target)} {indicator.unit}"),
        deadline=fmt.date(indicator.deadline, language()) if indicator.deadline else "—",
    )


def audiences() -> None:
    audience = widgets.example().audiences[1]
    _say(
        "audiences.example",
        name=inert(audience.name),
        kind=audience.kind.label(language()),
        online=inert(audience.online_behaviour),
        needs=inert(audience.needs),
        source=inert(audience.insight_source),
    )


def channels() -> None:
    sample = widgets.example()
    if not sample.channels:
        return
    lang = language()
    # The channel that shows most: a response time and moderation hours, if any has them.
    channel = max(
        sample.channels, key=lambda c: (c.response_hours is not None, c.moderation.covered)
    )
    spans = [
        t(f"channels.example.{part}", span=span_text(span))
        for part, _, _ in PARTS
        if (span := getattr(channel.moderation, part)) is not None
    ]
    text = t(
        "channels.example",
        name=inert(channel.name),
        kind=channel.kind.label(lang),
        purposes=fmt.items([p.label(lang).lower() for p in channel.purposes], lang),
        owner=inert(channel.owner),
    )
    if channel.response_hours is not None:
        text += " " + t("channels.example.hours", hours=fmt.number(channel.response_hours, lang))
    if spans:
        text += " " + t("channels.example.moderation", moderation=fmt.items(spans, lang))
    st.markdown(text)


def engagement() -> None:
    sample = widgets.example()
    part = sample.engagement
    # Recurring activities first: they are what keeps the topic on the agenda.
    recurring = sorted(part.activities, key=lambda a: not a.rhythm.recurs)[:3]
    _say(
        "engagement.example",
        org=inert(sample.organisation.name),
        owner=inert(part.owner),
        structural=inert(part.structural),
        activities="\n".join(
            f"- {inert(a.title)} ({a.rhythm.label(language()).lower()})" for a in recurring
        ),
    )


def guidelines() -> None:
    sample = widgets.example()
    guideline = sample.guidelines
    if not guideline.rules:
        return
    rule = next(
        (r for r in guideline.rules if r.topic is GuidelineTopic.CONFIDENTIALITY),
        guideline.rules[0],
    )
    _say(
        "guidelines.example",
        title=inert(guideline.title),
        org=inert(sample.organisation.name),
        adopted=fmt.date(guideline.adopted, language()) if guideline.adopted else "—",
        topic=rule.topic.label(language()).lower(),
        rule=inert(rule.rule),
        why=inert(rule.why),
    )


def crisis() -> None:
    sample = widgets.example()
    plan = sample.crisis
    if not plan.scenarios or not plan.tiers:
        return
    scenario = plan.scenarios[0]
    _say(
        "crisis.example",
        org=sample.organisation.name,
        tiers=len(plan.tiers),
        low=plan.tiers[0].level.label(language()).lower(),
        high=plan.tiers[-1].level.label(language()).lower(),
        scenario=inert(scenario.title),
        statement=inert(scenario.holding_statement),
    )


def training() -> None:
    sample = widgets.example()
    names = {r.id: r.name for r in sample.organisation.roles}
    short = {
        Skill.DIGITAL_SKILLS: t("training.col.digital"),
        Skill.MEDIA_LITERACY: t("training.col.media"),
    }
    st.markdown(
        "\n".join(
            t(
                "training.example",
                role=inert(names.get(need.role, need.role)),
                skills=", ".join(short[s].lower() for s in need.skills),
                need=inert(need.need),
                format=inert(need.format),
            )
            for need in sample.training[:3]
        )
    )


def readiness() -> None:
    answer = widgets.example().readiness[0]
    _say(
        "readiness.example",
        n=1,
        question=answer.question.label(language()),
        answer=answer.answer.label(language()),
        explanation=inert(answer.explanation),
        evidence=inert(answer.evidence),
    )


def actions() -> None:
    sample = widgets.example()
    goals = {g.id: g.title for g in sample.goals}
    if not sample.actions:
        return
    action = sample.actions[0]
    lang = language()
    _say(
        "actions.example",
        org=inert(sample.organisation.name),
        title=inert(action.title),
        owner=inert(action.owner),
        start=fmt.date(action.start, lang) if action.start else "—",
        due=fmt.date(action.due, lang) if action.due else "—",
        # A goal written as a sentence ends in a full stop; the text adds its own.
        goals=inert("; ".join(goals.get(g, g) for g in action.goals).rstrip(".")),
    )


__all__ = [
    "actions",
    "audiences",
    "channels",
    "crisis",
    "engagement",
    "goals",
    "guidelines",
    "organisation",
    "readiness",
    "training",
]
